/**
 * Property tests common to every sketch: merging shards equals sketching the whole within the
 * stated error, merge order does not matter, JSON round trips give identical answers, and
 * fromJSON rejects malformed input with a UserError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { KllSketch } from '../../../src/profile/sketches/kll.js';
import { RANK_ERROR } from '../../../src/profile/sketches/compare.js';
import { HyperLogLog } from '../../../src/profile/sketches/hll.js';
import { FrequentValues } from '../../../src/profile/sketches/frequent.js';
import { Moments } from '../../../src/profile/sketches/moments.js';

const number = fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 30 }));
const column = fc.array(number, { maxLength: 1500, size: 'max' });
const roundTrip = (json: unknown): unknown => JSON.parse(JSON.stringify(json));

function kll(values: readonly number[], seed = 1): KllSketch {
  const s = new KllSketch(200, seed);
  values.forEach((v) => s.add(v));
  return s;
}

/** Largest |sketch rank - exact rank| over the data's values. */
function maxRankError(s: KllSketch, data: readonly number[]): number {
  const sorted = Float64Array.from(data).sort();
  let worst = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i]) continue;
    worst = Math.max(worst, Math.abs(s.rank(sorted[i]!) - (i + 1) / sorted.length));
  }
  return worst;
}

describe('KLL properties', () => {
  it('merge(a, b) and merge(b, a) both answer like a sketch of a ∪ b within the rank error', () => {
    fc.assert(
      fc.property(column, column, (a, b) => {
        const ab = kll(a, 1).merge(kll(b, 2));
        const ba = kll(b, 2).merge(kll(a, 1));
        const all = [...a, ...b];
        for (const s of [ab, ba]) {
          expect(s.count).toBe(all.length);
          if (all.length === 0) continue;
          expect([s.min, s.max]).toEqual([Math.min(...all), Math.max(...all)]);
          expect(maxRankError(s, all)).toBeLessThanOrEqual(RANK_ERROR);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('merging shards in any grouping stays within the rank error', () => {
    fc.assert(
      fc.property(fc.array(column, { minLength: 3, maxLength: 6 }), (shards) => {
        const all = shards.flat();
        fc.pre(all.length > 0);
        const left = shards.reduce((acc, s, i) => acc.merge(kll(s, i)), new KllSketch(200, 99));
        const right = shards.reduceRight((acc, s, i) => kll(s, i).merge(acc), new KllSketch(200, 98));
        expect(maxRankError(left, all)).toBeLessThanOrEqual(RANK_ERROR);
        expect(maxRankError(right, all)).toBeLessThanOrEqual(RANK_ERROR);
      }),
      { numRuns: 30 },
    );
  });

  it('survives a JSON round trip with identical answers and identical future behaviour', () => {
    fc.assert(
      fc.property(column, column, (a, later) => {
        const s = kll(a);
        const copy = KllSketch.fromJSON(roundTrip(s.toJSON()));
        const qs = [0, 0.01, 0.25, 0.5, 0.9, 1];
        expect(qs.map((q) => copy.quantile(q))).toEqual(qs.map((q) => s.quantile(q)));
        expect(copy.items()).toEqual(s.items());
        later.forEach((v) => (s.add(v), copy.add(v)));
        expect(copy.toJSON()).toEqual(s.toJSON());
      }),
      { numRuns: 60 },
    );
  });
});

describe('HyperLogLog properties', () => {
  const values = fc.array(fc.oneof(fc.string(), fc.integer({ min: -5000, max: 5000 }), fc.double({ noNaN: true })), { maxLength: 3000, size: 'max' });

  it('merge is lossless and order-independent: merge(a, b) equals the sketch of a ∪ b exactly', () => {
    fc.assert(
      fc.property(values, values, fc.constantFrom(4, 12), (a, b, p) => {
        const sketch = (xs: ReadonlyArray<string | number>): HyperLogLog => {
          const s = new HyperLogLog(p);
          xs.forEach((x) => s.add(x));
          return s;
        };
        const whole = sketch([...a, ...b]);
        const ab = sketch(a).merge(sketch(b));
        const ba = sketch(b).merge(sketch(a));
        expect(ab.estimate()).toBe(whole.estimate());
        expect(ba.estimate()).toBe(whole.estimate());
        // Sparse or dense may differ with the path taken, the estimate may not.
        if (ab.exact === whole.exact) expect(ab.toJSON()).toEqual(whole.toJSON());
        expect(HyperLogLog.fromJSON(roundTrip(ab.toJSON())).estimate()).toBe(ab.estimate());
      }),
      { numRuns: 60 },
    );
  });
});

describe('Frequent values properties', () => {
  const items = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom('a', 'b', 'c', 'd')), { maxLength: 800, size: 'max' });

  it('merge in either order bounds every true count of a ∪ b, and is exact when nothing was evicted', () => {
    fc.assert(
      fc.property(items, items, fc.integer({ min: 1, max: 60 }), (a, b, capacity) => {
        const sketch = (xs: ReadonlyArray<string | number>): FrequentValues => {
          const s = new FrequentValues(capacity);
          xs.forEach((x) => s.add(x));
          return s;
        };
        const truth = new Map<string | number, number>();
        for (const x of [...a, ...b]) truth.set(x, (truth.get(x) ?? 0) + 1);
        for (const s of [sketch(a).merge(sketch(b)), sketch(b).merge(sketch(a))]) {
          expect(s.count).toBe(a.length + b.length);
          expect(s.maxError).toBeLessThanOrEqual((a.length + b.length) / (capacity + 1));
          for (const [value, count] of truth) {
            const bounds = s.countOf(value);
            expect(bounds.count).toBeLessThanOrEqual(count);
            expect(bounds.upper).toBeGreaterThanOrEqual(count);
          }
          if (truth.size <= capacity) {
            expect(s.exact).toBe(true);
            expect(new Map(s.top().map((e) => [e.value, e.count]))).toEqual(truth);
          }
          expect(FrequentValues.fromJSON(roundTrip(s.toJSON())).top()).toEqual(s.top());
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('Moments properties', () => {
  it('merge in either order matches the whole to 1e-9 relative; JSON round trip is identical', () => {
    fc.assert(
      fc.property(column, column, (a, b) => {
        const sketch = (xs: readonly number[]): Moments => {
          const m = new Moments();
          xs.forEach((x) => m.add(x));
          return m;
        };
        const whole = sketch([...a, ...b]);
        const scale = Math.max(1, ...[...a, ...b].map(Math.abs));
        for (const m of [sketch(a).merge(sketch(b)), sketch(b).merge(sketch(a))]) {
          expect(m.count).toBe(whole.count);
          if (whole.count === 0) continue;
          expect([m.min, m.max]).toEqual([whole.min, whole.max]);
          expect(Math.abs(m.mean - whole.mean)).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(m.std() - whole.std())).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(m.sum - whole.sum)).toBeLessThanOrEqual(1e-9 * scale * whole.count);
        }
        const copy = Moments.fromJSON(roundTrip(whole.toJSON()));
        const answers = (m: Moments): number[] => [m.count, m.mean, m.sum, m.min, m.max, m.variance(), m.skewness, m.kurtosis];
        expect(answers(copy)).toEqual(answers(whole));
      }),
      { numRuns: 80 },
    );
  });
});

describe('fromJSON rejects malformed input with a UserError naming the field', () => {
  const filled = (): Array<[string, (json: unknown) => unknown, Record<string, unknown>]> => {
    const data = Array.from({ length: 3000 }, (_, i) => (i * 37) % 1009);
    const k = kll(data);
    const h = new HyperLogLog(12);
    const hd = new HyperLogLog(4);
    const f = new FrequentValues(5);
    const m = new Moments();
    data.forEach((v, i) => (h.add(v), hd.add(i), f.add(v % 7), m.add(v)));
    return [
      ['KLL', KllSketch.fromJSON, k.toJSON() as unknown as Record<string, unknown>],
      ['HyperLogLog', HyperLogLog.fromJSON, h.toJSON() as unknown as Record<string, unknown>],
      ['HyperLogLog', HyperLogLog.fromJSON, hd.toJSON() as unknown as Record<string, unknown>],
      ['frequent-values', FrequentValues.fromJSON, f.toJSON() as unknown as Record<string, unknown>],
      ['moments', Moments.fromJSON, m.toJSON() as unknown as Record<string, unknown>],
    ];
  };

  it('accepts every valid form', () => {
    for (const [, read, json] of filled()) expect(() => read(roundTrip(json))).not.toThrow();
  });

  it('rejects any field deleted or replaced by a value of the wrong type, and non-objects', () => {
    const cases = filled();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.nat(),
        fc.constantFrom<unknown>(undefined, {}, 'oops!', [null], true),
        (which, fieldPick, bad) => {
          const [name, read, json] = cases[which]!;
          const fields = Object.keys(json);
          const field = fields[fieldPick % fields.length]!;
          const broken: Record<string, unknown> = { ...(roundTrip(json) as Record<string, unknown>) };
          if (bad === undefined) delete broken[field];
          else broken[field] = bad;
          expect(() => read(broken)).toThrow(UserError);
          expect(() => read(broken)).toThrow(new RegExp(`Invalid ${name} sketch: '[^']*${field}`));
        },
      ),
      { numRuns: 150 },
    );
    for (const [, read] of cases) for (const bad of [null, [], 42, 'kll']) expect(() => read(bad)).toThrow(UserError);
  });

  it('rejects a format version it does not read, and contents that contradict each other', () => {
    const [kllCase, hllCase, denseCase, freqCase, momentsCase] = filled();
    expect(denseCase![2]['registers']).toBeTypeOf('string');
    const corrupt = (json: Record<string, unknown>, patch: Record<string, unknown>): unknown => ({ ...(roundTrip(json) as object), ...patch });
    expect(() => KllSketch.fromJSON(corrupt(kllCase![2], { version: 2 }))).toThrow(/'version' must be 1/);
    expect(() => KllSketch.fromJSON(corrupt(kllCase![2], { n: (kllCase![2]['n'] as number) + 1 }))).toThrow(/'levels' must be weights/);
    expect(() => KllSketch.fromJSON(corrupt(kllCase![2], { max: 5 }))).toThrow(/within \[min, max\]/);
    expect(() => HyperLogLog.fromJSON(corrupt(hllCase![2], { keys: [2 ** 52] }))).toThrow(/'keys\[0\]' must be an integer/);
    expect(() => HyperLogLog.fromJSON(corrupt(denseCase![2], { p: 5 }))).toThrow(/32 bytes for p = 5/);
    expect(() => HyperLogLog.fromJSON(corrupt(denseCase![2], { hash: 'fnv' }))).toThrow(/'hash' must be/);
    expect(() => FrequentValues.fromJSON(corrupt(freqCase![2], { n: 1 }))).toThrow(/'maxError' must be|summing to at most n/);
    expect(() => Moments.fromJSON(corrupt(momentsCase![2], { m2: -1 }))).toThrow(/'m2' must be non-negative/);
    expect(() => Moments.fromJSON(corrupt(momentsCase![2], { kind: 'kll' }))).toThrow(UserError);
  });
});
