import { describe, expect, it } from 'vitest';
import { FrequentValues, KllSketch } from '../../../src/profile/sketches/index.js';
import { categoricalBins, numericBins } from '../../../src/stats/binning.js';
import { distanceTest } from '../../../src/stats/distance-test.js';
import { ksTest } from '../../../src/stats/ks.js';
import { isResult, type StatOutcome, type StatResult } from '../../../src/stats/outcome.js';
import { wassersteinTest } from '../../../src/stats/wasserstein.js';
import { runPython } from '../../support/python.js';
import { categories, normals } from './generate.js';

function ok<R extends StatResult>(o: StatOutcome<R>): R {
  if (!isResult(o)) throw new Error(o.reason);
  return o;
}

function sketchOf(values: Float64Array, seed: number): KllSketch {
  const s = new KllSketch(200, seed);
  values.forEach((v) => s.add(v));
  return s;
}

describe('statistics from a KLL reference profile vs scipy on the raw reference', () => {
  const cases = [
    [20000, 5000, 0, 1],
    [50000, 50000, 0.1, 1],
    [100000, 20000, 0.5, 1.3],
    [30000, 800, 0, 2],
  ].map(([n1, n2, shift, sd], i) => ({ a: normals(500 + i, n1!, 0, 1, i === 2 ? 1 : undefined), b: normals(600 + i, n2!, shift, sd, i === 2 ? 1 : undefined) }));
  const expected = JSON.parse(
    runPython(
      `import sys, json, numpy as np
from scipy.stats import ks_2samp, wasserstein_distance
out = []
for c in json.load(sys.stdin):
    a, b = np.array(c['a']), np.array(c['b'])
    r = ks_2samp(a, b)
    out.append([float(r.statistic), float(r.pvalue), float(wasserstein_distance(a, b))])
print(json.dumps(out))`,
      JSON.stringify(cases.map((c) => ({ a: Array.from(c.a), b: Array.from(c.b) }))),
    ),
  ) as Array<[number, number, number]>;

  it('KS D within the stated rank error, the scipy p-value inside pValueRange', () => {
    cases.forEach((c, i) => {
      const [d, p] = expected[i]!;
      const r = ok(ksTest(sketchOf(c.a, i), c.b));
      expect(r.statisticError).toBeGreaterThan(0);
      expect(Math.abs(r.statistic - d), `case ${i}`).toBeLessThanOrEqual(r.statisticError);
      const [lo, hi] = r.pValueRange!;
      expect(p).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
      expect(p).toBeLessThanOrEqual(hi * (1 + 1e-9));
      // Both sides sketched: the bound is the sum of both rank errors.
      const both = ok(ksTest(sketchOf(c.a, i), sketchOf(c.b, 99 + i)));
      expect(Math.abs(both.statistic - d)).toBeLessThanOrEqual(both.statisticError);
    });
  });

  it('Wasserstein within (rank errors) x range', () => {
    cases.forEach((c, i) => {
      const r = ok(wassersteinTest(sketchOf(c.a, i), c.b));
      expect(Math.abs(r.statistic - expected[i]![2])).toBeLessThanOrEqual(r.statisticError);
    });
  });

  it('an uncompacted sketch is exact: same statistic and p-value as raw data', () => {
    const a = normals(1, 150);
    const b = normals(2, 170, 0.4);
    const raw = ok(ksTest(a, b));
    const sk = ok(ksTest(sketchOf(a, 3), b));
    expect([sk.statistic, sk.pValue, sk.statisticError]).toEqual([raw.statistic, raw.pValue, 0]);
    expect(ok(wassersteinTest(sketchOf(a, 3), b)).statistic).toBeCloseTo(ok(wassersteinTest(a, b)).statistic, 12);
  });

  it('binned distances from a sketch reference are within their bound of the raw data in the same bins', () => {
    cases.forEach((c, i) => {
      const sk = numericBins(sketchOf(c.a, i), c.b);
      const raw = numericBins(c.a, c.b);
      // The raw reference binned at the sketch's edges is the exact value these bounds are about.
      const exactInSketchBins = { ...raw, ...numericBinsAt(c.a, c.b, sk.edges!) };
      for (const m of ['jensen-shannon', 'hellinger'] as const) {
        const approx = ok(distanceTest(m, sk));
        const exact = ok(distanceTest(m, exactInSketchBins));
        expect(Math.abs(approx.statistic - exact.statistic), `${m} case ${i}`).toBeLessThanOrEqual(approx.statisticError);
      }
      expect(Number.isNaN(ok(distanceTest('psi', sk)).statisticError)).toBe(true);
    });
  });
});

/** Raw counts in the given bins (edges[j-1] <= x < edges[j]), by direct counting. */
function numericBinsAt(a: Float64Array, b: Float64Array, edges: number[]): { edges: number[]; reference: Float64Array; current: Float64Array; referenceTvError: number; currentTvError: number } {
  const bin = (x: number): number => edges.filter((e) => e <= x).length;
  const count = (v: Float64Array): Float64Array => {
    const c = new Float64Array(edges.length + 1);
    v.forEach((x) => c[bin(x)]!++);
    return c;
  };
  return { edges, reference: count(a), current: count(b), referenceTvError: 0, currentTvError: 0 };
}

describe('categorical statistics from FrequentValues', () => {
  it('exact under capacity: identical to raw values', () => {
    const a = categories(5, 3000, [4, 3, 2, 1]);
    const b = categories(6, 2000, [1, 2, 3, 4]);
    const fa = new FrequentValues(10);
    a.forEach((v) => fa.add(v));
    for (const m of ['psi', 'jensen-shannon', 'hellinger'] as const) {
      const s = ok(distanceTest(m, categoricalBins(fa, b)));
      expect([s.statistic, s.statisticError]).toEqual([ok(distanceTest(m, categoricalBins(a, b))).statistic, 0]);
    }
  });

  it('past capacity: unlisted values pooled on both sides, within the TV-derived bound', () => {
    const weights = Array.from({ length: 40 }, (_, i) => 1 / (i + 1));
    const a = categories(7, 20000, weights);
    const b = categories(8, 5000, weights.slice().reverse());
    const fa = new FrequentValues(8);
    a.forEach((v) => fa.add(v));
    expect(fa.exact).toBe(false);
    const approx = categoricalBins(fa, b);
    const listed = new Set(fa.top().map((e) => e.value));
    const pooled = (v: string): string => (listed.has(v) ? v : '~other');
    const exact = categoricalBins(a.map(pooled), b.map(pooled));
    expect(approx.categories!.length).toBe(exact.categories!.length);
    for (const m of ['jensen-shannon', 'hellinger'] as const) {
      const r = ok(distanceTest(m, approx));
      expect(r.statisticError).toBeGreaterThan(0);
      expect(Math.abs(r.statistic - ok(distanceTest(m, exact)).statistic)).toBeLessThanOrEqual(r.statisticError);
    }
  });
});
