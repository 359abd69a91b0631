import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { stickyMarker, upsertStickyComment } from '../../../src/github/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { saveEnv } from './setup.js';

const OWNER = 'acme';
const REPO = 'models';
const PR = 42;

let gh: FakeGitHub;
let restoreEnv: () => void;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  restoreEnv = saveEnv();
  process.env.GITHUB_API_URL = gh.url;
});
afterEach(() => restoreEnv());

const commentsOn = (repo: string, issue: number) => gh.state.repo(OWNER, repo).comments.filter((c) => c._issue_number === issue);

describe('upsertStickyComment against the fake GitHub', () => {
  it('creates on the first run and updates the same comment on the second, past 150 other comments', async () => {
    gh.seedComments(OWNER, REPO, PR, 150);
    const octokit = createOctokit(gh.token);
    const first = await upsertStickyComment({ octokit, owner: OWNER, repo: REPO, issueNumber: PR, id: 'eval-gate', body: 'Accuracy 0.91' });
    expect(first.action).toBe('created');
    expect(first.url).toContain(`/pull/${PR}#issuecomment-${first.id}`);

    const before = gh.requests.length;
    const second = await upsertStickyComment({ octokit, owner: OWNER, repo: REPO, issueNumber: PR, id: 'eval-gate', body: 'Accuracy 0.93' });
    expect(second).toMatchObject({ action: 'updated', id: first.id });

    // Our comment is the 151st: only the second page of 100 holds it.
    const listed = gh.requests.slice(before).filter((r) => r.operationId === 'issues/list-comments');
    expect(listed.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(listed.every((r) => r.query.per_page === '100')).toBe(true);

    const ours = commentsOn(REPO, PR).filter((c) => String(c.body).startsWith(stickyMarker('eval-gate')));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toBe(`${stickyMarker('eval-gate')}\nAccuracy 0.93`);
    expect(commentsOn(REPO, PR)).toHaveLength(151);
  });

  it('keeps one comment per gate id: two ids give two comments, re-runs add none', async () => {
    const repo = 'two-gates';
    const octokit = createOctokit(gh.token);
    for (const run of [1, 2]) {
      await upsertStickyComment({ octokit, owner: OWNER, repo, issueNumber: 7, id: 'validate-data', body: `data run ${run}` });
      await upsertStickyComment({ octokit, owner: OWNER, repo, issueNumber: 7, id: 'drift-check', body: `drift run ${run}` });
    }
    const bodies = commentsOn(repo, 7).map((c) => c.body);
    expect(bodies).toEqual([`${stickyMarker('validate-data')}\ndata run 2`, `${stickyMarker('drift-check')}\ndrift run 2`]);
    expect(gh.requestsFor('issues/create-comment').filter((r) => r.path.includes(`/${repo}/`))).toHaveLength(2);
  });

  it('does not take a comment quoting the marker mid-text for its own', async () => {
    const repo = 'quoted';
    const [quote] = gh.seedComments(OWNER, repo, 3, 1);
    if (quote) quote.body = `> earlier report\n${stickyMarker('eval-gate')}`;
    const result = await upsertStickyComment({ octokit: createOctokit(gh.token), owner: OWNER, repo, issueNumber: 3, id: 'eval-gate', body: 'mine' });
    expect(result.action).toBe('created');
    expect(commentsOn(repo, 3)[0]?.body).toBe(`> earlier report\n${stickyMarker('eval-gate')}`);
  });

  it('caps a body over the comment limit so GitHub accepts it', async () => {
    const repo = 'long';
    const huge = Array.from({ length: 20_000 }, (_, i) => `| row ${i} | ${'x'.repeat(10)} |`).join('\n');
    await upsertStickyComment({ octokit: createOctokit(gh.token), owner: OWNER, repo, issueNumber: 1, id: 'eval-gate', body: huge });
    const body = String(commentsOn(repo, 1)[0]?.body);
    expect(huge.length).toBeGreaterThan(65_536);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(stickyMarker('eval-gate'))).toBe(true);
    expect(body).toContain('Truncated');
  });

  it('refuses an id that could break out of the hidden marker', () => {
    expect(() => stickyMarker('x --> <b>')).toThrow(/Invalid sticky comment id/);
  });
});
