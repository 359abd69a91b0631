import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { ADMIN_PASSWORD, startMlflow, type Server } from './servers.js';
import { workDir, writeModel } from './models.js';

const dir = workDir('mlflow-auth');
let mlflow: Server;

// MLflow's basic-auth app checks a password hash on every request, which is slow: these
// tests use it only for the credential paths.
beforeAll(async () => {
  mlflow = await startMlflow({ auth: true });
}, 150_000);
afterAll(async () => {
  await mlflow?.stop();
});

const register = (env: Record<string, string>) =>
  runBundle('register-model', { cwd: dir, inputs: { name: 'secured', path: writeModel(dir, 'auth'), registry: `mlflow:${mlflow.url}` }, env, timeoutMs: 90_000 });

describe('register-model against MLflow with basic auth (built bundle)', () => {
  it('wrong or missing credentials name the server, the endpoint and HTTP 401; the right ones get through', async () => {
    const endpoint = `^MLflow at ${mlflow.url.replace(/\./g, '\\.')} GET /api/2\\.0/mlflow/registered-models/get answered HTTP 401: `;
    const wrong = await register({ MLFLOW_TRACKING_USERNAME: 'admin', MLFLOW_TRACKING_PASSWORD: 'wrong' });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(new RegExp(`${endpoint}.*check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD`)),
    ]);
    const none = await register({});
    expect(none.exitCode).toBe(1);
    expect(none.annotations.find((a) => a.level === 'error')!.message).toMatch(new RegExp(endpoint));

    // The same request with the right credentials gets through: the 401 was about them. (A full
    // registration here would be slow: the auth app hashes the password on every request.)
    const basic = `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}`;
    const right = await fetch(`${mlflow.url}/api/2.0/mlflow/registered-models/get?name=secured`, { headers: { authorization: basic } });
    expect(right.status).toBe(404);
    expect(((await right.json()) as { error_code: string }).error_code).toBe('RESOURCE_DOES_NOT_EXIST');
  });
});
