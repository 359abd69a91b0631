import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import type { WorkflowRunIdentity } from '../../../src/github/deployment-run.js';
import { findOrCreateDeployment, setDeploymentStatus } from '../../../src/github/deployments.js';
import { PermissionError } from '../../../src/github/permissions.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { saveEnv } from './setup.js';

const OWNER = 'acme';
const SHA = 'a'.repeat(40);
const RUN: WorkflowRunIdentity = { id: '9001', attempt: '1', serverUrl: 'https://github.com' };
const RUN_URL = `https://github.com/${OWNER}/%REPO%/actions/runs/9001`;

let gh: FakeGitHub;
let restoreEnv: () => void;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ro-token', 'read');
  // What GitHub Actions itself writes with when a job has `environment:`, on behalf of the actor.
  gh.addToken('actions-internal', 'write', 'octocat');
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  restoreEnv = saveEnv();
  process.env.GITHUB_API_URL = gh.url;
});
afterEach(() => restoreEnv());

const repoState = (repo: string) => gh.state.repo(OWNER, repo);
const runUrl = (repo: string) => RUN_URL.replace('%REPO%', repo);
const base = (repo: string) => ({ octokit: createOctokit(gh.token), owner: OWNER, repo, ref: SHA, environment: 'production', description: 'Canary of model v2', run: RUN });

/**
 * Does through the API what GitHub does for a job with `environment:`: a deployment with an
 * empty payload, then statuses linking the job's page in run `runId`.
 */
async function jobDeployment(repo: string, runId: string, states: string[]): Promise<number> {
  const octokit = createOctokit('actions-internal');
  const { data } = await octokit.rest.repos.createDeployment({ owner: OWNER, repo, ref: SHA, environment: 'production', auto_merge: false, required_contexts: [] });
  if (!('id' in data)) throw new Error('no deployment');
  for (const state of states) {
    const logUrl = `https://github.com/${OWNER}/${repo}/actions/runs/${runId}/job/555`;
    await octokit.rest.repos.createDeploymentStatus({ owner: OWNER, repo, deployment_id: data.id, state: state as 'queued', log_url: logUrl });
  }
  return data.id;
}

