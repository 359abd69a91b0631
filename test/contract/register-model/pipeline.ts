/**
 * The three registry backends side by side (a file registry, a real MLflow server, a real OCI
 * registry), and the files a pipeline hands from action to action: a model, the production
 * model's eval predictions and the eval-gate report over them, the training data's profile
 * (from the validate-data bundle), and new data with planted drift. Shared by the tests of
 * register-model's attachments, eval-gate's `registry:` baseline and drift-check's reference.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { writeDatasets } from '../drift-check/planted.js';
import { writeBinary } from '../eval-gate/data.js';
import { writeModel } from './models.js';
import { startMlflow, startOciRegistry, type Server } from './servers.js';

export const BACKENDS = ['file', 'mlflow', 'oci'] as const;
export type Backend = (typeof BACKENDS)[number];

export interface Backends {
  /** The `registry` input for a backend; `repository` keeps OCI models apart (one per repository). */
  registry(backend: Backend, repository: string): string;
  stop(): Promise<void>;
  log(): string;
}

/** Starts MLflow and docker-registry (in parallel) next to a file registry under `dir`. */
export async function startBackends(dir: string): Promise<Backends> {
  const [mlflow, oci] = (await Promise.all([startMlflow(), startOciRegistry()])) as [Server, Server];
  return {
    registry: (backend, repository) => (backend === 'file' ? `file:${join(dir, 'registry')}` : backend === 'mlflow' ? `mlflow:${mlflow.url}` : `oci:${oci.host}/models/${repository}`),
    stop: async () => {
      await Promise.all([mlflow.stop(), oci.stop()]);
    },
    log: () => `${mlflow.log()}\n${oci.log()}`,
  };
}

export interface PipelineFiles {
  dir: string;
  model: string;
  /** The production model's predictions and the candidate's, on the same rows (candidate worse). */
  production: string;
  candidate: string;
  /** eval-gate's report over the production predictions (its metrics and verdict). */
  report: string;
  trainData: string;
  /** validate-data's profile of trainData. */
  trainProfile: string;
  /** New data with drift planted in some columns. */
  current: string;
}

export function workDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `registry-refs-${prefix}-`));
}

function ok(run: BundleRun, what: string): BundleRun {
  expect(run.exitCode, `${what}:\n${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

/** Writes everything into `dir`, running the validate-data and eval-gate bundles as a pipeline would. */
export async function writePipeline(dir: string): Promise<PipelineFiles> {
  const model = writeModel(dir, 'prod');
  const { candidate, baseline: production } = writeBinary(dir, 'pipeline', { gap: -0.3, n: 2000 });
  const { reference: trainData, current } = writeDatasets(dir, 2000, 7);
  const trainProfile = join(dir, 'train-profile.json');
  ok(await runBundle('validate-data', { cwd: dir, inputs: { data: trainData, profile: trainProfile } }), 'validate-data');
  const report = join(dir, 'production-gate.json');
  ok(await runBundle('eval-gate', { cwd: dir, inputs: { predictions: production, thresholds: 'roc_auc: {min: 0.6}', 'gate-id': 'release', report, comment: 'never' } }), 'eval-gate');
  return { dir, model, production, candidate, report, trainData, trainProfile, current };
}

/** register-model: the production model with metrics (the gate report), predictions and profile, aliased `production`. */
export async function registerProduction(files: PipelineFiles, registry: string, name: string): Promise<BundleRun> {
  return ok(
    await runBundle('register-model', {
      cwd: files.dir,
      inputs: { name, registry, path: files.model, metrics: files.report, predictions: files.production, 'data-profile': files.trainProfile, alias: 'production' },
      timeoutMs: 90_000,
    }),
    'register-model',
  );
}
