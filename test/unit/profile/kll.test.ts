import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KllSketch, type KllJson } from '../../../src/profile/sketches/kll.js';
import { sortedCopy } from '../../../src/profile/sketches/kll-sort.js';
import { Mulberry32 } from '../../../src/profile/sketches/prng.js';
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
    // Memory: about 3k values plus the 64-value floor of each of the ~log2(n/k) levels, and
    // level 0's 512-value floor.
    expect(values.length).toBeLessThan(3 * 200 + 512 + 64 * 17);
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

/**
 * The sketch as first written: every compaction sorts its whole level with the built-in sort.
 * KllSketch keeps levels above 0 sorted and sorts level 0 its own way; it must retain exactly
 * the same values in every level, so profiles (and everything computed from them) are unchanged.
 * level0Width: level 0's capacity floor (512 now, 64 in sketches written before LEVEL0_WIDTH).
 */
class SortEveryCompaction {
  levels: number[][] = [[]];
  n = 0;
  readonly rng: Mulberry32;
  constructor(
    private readonly k: number,
    seed: number,
    public level0Width = 512,
  ) {
    this.rng = new Mulberry32(seed);
  }
  add(v: number): void {
    if (Number.isNaN(v)) return;
    this.levels[0]!.push(v === 0 ? 0 : v);
    this.n++;
    this.settle();
  }
  merge(other: SortEveryCompaction): void {
    while (this.levels.length < other.levels.length) this.levels.push([]);
    other.levels.forEach((level, h) => this.levels[h]!.push(...level));
    this.n += other.n;
    this.settle();
  }
  clone(): SortEveryCompaction {
    const copy = new SortEveryCompaction(this.k, 0);
    copy.levels = this.levels.map((l) => [...l]);
    copy.n = this.n;
    copy.rng.state = this.rng.state;
    return copy;
  }
  json(): Pick<KllJson, 'n' | 'rngState' | 'levels'> {
    return { n: this.n, rngState: this.rng.state, levels: this.levels.map((l) => [...l].sort((a, b) => a - b)) };
  }
  private capacity(h: number): number {
    return Math.max(h === 0 ? this.level0Width : 64, Math.ceil(this.k * (2 / 3) ** (this.levels.length - h - 1)) + 1);
  }
  private settle(): void {
    for (;;) {
      const size = this.levels.reduce((a, l) => a + l.length, 0);
      const maxSize = this.levels.reduce((a, _, h) => a + this.capacity(h), 0);
      if (size < maxSize) return;
      const h = this.levels.findIndex((l, i) => l.length >= this.capacity(i));
      if (h + 1 === this.levels.length) this.levels.push([]);
      const sorted = Float64Array.from(this.levels[h]!).sort();
      const keep = sorted.length & 1;
      this.levels[h] = keep ? [sorted[0]!] : [];
      for (let i = keep + this.rng.nextBit(); i < sorted.length; i += 2) this.levels[h + 1]!.push(sorted[i]!);
    }
  }
}

type Contents = Pick<KllJson, 'n' | 'rngState' | 'levels'>;

function contents(s: KllSketch): Contents {
  const { n, rngState, levels } = s.toJSON();
  return { n, rngState, levels: levels.map((l) => [...l].sort((a, b) => a - b)) };
}

/**
 * Where two sketches' contents first differ, or null. (A short answer: letting toEqual diff
 * thousands of values, in every step of fast-check's shrinking, takes minutes on a failure.)
 */
function difference(a: Contents, b: Contents): string | null {
  if (a.n !== b.n || a.rngState !== b.rngState) return `n ${a.n} vs ${b.n}, rngState ${a.rngState} vs ${b.rngState}`;
  if (a.levels.length !== b.levels.length) return `${a.levels.length} vs ${b.levels.length} levels`;
  for (let h = 0; h < a.levels.length; h++) {
    const [x, y] = [a.levels[h]!, b.levels[h]!];
    if (x.length !== y.length) return `level ${h}: ${x.length} vs ${y.length} values`;
    const i = x.findIndex((v, j) => !Object.is(v, y[j]));
    if (i >= 0) return `level ${h}[${i}]: ${x[i]} vs ${y[i]}`;
  }
  return null;
}

