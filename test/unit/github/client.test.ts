import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { ServiceError } from '../../../src/runner/errors.js';
import { primaryRateLimit, secondaryRateLimit, startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { captureStdout, saveEnv } from './setup.js';

let gh: FakeGitHub;
let restoreEnv: () => void;
let stdout: ReturnType<typeof captureStdout>;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  restoreEnv = saveEnv();
  process.env.GITHUB_API_URL = gh.url;
  gh.clearFaults();
  gh.requests.length = 0;
  stdout = captureStdout();
});
afterEach(() => {
  stdout.restore();
  restoreEnv();
});

const STATUS_TEMPLATE = '/repos/{owner}/{repo}/commits/{ref}/statuses';
const listStatuses = (token = gh.token) => createOctokit(token).rest.repos.listCommitStatusesForRef({ owner: 'acme', repo: 'models', ref: 'abc123' });

describe('createOctokit', () => {
  it('sends requests to GITHUB_API_URL, read when the client is created', async () => {
    process.env.GITHUB_API_URL = `${gh.url}/`;
    await listStatuses();
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /repos/acme/models/commits/abc123/statuses 200']);
  });

  it('retries a 502 twice with a short backoff, then succeeds', async () => {
    gh.injectFault({ method: 'GET', path: STATUS_TEMPLATE, status: 502, times: 2 });
    const started = Date.now();
    const { status } = await listStatuses();
    expect(status).toBe(200);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 200]);
    // Backoff of n² × 250 ms: seconds, not minutes.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits out a secondary rate limit as retry-after says, with a warning', async () => {
    gh.injectFault({ method: 'POST', path: /\/statuses\//, ...secondaryRateLimit(1) });
    const started = Date.now();
    const { data } = await createOctokit(gh.token).rest.repos.createCommitStatus({ owner: 'acme', repo: 'models', sha: 'abc123', state: 'success', context: 'mlops/eval-gate' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(data.state).toBe('success');
    expect(gh.requests.map((r) => r.status)).toEqual([403, 201]);
    const warnings = stdout.lines().filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/secondary rate limit hit on POST .*statuses.*retrying in 1 s/);
  });

  it('waits out a 429 secondary rate limit without also retrying it on the 5xx backoff', async () => {
    const limit = secondaryRateLimit(1);
    gh.injectFault({ method: 'GET', path: STATUS_TEMPLATE, ...limit, status: 429 });
    const started = Date.now();
    const { status } = await listStatuses();
    expect(status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(gh.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('waits for x-ratelimit-reset on a primary rate limit', async () => {
    gh.injectFault({ method: 'GET', path: STATUS_TEMPLATE, ...primaryRateLimit(1) });
    const started = Date.now();
    const { status } = await listStatuses();
    expect(status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('gives up after three rate-limit retries with a ServiceError naming endpoint and status', async () => {
    gh.injectFault({ method: 'GET', path: STATUS_TEMPLATE, ...secondaryRateLimit(1), times: 10 });
    const error = await listStatuses().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(403);
    expect((error as ServiceError).message).toMatch(/^GitHub API GET \/repos\/\{owner\}\/\{repo\}\/commits\/\{ref\}\/statuses answered HTTP 403: You have exceeded a secondary rate limit/);
    expect(gh.requests).toHaveLength(4);
  });

  it('fails a persistent 500 after its retries, naming the endpoint', async () => {
    gh.injectFault({ method: 'GET', path: STATUS_TEMPLATE, status: 503, times: 10 });
    const error = (await listStatuses().catch((e: unknown) => e)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.endpoint).toBe(`GET ${STATUS_TEMPLATE}`);
    expect(error.status).toBe(503);
    expect(gh.requests).toHaveLength(4);
  });

  it('does not retry a 404, and says so as a ServiceError', async () => {
    gh.injectFault({ method: 'GET', path: STATUS_TEMPLATE, status: 404 });
    const error = (await listStatuses().catch((e: unknown) => e)) as ServiceError;
    expect(error.message).toBe(`GitHub API GET ${STATUS_TEMPLATE} answered HTTP 404: Not Found`);
    expect(gh.requests).toHaveLength(1);
  });

  it('says when GitHub could not be reached at all', async () => {
    const closed = await startFakeGitHub();
    process.env.GITHUB_API_URL = closed.url;
    await closed.close();
    const error = (await createOctokit('t', { retries: 0 }).rest.repos.get({ owner: 'acme', repo: 'models' }).catch((e: unknown) => e)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/^GitHub API GET \/repos\/\{owner\}\/\{repo\} could not be reached/);
  });
});
