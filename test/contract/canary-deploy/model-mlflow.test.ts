/**
 * canary-deploy's `model` and `promote-alias` against a real MLflow tracking server: the
 * versions register-model made are looked up there, and a promotion moves the MLflow alias
 * (read back through MLflow's REST API); a rollback leaves it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { workDir, writeModel } from '../register-model/models.js';
import { startMlflow, type Server } from '../register-model/servers.js';

const dir = workDir('canary-mlflow');
let mlflow: Server;

beforeAll(async () => {
  mlflow = await startMlflow();
  writeFileSync(join(dir, 'set-weight.mjs'), "import { writeFileSync } from 'node:fs';\nif (process.env.FAIL_AT === process.env.CANARY_WEIGHT) process.exit(3);\nwriteFileSync('weight', process.env.CANARY_WEIGHT);\n");
}, 150_000);
afterAll(async () => {
  await mlflow?.stop();
});

async function aliasVersion(alias: string): Promise<string | undefined> {
  const response = await fetch(`${mlflow.url}/api/2.0/mlflow/registered-models/alias?${new URLSearchParams({ name: 'churn-canary', alias })}`);
  if (response.status === 404) return undefined;
  return ((await response.json()) as { model_version: { version: string } }).model_version.version;
}

const deploy = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runBundle('canary-deploy', {
    cwd: dir,
    env,
    timeoutMs: 90_000,
    inputs: { provider: 'command', target: 'command: node set-weight.mjs\nread-command: cat weight\n', steps: '50', interval: '1s', registry: `mlflow:${mlflow.url}`, 'promote-alias': 'production', ...inputs },
  });

describe('canary-deploy with a model in MLflow', () => {
  it('looks the version up, moves production on promotion only, and refuses an unknown version before any change', async () => {
    for (const [seed, alias] of [['one', 'production'], ['two', 'staging']]) {
      const run = await runBundle('register-model', { cwd: dir, inputs: { name: 'churn-canary', path: writeModel(dir, seed!), registry: `mlflow:${mlflow.url}`, alias: alias! }, timeoutMs: 90_000 });
      expect(run.exitCode, run.stdout).toBe(0);
    }
    expect(await aliasVersion('production')).toBe('1');

    // A rollout that fails at its step rolls back; the alias stays.
    writeFileSync(join(dir, 'weight'), '0');
    const failed = await deploy({ model: 'churn-canary@2' }, { FAIL_AT: '50' });
    expect(failed.exitCode).toBe(1);
    expect(await aliasVersion('production')).toBe('1');

    const unknown = await deploy({ model: 'churn-canary@9' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      `Input 'model': MLflow at ${mlflow.url} has no version or alias '9' of model 'churn-canary': register it first (register-model) or check the \`registry\` input`,
    ]);

    const promoted = await deploy({ model: 'churn-canary@staging' });
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    expect(promoted.outputs['model-version']).toBe('2');
    expect(await aliasVersion('production')).toBe('2');
    const report = JSON.parse(promoted.outputs.report!) as { model: { uri: string; digest: string }; alias: unknown };
    expect(report.model.uri).toBe('models:/churn-canary/2');
    expect(report.model.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.alias).toEqual({ alias: 'production', from: '1', to: '2', outcome: 'moved' });
  }, 240_000);
});
