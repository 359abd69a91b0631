import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';

let gh: FakeGitHub;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ro-token', 'read');
});
afterAll(async () => {
  await gh.close();
});

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function call(method: string, path: string, body?: unknown, token: string | null = gh.token): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token) headers.authorization = `token ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${gh.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('the fake GitHub checks requests against the OpenAPI description', () => {
  it('answers 404 for a path GitHub does not have', async () => {
    const answer = await call('GET', '/repos/acme/models/no-such-thing');
    expect(answer.status).toBe(404);
    expect(answer.body.message).toMatch(/no such operation in GitHub's OpenAPI description: GET \/repos\/acme\/models\/no-such-thing/);
  });

  it('answers 404 for a method the path does not take', async () => {
    expect((await call('PUT', '/repos/acme/models/issues/comments/1', { body: 'x' })).status).toBe(404);
  });

  it('answers 422 for a body that does not match the schema, and stores nothing', async () => {
    const answer = await call('POST', `/repos/acme/models/statuses/${'a'.repeat(40)}`, { state: 'bogus', context: 'ci' });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'body/state', message: expect.stringContaining('allowed values') })]);
    expect(gh.state.repo('acme', 'models').statuses).toHaveLength(0);
  });

  it('answers 422 for a missing required field, a bad query value and an unknown query parameter', async () => {
    expect((await call('POST', '/repos/acme/models/dispatches', { client_payload: {} })).body.errors[0].message).toMatch(/event_type/);
    expect((await call('GET', '/repos/acme/models/issues/1/comments?per_page=lots')).status).toBe(422);
    const unknown = await call('GET', '/repos/acme/models/issues/1/comments?perpage=100');
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('query.perpage');
  });

  it('accepts null where OpenAPI says nullable', async () => {
    const answer = await call('POST', `/repos/acme/nullable/statuses/${'a'.repeat(40)}`, { state: 'success', target_url: null, description: null });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ state: 'success', context: 'default', target_url: null });
  });

  it('answers 401 without a token or with an unknown one', async () => {
    expect((await call('GET', '/repos/acme/models/issues/1/comments', undefined, null)).body.message).toBe('Requires authentication');
    expect((await call('GET', '/repos/acme/models/issues/1/comments', undefined, 'forged')).status).toBe(401);
  });

  it('lets a read-only token read but not write', async () => {
    expect((await call('GET', '/repos/acme/models/issues/1/comments', undefined, 'ro-token')).status).toBe(200);
    const write = await call('POST', '/repos/acme/models/issues/1/comments', { body: 'hi' }, 'ro-token');
    expect(write.status).toBe(403);
    expect(write.body.message).toBe('Resource not accessible by integration');
  });

  it('answers 501 naming the operation for a valid request it does not implement', async () => {
    const answer = await call('GET', '/repos/acme/models/pulls');
    expect(answer.status).toBe(501);
    expect(answer.body.message).toContain('pulls/list');
    const filter = await call('GET', '/repos/acme/models/issues?assignee=me');
    expect(filter.status).toBe(501);
    expect(filter.body.message).toContain("query parameter 'assignee'");
  });

  it('serves the API under /api/v3 too, as GitHub Enterprise Server does', async () => {
    expect((await call('GET', '/api/v3/repos/acme/models/issues/1/comments')).status).toBe(200);
  });

  it('pages lists with a Link header', async () => {
    gh.seedComments('acme', 'paged', 1, 150);
    const first = await call('GET', '/repos/acme/paged/issues/1/comments?per_page=100');
    expect(first.body).toHaveLength(100);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const second = await call('GET', '/repos/acme/paged/issues/1/comments?per_page=100&page=2');
    expect(second.body).toHaveLength(50);
    expect(second.headers.get('link')).not.toMatch(/rel="next"/);
    expect(second.body[49].body).toBe('Comment 150');
    expect((await call('GET', '/repos/acme/paged/issues/1/comments')).body).toHaveLength(30);
  });

  it('injects faults a given number of times, by template or regex', async () => {
    gh.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502, times: 2 });
    gh.injectFault({ path: /\/deployments$/, status: 404 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call('GET', '/repos/acme/faulty/issues/1/comments')).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect((await call('GET', '/repos/acme/faulty/deployments')).status).toBe(404);
    expect((await call('GET', '/repos/acme/faulty/deployments')).status).toBe(200);
  });
});

describe('the fake GitHub keeps state', () => {
  it('creates, updates, lists and deletes comments', async () => {
    const created = await call('POST', '/repos/acme/state/issues/3/comments', { body: 'first' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ body: 'first', user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect(created.body.html_url).toContain(`#issuecomment-${created.body.id}`);
    const updated = await call('PATCH', `/repos/acme/state/issues/comments/${created.body.id}`, { body: 'second' });
    expect(updated.body.body).toBe('second');
    expect((await call('DELETE', `/repos/acme/state/issues/comments/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', '/repos/acme/state/issues/3/comments')).body).toEqual([]);
    expect((await call('PATCH', `/repos/acme/state/issues/comments/${created.body.id}`, { body: 'x' })).status).toBe(404);
  });

  it('creates issues with labels, closes them, and lists them by state and label', async () => {
    const a = (await call('POST', '/repos/acme/issues/issues', { title: 'Drift detected', labels: ['drift', 'retrain'] })).body;
    const b = (await call('POST', '/repos/acme/issues/issues', { title: 'Other', labels: ['drift'] })).body;
    expect([a.number, b.number]).toEqual([1, 2]);
    expect((await call('GET', '/repos/acme/issues/issues?labels=drift,retrain')).body.map((i: any) => i.number)).toEqual([1]);
    await call('PATCH', '/repos/acme/issues/issues/1', { state: 'closed' });
    expect((await call('GET', '/repos/acme/issues/issues?labels=drift')).body.map((i: any) => i.number)).toEqual([2]);
    expect((await call('GET', '/repos/acme/issues/issues?state=closed')).body[0]).toMatchObject({ number: 1, state: 'closed', state_reason: 'completed' });
    expect((await call('GET', '/repos/acme/issues/labels')).body.map((l: any) => l.name)).toEqual(['drift', 'retrain']);
  });

  it('records deployments with statuses and repository dispatches', async () => {
    const dep = (await call('POST', '/repos/acme/deploy/deployments', { ref: 'main', environment: 'canary', auto_merge: false, required_contexts: [] })).body;
    expect(dep).toMatchObject({ ref: 'main', environment: 'canary', task: 'deploy' });
    await call('POST', `/repos/acme/deploy/deployments/${dep.id}/statuses`, { state: 'in_progress' });
    await call('POST', `/repos/acme/deploy/deployments/${dep.id}/statuses`, { state: 'success', environment_url: 'https://canary.example.com' });
    const statuses = (await call('GET', `/repos/acme/deploy/deployments/${dep.id}/statuses`)).body;
    expect(statuses.map((s: any) => s.state)).toEqual(['success', 'in_progress']);
    expect((await call('GET', '/repos/acme/deploy/deployments?environment=canary')).body).toHaveLength(1);
    expect((await call('POST', '/repos/acme/deploy/dispatches', { event_type: 'retrain', client_payload: { reason: 'drift' } })).status).toBe(204);
    expect(gh.state.repo('acme', 'deploy').dispatches).toEqual([expect.objectContaining({ event_type: 'retrain', client_payload: { reason: 'drift' } })]);
  });

  it('lists workflow runs and their artifacts, and redirects an artifact download to its zip', async () => {
    const old = gh.addWorkflowRun('acme', 'ml', { workflow: 'train.yml' });
    gh.addWorkflowRun('acme', 'ml', { workflow: 'train.yml', conclusion: 'failure' });
    gh.addWorkflowRun('acme', 'ml', { workflow: 'train.yml', branch: 'feature' });
    gh.addWorkflowRun('acme', 'ml', { workflow: 'other.yml' });
    const zip = Buffer.from('PK\u0003\u0004 fake zip bytes');
    const artifact = gh.addArtifact('acme', 'ml', old.id as number, 'baseline-profile', zip);

    const runs = (await call('GET', '/repos/acme/ml/actions/workflows/train.yml/runs?branch=main&status=success')).body;
    expect(runs.total_count).toBe(1);
    expect(runs.workflow_runs[0].id).toBe(old.id);
    expect((await call('GET', `/repos/acme/ml/actions/workflows/${String(old.workflow_id)}/runs`)).body.total_count).toBe(3);
    expect((await call('GET', '/repos/acme/ml/actions/runs?status=completed')).body.total_count).toBe(4);

    const artifacts = (await call('GET', `/repos/acme/ml/actions/runs/${String(old.id)}/artifacts?name=baseline-profile`)).body;
    expect(artifacts).toMatchObject({ total_count: 1, artifacts: [{ id: artifact.id, name: 'baseline-profile', size_in_bytes: zip.length }] });

    const download = await call('GET', `/repos/acme/ml/actions/artifacts/${String(artifact.id)}/zip`);
    expect(download.status).toBe(302);
    const location = download.headers.get('location') ?? '';
    expect(location.startsWith(gh.url)).toBe(true);
    const bytes = Buffer.from(await (await fetch(location)).arrayBuffer());
    expect(bytes.equals(zip)).toBe(true);
  });

  it('serves artifact zips to Octokit, which follows the redirect', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = gh.url;
    try {
      const run = gh.addWorkflowRun('acme', 'octo', { workflow: 'train.yml' });
      const zip = Buffer.from('PK\u0003\u0004 other bytes');
      const artifact = gh.addArtifact('acme', 'octo', run.id as number, 'report', zip);
      const octokit = createOctokit(gh.token);
      const { data } = await octokit.rest.actions.downloadArtifact({ owner: 'acme', repo: 'octo', artifact_id: artifact.id as number, archive_format: 'zip' });
      expect(Buffer.from(data as ArrayBuffer).equals(zip)).toBe(true);
      const expired = gh.addArtifact('acme', 'octo', run.id as number, 'old', zip, true);
      const error = await octokit.rest.actions.downloadArtifact({ owner: 'acme', repo: 'octo', artifact_id: expired.id as number, archive_format: 'zip' }).catch((e: unknown) => e);
      expect(String(error)).toMatch(/answered HTTP 410/);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });
});
