import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../../src/registry/open.js';
import { runBundle } from '../../support/harness.js';
import { BACKENDS, registerProduction, startBackends, workDir, writePipeline, type Backends, type PipelineFiles } from './pipeline.js';
import { MLFLOW_PYTHON } from './servers.js';

const dir = workDir('attachments');
let backends: Backends;
let files: PipelineFiles;

beforeAll(async () => {
  [backends, files] = await Promise.all([startBackends(dir), writePipeline(dir)]);
}, 180_000);
afterAll(async () => {
  await backends?.stop();
});

const PREDICTIONS = 'predictions/pipeline-baseline.csv';
const PROFILE = 'data-profile/train-profile.json';

describe.each(BACKENDS)('register-model records what the other actions need (%s backend, built bundle)', (backend) => {
  const name = `attach-${backend}`;
  const registry = () => backends.registry(backend, name);

  it('stores the data profile and predictions with the version, and the gate verdict as tags and in the card', async () => {
    const run = await registerProduction(files, registry(), name);
    expect(run.outputs).toMatchObject({ version: '1', created: 'true' });
    const report = JSON.parse(readFileSync(files.report, 'utf8')) as { candidate: Record<string, number>; passed: boolean };
    expect(report.passed).toBe(true);
    // The summary shows the verdict and the attachments.
    expect(run.summary).toContain('Evaluation gate');
    expect(run.summary).toMatch(/\| Gate \| `release` \|/);
    expect(run.summary).toContain('✅ passed');
    expect(run.summary).toContain(PREDICTIONS);

    // Read back through the backend's interface, as eval-gate and drift-check do.
    const opened = await openRegistry(registry());
    const version = (await opened.getVersion(name, 'production'))!;
    expect(version.version).toBe('1');
    expect(version.attachments.map((a) => a.name).sort()).toEqual([PROFILE, PREDICTIONS]);
    for (const [metric, value] of Object.entries(report.candidate)) expect(version.metrics![metric]).toBeCloseTo(value, 12);
    expect(version.tags).toMatchObject({ 'mlops.gate.id': 'release', 'mlops.gate.passed': 'true', 'mlops.gate.failed': '' });
    const out = mkdtempSync(join(tmpdir(), 'fetched-'));
    const predictions = await opened.fetchAttachment(name, '1', PREDICTIONS, out);
    expect(readFileSync(predictions)).toEqual(readFileSync(files.production));
    const profile = await opened.fetchAttachment(name, '1', PROFILE, out);
    expect(readFileSync(profile)).toEqual(readFileSync(files.trainProfile));
    await expect(opened.fetchAttachment(name, '1', 'predictions/other.csv', out)).rejects.toThrow(/has no attachment 'predictions\/other.csv' \(it has: .*predictions\/pipeline-baseline.csv/);
    expect(await opened.listAliases(name)).toEqual(['production']);
    expect(await opened.listAliases(`${name}-unknown`)).toBeUndefined();
  });

  it('an existing version cannot be given new files', async () => {
    const run = await runBundle('register-model', { cwd: dir, inputs: { name, registry: registry(), version: '1', predictions: files.candidate } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')!.message).toBe("Input 'predictions': is recorded when a version is registered: give `path` too (an existing version cannot get new files)");
  });
});

describe('each backend stores attachments where its own tools see them', () => {
  it('file registry: under the version folder, listed in version.json', () => {
    const version = join(dir, 'registry', 'models', 'attach-file', 'versions', '1');
    expect(readFileSync(join(version, 'attachments', 'predictions', 'pipeline-baseline.csv'))).toEqual(readFileSync(files.production));
    const record = JSON.parse(readFileSync(join(version, 'version.json'), 'utf8')) as { attachments: { name: string; kind: string; digest: string }[] };
    expect(record.attachments.map((a) => [a.name, a.kind])).toEqual([
      [PROFILE, 'data-profile'],
      [PREDICTIONS, 'predictions'],
    ]);
    expect(readFileSync(join(version, 'MODEL_CARD.md'), 'utf8')).toMatch(/## Evaluation gate[\s\S]*✅ passed/);
  });

  it('MLflow: run artifacts the mlflow client downloads, metrics on the run', () => {
    const url = backends.registry('mlflow', '').slice('mlflow:'.length);
    const script = [
      'import sys, json, mlflow',
      'from mlflow import MlflowClient',
      'c = MlflowClient()',
      'v = c.get_model_version_by_alias("attach-mlflow", "production")',
      'path = mlflow.artifacts.download_artifacts(run_id=v.run_id, artifact_path="attachments/predictions/pipeline-baseline.csv", dst_path=sys.argv[1])',
      'print(json.dumps({"path": path, "tags": v.tags, "metrics": c.get_run(v.run_id).data.metrics}))',
    ].join('\n');
    const out = JSON.parse(execFileSync(MLFLOW_PYTHON, ['-c', script, mkdtempSync(join(tmpdir(), 'mlflow-dl-'))], { env: { ...process.env, MLFLOW_TRACKING_URI: url }, encoding: 'utf8' })) as { path: string; tags: Record<string, string>; metrics: Record<string, number> };
    expect(readFileSync(out.path)).toEqual(readFileSync(files.production));
    expect(out.tags['mlops.gate.passed']).toBe('true');
    expect(out.tags[`mlops.attachment.${PREDICTIONS}`]).toMatch(/^sha256:[0-9a-f]{64} \d+$/);
    const report = JSON.parse(readFileSync(files.report, 'utf8')) as { candidate: Record<string, number> };
    expect(out.metrics.roc_auc).toBeCloseTo(report.candidate.roc_auc!, 12);
  });

  it('OCI: extra layers with their own media types and file paths', async () => {
    const base = `http://${backends.registry('oci', 'attach-oci').slice('oci:'.length).replace('/models/', '/v2/models/')}`;
    const manifest = (await (await fetch(`${base}/manifests/production`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } })).json()) as {
      layers: { mediaType: string; digest: string; annotations: Record<string, string> }[];
      annotations: Record<string, string>;
    };
    const byPath = Object.fromEntries(manifest.layers.map((l) => [l.annotations['org.cncf.model.filepath'], l]));
    expect(byPath[`.mlops/attachments/${PREDICTIONS}`]!.mediaType).toBe('application/vnd.mlops-actions.predictions.v1.raw');
    expect(byPath[`.mlops/attachments/${PROFILE}`]!.mediaType).toBe('application/vnd.mlops-actions.data-profile.v1+json');
    const blob = Buffer.from(await (await fetch(`${base}/blobs/${byPath[`.mlops/attachments/${PREDICTIONS}`]!.digest}`)).arrayBuffer());
    expect(blob).toEqual(readFileSync(files.production));
    expect(manifest.annotations['org.mlops-actions.tag.mlops.gate.passed']).toBe('true');
  });
});
