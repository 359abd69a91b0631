/**
 * The same value hashes alike whatever the file format (numbers from CSV text, JSONL or Parquet
 * doubles; times from ISO text, Dates or epoch ms), so profiles of one dataset in two formats
 * count the same distinct values; FrequentValues on its hash table keeps exactly the counts of
 * a Map-based Misra-Gries reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../../src/data/index.js';
import { DatasetProfiler } from '../../../src/profile/profile.js';
import { FrequentValues, type FrequentValue } from '../../../src/profile/sketches/frequent.js';
import { ColumnSketch, type ColumnValue } from '../../../src/profile/sketches/column.js';
import { kindOf } from '../../../src/profile/value-kind.js';

function profileOf(format: 'csv' | 'parquet', values: unknown[]): ColumnSketch {
  const profiler = new DatasetProfiler();
  profiler.observeBatch({ file: 'x', format, columns: ['x'], values: [values], rowCount: values.length, firstRow: 1 } as unknown as Batch);
  return profiler.column('x')!.sketch;
}

describe('one value, one hash, whatever the file format', () => {
  it('counts a number read from text (CSV), a JSON number and a Parquet double as one value', () => {
    const shapes = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 6 })).map(([m, d]) => m / 10 ** d),
    );
    fc.assert(
      fc.property(fc.array(shapes, { minLength: 1, maxLength: 300 }), (numbers) => {
        const texts = numbers.map((x, i) => (i % 3 === 0 ? String(x) : i % 3 === 1 ? x.toExponential() : Number.isInteger(x) ? `${x}.0` : String(x)));
        const fromText = profileOf('csv', texts);
        const fromNative = profileOf('parquet', numbers);
        expect(fromText.distinct.toJSON()).toEqual(fromNative.distinct.toJSON());
        expect(fromText.frequent.toJSON()).toEqual(fromNative.frequent.toJSON());
        expect(fromText.distinct.estimate()).toBe(new Set(numbers.map((x) => x + 0)).size);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a time from ISO text, a Date and epoch ms as one value, and booleans from text or native', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4e12 }), { minLength: 1, maxLength: 200 }), (times) => {
        const ms = times.map((t) => t - (t % 1000));
        const fromText = profileOf('csv', ms.map((t) => new Date(t).toISOString().replace('.000Z', '')));
        const fromDates = profileOf('parquet', ms.map((t) => new Date(t)));
        const fromIsoStrings = new ColumnSketch();
        ms.forEach((t) => fromIsoStrings.add(new Date(t).toISOString()));
        const fromMs = new ColumnSketch();
        ms.forEach((t) => fromMs.addTime(t));
        for (const other of [fromDates, fromIsoStrings, fromMs]) {
          expect(other.distinct.toJSON()).toEqual(fromText.distinct.toJSON());
          expect(other.frequent.toJSON()).toEqual(fromText.frequent.toJSON());
        }
      }),
      { numRuns: 200 },
    );
    expect(profileOf('csv', ['true', 'false', 'true']).distinct.toJSON()).toEqual(profileOf('parquet', [true, false, true]).distinct.toJSON());
  });

  it('keeps the number 42, the string "42" and the time 42 ms apart', () => {
    const c = new ColumnSketch();
    c.add(42);
    c.add('42');
    c.addTime(42);
    c.add(true);
    c.add(1);
    expect(c.distinct.estimate()).toBe(5);
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

  it('counts strings found through the recent-strings cache exactly, across evictions and merges', () => {
    // Strings of one length with the same end characters share a cache slot.
    const str = fc.oneof(fc.constantFrom('a1a', 'a2a', 'a3a', 'b', 'bb', 'x y', ''), fc.integer({ min: 0, max: 30 }).map((i) => `k${i}k`));
    fc.assert(
      fc.property(fc.array(str, { maxLength: 400 }), fc.array(str, { maxLength: 100 }), fc.integer({ min: 1, max: 12 }), (values, more, capacity) => {
        const c = new ColumnSketch({ capacity });
        values.forEach((v) => c.add(v));
        const want = reference(values, capacity);
        expect(new Map(c.frequent.top().map((e) => [e.value, e.count]))).toEqual(want);
        expect(c.frequent.count).toBe(values.length);
        expect(c.distinct.estimate()).toBe(new Set(values).size);
        // After a merge (entries move) the cache must not count into the wrong entry.
        const other = new ColumnSketch({ capacity });
        more.forEach((v) => other.add(v));
        c.merge(other);
        const whole = new ColumnSketch({ capacity });
        [...values, ...more, ...values].forEach((v) => whole.add(v));
        values.forEach((v) => c.add(v));
        expect(c.frequent.count).toBe(whole.frequent.count);
        expect(c.distinct.estimate()).toBe(whole.distinct.estimate());
        if (whole.frequent.exact) expect(c.frequent.top()).toEqual(whole.frequent.top());
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

describe('INT64 values beyond 2^53 (bigint cells from Parquet)', () => {
  it('are profiled as integers at their nearest double, not as missing values', () => {
    const big = [2n ** 60n, -(2n ** 55n) - 3n, 7n];
    const profiler = new DatasetProfiler();
    profiler.observeBatch({ file: 'x', format: 'parquet', columns: ['x'], values: [big], rowCount: big.length, firstRow: 1 } as unknown as Batch);
    const column = profiler.toJSON().columns[0]!;
    expect(column.kinds).toEqual({ integer: 3 });
    expect(column.sketch.nulls).toBe(0);
    expect(column.sketch.kinds.number).toBe(3);
    expect(column.sketch.moments.min).toBe(Number(-(2n ** 55n) - 3n));
    expect(column.sketch.moments.max).toBe(2 ** 60);
  });
});

describe('typed cells (JSONL, Parquet) in a profile', () => {
  it('count each kind as kindOf names it and reach the sketch as ColumnSketch.add would (text cells have their own path)', () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, NaN, Infinity, -Infinity, null, true, false),
      fc.date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: false }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 400 }), (cells) => {
        const profiler = new DatasetProfiler();
        profiler.observeBatch({ file: 'x', format: 'parquet', columns: ['x'], values: [cells], rowCount: cells.length, firstRow: 1 } as unknown as Batch);
        const got = profiler.toJSON().columns[0]!;
        const kinds: Record<string, number> = {};
        const sketch = new ColumnSketch();
        for (const c of cells) {
          const kind = kindOf(c);
          kinds[kind] = (kinds[kind] ?? 0) + 1;
          sketch.add(typeof c === 'bigint' ? Number(c) : (c as ColumnValue));
        }
        expect(got.kinds).toEqual(kinds);
        expect(got.sketch).toEqual(sketch.toJSON());
      }),
      { numRuns: 200 },
    );
  });
});
