import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { saveEnv } from './setup.js';

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

describe('the fake GitHub repository endpoint and issue bookkeeping', () => {
  it('answers GET /repos/{owner}/{repo} with default_branch main, or what the test set', async () => {
    const octokit = createOctokit('ro-token');
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'models' });
    expect(data).toMatchObject({ name: 'models', full_name: 'acme/models', default_branch: 'main', private: false, visibility: 'public' });
    expect(data.owner.login).toBe('acme');
    expect(data.html_url).toBe('https://github.com/acme/models');

    const other = gh.state.repo('acme', 'legacy');
    other.defaultBranch = 'trunk';
    other.private = true;
    const legacy = (await octokit.rest.repos.get({ owner: 'acme', repo: 'legacy' })).data;
    expect(legacy).toMatchObject({ default_branch: 'trunk', private: true, visibility: 'private', id: other.id });
    expect(gh.requestsFor('repos/get').map((r) => r.status)).toEqual([200, 200]);
  });

  it('counts comments on issues it holds, and seeds labelled issues by someone else', async () => {
    const [issue] = gh.seedIssues('acme', 'counted', 1, ['bug']);
    expect(issue).toMatchObject({ number: 1, state: 'open', comments: 0, user: { login: 'octocat' } });
    expect(gh.state.repo('acme', 'counted').labels.map((l) => l.name)).toEqual(['bug']);
    await createOctokit(gh.token).rest.issues.createComment({ owner: 'acme', repo: 'counted', issue_number: 1, body: 'hi' });
    expect(issue?.comments).toBe(1);
  });
});
