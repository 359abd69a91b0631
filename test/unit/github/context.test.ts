import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getGitHubContext } from '../../../src/github/context.js';
import { UserError } from '../../../src/runner/errors.js';

const HEAD = '1'.repeat(40);
const PUSH_SHA = '2'.repeat(40);

function envFor(eventName: string, payload: object, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(mkdtempSync(join(tmpdir(), 'gh-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_SHA: PUSH_SHA,
    GITHUB_SERVER_URL: 'https://ghe.example.com',
    GITHUB_RUN_ID: '987',
    GITHUB_RUN_ATTEMPT: '2',
    ...extra,
  };
}

const prPayload = (headRepo: string | null) => ({
  repository: { name: 'models', full_name: 'acme/models', owner: { login: 'acme' } },
  pull_request: { number: 12, head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo } } },
});

describe('getGitHubContext', () => {
  it('reads a same-repo pull_request: PR number, head SHA, run URL with attempt', () => {
    const ctx = getGitHubContext(envFor('pull_request', prPayload('acme/models')));
    expect(ctx).toMatchObject({ owner: 'acme', repo: 'models', prNumber: 12, headSha: HEAD, isFork: false });
    expect(ctx.runUrl).toBe('https://ghe.example.com/acme/models/actions/runs/987/attempts/2');
  });

  it('tells a fork PR, including one whose fork was deleted', () => {
    expect(getGitHubContext(envFor('pull_request_target', prPayload('someone/models'))).isFork).toBe(true);
    expect(getGitHubContext(envFor('pull_request', prPayload(null))).isFork).toBe(true);
  });

  it('takes the PR number of a comment on a PR, but not of a comment on an issue', () => {
    const onPr = getGitHubContext(envFor('issue_comment', { issue: { number: 30, pull_request: { url: 'x' } } }));
    expect(onPr).toMatchObject({ prNumber: 30, headSha: PUSH_SHA, isFork: undefined });
    const onIssue = getGitHubContext(envFor('issue_comment', { issue: { number: 31 } }));
    expect(onIssue).toMatchObject({ prNumber: undefined, isFork: false });
  });

  it('uses GITHUB_SHA outside PRs, and the run URL without attempt when none is given', () => {
    const ctx = getGitHubContext(envFor('push', { ref: 'refs/heads/main' }, { GITHUB_RUN_ATTEMPT: '' }));
    expect(ctx).toMatchObject({ prNumber: undefined, headSha: PUSH_SHA, isFork: false });
    expect(ctx.runUrl).toBe('https://ghe.example.com/acme/models/actions/runs/987');
  });

  it('falls back to the payload for the repository, and fails clearly without either', () => {
    const env = envFor('pull_request', prPayload('acme/models'), { GITHUB_REPOSITORY: '' });
    expect(getGitHubContext(env)).toMatchObject({ owner: 'acme', repo: 'models' });
    expect(() => getGitHubContext({})).toThrow(UserError);
    expect(() => getGitHubContext({})).toThrow(/GITHUB_REPOSITORY/);
  });

  it('reads the environment when called, not when imported', () => {
    const first = getGitHubContext(envFor('pull_request', prPayload('acme/models')));
    const second = getGitHubContext(envFor('pull_request', { ...prPayload('acme/models'), pull_request: { number: 99, head: { sha: HEAD, repo: { full_name: 'acme/models' } } } }));
    expect([first.prNumber, second.prNumber]).toEqual([12, 99]);
  });

  it('names the event file when it is not JSON', () => {
    const env = envFor('push', {});
    writeFileSync(env.GITHUB_EVENT_PATH as string, '{ nope');
    expect(() => getGitHubContext(env)).toThrow(/event payload at .*event\.json is not valid JSON/);
  });
});
