import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { PermissionError } from '../../../src/github/permissions.js';
import { issueMarker, openOrUpdateIssue, resolveIssue } from '../../../src/github/tracking-issue.js';
import { UserError } from '../../../src/runner/errors.js';
import { startFakeGitHub, type FakeGitHub, type Json } from '../../support/fake-github/index.js';
import { saveEnv } from './setup.js';

const OWNER = 'acme';
const KEY = 'drift:reports/train-profile.json';

let gh: FakeGitHub;
let restoreEnv: () => void;

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
});
afterEach(() => restoreEnv());

const issuesOf = (repo: string) => gh.state.repo(OWNER, repo).issues;
const labelNames = (issue: Json | undefined) => ((issue?.labels ?? []) as Json[]).map((l) => l.name);
const target = (repo: string, key = KEY) => ({ octokit: createOctokit(gh.token), owner: OWNER, repo, key });

describe('openOrUpdateIssue against the fake GitHub', () => {
  it('creates one issue with the label and marker, then updates it in place past 120 other labelled issues', async () => {
    const repo = 'paged';
    const first = await openOrUpdateIssue({ ...target(repo), title: 'Drift in 3 columns', body: 'age, income, city' });
    expect(first.action).toBe('created');
    const created = issuesOf(repo).find((i) => i.number === first.number);
    expect(created?.body).toBe(`${issueMarker(KEY)}\nage, income, city`);
    expect(labelNames(created)).toEqual(['mlops-drift']);
    expect(first.url).toBe(created?.html_url);
    // The label did not exist: it was created with a colour and a description, not GitHub's grey default.
    const label = gh.state.repo(OWNER, repo).labels.find((l) => l.name === 'mlops-drift');
    expect(label?.color).not.toBe('ededed');
    expect(String(label?.description)).toMatch(/drift/i);

    // 120 newer issues with the same label push ours to the second page of 100.
    gh.seedIssues(OWNER, repo, 120, ['mlops-drift']);
    const before = gh.requests.length;
    const second = await openOrUpdateIssue({ ...target(repo), title: 'Drift in 1 column', body: 'age only' });
    expect(second).toMatchObject({ action: 'updated', number: first.number, url: first.url });
    const listed = gh.requests.slice(before).filter((r) => r.operationId === 'issues/list-for-repo');
    expect(listed.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(listed.every((r) => r.query.labels === 'mlops-drift' && r.query.state === 'open' && r.query.per_page === '100')).toBe(true);

    const ours = issuesOf(repo).filter((i) => String(i.body).startsWith(issueMarker(KEY)));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ number: first.number, title: 'Drift in 1 column', body: `${issueMarker(KEY)}\nage only`, state: 'open' });
    expect(issuesOf(repo)).toHaveLength(121);
    expect(gh.requestsFor('issues/create').filter((r) => r.path.includes(`/${repo}/`))).toHaveLength(1);
  });

  it('gives a different key its own issue, and re-runs of either add none', async () => {
    const repo = 'two-keys';
    for (const run of [1, 2]) {
      await openOrUpdateIssue({ ...target(repo, 'drift:train.json'), title: `train ${run}`, body: `train run ${run}` });
      await openOrUpdateIssue({ ...target(repo, 'drift:eval.json'), title: `eval ${run}`, body: `eval run ${run}` });
    }
    expect(issuesOf(repo).map((i) => [i.title, i.body])).toEqual([
      ['train 2', `${issueMarker('drift:train.json')}\ntrain run 2`],
      ['eval 2', `${issueMarker('drift:eval.json')}\neval run 2`],
    ]);
  });

  it('does not take an issue quoting the marker, or a pull request, for its own', async () => {
    const repo = 'quoted';
    gh.seedIssues(OWNER, repo, 1, ['mlops-drift'], () => `> earlier\n${issueMarker(KEY)}\nold`);
    // The issues list holds pull requests too; one starting with the marker is still not ours.
    const [pr] = gh.seedIssues(OWNER, repo, 1, ['mlops-drift'], () => `${issueMarker(KEY)}\ncopied into a PR`);
    if (pr) pr.pull_request = { url: `${gh.url}/repos/${OWNER}/${repo}/pulls/${String(pr.number)}` };
    const result = await openOrUpdateIssue({ ...target(repo), title: 'Drift', body: 'new' });
    expect(result.action).toBe('created');
    expect(issuesOf(repo)).toHaveLength(3);
    expect(issuesOf(repo).slice(0, 2).map((i) => i.body)).toEqual([`> earlier\n${issueMarker(KEY)}\nold`, `${issueMarker(KEY)}\ncopied into a PR`]);
  });

  it('finds its issue after someone edited it in the browser (CRLF line ends)', async () => {
    const repo = 'edited';
    const [edited] = gh.seedIssues(OWNER, repo, 1, ['mlops-drift'], () => `${issueMarker(KEY)}\r\nage\r\n\r\nLooking into it. -- Ana`);
    const result = await openOrUpdateIssue({ ...target(repo), title: 'Drift', body: 'age, income' });
    expect(result).toMatchObject({ action: 'updated', number: edited?.number });
    expect(issuesOf(repo)).toHaveLength(1);
  });

  it('puts extra labels on a new issue and caps a body over the limit', async () => {
    const repo = 'long';
    const huge = Array.from({ length: 10_000 }, (_, i) => `| col${i} | ${'x'.repeat(10)} |`).join('\n');
    await openOrUpdateIssue({ ...target(repo), title: 'Drift', body: huge, labels: ['ml', 'mlops-drift'] });
    const issue = issuesOf(repo)[0];
    expect(labelNames(issue)).toEqual(['mlops-drift', 'ml']);
    expect(huge.length).toBeGreaterThan(65_536);
    expect(String(issue?.body).length).toBeLessThanOrEqual(65_536);
    expect(String(issue?.body)).toContain('Truncated');
  });

  it('keeps the marker an HTML comment whatever the key holds', () => {
    const marker = issueMarker('drift:a--b --> <script>\n');
    expect(marker).toMatch(/^<!-- mlops-actions:issue:\S+ -->$/);
    const inside = marker.slice('<!-- '.length, -' -->'.length);
    expect(inside).not.toContain('--');
    expect(inside).not.toMatch(/[<>\s]/);
    expect(issueMarker('drift:reports/train-profile.json')).toBe('<!-- mlops-actions:issue:drift:reports/train-profile.json -->');
    expect(issueMarker('drift:a')).not.toBe(issueMarker('drift:a-'));
    expect(() => issueMarker('')).toThrow();
  });
});