describe('findOrCreateDeployment against the fake GitHub', () => {
  it('creates the deployment with auto_merge off, no required contexts, the environment and a payload marking the run', async () => {
    const repo = 'create';
    const result = await findOrCreateDeployment({ ...base(repo), payload: { model: 'churn', version: 'v2' }, transient: false, production: true });
    expect(result.action).toBe('created');
    const created = gh.requestsFor('repos/create-deployment').filter((r) => r.path.includes(`/${repo}/`));
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toEqual({
      ref: SHA,
      environment: 'production',
      description: 'Canary of model v2',
      payload: { model: 'churn', version: 'v2', workflow_run_id: 9001, workflow_run_attempt: 1 },
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: true,
    });
    expect(repoState(repo).deployments.map((d) => d.id)).toEqual([result.id]);
    expect(result.url).toBe(repoState(repo).deployments[0]?.url);
    // It looked for one of this run first, by sha and environment.
    const listed = gh.requestsFor('repos/list-deployments').filter((r) => r.path.includes(`/${repo}/`));
    expect(listed.map((r) => r.query)).toEqual([{ environment: 'production', sha: SHA, per_page: '30' }]);
  });

  it('reuses the deployment a job-level environment made for this run instead of a duplicate', async () => {
    const repo = 'job-env';
    const jobId = await jobDeployment(repo, RUN.id, ['queued', 'in_progress']);
    const creates = gh.requestsFor('repos/create-deployment').length;
    const result = await findOrCreateDeployment(base(repo));
    expect(result).toMatchObject({ action: 'reused', id: jobId });
    expect(gh.requestsFor('repos/create-deployment')).toHaveLength(creates);
    expect(repoState(repo).deployments).toHaveLength(1);
  });

  it('reuses its own deployment on a second call in the same run attempt, and not in the next attempt', async () => {
    const repo = 'own';
    const first = await findOrCreateDeployment(base(repo));
    const again = await findOrCreateDeployment(base(repo));
    expect(again).toMatchObject({ action: 'reused', id: first.id });
    const retry = await findOrCreateDeployment({ ...base(repo), run: { ...RUN, attempt: '2' } });
    expect(retry.action).toBe('created');
    expect(repoState(repo).deployments.map((d) => d.id)).toEqual([first.id, retry.id]);
  });

  it("does not take another run's deployment, or a finished job's, for this run's", async () => {
    const repo = 'others';
    await jobDeployment(repo, '8000', ['queued', 'in_progress']);
    // An earlier attempt of this run: its job ended, so GitHub gave it a final status.
    await jobDeployment(repo, RUN.id, ['in_progress', 'success']);
    const result = await findOrCreateDeployment(base(repo));
    expect(result.action).toBe('created');
    expect(repoState(repo).deployments).toHaveLength(3);
  });

  it('looks a branch up by ref, and outside a workflow run always creates', async () => {
    const repo = 'branch';
    delete process.env.GITHUB_RUN_ID;
    const options = { ...base(repo), ref: 'main', run: undefined };
    const first = await findOrCreateDeployment(options);
    const second = await findOrCreateDeployment(options);
    expect([first.action, second.action]).toEqual(['created', 'created']);
    expect(gh.requestsFor('repos/list-deployments').filter((r) => r.path.includes(`/${repo}/`))).toHaveLength(0);
    expect(gh.requestsFor('repos/create-deployment').filter((r) => r.path.includes(`/${repo}/`)).map((r) => (r.body as { payload: unknown }).payload)).toEqual([{}, {}]);

    process.env.GITHUB_RUN_ID = '9001';
    process.env.GITHUB_RUN_ATTEMPT = '1';
    process.env.GITHUB_SERVER_URL = 'https://github.com';
    await findOrCreateDeployment(options);
    expect(gh.requestsFor('repos/list-deployments').filter((r) => r.path.includes(`/${repo}/`)).map((r) => r.query.ref)).toEqual(['main']);
  });

  it('gives a read-only token a UserError naming deployments: write', async () => {
    const error = await findOrCreateDeployment({ ...base('read-only'), octokit: createOctokit('ro-token') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toContain('`permissions: deployments: write`');
    expect(repoState('read-only').deployments).toHaveLength(0);
  });
});

describe('setDeploymentStatus against the fake GitHub', () => {
  it('records in_progress then success, with the run log and the environment URL', async () => {
    const repo = 'statuses';
    const { id } = await findOrCreateDeployment(base(repo));
    const octokit = createOctokit(gh.token);
    await setDeploymentStatus({ octokit, owner: OWNER, repo, deploymentId: id, state: 'in_progress', logUrl: runUrl(repo), description: 'Canary at 10%' });
    await setDeploymentStatus({
      octokit,
      owner: OWNER,
      repo,
      deploymentId: id,
      state: 'success',
      logUrl: runUrl(repo),
      environmentUrl: 'https://models.example.com',
      description: `Promoted after ${'3 steps, '.repeat(30)}`,
    });
    const statuses = repoState(repo).deploymentStatuses.filter((s) => s.deployment_id === id);
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(statuses.every((s) => s.log_url === runUrl(repo))).toBe(true);
    expect(statuses.map((s) => s.environment_url)).toEqual(['', 'https://models.example.com']);
    expect(String(statuses[1]?.description).length).toBeLessThanOrEqual(140);
    const bodies = gh.requestsFor('repos/create-deployment-status').filter((r) => r.path.includes(`/${repo}/`)).map((r) => r.body);
    expect(bodies[0]).toEqual({ state: 'in_progress', log_url: runUrl(repo), description: 'Canary at 10%' });
  });

  it('gives a read-only token a UserError naming deployments: write', async () => {
    const repo = 'status-ro';
    const { id } = await findOrCreateDeployment(base(repo));
    const error = await setDeploymentStatus({ octokit: createOctokit('ro-token'), owner: OWNER, repo, deploymentId: id, state: 'failure', logUrl: runUrl(repo), description: 'Rolled back' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).permission).toBe('deployments: write');
  });
});
