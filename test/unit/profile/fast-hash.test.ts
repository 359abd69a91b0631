/**
 * The allocation-free hashing paths equal the definition: hashNumberText(Number(t), t) and
 * hashIsoTime(t) give hashValue of the canonical text; FrequentValues on its hash table keeps
 * exactly the counts of a Map-based Misra-Gries reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH, hashIsoTime, hashNumberText, hashValue, isCanonicalDecimal } from '../../../src/profile/sketches/hash.js';
import { FrequentValues, type FrequentValue } from '../../../src/profile/sketches/frequent.js';
import { ColumnSketch } from '../../../src/profile/sketches/column.js';

const hashOf = (f: () => void): [number, number] => {
  f();
  return [HASH[0]!, HASH[1]!];
};

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '3', '7', '9'), minLength: min, maxLength: max });
const decimalText = fc.oneof(
  fc.tuple(fc.constantFrom('', '-', '+'), digits(0, 9), fc.constantFrom('.', ''), digits(0, 9)).map((p) => p.join('')).filter((t) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }).map((x) => x.toFixed(4)),
);

describe('fast hashing paths', () => {
  it('isCanonicalDecimal(t) implies String(Number(t)) === t', () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        if (isCanonicalDecimal(t)) expect(String(Number(t))).toBe(t);
      }),
      { numRuns: 20_000 },
    );
    for (const t of ['0.5', '-0.5', '71.143', '0.000001', '123456789012.345']) expect(isCanonicalDecimal(t)).toBe(true);
    for (const t of ['0.0000001', '1.50', '01.5', '.5', '5.', '+1.5', '1e5', '1234567890123.456']) expect(isCanonicalDecimal(t)).toBe(false);
  });

  it('hashNumberText hashes like hashValue of the number', () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        const n = Number(t);
        expect(hashOf(() => hashNumberText(n === 0 ? 0 : n, t))).toEqual(hashOf(() => hashValue(n === 0 ? 0 : n)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('hashIsoTime hashes like hashValue of toISOString()', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => {
        expect(hashOf(() => hashIsoTime(t))).toEqual(hashOf(() => hashValue(new Date(t).toISOString())));
      }),
      { numRuns: 20_000 },
    );
  });
});

/** Misra-Gries on a Map, as FrequentValues was written before its hash table. */
function reference(values: FrequentValue[], capacity: number): Map<FrequentValue, number> {
  const counts = new Map<FrequentValue, number>();
  for (let v of values) {
    if (v !== v) continue;
    if (v === 0) v = 0;
    const c = counts.get(v);
    if (c !== undefined) counts.set(v, c + 1);
    else if (counts.size < capacity) counts.set(v, 1);
    else for (const [k, n] of counts) n === 1 ? counts.delete(k) : counts.set(k, n - 1);
  }
  return counts;
}

describe('FrequentValues hash table', () => {
  const value = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom('a', 'b', '1', '2', 'true', '', '2023-01-01T00:00:00.000Z'), fc.boolean(), fc.constantFrom(0, -0, 1.5, NaN));
  it('keeps the counts of the Map-based reference, whole and through JSON', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 1, max: 12 }), (values, capacity) => {
        const s = new FrequentValues(capacity);
        values.forEach((v) => s.add(v));
        const want = [...reference(values, capacity)].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || typeof a[0] < typeof b[0] ? -1 : 1);
        const got = s.top().map((e) => [e.value, e.count] as [FrequentValue, number]).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || typeof a[0] < typeof b[0] ? -1 : 1);
        expect(new Map(got)).toEqual(new Map(want));
        for (const [v, c] of want) expect(s.countOf(v).count).toBe(c);
        expect(FrequentValues.fromJSON(JSON.parse(JSON.stringify(s.toJSON()))).toJSON()).toEqual(s.toJSON());
      }),
      { numRuns: 2_000 },
    );
  });

  it('counts a Date and its ISO text as one value, as before', () => {
    const c = new ColumnSketch();
    c.add(new Date(Date.UTC(2023, 0, 1)));
    c.add('2023-01-01T00:00:00.000Z');
    c.addTime(Date.UTC(2023, 0, 1));
    expect(c.frequent.top()).toEqual([{ value: '2023-01-01T00:00:00.000Z', count: 3, upper: 3 }]);
    expect(c.distinct.estimate()).toBe(1);
    expect(c.kinds).toMatchObject({ date: 2, string: 1 });
  });
});

describe('hashValue of non-integer numbers (written without String)', () => {
  it('hashes like String(x) for doubles of every shape', () => {
    const decimals = fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 12 })).map(([x, d]) => Number(x.toFixed(d)));
    const tiny = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 12 })).map(([m, e]) => m / 10 ** e);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), decimals, tiny), (x) => {
        expect(hashOf(() => hashValue(x))).toEqual(hashOf(() => hashValue(String(x === 0 ? 0 : x))));
      }),
      { numRuns: 50_000 },
    );
    for (const x of [0.1, 0.2 + 0.1, 1e-6, 1.5e-6, 9.99999e-7, 123456789012345.6, 999999999999999.9, 0.000123, -71.143, 5e-324, 1e15 + 0.5])
      expect(hashOf(() => hashValue(x))).toEqual(hashOf(() => hashValue(String(x))));
  });
});
