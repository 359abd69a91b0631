import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KllSketch } from '../../../src/profile/sketches/kll.js';
import { RANK_ERROR, ksStatistic, wassersteinDistance } from '../../../src/profile/sketches/compare.js';
import { DISTRIBUTIONS, readFloat64, withNumpy } from './numpy-data.js';

const N = 200_000;
const PROBES = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

function sketchOf(data: Float64Array, seed = 1): KllSketch {
  const s = new KllSketch(200, seed);
  for (const x of data) s.add(x);
  return s;
}

/** Distance from q to the exact rank interval [#(< v), #(<= v)] / n of v in sorted data. */
function rankMiss(sorted: Float64Array, v: number, q: number): number {
  const bound = (strict: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (strict ? sorted[mid]! < v : sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo / sorted.length;
  };
  const lower = bound(true);
  const upper = bound(false);
  return q < lower ? lower - q : q > upper ? q - upper : 0;
}

describe.each(Object.entries(DISTRIBUTIONS))('KLL on numpy %s data', (_name, expr) => {
  it.each([11, 29])('seed %i: quantiles, ranks and histogram within the stated rank error', (seed) => {
    const probes = JSON.stringify(PROBES);
    const code = `
rng = np.random.default_rng(${seed}); n = ${N}
x = ${expr}
s = np.sort(x); s.tofile(dir + '/sorted'); x.tofile(dir + '/x')
pts = np.quantile(x, ${probes})
edges = np.linspace(x.min(), x.max(), 21)
print(json.dumps({'points': pts.tolist(), 'cdf': (np.searchsorted(s, pts, side='right') / n).tolist(),
  'edges': edges.tolist(), 'hist': np.histogram(x, edges)[0].tolist(), 'min': float(x.min()), 'max': float(x.max())}))`;
    withNumpy(code, (dir, out) => {
      const ref = out as { points: number[]; cdf: number[]; edges: number[]; hist: number[]; min: number; max: number };
      const sketch = sketchOf(readFloat64(join(dir, 'x')), seed);
      const sorted = readFloat64(join(dir, 'sorted'));
      expect(sketch.count).toBe(N);
      expect([sketch.min, sketch.max]).toEqual([ref.min, ref.max]);
      expect([sketch.quantile(0), sketch.quantile(1)]).toEqual([ref.min, ref.max]);
      let worst = 0;
      for (const q of PROBES) worst = Math.max(worst, rankMiss(sorted, sketch.quantile(q), q));
      sketch.cdf(ref.points).forEach((r, i) => (worst = Math.max(worst, Math.abs(r - ref.cdf[i]!))));
      expect(worst).toBeLessThanOrEqual(RANK_ERROR);
      const hist = sketch.histogram(ref.edges);
      expect(hist).toHaveLength(20);
      hist.forEach((c, i) => expect(Math.abs(c - ref.hist[i]!)).toBeLessThanOrEqual(2 * RANK_ERROR * N));
      expect(hist.reduce((a, b) => a + b, 0)).toBeCloseTo(N, 6);
    });
  });
});

describe('KS statistic and Wasserstein distance from two sketches, against scipy on the raw data', () => {
  const cases: Array<[string, string, string]> = [
    ['same distribution', 'rng.normal(0, 1, n)', 'rng.normal(0, 1, n)'],
    ['shifted mean', 'rng.normal(0, 1, n)', 'rng.normal(0.3, 1, n)'],
    ['widened spread', 'rng.exponential(1.0, n)', 'rng.exponential(1.6, n)'],
    ['ties', 'rng.integers(0, 20, n).astype(float)', 'rng.integers(2, 20, n).astype(float)'],
  ];
  it.each(cases)('%s', (_name, a, b) => {
    const code = `
import scipy.stats as st
rng = np.random.default_rng(5); n = ${N}
a = ${a}; b = ${b}
a.tofile(dir + '/a'); b.tofile(dir + '/b')
print(json.dumps({'ks': st.ks_2samp(a, b).statistic, 'w': st.wasserstein_distance(a, b),
  'range': float(max(a.max(), b.max()) - min(a.min(), b.min()))}))`;
    withNumpy(code, (dir, out) => {
      const ref = out as { ks: number; w: number; range: number };
      const sa = sketchOf(readFloat64(join(dir, 'a')), 1);
      const sb = sketchOf(readFloat64(join(dir, 'b')), 2);
      expect(Math.abs(ksStatistic(sa, sb) - ref.ks)).toBeLessThanOrEqual(2 * RANK_ERROR);
      expect(Math.abs(wassersteinDistance(sa, sb) - ref.w)).toBeLessThanOrEqual(2 * RANK_ERROR * ref.range);
      // The bound is loose in practice: record that the estimate is much closer than it.
      expect(Math.abs(ksStatistic(sa, sb) - ref.ks)).toBeLessThan(0.01);
    });
  });

  it('is NaN when a sketch is empty and zero for a sketch against itself', () => {
    const s = sketchOf(Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i)));
    expect(ksStatistic(s, new KllSketch())).toBeNaN();
    expect(wassersteinDistance(new KllSketch(), s)).toBeNaN();
    expect(ksStatistic(s, s)).toBe(0);
    expect(wassersteinDistance(s, s)).toBe(0);
  });
});

describe('KLL edge cases', () => {
  it('answers NaN when empty and ignores NaN values', () => {
    const s = new KllSketch();
    expect(s.quantile(0.5)).toBeNaN();
    expect(s.rank(1)).toBeNaN();
    s.add(NaN);
    expect(s.count).toBe(0);
    expect(s.histogram([0, 1])).toEqual([0]);
    expect(s.equalWidthEdges(4)).toEqual([]);
  });

  it('is exact below its first compaction, and items() weights sum to the count', () => {
    const s = new KllSketch();
    [5, 1, 4, 2, 3].forEach((x) => s.add(x));
    expect(s.quantile(0.5)).toBe(3);
    expect(s.rank(2)).toBe(0.4);
    expect(s.rank(2, false)).toBe(0.2);
    const big = sketchOf(Float64Array.from({ length: 100_000 }, (_, i) => i));
    const { values, weights } = big.items();
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(values.every((v, i) => i === 0 || values[i - 1]! <= v)).toBe(true);
    // Memory: about 3k values plus the 64-value floor of each of the ~log2(n/k) levels.
    expect(values.length).toBeLessThan(3 * 200 + 64 * 17);
  });

  it('gives one closed bin for a constant column and rejects bad arguments with a UserError', () => {
    const s = sketchOf(Float64Array.from({ length: 1000 }, () => 7));
    expect(s.equalWidthEdges(10)).toEqual([7, 7]);
    expect(s.histogram(s.equalWidthEdges(10))).toEqual([1000]);
    expect(() => s.quantile(1.5)).toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(/\[0, 1\]/) }));
    expect(() => s.histogram([2, 1])).toThrow(expect.objectContaining({ name: 'UserError' }));
    expect(() => new KllSketch(3)).toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(/k must be/) }));
    expect(() => s.merge(new KllSketch(100))).toThrow(expect.objectContaining({ name: 'UserError' }));
  });

  it('is deterministic given its seed', () => {
    const data = Float64Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 10007);
    expect(sketchOf(data, 3).toJSON()).toEqual(sketchOf(data, 3).toJSON());
    expect(sketchOf(data, 3).toJSON()).not.toEqual(sketchOf(data, 4).toJSON());
  });
});
