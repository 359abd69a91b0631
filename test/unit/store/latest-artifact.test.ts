import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { UserError } from '../../../src/runner/errors.js';
import { ArtifactStore, downloadLatestArtifact, LatestArtifactError, type LatestArtifactOptions } from '../../../src/store/index.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { makeZip } from './zips.js';

const warnings = vi.hoisted(() => [] as string[]);
vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  warning: (message: string | Error) => warnings.push(String(message)),
}));

let gh: FakeGitHub;
let destination: string;
let savedApiUrl: string | undefined;
let repoCount = 0;
/** A repository of its own per test, so seeded runs do not leak between tests. */
let repo: string;
const owner = 'acme';

beforeAll(async () => {
  gh = await startFakeGitHub();
  savedApiUrl = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = gh.url;
});
afterAll(async () => {
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedApiUrl;
  await gh.close();
});
beforeEach(() => {
  repo = `models-${++repoCount}`;
  destination = mkdtempSync(join(tmpdir(), 'latest-artifact-'));
  warnings.length = 0;
  gh.clearFaults();
  gh.requests.length = 0;
});
afterEach(() => rmSync(destination, { recursive: true, force: true }));

function options(extra: Partial<LatestArtifactOptions> = {}): LatestArtifactOptions {
  return { octokit: createOctokit(gh.token, { retries: 0 }), owner, repo, workflow: 'train.yml', branch: 'main', name: 'baseline', destination, ...extra };
}

function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => undefined, (thrown: unknown) => thrown);
}

