/**
 * The README's two-minute tour shows real output: scripts/render-tour.mjs renders it by running
 * the built bundles on the demo data, and this test fails when the committed files differ from
 * what the bundles produce now. The PR comment shown is also checked against the comment
 * eval-gate actually posts, through the fake GitHub API.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { REPO_ROOT, runBundle } from '../support/harness.js';

interface TourStep {
  id: string;
  action: string;
  inputs: Record<string, string>;
  event?: string;
}
const script = join(REPO_ROOT, 'scripts/render-tour.mjs');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(path).href)) as T;

describe('the two-minute tour (docs/tour/, README.md)', () => {
  it('is what the built bundles produce on the demo data now', () => {
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('README.md shows the PR comment and the validate-data summary from docs/tour/', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const id of ['eval-gate-comment', 'validate-data-summary']) {
      const block = new RegExp(`<!-- tour:${id}:start -->\\n([\\s\\S]*?)\\n<!-- tour:${id}:end -->`).exec(readme)?.[1];
      const file = readFileSync(join(REPO_ROOT, 'docs/tour', `${id}.md`), 'utf8').replace(/^<!--.*-->\n\n/, '').trimEnd();
      expect(block, id).toBe(file);
      expect(file.length).toBeGreaterThan(200);
    }
  });

  it('the check fails when a tour file differs in more than a measured duration', async () => {
    const { staleTourFiles, withoutDurations } = await load<{
      staleTourFiles: (files: Map<string, string>) => string[];
      withoutDurations: (text: string) => string;
    }>(script);
    expect(withoutDurations('checked in 0.7 s against')).toBe(withoutDurations('checked in 12.5 s against'));
    const path = 'docs/tour/eval-gate-comment.md';
    const committed = readFileSync(join(REPO_ROOT, path), 'utf8');
    expect(staleTourFiles(new Map([[path, committed]]))).toEqual([]);
    expect(staleTourFiles(new Map([[path, committed.replace('passed', 'failed')]]))).toEqual([path]);
  });

  describe('the PR comment, as eval-gate posts it', () => {
    let gh: FakeGitHub;
    let work: string;
    beforeAll(async () => {
      gh = await startFakeGitHub();
      work = mkdtempSync(join(tmpdir(), 'tour-comment-'));
      const { writeDemoData } = await load<{ writeDemoData: (dir: string) => unknown }>(join(REPO_ROOT, 'scripts/demo-data.mjs'));
      writeDemoData(work);
    });
    afterAll(async () => {
      await gh.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('is the comment shown in docs/tour/eval-gate-comment.md', async () => {
      const { TOUR } = await load<{ TOUR: TourStep[] }>(script);
      const step = TOUR.find((s) => s.id === 'eval-gate-comment')!;
      const pr = { number: 42, pull_request: { number: 42, head: { sha: 'ffac537e6cbbf934b08745a378932722df287a53' } } };
      const run = await runBundle(step.action, {
        cwd: work,
        inputs: { ...step.inputs, 'github-token': gh.token },
        env: { GITHUB_API_URL: gh.url },
        event: pr,
        eventName: 'pull_request',
      });
      expect(run.exitCode).toBe(0);
      const bodies = gh.state.repo('octo-org', 'octo-repo').comments.map((c) => String((c as { body: string }).body));
      expect(bodies).toHaveLength(1);
      const [marker, ...rest] = bodies[0]!.split('\n');
      expect(marker).toBe('<!-- mlops-actions:eval-gate.churn -->');
      const shown = readFileSync(join(REPO_ROOT, 'docs/tour/eval-gate-comment.md'), 'utf8').replace(/^<!--.*-->\n\n/, '');
      expect(rest.join('\n').trimEnd()).toBe(shown.trimEnd());
    });
  });
});
