import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { getGitHubContext } from '../../../src/github/context.js';
import { fitDescription, setCommitStatus, STATUS_DESCRIPTION_LIMIT } from '../../../src/github/status.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { saveEnv } from './setup.js';

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

const SHA = 'a'.repeat(40);

describe('setCommitStatus', () => {
  it('sets the status with its context, state, description and link', async () => {
    const octokit = createOctokit(gh.token);
    const result = await setCommitStatus({
      octokit,
      owner: 'acme',
      repo: 'models',
      sha: SHA,
      context: 'mlops/eval-gate',
      state: 'failure',
      description: 'accuracy 0.87 < 0.90 (margin 0.01)',
      targetUrl: 'https://github.com/acme/models/actions/runs/9/attempts/1',
    });
    const { data } = await octokit.rest.repos.listCommitStatusesForRef({ owner: 'acme', repo: 'models', ref: SHA });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      id: result.id,
      context: 'mlops/eval-gate',
      state: 'failure',
      description: 'accuracy 0.87 < 0.90 (margin 0.01)',
      target_url: 'https://github.com/acme/models/actions/runs/9/attempts/1',
    });
  });

  it('puts the status on the PR head of the event, linking the run', async () => {
    const eventPath = join(mkdtempSync(join(tmpdir(), 'gh-event-')), 'event.json');
    const head = 'b'.repeat(40);
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 4, head: { sha: head, repo: { full_name: 'acme/models' } } } }));
    const ctx = getGitHubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'c'.repeat(40), GITHUB_RUN_ID: '55', GITHUB_RUN_ATTEMPT: '1' });
    await setCommitStatus({ octokit: createOctokit(gh.token), owner: ctx.owner, repo: ctx.repo, sha: ctx.headSha ?? '', context: 'mlops/validate-data', state: 'success', description: 'schema ok', targetUrl: ctx.runUrl });
    const sent = gh.requestsFor('repos/create-commit-status').at(-1);
    expect(sent?.path).toBe(`/repos/acme/models/statuses/${head}`);
    expect(sent?.body).toEqual({ context: 'mlops/validate-data', state: 'success', description: 'schema ok', target_url: 'https://github.com/acme/models/actions/runs/55/attempts/1' });
  });

  it("cuts a long description to GitHub's 140 characters", async () => {
    const octokit = createOctokit(gh.token);
    const long = `Drift in ${'column_'.repeat(40)}`;
    await setCommitStatus({ octokit, owner: 'acme', repo: 'long', sha: SHA, context: 'mlops/drift-check', state: 'pending', description: long });
    const sent = gh.requestsFor('repos/create-commit-status').at(-1)?.body as { description: string };
    expect(Array.from(sent.description)).toHaveLength(STATUS_DESCRIPTION_LIMIT);
    expect(sent.description.endsWith('…')).toBe(true);
    expect(long.startsWith(sent.description.slice(0, -1))).toBe(true);
  });

  it('counts characters, not UTF-16 units, and keeps short text whole', () => {
    expect(fitDescription('ok  \n fine')).toBe('ok fine');
    const emoji = '📉'.repeat(200);
    const cut = fitDescription(emoji);
    expect(Array.from(cut)).toHaveLength(140);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
