import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { publishComment } from '../../../src/github/sticky-comment.js';
import { runMain } from '../../../src/runner/run.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { captureStdout, saveEnv, summaryFile } from './setup.js';

let gh: FakeGitHub;
let restoreEnv: () => void;
let stdout: ReturnType<typeof captureStdout>;
const summary = summaryFile();

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ro-token', 'read');
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  restoreEnv = saveEnv();
  process.env.GITHUB_API_URL = gh.url;
  process.env.GITHUB_STEP_SUMMARY = summary.path;
  summary.clear();
  process.exitCode = undefined;
  stdout = captureStdout();
});
afterEach(() => {
  stdout.restore();
  restoreEnv();
  process.exitCode = undefined;
});

const report = '## Eval gate\n\n| metric | value |\n| --- | --- |\n| accuracy | 0.91 |\n';

describe('publishComment', () => {
  it('with a read-only token (fork PR) warns, writes the job summary, and the run still succeeds', async () => {
    let result: unknown;
    await runMain(async () => {
      result = await publishComment({ octokit: createOctokit('ro-token'), owner: 'acme', repo: 'fork-pr', issueNumber: 5, id: 'eval-gate', body: report });
    });
    expect(result).toEqual({ action: 'summary-only' });
    expect(process.exitCode ?? 0).toBe(0);
    const warnings = stdout.lines().filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Could not comment on #5');
    expect(warnings[0]).toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments answered HTTP 403');
    expect(stdout.lines().some((l) => l.startsWith('::error'))).toBe(false);
    expect(summary.read()).toContain(report);
    // The write was attempted (and refused), nothing was stored.
    expect(gh.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([403]);
    expect(gh.state.repo('acme', 'fork-pr').comments).toHaveLength(0);
  });

  it('with a write token comments and leaves the summary alone', async () => {
    const result = await publishComment({ octokit: createOctokit(gh.token), owner: 'acme', repo: 'same-repo', issueNumber: 6, id: 'eval-gate', body: report });
    expect(result.action).toBe('created');
    expect(summary.read()).toBe('');
    expect(stdout.lines().filter((l) => l.startsWith('::warning'))).toEqual([]);
  });

  it('falls back to the summary when the PR is not found (404)', async () => {
    gh.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 404 });
    const result = await publishComment({ octokit: createOctokit(gh.token), owner: 'acme', repo: 'gone', issueNumber: 9, id: 'drift-check', body: 'drift report' });
    expect(result).toEqual({ action: 'summary-only' });
    expect(summary.read()).toContain('drift report');
    expect(stdout.lines().filter((l) => l.startsWith('::warning'))[0]).toContain('answered HTTP 404');
  });

  it('fails the run, naming the endpoint, on a bad token (401 is not a fork PR)', async () => {
    await runMain(async () => {
      await publishComment({ octokit: createOctokit('no-such-token'), owner: 'acme', repo: 'x', issueNumber: 1, id: 'eval-gate', body: report });
    });
    expect(process.exitCode).toBe(1);
    const errors = stdout.lines().filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    // Paginated requests carry the resolved URL, so the endpoint is named by its path.
    expect(errors[0]).toContain('GitHub API GET /repos/acme/x/issues/1/comments answered HTTP 401: Bad credentials');
    expect(summary.read()).toBe('');
  });

  it('without a pull request puts the content into the summary only', async () => {
    const before = gh.requests.length;
    const result = await publishComment({ octokit: createOctokit(gh.token), owner: 'acme', repo: 'push', issueNumber: undefined, id: 'eval-gate', body: report });
    expect(result).toEqual({ action: 'summary-only' });
    expect(summary.read()).toContain(report);
    expect(gh.requests.length).toBe(before);
  });
});
