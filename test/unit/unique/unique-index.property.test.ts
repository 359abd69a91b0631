import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { UniqueIndex } from '../../../src/unique/index.js';
import { expectedDuplicates } from './reference.js';

const parent = mkdtempSync(join(tmpdir(), 'unique-prop-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

// A small pool makes repeats frequent; the pool mixes empty, ASCII, unicode (with astral and
// unpaired surrogates) and very long keys.
const keyPool = fc.array(
  fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
    fc.string({ unit: 'grapheme', minLength: 300, maxLength: 3000 }),
  ),
  { minLength: 1, maxLength: 40 },
);

const streamOf = keyPool.chain((pool) =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.nat({ max: pool.length - 1 }).map((i) => pool[i]!) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    ),
    { maxLength: 1500, size: 'max' },
  ),
);

describe('UniqueIndex against an exact Map', () => {
  it('counts violations and names the right rows, first rows and values, spilled or not', async () => {
    let spilledCases = 0;
    let inMemoryCases = 0;
    let longCases = 0;
    const scans = { memory: 0, ranges: 0, merge: 0 };
    await fc.assert(
      fc.asyncProperty(
        streamOf,
        fc.integer({ min: 4096, max: 64 * 1024 }),
        fc.nat({ max: 12 }),
        fc.boolean(),
        async (keys, budget, maxExamples, withLines) => {
          const lineOf = (row: number): number | undefined => (withLines ? row * 2 + 1 : undefined);
          const maxKeyBytes = Math.floor(budget / 32);
          const index = new UniqueIndex({ memoryBudgetBytes: budget, maxExamples, tempDir: parent, maxKeyBytes });
          keys.forEach((key, i) => index.add(key, i + 1, lineOf(i + 1)));
          const result = await index.finish();
          const expected = expectedDuplicates(keys, maxExamples, { lineOf, maxKeyBytes });
          expect(result.violations).toBe(expected.violations);
          expect(result.examples).toEqual(expected.examples);
          expect(result.exact).toBe(expected.longViolations === 0);
          if (result.exact) expect(result.falsePositiveBound).toBe(0);
          else expect(result.falsePositiveBound).toBeGreaterThan(0);
          expect(result.rows).toBe(keys.length);
          expect(readdirSync(parent)).toEqual([]);
          if (result.spilledRuns > 1) spilledCases++;
          if (result.spilledRuns === 0 && keys.length > 0) inMemoryCases++;
          if (expected.longViolations > 0) longCases++;
          scans[result.scannedBy]++;
        },
      ),
      // 200 runs: the range scan comes up in about one run in eight (9-14 of 80 in four trials), so
      // at 80 runs "more than 5" failed now and then; at 200 about 25 are expected.
      { numRuns: 200 },
    );
    // The generator must reach every path and long keys, or the property proves little.
    expect(spilledCases).toBeGreaterThan(10);
    expect(inMemoryCases).toBeGreaterThan(0);
    expect(longCases).toBeGreaterThan(0);
    expect(scans.ranges).toBeGreaterThan(8);
    expect(scans.merge).toBeGreaterThan(0);
  });

  it('spills many runs under a tiny budget and merges them in several passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3000 }), { minLength: 2000, maxLength: 6000 }), async (ids) => {
        const keys = ids.map((id) => `k${id}`);
        const index = new UniqueIndex({ memoryBudgetBytes: 4096, maxExamples: 20, tempDir: parent });
        keys.forEach((key, i) => index.add(key, i + 1));
        const result = await index.finish();
        const expected = expectedDuplicates(keys, 20);
        // A 4 KiB budget holds well under 100 entries per run: thousands of keys mean dozens of
        // runs, more than one merge can read at once.
        expect(result.spilledRuns).toBeGreaterThan(20);
        expect(result.violations).toBe(expected.violations);
        expect(result.examples).toEqual(expected.examples);
      }),
      { numRuns: 15 },
    );
  });

  it('scans spilled runs range by range, and merges them when one key has more rows than a range can hold', async () => {
    const scans = { memory: 0, ranges: 0, merge: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 5000 }), { minLength: 2000, maxLength: 6000 }),
        fc.oneof(fc.nat({ max: 20 }), fc.integer({ min: 1000, max: 3000 })),
        fc.integer({ min: 4096, max: 16 * 1024 }),
        async (ids, hot, budget) => {
          // `hot` rows of one key spread through the stream: its records all fall in one range
          // of hashes, which 1000 of them (~50 KB) make larger than the budget.
          const keys = ids.map((id) => `k${id}`);
          for (let i = 0; i < hot; i++) keys.splice((i * 7919) % (keys.length + 1), 0, 'hot');
          const index = new UniqueIndex({ memoryBudgetBytes: budget, maxExamples: 7, tempDir: parent });
          keys.forEach((key, i) => index.add(key, i + 1, i + 2));
          const result = await index.finish();
          const expected = expectedDuplicates(keys, 7, { lineOf: (row) => row + 1 });
          expect(result.violations).toBe(expected.violations);
          expect(result.examples).toEqual(expected.examples);
          expect(result.spilledRuns).toBeGreaterThan(1);
          // Whether a range can hold a key's rows depends on its multiplicity (fast-check's
          // bias also repeats ids): decided only at the two ends.
          const rowsOf = new Map<string, number>();
          for (const key of keys) rowsOf.set(key, (rowsOf.get(key) ?? 0) + 1);
          const most = Math.max(...rowsOf.values());
          if (most >= 1000) expect(result.scannedBy).toBe('merge');
          if (most <= 20) expect(result.scannedBy).toBe('ranges');
          expect(readdirSync(parent)).toEqual([]);
          scans[result.scannedBy]++;
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
    expect(scans.ranges).toBeGreaterThan(2);
    expect(scans.merge).toBeGreaterThan(2);
  });

  it('compares keys longer than the stored limit by stored prefix and 64-bit hash, and says so', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 4096, max: 32 * 1024 }),
        async (ids, budget) => {
          // Same 64-byte prefix, different tails: only the hash tells them apart.
          const keys = ids.map((id) => `${'p'.repeat(64)}-${id}`);
          const index = new UniqueIndex({ memoryBudgetBytes: budget, maxKeyBytes: 64, tempDir: parent, maxExamples: 3 });
          keys.forEach((key, i) => index.add(key, i + 1));
          const result = await index.finish();
          const expected = expectedDuplicates(keys, 3);
          expect(result.violations).toBe(expected.violations);
          expect(result.examples.map(({ row, firstRow }) => ({ row, firstRow }))).toEqual(
            expected.examples.map(({ row, firstRow }) => ({ row, firstRow })),
          );
          for (const example of result.examples) expect(example.value).toBe(`${'p'.repeat(64)}…`);
          expect(result.exact).toBe(expected.violations === 0);
          const m = keys.length;
          expect(result.falsePositiveBound).toBe(expected.violations === 0 ? 0 : (m * (m - 1)) / 2 ** 65);
        },
      ),
      { numRuns: 30 },
    );
  });
});