/** The JSON with every level in a shuffled order (the format promises no order). */
function shuffled(json: KllJson, seed: number): KllJson {
  const rng = new Mulberry32(seed);
  const levels = json.levels.map((l) => {
    const out = [...l];
    for (let i = out.length - 1; i > 0; i--) {
      const j = rng.nextUint32() % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  });
  return { ...json, levels };
}

const INPUTS: Record<string, (i: number, rng: Mulberry32) => number> = {
  uniform: (_i, rng) => rng.nextUint32() / 2 ** 32,
  ascending: (i) => i,
  descending: (i) => -i,
  '70 distinct integers': (_i, rng) => 18 + (rng.nextUint32() % 70),
  'two values': (_i, rng) => (rng.nextUint32() % 10 === 0 ? 1 : 0),
  'heavy tail and outliers': (i, rng) => (i % 997 === 0 ? 1e300 : Math.exp(20 * (rng.nextUint32() / 2 ** 32))),
  'a range wider than the largest double': (_i, rng) => (rng.nextUint32() % 2 ? 1 : -1) * 1.7e308 * (rng.nextUint32() / 2 ** 32),
  'neighbouring doubles': (i) => 1 + (i % 1000) * Number.EPSILON,
  '±0 and subnormals': (i, rng) => [0, -0, 5e-324, -5e-324, rng.nextUint32() * 5e-324][i % 5]!,
};

describe('KLL levels kept sorted', () => {
  it.each(Object.entries(INPUTS))('%s: same retained values as sorting each level at every compaction', (_name, value) => {
    const rng = new Mulberry32(7);
    const [fast, ref, fastB, refB] = [new KllSketch(200, 5), new SortEveryCompaction(200, 5), new KllSketch(200, 6), new SortEveryCompaction(200, 6)];
    for (let i = 0; i < 150_000; i++) {
      const v = value(i, rng);
      fast.add(v);
      ref.add(v);
      if (i % 3 === 0) (fastB.add(v), refB.add(v));
    }
    expect(difference(contents(fast), ref.json())).toBeNull();
    fast.merge(fastB);
    ref.merge(refB);
    expect(difference(contents(fast), ref.json())).toBeNull();
    // Levels above 0 come out sorted; a reader accepts any order and carries on identically.
    const json = fast.toJSON();
    expect(json.levels.findIndex((l, h) => h > 0 && l.some((v, i) => i > 0 && l[i - 1]! > v))).toBe(-1);
    const reread = KllSketch.fromJSON(JSON.parse(JSON.stringify(shuffled(json, 3))));
    for (let i = 0; i < 50_000; i++) {
      const v = value(i, rng);
      reread.add(v);
      ref.add(v);
    }
    expect(difference(contents(reread), ref.json())).toBeNull();
  });

  it('same retained values as sorting each level, for any doubles and merges', () => {
    const values = fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 })), { maxLength: 3000, size: 'max' });
    fc.assert(
      fc.property(values, values, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (a, b, seed) => {
        const [fast, ref, fastB, refB] = [new KllSketch(8 + (seed % 300), seed), new SortEveryCompaction(8 + (seed % 300), seed), new KllSketch(8 + (seed % 300), ~seed), new SortEveryCompaction(8 + (seed % 300), ~seed)];
        a.forEach((v) => (fast.add(v), ref.add(v)));
        b.forEach((v) => (fastB.add(v), refB.add(v)));
        fast.merge(fastB);
        ref.merge(refB);
        expect(difference(contents(fast), ref.json())).toBeNull();
        fast.merge(fast);
        ref.merge(ref.clone());
        expect(difference(contents(fast), ref.json())).toBeNull();
      }),
      { numRuns: 150, interruptAfterTimeLimit: 20000, markInterruptAsFailure: true },
    );
  });
});

describe('KLL sketches written with the 64-wide level 0 (before LEVEL0_WIDTH)', () => {
  it('load with the same answers, then carry on and merge with the current capacities', () => {
    const rng = new Mulberry32(9);
    const old = new SortEveryCompaction(200, 4, 64);
    const data = Array.from({ length: 120_000 }, () => Math.round(rng.nextUint32() / 2 ** 12) / 100);
    data.forEach((v) => old.add(v));
    const { n, rngState, levels } = old.json();
    const json: KllJson = { kind: 'kll', version: 1, k: 200, n, min: Math.min(...data), max: Math.max(...data), rngState, levels };
    // The old floor let level 0 hold fewer values than now: the old capacities are within the new.
    expect(levels[0]!.length).toBeLessThan(512);
    const loaded = KllSketch.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(difference(contents(loaded), old.json())).toBeNull();
    expect([loaded.min, loaded.max, loaded.count]).toEqual([json.min, json.max, n]);
    // From here on both use the current capacities (level 0 at least 512 wide).
    old.level0Width = 512;
    const [fresh, freshRef] = [new KllSketch(200, 8), new SortEveryCompaction(200, 8)];
    for (let i = 0; i < 40_000; i++) {
      const v = rng.nextUint32() / 2 ** 20;
      loaded.add(v);
      old.add(v);
      if (i % 2) (fresh.add(v), freshRef.add(v));
    }
    loaded.merge(fresh);
    old.merge(freshRef);
    expect(difference(contents(loaded), old.json())).toBeNull();
    expect(loaded.count).toBe(120_000 + 40_000 + 20_000);
  });
});

describe('KLL level-0 sort', () => {
  const noMinusZero = (v: number): number => (v === 0 ? 0 : v);
  it('equals the built-in sort and leaves its input alone, for any doubles without NaN', () => {
    const crowded = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1e-300, noNaN: true }), fc.constant(1e300), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(crowded.map(noMinusZero), { maxLength: 700, size: 'max' }), (values) => {
        const src = Float64Array.from([...values, 42]);
        const before = src.slice();
        const dst = new Float64Array(values.length + 1).fill(-7);
        sortedCopy(src, values.length, dst);
        const expected = Float64Array.from(values).sort();
        expect(expected.findIndex((v, i) => !Object.is(v, dst[i]))).toBe(-1);
        expect(dst[values.length]).toBe(-7);
        expect(src.findIndex((v, i) => !Object.is(v, before[i]))).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts crowded and adversarial inputs', () => {
    const n = 5000;
    const cases = [
      Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1e12 : i % 17)), // one outlier crowds everything into bucket 0
      Float64Array.from({ length: n }, (_, i) => (i % 2 ? i : n - i)), // organ pipe
      Float64Array.from({ length: n }, () => 3),
      Float64Array.from({ length: n }, (_, i) => Math.exp(i % 700) * (i % 3 ? 1 : -1)),
      Float64Array.from({ length: n }, (_, i) => 2 ** -(i % 1074)), // each round peels off a few: quicksort in the end
      Float64Array.from({ length: n }, (_, i) => 1 / (1 - ((i * 7919) % n) / n) ** 3), // Pareto-like tail
      Float64Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 70_001), // more values than the bucket counts: quicksorted
    ];
    for (const src of cases) {
      const dst = new Float64Array(src.length);
      sortedCopy(src, src.length, dst);
      const expected = src.slice().sort();
      expect(expected.findIndex((v, i) => v !== dst[i])).toBe(-1);
    }
  });
});
