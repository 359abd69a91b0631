import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_METRICS, binaryMetrics, binaryMetricsPrepared, prepareBinary } from '../../../src/metrics/binary.js';
import { multiclassMetrics, multiclassMetricsPrepared, prepareMulticlass } from '../../../src/metrics/multiclass.js';
import { regressionScores } from '../../../src/metrics/regression.js';
import { pairedBootstrap } from '../../../src/metrics/significance/bootstrap.js';
import { pairedBootstrapBinary, pairedBootstrapBinarySync, preparePair } from '../../../src/metrics/significance/binary-bootstrap.js';
import { ascendingOrder } from '../../../src/metrics/sort.js';
import { delongTest } from '../../../src/metrics/significance/delong.js';
import { normalSf } from '../../../src/metrics/significance/distributions.js';
import { Mulberry32 } from '../../../src/profile/sketches/prng.js';
import { binaryCase, multiclassCase, normal, uniform } from './generate.js';

/** Rows repeated counts[i] times. */
function expand<T>(values: ArrayLike<T>, counts: ArrayLike<number>): T[] {
  const out: T[] = [];
  for (let i = 0; i < values.length; i++) for (let c = 0; c < counts[i]!; c++) out.push(values[i]!);
  return out;
}

const near = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('weighted metrics equal the metrics of the rows repeated', () => {
  const countsArb = (n: number) => fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }).filter((c) => c.some((x) => x > 0));

  it('binary', () => {
    const c = binaryCase(11, 60, 0.4, 1, 1);
    const p = prepareBinary({ yTrue: c.y, score: c.score, prediction: c.prediction });
    fc.assert(
      fc.property(countsArb(60), (counts) => {
        const weighted = binaryMetricsPrepared(p, counts).metrics;
        const plain = binaryMetrics({ yTrue: expand(c.y, counts), score: expand(c.score, counts), prediction: expand(c.prediction, counts) }).metrics;
        for (const m of BINARY_METRICS) expect(near(weighted[m]!, plain[m]!), `${m}: ${weighted[m]} vs ${plain[m]}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('multiclass, including classes that vanish from a resample', () => {
    const c = multiclassCase(12, 40, ['a', 'b', 'c', 'd']);
    const p = prepareMulticlass({ yTrue: c.y, yPred: c.pred, proba: { classes: c.classes, columns: c.columns } });
    fc.assert(
      fc.property(countsArb(40), (counts) => {
        const weighted = multiclassMetricsPrepared(p, counts).metrics;
        const plain = multiclassMetrics({
          yTrue: expand(c.y, counts),
          yPred: expand(c.pred, counts),
          proba: { classes: c.classes, columns: c.columns.map((col) => expand(col, counts)) },
        }).metrics;
        for (const [m, v] of Object.entries(plain)) expect(near(weighted[m as keyof typeof weighted]!, v), m).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('regression', () => {
    const rng = new Mulberry32(3);
    const y = Float64Array.from({ length: 30 }, () => normal(rng));
    const yhat = y.map((v) => v + 0.3 * normal(rng));
    fc.assert(
      fc.property(countsArb(30), (counts) => {
        const weighted = regressionScores(y, yhat, counts);
        const plain = regressionScores(Float64Array.from(expand(y, counts)), Float64Array.from(expand(yhat, counts)));
        for (const [m, v] of Object.entries(plain)) expect(near(weighted[m as keyof typeof weighted], v), m).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('paired bootstrap of binary metrics', () => {
  const c = binaryCase(21, 3000, 0.3, 1.5, 2);
  const b = binaryCase(21, 3000, 0.3, 1.0, 2); // same labels (same seed), weaker scores
  const input = { yTrue: c.y, candidate: { score: c.score }, baseline: { score: b.score, prediction: b.prediction } };

  it('the fast kernel equals the generic bootstrap over weighted metrics (same resamples, same numbers)', () => {
    // The kernel numbers rows by the candidate's score order (stable), so its resample r is the
    // generic bootstrap's resample r of the rows listed in that order.
    const order = ascendingOrder(Float64Array.from(c.score));
    const pick = <T>(a: T[]) => Array.from(order, (i) => a[i]!);
    const permuted = preparePair({
      yTrue: pick(c.y),
      candidate: { score: pick(c.score) },
      baseline: { score: pick(b.score), prediction: pick(b.prediction) },
    });
    const fast = pairedBootstrapBinarySync(input, { resamples: 60, seed: 5 });
    for (const m of BINARY_METRICS) {
      const generic = pairedBootstrap(
        3000,
        (w) => binaryMetricsPrepared(permuted.candidate, w).metrics[m]!,
        (w) => binaryMetricsPrepared(permuted.baseline, w).metrics[m]!,
        { resamples: 60, seed: 5 },
      );
      for (const key of ['estimate', 'low', 'high', 'pValue', 'standardError'] as const) {
        expect(near(fast[m]![key], generic[key]), `${m} ${key}: ${fast[m]![key]} vs ${generic[key]}`).toBe(true);
      }
    }
  });

  it('gives the same intervals on worker threads as on the calling thread, and is reproducible from its seed', async () => {
    const sync = pairedBootstrapBinarySync(input, { resamples: 101, seed: 9 });
    const threaded = await pairedBootstrapBinary(input, { resamples: 101, seed: 9, threads: 3 });
    expect(threaded).toEqual(sync);
    const other = pairedBootstrapBinarySync(input, { resamples: 101, seed: 10 });
    expect(other.roc_auc!.low).not.toBe(sync.roc_auc!.low);
  });

  it('estimate is the full-data difference; a planted gap is significant, identical models are not', () => {
    const r = pairedBootstrapBinarySync(input, { resamples: 300, metrics: ['roc_auc', 'accuracy'] });
    const full = binaryMetrics({ yTrue: c.y, score: c.score }).metrics.roc_auc! - binaryMetrics({ yTrue: c.y, score: b.score }).metrics.roc_auc!;
    expect(r.roc_auc!.estimate).toBeCloseTo(full, 14);
    expect(r.roc_auc!.low).toBeGreaterThan(0);
    expect(r.roc_auc!.pValue).toBe(0);
    expect(Object.keys(r)).toEqual(['roc_auc', 'accuracy']);
    const same = pairedBootstrapBinarySync({ yTrue: c.y, candidate: { score: c.score }, baseline: { score: c.score } }, { resamples: 200 });
    expect(same.roc_auc).toMatchObject({ estimate: 0, low: 0, high: 0, pValue: 1 });
  });

  it("the bootstrap's standard error of the AUC difference agrees with DeLong's (within 15 %)", () => {
    const r = pairedBootstrapBinarySync(input, { resamples: 1000, metrics: ['roc_auc'], seed: 1 });
    const d = delongTest(c.y, c.score, b.score);
    expect(Math.abs(r.roc_auc!.standardError / Math.sqrt(d.variance) - 1)).toBeLessThan(0.15);
  });

  it('refuses score metrics when one side has only hard predictions', () => {
    expect(() => pairedBootstrapBinarySync({ yTrue: c.y, candidate: { score: c.score }, baseline: { prediction: b.prediction } }, { metrics: ['roc_auc'] })).toThrow(/needs scores/);
  });
});

describe('coverage of the 95 % percentile interval (simulation)', () => {
  // Scores s = mu * y + e with e ~ N(0, 1) correlated (rho = 0.5) between models: each AUC is
  // Phi(mu / sqrt 2), so the true difference is known. 200 datasets of 400 rows, 400 resamples
  // each: coverage should be near 0.95 (binomial SE 0.015); we accept [0.90, 0.99].
  it('covers the true ROC AUC difference and the true accuracy difference at about the nominal rate', () => {
    const phi = (x: number) => 1 - normalSf(x);
    const muC = 1.2;
    const muB = 0.9;
    const trueAuc = phi(muC / Math.SQRT2) - phi(muB / Math.SQRT2);
    // accuracy with threshold at mu/2 on latent scale, balanced classes: Phi(mu/2)
    const trueAcc = phi(muC / 2) - phi(muB / 2);
    let coveredAuc = 0;
    let coveredAcc = 0;
    const datasets = 200;
    for (let d = 0; d < datasets; d++) {
      const rng = new Mulberry32(1000 + d);
      const n = 400;
      const y: number[] = [];
      const sc: number[] = [];
      const sb: number[] = [];
      const pc: number[] = [];
      const pb: number[] = [];
      for (let i = 0; i < n; i++) {
        const label = uniform(rng) < 0.5 ? 1 : 0;
        const e1 = normal(rng);
        const e2 = 0.5 * e1 + Math.sqrt(0.75) * normal(rng);
        const lc = muC * label + e1;
        const lb = muB * label + e2;
        y.push(label);
        sc.push(1 / (1 + Math.exp(-lc)));
        sb.push(1 / (1 + Math.exp(-lb)));
        pc.push(lc > muC / 2 ? 1 : 0);
        pb.push(lb > muB / 2 ? 1 : 0);
      }
      const r = pairedBootstrapBinarySync(
        { yTrue: y, candidate: { score: sc, prediction: pc }, baseline: { score: sb, prediction: pb } },
        { resamples: 400, seed: d, metrics: ['roc_auc', 'accuracy'] },
      );
      if (r.roc_auc!.low <= trueAuc && trueAuc <= r.roc_auc!.high) coveredAuc++;
      if (r.accuracy!.low <= trueAcc && trueAcc <= r.accuracy!.high) coveredAcc++;
    }
    expect(coveredAuc / datasets).toBeGreaterThanOrEqual(0.9);
    expect(coveredAuc / datasets).toBeLessThanOrEqual(0.99);
    expect(coveredAcc / datasets).toBeGreaterThanOrEqual(0.9);
    expect(coveredAcc / datasets).toBeLessThanOrEqual(0.99);
  });
});