describe('downloadLatestArtifact', () => {
  it("downloads and unzips the artifact of the workflow's latest successful run on the branch", async () => {
    const old = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, old.id as number, 'baseline', makeZip([{ name: 'profile.json', content: '{"v": 1}' }]));
    const latest = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, latest.id as number, 'other', makeZip([{ name: 'x.txt', content: 'not this one' }]));
    const wanted = gh.addArtifact(owner, repo, latest.id as number, 'baseline', makeZip([
      { name: 'profile.json', content: '{"v": 2}' },
      { name: 'charts/' },
      { name: 'charts/drift.svg', content: '<svg/>', stored: true },
    ]));
    // Newer runs that must not count: failed, on another branch, of another workflow, still running.
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml', conclusion: 'failure' });
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml', branch: 'feature' });
    gh.addWorkflowRun(owner, repo, { workflow: 'lint.yml' });
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml', status: 'in_progress' });

    const result = await downloadLatestArtifact(options());

    expect(result).toMatchObject({ runId: latest.id, runUrl: latest.html_url, artifactId: wanted.id, branch: 'main' });
    expect(result.files.sort()).toEqual([join(destination, 'charts', 'drift.svg'), join(destination, 'profile.json')]);
    expect(readFileSync(join(destination, 'profile.json'), 'utf8')).toBe('{"v": 2}');
    expect(readFileSync(join(destination, 'charts', 'drift.svg'), 'utf8')).toBe('<svg/>');

    const [runs] = gh.requestsFor('actions/list-workflow-runs');
    expect(runs?.template).toBe('/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs');
    expect(runs?.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(runs?.path).toBe(`/repos/${owner}/${repo}/actions/workflows/train.yml/runs`);
    expect(gh.requestsFor('actions/list-workflow-run-artifacts')[0]?.query).toMatchObject({ name: 'baseline' });
    expect(gh.requestsFor('actions/download-artifact')[0]?.path).toBe(`/repos/${owner}/${repo}/actions/artifacts/${String(wanted.id)}/zip`);
    expect(gh.requests.every((r) => r.status === undefined || r.status < 400 || r.status === 302)).toBe(true);
  });

  it('accepts the workflow id instead of its file name', async () => {
    const run = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, run.id as number, 'baseline', makeZip([{ name: 'b.json', content: 'id' }]));
    const result = await downloadLatestArtifact(options({ workflow: run.workflow_id as number }));
    expect(result.runId).toBe(run.id);
    expect(readFileSync(join(destination, 'b.json'), 'utf8')).toBe('id');
  });

  it('without a workflow, takes the latest successful run of any workflow', async () => {
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    const latest = gh.addWorkflowRun(owner, repo, { workflow: 'nightly.yml' });
    gh.addArtifact(owner, repo, latest.id as number, 'baseline', makeZip([{ name: 'n.json', content: 'nightly' }]));
    const result = await downloadLatestArtifact(options({ workflow: undefined }));
    expect(result.runId).toBe(latest.id);
    expect(gh.requestsFor('actions/list-workflow-runs-for-repo')[0]?.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(gh.requestsFor('actions/list-workflow-runs')).toHaveLength(0);
  });

  it("skips runs of a fork's branch of the same name", async () => {
    const ours = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, ours.id as number, 'baseline', makeZip([{ name: 'p.json', content: 'trusted' }]));
    const forked = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml', event: 'pull_request' });
    forked.head_repository = { full_name: 'mallory/models' };
    gh.addArtifact(owner, repo, forked.id as number, 'baseline', makeZip([{ name: 'p.json', content: 'poisoned' }]));
    const result = await downloadLatestArtifact(options());
    expect(result.runId).toBe(ours.id);
    expect(readFileSync(join(destination, 'p.json'), 'utf8')).toBe('trusted');
  });

  it('asks the repository for its default branch when none is given', async () => {
    const run = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml', branch: 'trunk' });
    gh.addArtifact(owner, repo, run.id as number, 'baseline', makeZip([{ name: 't.json', content: 'trunk' }]));
    // The fake does not implement GET /repos/{owner}/{repo}; answer it as GitHub would.
    gh.injectFault({ method: 'GET', path: `/repos/${owner}/${repo}`, status: 200, body: { id: 1, name: repo, full_name: `${owner}/${repo}`, default_branch: 'trunk' } });
    const result = await downloadLatestArtifact(options({ branch: undefined }));
    expect(result).toMatchObject({ runId: run.id, branch: 'trunk' });
    expect(gh.requestsFor('actions/list-workflow-runs')[0]?.query).toMatchObject({ branch: 'trunk' });
  });

  it('says so when there is no successful run, naming workflow, branch and repository', async () => {
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml', conclusion: 'failure' });
    const error = await errorOf(downloadLatestArtifact(options()));
    expect(error).toBeInstanceOf(LatestArtifactError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as LatestArtifactError).problem).toBe('no-run');
    expect((error as Error).message).toBe(`No successful run of workflow 'train.yml' on branch 'main' in ${owner}/${repo}, so there is no artifact 'baseline' to download.`);
  });

  it('says so when the run has no artifact of that name, naming the run', async () => {
    const run = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, run.id as number, 'baseline-v2', makeZip([{ name: 'a', content: 'a' }]));
    const error = await errorOf(downloadLatestArtifact(options()));
    expect((error as LatestArtifactError).problem).toBe('no-artifact');
    expect((error as Error).message).toBe(
      `The latest successful run ${String(run.id)} (${String(run.html_url)}) of workflow 'train.yml' on branch 'main' has no artifact named 'baseline'.`,
    );
    expect(readdirSync(destination)).toEqual([]);
  });

  it('says so when the artifact expired, as listed or as the download answers (410)', async () => {
    const run = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    const listedExpired = gh.addArtifact(owner, repo, run.id as number, 'baseline', makeZip([{ name: 'a', content: 'a' }]), true);
    let error = await errorOf(downloadLatestArtifact(options()));
    expect((error as LatestArtifactError).problem).toBe('expired');
    expect((error as Error).message).toContain(`The artifact 'baseline' of the latest successful run ${String(run.id)}`);
    expect((error as Error).message).toContain(`has expired (on ${String(listedExpired.expires_at)})`);
    expect(gh.requestsFor('actions/download-artifact')).toHaveLength(0);

    listedExpired.expired = false;
    gh.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', status: 410, body: { message: 'Artifact has expired' } });
    error = await errorOf(downloadLatestArtifact(options()));
    expect((error as LatestArtifactError).problem).toBe('expired');
    expect(gh.requestsFor('actions/download-artifact')[0]?.status).toBe(410);
  });

  it('names the workflow when it does not exist', async () => {
    gh.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', status: 404 });
    const error = await errorOf(downloadLatestArtifact(options({ workflow: 'tarin.yml' })));
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`No workflow 'tarin.yml' in ${owner}/${repo}`);
  });

  it('lets other API failures through with the endpoint and status', async () => {
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', status: 503 });
    const error = await errorOf(downloadLatestArtifact(options()));
    expect(error).not.toBeInstanceOf(LatestArtifactError);
    expect((error as Error).message).toBe('GitHub API GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts answered HTTP 503: Service Unavailable');
  });

  it('refuses archive entries that would land outside the destination', async () => {
    const run = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, run.id as number, 'baseline', makeZip([{ name: '../escaped.txt', content: 'gotcha' }]));
    const error = await errorOf(downloadLatestArtifact(options()));
    expect((error as Error).message).toContain('unsafe path: "../escaped.txt"');
    expect(existsSync(join(destination, '..', 'escaped.txt'))).toBe(false);
  });
});

describe('ArtifactStore loading from the latest successful run', () => {
  it('returns the blob file of the artifact named after the blob', async () => {
    const run = gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    gh.addArtifact(owner, repo, run.id as number, 'profiles~train.json', makeZip([{ name: 'train.json', content: '{"rows": 10}' }]));
    const store = new ArtifactStore({ latest: { octokit: createOctokit(gh.token, { retries: 0 }), owner, repo, workflow: 'train.yml', branch: 'main' }, tempDir: destination });
    expect((await store.load('profiles/train.json'))?.toString()).toBe('{"rows": 10}');
    expect(gh.requestsFor('actions/list-workflow-run-artifacts')[0]?.query.name).toBe('profiles~train.json');
    // Scratch directories are removed.
    expect(readdirSync(destination)).toEqual([]);
  });

  it('treats a missing baseline as absent, with a warning saying why', async () => {
    gh.addWorkflowRun(owner, repo, { workflow: 'train.yml' });
    const store = new ArtifactStore({ latest: { octokit: createOctokit(gh.token, { retries: 0 }), owner, repo, workflow: 'train.yml', branch: 'main' }, tempDir: destination });
    expect(await store.load('baseline')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/The latest successful run \d+ .* has no artifact named 'baseline'\./);
  });
});
