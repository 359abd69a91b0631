import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { writeModel } from '../register-model/models.js';
import { BACKENDS, registerProduction, startBackends, workDir, writePipeline, type Backends, type PipelineFiles } from '../register-model/pipeline.js';

const dir = workDir('eval-gate');
let backends: Backends;
let files: PipelineFiles;

beforeAll(async () => {
  [backends, files] = await Promise.all([startBackends(dir), writePipeline(dir)]);
}, 180_000);
afterAll(async () => {
  await backends?.stop();
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
