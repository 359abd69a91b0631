import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { freePort } from './servers.js';
import { workDir, writeModel } from './models.js';

const dir = workDir('errors');
const model = writeModel(dir, 'e');
const STACK = /\n\s+at .+:\d+:\d+/;

async function expectError(inputs: Record<string, string>, message: RegExp) {
  const run = await runBundle('register-model', { cwd: dir, inputs: { name: 'churn', path: model, registry: `file:${join(dir, 'reg')}`, ...inputs } });
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(STACK);
}

describe('register-model bad input (built bundle)', () => {
  it('a model path that does not exist', () => expectError({ path: join(dir, 'nope') }, /^Input 'path': the model path '.*nope' does not exist/));
  it('neither path nor version', () => expectError({ path: '' }, /^Input 'path': is required unless `version` names an existing version/));
  it('an alias with a space', () => expectError({ alias: 'staging, pro duction' }, /^Input 'alias': 'pro duction' is not a valid alias/));
  it('a reserved alias', () => expectError({ alias: 'latest' }, /^Input 'alias': 'latest' is reserved/));
  it('an alias like v2', () => expectError({ alias: 'V2' }, /^Input 'alias': 'V2' is reserved/));
  it('an all-digit alias', () => expectError({ alias: '3' }, /^Input 'alias': '3' is all digits/));
  it('an unknown registry scheme', () => expectError({ registry: 's3:bucket/models' }, /^Input 'registry': unknown registry 's3:bucket\/models': expected file:<dir>, mlflow:<tracking-uri> or oci:<registry>\/<repository>/));
  it('an OCI location without repository', () => expectError({ registry: 'oci:ghcr.io' }, /^Input 'registry': 'oci:ghcr\.io' must be oci:<registry>\/<repository>/));
  it('an MLflow URI that is not http(s)', () => expectError({ registry: 'mlflow:databricks' }, /^Input 'registry': 'mlflow:databricks': the tracking URI must be an http/));
  it('a version that is not a tag', () => expectError({ version: '../1' }, /^Input 'version': '\.\.\/1' is not a valid version/));
  it('a metrics file that does not exist', () => expectError({ metrics: 'models.ts' }, /^Input 'metrics': the metrics file 'models\.ts' does not exist/));
  it('an alias for a version that does not exist', () => expectError({ path: '', version: '7', alias: 'staging' }, /^file registry .*: model 'churn' has no version or alias '7'/));
  it('an unreachable MLflow server names it and the endpoint', async () => {
    const port = await freePort();
    await expectError({ registry: `mlflow:http://127.0.0.1:${port}` }, new RegExp(`^MLflow at http://127\\.0\\.0\\.1:${port} GET /api/2\\.0/mlflow/registered-models/get could not be reached: ECONNREFUSED`));
  });
  it('an unreachable OCI registry names it and the endpoint', async () => {
    const port = await freePort();
    await expectError({ registry: `oci:127.0.0.1:${port}/models/churn` }, new RegExp(`^OCI registry 127\\.0\\.0\\.1:${port}/models/churn GET /v2/models/churn/manifests/sha256-content-[0-9a-f]{64} could not be reached: ECONNREFUSED`));
  });
});
