import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { MLFLOW_PYTHON, startMlflow, type Server } from './servers.js';
import { shellDigest, workDir, writeModel } from './models.js';

const dir = workDir('mlflow');
let mlflow: Server;

beforeAll(async () => {
  mlflow = await startMlflow();
}, 150_000);
afterAll(async () => {
  await mlflow?.stop();
});

const register = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runBundle('register-model', { cwd: dir, inputs: { name: 'churn', registry: `mlflow:${mlflow.url}`, ...inputs }, env, timeoutMs: 90_000 });

/** GET on MLflow's REST API, as any client would read it back. */
async function rest<T>(path: string, query: Record<string, string>): Promise<T> {
  const response = await fetch(`${mlflow.url}/api/2.0/mlflow/${path}?${new URLSearchParams(query)}`);
  return (await response.json()) as T;
}
interface Version { version: string; status: string; source: string; run_id: string; run_link: string; description: string; tags: { key: string; value: string }[]; aliases?: string[] }
const tagsOf = (v: Version) => Object.fromEntries(v.tags.map((t) => [t.key, t.value]));
const allVersions = async (name: string) => (await rest<{ model_versions?: Version[] }>('model-versions/search', { filter: `name='${name}'` })).model_versions ?? [];

/** The mlflow Python client, a second real reader: resolves an alias and downloads models:/ files. */
function python(script: string, ...args: string[]): string {
  return execFileSync(MLFLOW_PYTHON, ['-c', script, ...args], { env: { ...process.env, MLFLOW_TRACKING_URI: mlflow.url }, encoding: 'utf8' });
}

describe('register-model on a real MLflow tracking server (built bundle)', () => {
  it('registers with lineage, re-registers as the same version, registers changed content, moves an alias', async () => {
    const first = writeModel(dir, 'a');
    const one = await register({ path: first, alias: 'staging', metrics: 'metrics.json', tags: '{team: churn}', description: 'first try' });
    expect(one.exitCode, one.stdout + one.stderr + mlflow.log()).toBe(0);
    expect(one.outputs).toMatchObject({ version: '1', created: 'true', uri: 'models:/churn/1', digest: shellDigest(first) });

    const v1 = (await rest<{ model_version: Version }>('model-versions/get', { name: 'churn', version: '1' })).model_version;
    expect(v1.status).toBe('READY');
    expect(v1.description).toBe('first try');
    expect(v1.run_link).toBe('https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1');
    expect(v1.aliases).toEqual(['staging']);
    expect(tagsOf(v1)).toMatchObject({
      team: 'churn',
      'mlops.digest': shellDigest(first),
      'mlops.git.commit': 'ffac537e6cbbf934b08745a378932722df287a53',
      'mlops.git.ref': 'refs/heads/main',
      'mlops.git.repository': 'octo-org/octo-repo',
      'mlops.run.attempt': '1',
      'mlops.actor': 'octocat',
    });
    const run = await rest<{ run: { info: { status: string }; data: { metrics?: { key: string; value: number }[] } } }>('runs/get', { run_id: v1.run_id });
    expect(run.run.info.status).toBe('FINISHED');
    expect(Object.fromEntries((run.run.data.metrics ?? []).map((m) => [m.key, m.value]))).toEqual({ auc: 0.91, f1: 0.8 });

    const again = await register({ path: first, alias: 'candidate' });
    expect(again.outputs).toMatchObject({ version: '1', created: 'false', digest: shellDigest(first) });
    expect(await allVersions('churn')).toHaveLength(1);

    const second = writeModel(dir, 'b');
    const two = await register({ path: second, alias: 'staging' });
    expect(two.outputs).toMatchObject({ version: '2', created: 'true', uri: 'models:/churn/2' });
    const staging = await rest<{ model_version: Version }>('registered-models/alias', { name: 'churn', alias: 'staging' });
    expect(staging.model_version.version).toBe('2');
    const candidate = await rest<{ model_version: Version }>('registered-models/alias', { name: 'churn', alias: 'candidate' });
    expect(candidate.model_version.version).toBe('1');

    const back = await register({ version: '1', alias: 'staging' });
    expect(back.outputs).toMatchObject({ version: '1', created: 'false', uri: 'models:/churn/1' });

    // The Python client resolves the alias moved back to 1, and models:/churn/1 downloads exactly our files.
    const out = mkdtempSync(join(tmpdir(), 'mlflow-download-'));
    const read = python(
      'import sys, mlflow\nfrom mlflow import MlflowClient\nv = MlflowClient().get_model_version_by_alias("churn", "staging")\nprint(v.version, v.tags["mlops.digest"])\nprint(mlflow.artifacts.download_artifacts("models:/churn/1", dst_path=sys.argv[1]))',
      out,
    ).trim().split('\n');
    expect(read[0]).toBe(`1 ${shellDigest(first)}`);
    // MLflow adds its `registered_model_meta` file to a models:/ download; the rest is ours, byte for byte.
    for (const file of ['MLmodel', 'weights/w.bin']) expect(readFileSync(join(read[1]!, file))).toEqual(readFileSync(join(first, file)));
  });

  it('concurrent registrations of different content get distinct versions and lose none', async () => {
    const models = Array.from({ length: 4 }, (_, i) => writeModel(dir, `c${i}`));
    const runs = await Promise.all(models.map((path) => register({ name: 'concurrent', path })));
    for (const run of runs) expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(new Set(runs.map((r) => r.outputs.version)).size).toBe(4);
    const versions = await allVersions('concurrent');
    expect(versions.map((v) => v.version).sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '4']);
    for (const [i, run] of runs.entries()) {
      const held = versions.find((v) => v.version === run.outputs.version)!;
      expect(tagsOf(held)['mlops.digest']).toBe(shellDigest(models[i]!));
    }
  });

  it('a crash after the upload and before the version is created leaves no version; a re-run creates version 1', async () => {
    const model = writeModel(dir, 'crash');
    const crashed = await register({ name: 'crash', path: model }, { MLOPS_FAILPOINT: 'register-model:before-commit' });
    expect(crashed.signal).toBe('SIGKILL');
    expect(await allVersions('crash')).toEqual([]);
    const rerun = await register({ name: 'crash', path: model });
    expect(rerun.outputs).toMatchObject({ version: '1', created: 'true' });
  });
});
