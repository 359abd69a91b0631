import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Moments } from '../../../src/profile/sketches/moments.js';
import { FrequentValues } from '../../../src/profile/sketches/frequent.js';
import { readFloat64, withNumpy } from './numpy-data.js';

const relClose = (actual: number, expected: number, rel = 1e-9): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe('Moments against numpy (extended-precision two-pass reference) on 1e6 values', () => {
  it.each([
    ['1e9 + normal noise', 'rng.normal(0, 1, n) + 1e9'],
    ['1e9 + exponential noise (skewed)', 'rng.exponential(1, n) + 1e9'],
    ['lognormal', 'rng.lognormal(0, 1, n)'],
    ['-5e8 + t(5) noise (heavy tails)', 'rng.standard_t(5, n) * 3 - 5e8'],
  ])('%s: streaming and merged from shards, to 1e-9 relative', (_name, expr) => {
    const code = `
import math
rng = np.random.default_rng(17); n = 1_000_000
x = ${expr}
x.tofile(dir + '/x')
y = x.astype(np.longdouble); d = y - y.mean()
m2 = (d**2).mean(); m3 = (d**3).mean(); m4 = (d**4).mean()
print(json.dumps({'mean': float(y.mean()), 'var': float(m2), 'var1': float(m2 * n / (n - 1)), 'skew': float(m3 / m2**1.5),
  'kurt': float(m4 / m2**2 - 3), 'sum': math.fsum(x), 'min': float(x.min()), 'max': float(x.max())}))`;
    withNumpy(code, (dir, out) => {
      const ref = out as Record<'mean' | 'var' | 'var1' | 'skew' | 'kurt' | 'sum' | 'min' | 'max', number>;
      const x = readFloat64(join(dir, 'x'));
      const whole = new Moments();
      for (const v of x) whole.add(v);
      const shards = Array.from({ length: 7 }, () => new Moments());
      x.forEach((v, i) => shards[Math.floor((i * 7) / x.length)]!.add(v));
      const merged = shards.reduceRight((acc, s) => acc.merge(s), new Moments());
      for (const m of [whole, merged]) {
        expect(m.count).toBe(1_000_000);
        expect([m.min, m.max]).toEqual([ref.min, ref.max]);
        relClose(m.mean, ref.mean);
        relClose(m.sum, ref.sum);
        relClose(m.variance(), ref.var);
        relClose(m.variance(1), ref.var1);
        relClose(m.std(), Math.sqrt(ref.var));
        // Skewness and excess kurtosis are already scaled by the spread and are near 0 for
        // symmetric data, where a relative error is ill-conditioned for any algorithm (numpy's
        // own float64 two-pass included): their error is taken relative to max(1, |value|).
        expect(Math.abs(m.skewness - ref.skew)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ref.skew)));
        expect(Math.abs(m.kurtosis - ref.kurt)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ref.kurt)));
      }
    });
  });

  it('reports NaN for what an empty or constant column lacks', () => {
    const m = new Moments();
    expect([m.mean, m.min, m.variance(), m.skewness]).toEqual([NaN, NaN, NaN, NaN]);
    [3, 3, 3].forEach((v) => m.add(v));
    expect([m.mean, m.variance(), m.variance(1)]).toEqual([3, 0, 0]);
    expect(m.skewness).toBeNaN();
    expect(m.merge(new Moments()).count).toBe(3);
  });
});

/** Categories drawn by numpy, with numpy's exact counts (np.unique). */
function categories(seed: number, expr: string): { values: string[]; counts: Map<string, number> } {
  const code = `
rng = np.random.default_rng(${seed}); x = ${expr}
open(dir + '/x.txt', 'w').write('\\n'.join('c%d' % v for v in x))
u, c = np.unique(x, return_counts=True)
print(json.dumps({'c%d' % a: int(b) for a, b in zip(u, c)}))`;
  return withNumpy(code, (dir, out) => ({
    values: readFileSync(join(dir, 'x.txt'), 'utf8').split('\n'),
    counts: new Map(Object.entries(out as Record<string, number>)),
  }));
}

describe('Frequent values against numpy counts', () => {
  it('is exact when distinct values are at most the capacity', () => {
    const { values, counts } = categories(1, 'rng.integers(0, 100, 200000)');
    const s = new FrequentValues(100);
    values.forEach((v) => s.add(v));
    expect(counts.size).toBe(100);
    expect(s.exact).toBe(true);
    expect(s.maxError).toBe(0);
    expect(new Map(s.top().map((e) => [e.value, e.count]))).toEqual(counts);
    expect(s.top(3).map((e) => e.count)).toEqual([...counts.values()].sort((a, b) => b - a).slice(0, 3));
  });

  it('bounds every count when distinct values exceed the capacity (Zipf data)', () => {
    const { values, counts } = categories(2, 'rng.zipf(1.3, 300000) % 100000');
    const n = values.length;
    const whole = new FrequentValues(50);
    values.forEach((v) => whole.add(v));
    const parts = [new FrequentValues(50), new FrequentValues(50), new FrequentValues(50)];
    values.forEach((v, i) => parts[i % 3]!.add(v));
    const merged = parts[0]!.merge(parts[1]!).merge(parts[2]!);
    for (const s of [whole, merged]) {
      expect(s.exact).toBe(false);
      expect(s.maxError).toBeLessThanOrEqual(n / 51);
      for (const [value, truth] of counts) {
        const { count, upper } = s.countOf(value);
        expect(count).toBeLessThanOrEqual(truth);
        expect(upper).toBeGreaterThanOrEqual(truth);
      }
      // Every value more frequent than the error bound is listed.
      const listed = new Set(s.top().map((e) => e.value));
      for (const [value, truth] of counts) if (truth > s.maxError) expect(listed.has(value)).toBe(true);
    }
  });

  it('keeps 42 and "42" apart, counts -0 as 0 and ignores NaN', () => {
    const s = new FrequentValues(10);
    [42, '42', -0, 0, NaN, true].forEach((v) => s.add(v));
    expect(s.count).toBe(5);
    expect(s.top()).toEqual([
      { value: 0, count: 2, upper: 2 },
      { value: 42, count: 1, upper: 1 },
      { value: '42', count: 1, upper: 1 },
      { value: true, count: 1, upper: 1 },
    ]);
  });
});
