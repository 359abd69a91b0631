import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type Json } from '../../support/fake-github/index.js';
import { runBundle } from '../../support/harness.js';
import { writeDatasets } from './planted.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-gh-'));
let gh: FakeGitHub;
let files: { reference: string; current: string };
let calm: { reference: string; current: string };

beforeAll(async () => {
  gh = await startFakeGitHub();
  files = writeDatasets(dir, 1500, 11);
  calm = writeDatasets(dir, 1500, 12, true);
});
afterAll(async () => gh.close());

function run(current: string, extra: Record<string, string> = {}) {
  return runBundle('drift-check', {
    cwd: dir,
    env: { GITHUB_API_URL: gh.url },
    inputs: { reference: files.reference, current, issue: 'true', dispatch: 'retrain', 'github-token': gh.token, 'drift-share': '0.4', ...extra },
  });
}

const repo = () => gh.state.repo('octo-org', 'octo-repo');
const openIssues = () => repo().issues.filter((i: Json) => (i as { state: string }).state === 'open');

describe('drift-check with the GitHub API (fake, checked against the OpenAPI description)', () => {
  it('on drift opens one issue and sends one dispatch with the summary', async () => {
    const result = await run(files.current);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.drifted).toBe('true');
    expect(openIssues()).toHaveLength(1);
    const issue = openIssues()[0] as { title: string; body: string; labels: { name: string }[] };
    expect(issue.title).toMatch(/^Data drift: 4 of 8 columns drifted/);
    expect(issue.body).toContain('🔴 drift-check: the data drifted');
    expect(issue.labels.map((l) => l.name)).toContain('mlops-drift');
    expect(repo().dispatches).toHaveLength(1);
    const dispatch = repo().dispatches[0]!;
    expect(dispatch.event_type).toBe('retrain');
    expect(dispatch.client_payload).toMatchObject({ drifted: true, drift_share: 0.5, reference: files.reference, current: files.current });
    expect((dispatch.client_payload as { drifted_columns: string[] }).drifted_columns.sort()).toEqual(['more_missing', 'new_cat', 'shifted', 'widened']);
  });

  it('a second run with drift updates the same issue instead of opening another', async () => {
    const before = openIssues()[0] as { number: number };
    await run(files.current);
    expect(openIssues()).toHaveLength(1);
    expect((openIssues()[0] as { number: number }).number).toBe(before.number);
    expect(gh.requestsFor('issues/update').length).toBeGreaterThanOrEqual(1);
  });

  it('when drift is gone, comments on the issue and closes it, and sends no dispatch', async () => {
    const dispatches = repo().dispatches.length;
    const result = await run(calm.current, {});
    expect(result.outputs.drifted).toBe('false');
    expect(openIssues()).toHaveLength(0);
    expect(gh.requestsFor('issues/create-comment').length).toBe(1);
    expect(repo().dispatches).toHaveLength(dispatches);
  });

  it('a token that cannot write issues fails with a message naming the permission', async () => {
    gh.addToken('read-only', 'read');
    const result = await run(files.current, { 'github-token': 'read-only' });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/issues: write/);
  });
});
