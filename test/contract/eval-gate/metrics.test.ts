import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { sklearnBinary, writeBinary, writeOtherTasks } from './data.js';

const dir = mkdtempSync(join(tmpdir(), 'eval-gate-'));
const gate = (inputs: Record<string, string>, env: Record<string, string> = {}) => runBundle('eval-gate', { cwd: dir, inputs, env });
const close = (ours: number, theirs: number) => expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs)));

function metricsFile(name: string, values: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(values));
  return path;
}

describe('eval-gate metrics from predictions equal scikit-learn’s (built bundle)', () => {
  it('binary', async () => {
    const { candidate } = writeBinary(dir, 'sk', { gap: 0.3 });
    const run = await gate({ predictions: candidate });
    expect(run.exitCode).toBe(0);
    const ours = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    const theirs = sklearnBinary(candidate);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const [metric, value] of Object.entries(theirs)) close(ours[metric]!, value);
  });

  it('multiclass (per-class probability columns) and regression', async () => {
    const { multiclass, regression, expected } = writeOtherTasks(dir);
    const mc = JSON.parse((await gate({ predictions: multiclass })).outputs.metrics!) as Record<string, number>;
    for (const [metric, value] of Object.entries(expected.multiclass)) close(mc[metric]!, value);
    const rg = JSON.parse((await gate({ predictions: regression })).outputs.metrics!) as Record<string, number>;
    for (const [metric, value] of Object.entries(expected.regression)) close(rg[metric]!, value);
  });
});

describe('eval-gate rules at their boundaries (metrics files)', () => {
  const baseline = metricsFile('base.json', { model: { auc: 0.8, loss: 0.5 } });
  const cases: [string, Record<string, number>, string, boolean][] = [
    ['min met exactly', { 'model.auc': 0.8 }, 'model.auc: {min: 0.8}', true],
    ['min missed', { 'model.auc': 0.7999 }, 'model.auc: {min: 0.8}', false],
    ['max met exactly', { 'model.loss': 0.5 }, 'model.loss: {max: 0.5}', true],
    ['max missed', { 'model.loss': 0.5001 }, 'model.loss: {max: 0.5}', false],
    ['regression within the margin', { 'model.auc': 0.795 }, 'model.auc: {max-regression: 0.005}', true],
    ['regression past the margin', { 'model.auc': 0.7949 }, 'model.auc: {max-regression: 0.005}', false],
    ['lower-is-better regression within 2%', { 'model.loss': 0.51 }, 'model.loss: {max-regression-pct: 2}', true],
    ['lower-is-better regression past 2%', { 'model.loss': 0.5101 }, 'model.loss: {max-regression-pct: 2}', false],
    ['improvement enough', { 'model.auc': 0.81 }, 'model.auc: {min-improvement: 0.01}', true],
    ['improvement short', { 'model.auc': 0.8099 }, 'model.auc: {min-improvement: 0.01}', false],
    ['relative improvement enough', { 'model.loss': 0.45 }, 'model.loss: {min-improvement-pct: 10}', true],
    ['relative improvement short', { 'model.loss': 0.4501 }, 'model.loss: {min-improvement-pct: 10}', false],
    ['direction overridden', { 'model.auc': 0.79 }, 'model.auc: {max-regression: 0, higher-is-better: false}', true],
  ];
  it.each(cases)('%s', async (_, values, thresholds, passes) => {
    const candidate = metricsFile(`cand-${Math.random().toString(36).slice(2)}.json`, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v])));
    // Flattened keys in the candidate and nested ones in the baseline meet as `model.auc`.
    const run = await gate({ metrics: candidate, baseline, thresholds });
    expect(run.outputs.passed).toBe(String(passes));
    expect(run.exitCode).toBe(passes ? 0 : 1);
  });

  it('a metric missing from either file is a clear failure', async () => {
    const candidate = metricsFile('cand-missing.json', { 'model.auc': 0.9 });
    const run = await gate({ metrics: candidate, baseline, thresholds: 'model.f1: {min: 0.5}\nmodel.loss: {max-regression: 0.1}' });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs.failed!)).toEqual(['model.f1', 'model.loss']);
    const report = JSON.parse(readFileSync(join(dir, run.outputs.report!), 'utf8')) as { verdicts: { metric: string; reasons: string[] }[] };
    expect(report.verdicts.find((v) => v.metric === 'model.f1')!.reasons[0]).toMatch(/'model\.f1' is missing from the candidate's metrics/);
    const other = metricsFile('base-nof1.json', { 'model.auc': 0.8 });
    const run2 = await gate({ metrics: metricsFile('cand-f1.json', { 'model.auc': 0.9, 'model.f1': 0.7 }), baseline: other, thresholds: 'model.f1: {max-regression: 0.1}' });
    const report2 = JSON.parse(readFileSync(join(dir, run2.outputs.report!), 'utf8')) as { verdicts: { metric: string; reasons: string[] }[] };
    expect(report2.verdicts[0]!.reasons[0]).toBe("'model.f1' is missing from the baseline's metrics (it has: model.auc)");
  });

  it('reads CSV metrics files and DVC-style nested YAML', async () => {
    const csv = join(dir, 'm.csv');
    writeFileSync(csv, 'metric,value\nauc,0.81\n');
    const yaml = join(dir, 'm.yaml');
    writeFileSync(yaml, 'auc: 0.8\n');
    const run: BundleRun = await gate({ metrics: csv, baseline: yaml, thresholds: 'auc: {min-improvement: 0.01}' });
    expect(run.outputs.passed).toBe('true');
  });
});
