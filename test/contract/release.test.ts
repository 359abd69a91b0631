/**
 * The release workflow (.github/workflows/release.yml) and what it relies on: notes taken from
 * CHANGELOG.md by scripts/release-notes.mjs, checks before anything is published, and write
 * access only in the job that publishes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/harness.js';

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: { run?: string; uses?: string }[];
}
const workflow = parse(readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const script = join(REPO_ROOT, 'scripts/release-notes.mjs');

function notes(version: string, changelog?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, version, ...(changelog ? [changelog] : [])], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** GitHub's tag filter for `[0-9]+` and literal characters, as a regular expression. */
function tagFilter(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\./g, '\\.')}$`);
}

describe('.github/workflows/release.yml', () => {
  const jobs = Object.entries(workflow.jobs);
  const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags only, not on pre-releases or the major tag', () => {
    const filters = workflow.on.push.tags.map(tagFilter);
    const matches = (tag: string) => filters.some((f) => f.test(tag));
    expect(matches('v1.2.3')).toBe(true);
    expect(matches('v10.0.12')).toBe(true);
    expect(matches('v1')).toBe(false);
    expect(matches('v1.2.3-rc.1')).toBe(false);
  });

  it('grants nothing at the top, and contents: write only to the job that publishes', () => {
    expect(workflow.permissions).toEqual({});
    const writers = jobs.filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'));
    expect(writers.map(([name]) => name)).toEqual(['publish']);
    expect(workflow.jobs.publish!.permissions).toEqual({ contents: 'write' });
  });

  it('publishes only after checking dist/, the tests and the changelog', () => {
    const check = jobs.find(([, job]) => /npm run -s check-dist/.test(runs(job)));
    expect(check, 'a job runs npm run check-dist').toBeDefined();
    expect(runs(check![1])).toMatch(/npm ci/);
    expect(runs(check![1])).toMatch(/bash \.ci\/run/);
    expect(runs(check![1])).toMatch(/scripts\/release-notes\.mjs/);
    const needs = [workflow.jobs.publish!.needs ?? []].flat();
    expect(needs).toContain(check![0]);
  });

  it('creates the release with the changelog notes and moves the major tag', () => {
    const publish = runs(workflow.jobs.publish!);
    expect(publish).toMatch(/release-notes\.mjs "\$GITHUB_REF_NAME" > "\$RUNNER_TEMP\/notes\.md"/);
    expect(publish).toMatch(/gh release create "\$GITHUB_REF_NAME" .*--notes-file "\$RUNNER_TEMP\/notes\.md"/);
    expect(publish).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    // The major tag of v1.2.3 is v1: what the shell expansion in the workflow computes.
    expect(execFileSync('bash', ['-c', 'GITHUB_REF_NAME=v1.2.3; echo "${GITHUB_REF_NAME%%.*}"'], { encoding: 'utf8' }).trim()).toBe('v1');
  });
});

describe('scripts/release-notes.mjs and CHANGELOG.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-notes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'CHANGELOG.md');
  writeFileSync(file, [
    '# Changelog', '', '## [Unreleased]', '', '- next', '',
    '## [1.1.0] - 2026-12-01', '', '### Added', '', '- a thing', '',
    '## [1.0.0] - Unreleased', '', '- first', '',
    '[1.1.0]: https://example.com/v1.1.0', '',
  ].join('\n'));

  it('prints the dated section of the version, without the next section or the links', () => {
    const result = notes('v1.1.0', file);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('### Added\n\n- a thing\n');
  });

  it('refuses a version without a dated section', () => {
    expect(notes('1.0.0', file)).toMatchObject({ status: 1, stderr: expect.stringMatching(/has no release date/) });
    expect(notes('2.0.0', file)).toMatchObject({ status: 1, stderr: expect.stringMatching(/has no section "## \[2\.0\.0\]"/) });
  });

  it('CHANGELOG.md has a section for package.json\'s version, in Keep a Changelog form', () => {
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/keepachangelog\.com/);
    expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2}|Unreleased)$`, 'm'));
    const result = notes(version);
    // Dated once released; until then the release workflow refuses the tag, saying why.
    if (result.status === 0) expect(result.stdout).toMatch(/### Added/);
    else expect(result.stderr).toMatch(/has no release date/);
  });
});
