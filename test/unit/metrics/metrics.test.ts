import { describe, expect, it } from 'vitest';
import { binaryMetrics } from '../../../src/metrics/binary.js';
import { multiclassMetrics } from '../../../src/metrics/multiclass.js';
import { regressionMetrics } from '../../../src/metrics/regression.js';
import { Mulberry32 } from '../../../src/profile/sketches/prng.js';
import { binaryCase, multiclassCase, normal, uniform } from './generate.js';
import { close, sklearnMetrics, type SklearnCase } from './sklearn.js';

function expectClose(ours: Record<string, number | undefined>, theirs: Record<string, unknown>, names: readonly string[], label: string): void {
  for (const name of names) {
    const ok = close(ours[name], theirs[name]);
    expect(ok, `${label} ${name}: ours ${ours[name]} sklearn ${String(theirs[name])}`).toBe(true);
  }
}

const BINARY = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'] as const;

describe('binary metrics against scikit-learn (1e-9 relative)', () => {
  const cases: { name: string; c: SklearnCase & { kind: 'binary' } }[] = [];
  for (const seed of [1, 2, 3]) {
    cases.push({ name: `seed ${seed}, continuous`, c: { kind: 'binary', ...binaryCase(seed, 2000, 0.4, 1.5, 12) } });
    cases.push({ name: `seed ${seed}, heavy ties`, c: { kind: 'binary', ...binaryCase(seed + 10, 3000, 0.5, 1, 1) } });
    cases.push({ name: `seed ${seed}, imbalanced 2%`, c: { kind: 'binary', ...binaryCase(seed + 20, 5000, 0.02, 2, 3) } });
  }
  // No predicted positives: precision and F1 are 0/0, set to 0 as sklearn's zero_division="warn".
  const none = binaryCase(40, 500, 0.3, 1, 2);
  cases.push({ name: 'nothing predicted positive', c: { kind: 'binary', ...none, prediction: none.y.map(() => 0) } });
  // Only negatives: ROC AUC undefined (NaN), AP 0, recall 0/0.
  const neg = binaryCase(41, 300, 0, 1, 2);
  cases.push({ name: 'only negatives', c: { kind: 'binary', ...neg } });
  const pos = binaryCase(42, 300, 1, 1, 2);
  cases.push({ name: 'only positives', c: { kind: 'binary', ...pos } });
  cases.push({ name: 'one row', c: { kind: 'binary', y: [1], score: [0.3], prediction: [0] } });
  const theirs = sklearnMetrics(cases.map((c) => c.c));

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (name, i) => {
    const { c } = cases[i]!;
    const expected = theirs[i]!;
    const ours = binaryMetrics({ yTrue: c.y, score: Float64Array.from(c.score), prediction: Int32Array.from(c.prediction) });
    expectClose(ours.metrics, expected, BINARY, name);
    const { tn, fp, fn, tp } = ours.confusion;
    expect([tn, fp, fn, tp]).toEqual(expected.confusion);
    expect(ours.support.positive).toBe(c.y.filter((v) => v === 1).length);
  });

  it('warns where sklearn warns and sets 0', () => {
    const ours = binaryMetrics({ yTrue: none.y, score: none.score, prediction: none.y.map(() => 0) });
    expect(ours.metrics.precision).toBe(0);
    expect(ours.warnings.some((w) => w.startsWith('precision'))).toBe(true);
    expect(binaryMetrics({ yTrue: neg.y, score: neg.score }).warnings.some((w) => w.includes('ROC AUC'))).toBe(true);
  });

  it('thresholds scores strictly above 0.5 when predictions are absent', () => {
    const c = binaryCase(7, 1000, 0.5, 1, 2);
    const withThreshold = binaryMetrics({ yTrue: c.y, score: c.score });
    const explicit = binaryMetrics({ yTrue: c.y, score: c.score, prediction: c.score.map((s) => (s > 0.5 ? 1 : 0)) });
    expect(withThreshold.metrics).toEqual(explicit.metrics);
    expect(binaryMetrics({ yTrue: [0, 1], score: [0.5, 0.5] }).confusion).toEqual({ tn: 1, fp: 0, fn: 1, tp: 0 });
  });
});

describe('multiclass metrics against scikit-learn (1e-9 relative)', () => {
  const NAMES = ['accuracy', 'f1_macro', 'f1_weighted', 'precision_macro', 'recall_macro', 'log_loss'] as const;
  const cases: { name: string; c: SklearnCase & { kind: 'multiclass' } }[] = [];
  for (const seed of [1, 2, 3]) {
    cases.push({ name: `seed ${seed}, 4 classes`, c: { kind: 'multiclass', ...multiclassCase(seed, 2000, ['cat', 'dog', 'bird', 'Zebra']) } });
    cases.push({ name: `seed ${seed}, class never predicted`, c: { kind: 'multiclass', ...multiclassCase(seed + 5, 1500, ['b', 'a', 'c'], 'a') } });
  }
  const tiny = multiclassCase(9, 40, ['x', 'y', 'z', 'w', 'v']);
  cases.push({ name: 'small, rare classes', c: { kind: 'multiclass', ...tiny } });
  const theirs = sklearnMetrics(cases.map((c) => c.c));

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (name, i) => {
    const { c } = cases[i]!;
    const expected = theirs[i]!;
    const ours = multiclassMetrics({
      yTrue: c.y,
      yPred: c.pred,
      proba: { classes: c.classes, columns: c.columns.map((col) => Float64Array.from(col)) },
    });
    expectClose(ours.metrics, expected, NAMES, name);
    expect(ours.classes).toEqual(expected.classes);
    expect(ours.confusion).toEqual(expected.confusion);
  });

  it('orders numeric labels numerically, as np.unique does', () => {
    const r = multiclassMetrics({ yTrue: [10, 9, 2, 10], yPred: [10, 2, 2, 9] });
    expect(r.classes).toEqual([2, 9, 10]);
    expect(r.perClass.support).toEqual([1, 1, 2]);
  });
});

describe('regression metrics against scikit-learn (1e-9 relative)', () => {
  const NAMES = ['mae', 'mse', 'rmse', 'r2', 'mape'] as const;
  const cases: { name: string; c: SklearnCase & { kind: 'regression' } }[] = [];
  for (const seed of [1, 2, 3]) {
    const rng = new Mulberry32(seed);
    const y = Array.from({ length: 3000 }, () => 100 * normal(rng));
    // some exact zeros in y: MAPE divides by eps there
    for (let i = 0; i < 30; i++) y[Math.floor(uniform(rng) * y.length)] = 0;
    const pred = y.map((v) => v + 10 * normal(rng));
    cases.push({ name: `seed ${seed}`, c: { kind: 'regression', y, pred } });
  }
  cases.push({ name: 'constant target, perfect', c: { kind: 'regression', y: [3, 3, 3], pred: [3, 3, 3] } });
  cases.push({ name: 'constant target, imperfect', c: { kind: 'regression', y: [3, 3, 3], pred: [3, 2, 3] } });
  cases.push({ name: 'one row', c: { kind: 'regression', y: [3], pred: [2] } });
  const theirs = sklearnMetrics(cases.map((c) => c.c));

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (name, i) => {
    const { c } = cases[i]!;
    const ours = regressionMetrics(Float64Array.from(c.y), c.pred);
    expectClose({ ...ours.metrics }, theirs[i]!, NAMES, name);
  });
});
