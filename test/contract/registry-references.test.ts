/**
 * The actions that know each other, through the built bundles, on each registry backend (a file
 * registry, a real MLflow tracking server, a real OCI registry; one of each for the whole file):
 * register-model stores the production model's predictions, training-data profile and gate
 * verdict; eval-gate's `baseline: registry:<name>@<alias>` and drift-check's
 * `reference: registry:<name>@<alias>` give the same results as the files themselves.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/registry/open.js';
import { runBundle, type BundleRun } from '../support/harness.js';
import { PLANTED } from './drift-check/planted.js';
import { writeModel } from './register-model/models.js';
import { BACKENDS, registerProduction, startBackends, workDir, writePipeline, type Backends, type PipelineFiles } from './register-model/pipeline.js';
import { MLFLOW_PYTHON } from './register-model/servers.js';

const dir = workDir('references');
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

const RULE = 'roc_auc: {max-regression: 0, significance: 0.05}\naccuracy: {max-regression: 0, significance: 0.05}';
const gate = (inputs: Record<string, string>) => runBundle('eval-gate', { cwd: dir, inputs: { comment: 'never', 'fail-on-regression': 'false', ...inputs }, timeoutMs: 90_000 });
const reportOf = (run: BundleRun) => JSON.parse(readFileSync(join(dir, run.outputs.report!), 'utf8')) as Record<string, unknown> & { baselineSource: string; baseline: Record<string, number> };
const errorOf = (run: BundleRun) => run.annotations.find((a) => a.level === 'error')?.message ?? `no error annotation; exit ${run.exitCode}\n${run.stdout}`;

describe.each(BACKENDS)('eval-gate baseline: registry:<name>@<alias> (%s backend, built bundle)', (backend) => {
  const name = `gate-${backend}`;
  const registry = () => backends.registry(backend, name);

  it("gives the same verdicts, intervals and tests as the production model's files", async () => {
    await registerProduction(files, registry(), name);
    const direct = await gate({ predictions: files.candidate, baseline: files.production, 'id-column': 'id', thresholds: RULE, report: `direct-${backend}.json` });
    const viaRegistry = await gate({ predictions: files.candidate, baseline: `registry:${name}@production`, registry: registry(), 'id-column': 'id', thresholds: RULE, report: `registry-${backend}.json` });
    expect(viaRegistry.exitCode, viaRegistry.stdout + viaRegistry.stderr).toBe(0);
    // The planted regression is found through the registry too, with significance.
    expect(viaRegistry.outputs.passed).toBe('false');
    for (const output of ['passed', 'failed', 'metrics']) expect(viaRegistry.outputs[output]).toBe(direct.outputs[output]);
    const { baselineSource, ...fromRegistry } = reportOf(viaRegistry);
    const { baselineSource: _path, ...fromFiles } = reportOf(direct);
    expect(fromRegistry).toEqual(fromFiles);
    expect(baselineSource).toMatch(new RegExp(`^registry:${name}@production \\(version 1 in .+\\), its predictions$`));
    // The summary names the registry baseline (escaped for Markdown: '@' and '-' are entities or escaped).
    expect(viaRegistry.summary).toMatch(/against baseline registry:.+production \\\(version 1 in .+\\\), its predictions\./);
  });

  it("with a metrics candidate, compares with the version's recorded metrics", async () => {
    const candidate = join(dir, `candidate-metrics-${backend}.json`);
    writeFileSync(candidate, JSON.stringify({ roc_auc: 0.5, accuracy: 0.5 }));
    const run = await gate({ metrics: candidate, baseline: `registry:${name}@1`, registry: registry(), thresholds: 'roc_auc: {max-regression: 0.01}', report: `metrics-${backend}.json` });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.passed).toBe('false');
    const recorded = (JSON.parse(readFileSync(files.report, 'utf8')) as { candidate: Record<string, number> }).candidate;
    const report = reportOf(run);
    for (const [metric, value] of Object.entries(recorded)) expect(report.baseline[metric]).toBeCloseTo(value, 12);
    expect(report.baselineSource).toMatch(/, its metrics$/);
  });

  it('unknown model, unknown alias and a version without metrics are clear errors', async () => {
    const unknownModel = await gate({ predictions: files.candidate, baseline: `registry:${name}-missing@production`, registry: registry() });
    expect(unknownModel.exitCode).toBe(1);
    expect(errorOf(unknownModel)).toMatch(new RegExp(`^Input 'baseline': .+ has no model '${name}-missing'`));

    const unknownAlias = await gate({ predictions: files.candidate, baseline: `registry:${name}@staging`, registry: registry() });
    expect(unknownAlias.exitCode).toBe(1);
    expect(errorOf(unknownAlias)).toMatch(new RegExp(`^Input 'baseline': model '${name}' in .+ has no alias or version 'staging'; its aliases are: production$`));

    const unknownVersion = await gate({ predictions: files.candidate, baseline: `registry:${name}@7`, registry: registry() });
    expect(errorOf(unknownVersion)).toMatch(/has no version 7 \(its aliases are: production\)$/);

    const bare = await runBundle('register-model', { cwd: dir, inputs: { name, registry: registry(), path: writeModel(dir, `bare-${backend}`) }, timeoutMs: 90_000 });
    expect(bare.outputs.version).toBe('2');
    const noPredictions = await gate({ predictions: files.candidate, baseline: `registry:${name}@2`, registry: registry(), thresholds: RULE });
    expect(noPredictions.exitCode).toBe(1);
    expect(errorOf(noPredictions)).toMatch(new RegExp(`^Input 'baseline': registry:${name}@2 \\(version 2 in .+\\) carries no predictions, which the significance rules in \`thresholds\` need`));
    const noMetrics = await gate({ metrics: files.report, baseline: `registry:${name}@2`, registry: registry() });
    expect(noMetrics.exitCode).toBe(1);
    expect(errorOf(noMetrics)).toMatch(new RegExp(`^registry:${name}@2 \\(version 2 in .+\\) has no metrics: register it with register-model's \`metrics\` input`));
  });
});

describe('eval-gate registry: input errors', () => {
  it('a malformed reference names the syntax', async () => {
    const run = await gate({ predictions: files.candidate, baseline: 'registry:churn' });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toBe("Input 'baseline': 'registry:churn' must name one model and one alias or version: registry:<name>@<alias-or-version>, e.g. registry:churn-classifier@production");
  });
  it('an unknown registry scheme names the registry input', async () => {
    const run = await gate({ predictions: files.candidate, baseline: 'registry:churn@production', registry: 's3:bucket' });
    expect(errorOf(run)).toMatch(/^Input 'registry': unknown registry 's3:bucket'/);
  });
});

const drift = (inputs: Record<string, string>) => runBundle('drift-check', { cwd: dir, inputs, timeoutMs: 90_000 });
const driftReportOf = (run: BundleRun) => JSON.parse(readFileSync(join(dir, run.outputs.report!), 'utf8')) as { columns: unknown[]; reference: { source: string; kind: string; rows: number }; driftedColumns: string[]; seconds: number };

describe.each(BACKENDS)('drift-check reference: registry:<name>@<alias> (%s backend, built bundle)', (backend) => {
  const name = `drift-${backend}`;
  const registry = () => backends.registry(backend, name);

  it('equals drift-check against the profile file register-model was given', async () => {
    await registerProduction(files, registry(), name);
    const direct = await drift({ reference: files.trainProfile, current: files.current, report: `direct-${backend}.json` });
    const viaRegistry = await drift({ reference: `registry:${name}@production`, registry: registry(), current: files.current, report: `registry-${backend}.json` });
    expect(viaRegistry.exitCode, viaRegistry.stdout + viaRegistry.stderr).toBe(0);
    for (const output of ['drifted', 'drift-share', 'drifted-columns']) expect(viaRegistry.outputs[output]).toBe(direct.outputs[output]);
    const fromRegistry = driftReportOf(viaRegistry);
    const fromFile = driftReportOf(direct);
    expect(fromRegistry.columns).toEqual(fromFile.columns);
    expect(fromRegistry.reference).toEqual({ source: `registry:${name}@production`, kind: 'profile', rows: fromFile.reference.rows });
    // The planted drift is found against the production model's profile.
    expect([...fromRegistry.driftedColumns].sort()).toEqual([...PLANTED].sort());
  });

  it('a version without a data profile, and an unknown alias, are clear errors', async () => {
    const bare = await runBundle('register-model', { cwd: dir, inputs: { name, registry: registry(), path: writeModel(dir, `bare-${backend}`), alias: 'candidate' }, timeoutMs: 90_000 });
    expect(bare.outputs.version).toBe('2');
    const noProfile = await drift({ reference: `registry:${name}@candidate`, registry: registry(), current: files.current });
    expect(noProfile.exitCode).toBe(1);
    expect(errorOf(noProfile)).toMatch(new RegExp(`^Input 'reference': registry:${name}@candidate \\(version 2 in .+\\) carries no data profile: register it with register-model's \`data-profile\` input`));
    const unknownAlias = await drift({ reference: `registry:${name}@staging`, registry: registry(), current: files.current });
    expect(errorOf(unknownAlias)).toMatch(new RegExp(`^Input 'reference': model '${name}' in .+ has no alias or version 'staging'; its aliases are: candidate, production$`));
  });
});

describe('drift-check: several profiles of one version', () => {
  it('are merged into one reference (shards of the training data)', async () => {
    const [first, second] = [join(dir, 'shard-1.csv'), join(dir, 'shard-2.csv')];
    const lines = readFileSync(files.trainData, 'utf8').trimEnd().split('\n');
    const half = Math.floor((lines.length - 1) / 2);
    (await import('node:fs')).writeFileSync(first, `${[lines[0], ...lines.slice(1, 1 + half)].join('\n')}\n`);
    (await import('node:fs')).writeFileSync(second, `${[lines[0], ...lines.slice(1 + half)].join('\n')}\n`);
    const profiles = [join(dir, 'shard-1.profile.json'), join(dir, 'shard-2.profile.json')];
    for (const [i, data] of [first, second].entries()) {
      const run = await runBundle('validate-data', { cwd: dir, inputs: { data, profile: profiles[i]! } });
      expect(run.exitCode, run.stdout).toBe(0);
    }
    const registry = backends.registry('file', 'shards');
    const registered = await runBundle('register-model', { cwd: dir, inputs: { name: 'shards', registry, path: writeModel(dir, 'shards'), 'data-profile': profiles.join('\n'), alias: 'production' } });
    expect(registered.exitCode, registered.stdout).toBe(0);
    const merged = await drift({ reference: 'registry:shards@production', registry, current: files.current, report: 'merged.json' });
    const whole = await drift({ reference: files.trainProfile, current: files.current, report: 'whole.json' });
    expect(merged.exitCode, merged.stdout + merged.stderr).toBe(0);
    expect(driftReportOf(merged).reference.rows).toBe(driftReportOf(whole).reference.rows);
    expect(merged.outputs['drifted-columns']).toBe(whole.outputs['drifted-columns']);
  });
});