describe('resolveIssue against the fake GitHub', () => {
  it('comments and closes the open issue as completed; a later open creates a new one', async () => {
    const repo = 'resolve';
    const opened = await openOrUpdateIssue({ ...target(repo), title: 'Drift', body: 'age' });
    const resolved = await resolveIssue({ ...target(repo), comment: 'No drift in the run of 2026-01-02.' });
    expect(resolved).toMatchObject({ action: 'closed', number: opened.number });

    const issue = issuesOf(repo).find((i) => i.number === opened.number);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const comments = gh.state.repo(OWNER, repo).comments.filter((c) => c._issue_number === opened.number);
    expect(comments.map((c) => c.body)).toEqual(['No drift in the run of 2026-01-02.']);
    // The comment came before the close, so it is part of the issue's story when read.
    const order = gh.requests.filter((r) => r.path.includes(`/${repo}/issues/${opened.number}`) && r.method !== 'GET').map((r) => r.operationId);
    expect(order).toEqual(['issues/create-comment', 'issues/update']);

    expect(await resolveIssue({ ...target(repo), comment: 'still none' })).toEqual({ action: 'none' });

    const reopened = await openOrUpdateIssue({ ...target(repo), title: 'Drift again', body: 'income' });
    expect(reopened.action).toBe('created');
    expect(reopened.number).not.toBe(opened.number);
    expect(issuesOf(repo).map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('leaves the issues of other keys open', async () => {
    const repo = 'resolve-one';
    await openOrUpdateIssue({ ...target(repo, 'drift:a'), title: 'A', body: 'a' });
    await openOrUpdateIssue({ ...target(repo, 'drift:b'), title: 'B', body: 'b' });
    await resolveIssue({ ...target(repo, 'drift:a'), comment: 'gone' });
    expect(issuesOf(repo).map((i) => [i.title, i.state])).toEqual([['A', 'closed'], ['B', 'open']]);
  });
});

describe('a token without issues: write', () => {
  it('gives a UserError naming the permission when opening and when resolving', async () => {
    const repo = 'read-only';
    const octokit = createOctokit('ro-token');
    const error = await openOrUpdateIssue({ octokit, owner: OWNER, repo, key: KEY, title: 'Drift', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('`permissions: issues: write`');
    expect((error as Error).message).toContain('Resource not accessible by integration');
    expect(issuesOf(repo)).toHaveLength(0);

    await openOrUpdateIssue({ ...target(repo), title: 'Drift', body: 'x' });
    const closing = await resolveIssue({ octokit, owner: OWNER, repo, key: KEY, comment: 'gone' }).catch((e: unknown) => e);
    expect(closing).toBeInstanceOf(PermissionError);
    expect((closing as PermissionError).permission).toBe('issues: write');
    expect(issuesOf(repo)[0]?.state).toBe('open');
  });

  it('leaves other failures as they are: a server error is not a permission problem', async () => {
    gh.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}/issues', status: 502, times: 10 });
    const error = await openOrUpdateIssue({ octokit: createOctokit(gh.token, { retries: 0 }), owner: OWNER, repo: 'outage', key: KEY, title: 'x', body: 'x' }).catch((e: unknown) => e);
    gh.clearFaults();
    expect(error).not.toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(/GET \/repos\/acme\/outage\/issues answered HTTP 502/);
  });
});
