/**
 * Integer keys held as bits (dense-integers.ts) and their rows logged (first-row-log.ts): the
 * index must give exactly the answer of the same keys added as text, whether the bits hold
 * every key, stop growing part way (a far value, a fraction) or never start, with the log in
 * memory or written to disk, and the bits and the log within the index's budget.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DenseIntegerSet, FIRST, REFUSED, REPEAT } from '../../../src/unique/dense-integers.js';
import { FirstRowLog } from '../../../src/unique/first-row-log.js';
import { KeyRecorder, UniqueIndex } from '../../../src/unique/index.js';
import { expectedDuplicates } from './reference.js';

const parent = mkdtempSync(join(tmpdir(), 'unique-dense-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Ids around a start, repeating now and then, with (in half the streams) the odd value the bits cannot hold. */
const idStream = fc
  .record({
    start: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, 2 ** 53 - 100, -(2 ** 53) + 5, 2 ** 31, -(2 ** 31))),
    spread: fc.integer({ min: 1, max: 5000 }),
    odd: fc.boolean(),
  })
  .chain(({ start, spread, odd }) => {
    const id = fc.integer({ min: 0, max: spread }).map((d) => start + d);
    const oddValue = fc.constantFrom(-0, 0.5, -5e-324, NaN, Infinity, 2 ** 60, -(2 ** 60), 1e7, -1e7, start + 0.25);
    return fc.array(odd ? fc.oneof({ weight: 20, arbitrary: id }, { weight: 1, arbitrary: oddValue }) : id, { maxLength: 1500, size: 'max' });
  });

describe('DenseIntegerSet', () => {
  it('answers FIRST, REPEAT or REFUSED as a Set of the values it accepted does, and never accepts a value after refusing it', () => {
    fc.assert(
      fc.property(idStream, fc.integer({ min: 4, max: 4096 }), (values, maxBytes) => {
        const set = new DenseIntegerSet(maxBytes);
        const held = new Set<number>();
        const refused = new Set<number>();
        for (const value of values) {
          const key = value === 0 ? 0 : value;
          const answer = set.add(value);
          if (answer === REFUSED) {
            expect(held.has(key)).toBe(false);
            refused.add(key);
            continue;
          }
          expect(Number.isSafeInteger(key)).toBe(true);
          expect(refused.has(key)).toBe(false);
          expect(answer).toBe(held.has(key) ? REPEAT : FIRST);
          held.add(key);
          expect(set.bytes).toBeLessThanOrEqual(Math.max(4, Math.floor(maxBytes / 4) * 4));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('holds 1..n in n/8 bytes and more, growing downwards too, then refuses what does not fit', () => {
    const set = new DenseIntegerSet(1 << 20);
    let first = 0;
    for (let i = 500_000; i >= 1; i--) if (set.add(i) === FIRST) first++;
    for (let i = 500_001; i <= 1_000_000; i++) if (set.add(i) === FIRST) first++;
    expect(first).toBe(1_000_000);
    expect(set.add(777)).toBe(REPEAT);
    expect(set.bytes).toBeLessThanOrEqual(1 << 20);
    expect(set.add(10_000_000)).toBe(REFUSED);
    expect(set.isFrozen).toBe(true);
    // Frozen: what the window holds is still answered, nothing new is taken in.
    expect(set.add(999_999)).toBe(REPEAT);
    expect(set.add(-1_000_000)).toBe(REFUSED);
  });
});

describe('FirstRowLog', () => {
  it('gives the lowest row of each value asked for, from memory or from its file', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 400 }), fc.integer({ min: 8, max: 256 }), (values, chunkBytes) => {
        const log = new FirstRowLog(chunkBytes, parent);
        // Rows in a shuffled but known order, as parts sorted by hash give them.
        const rows = values.map((_, i) => (i * 7919) % values.length + 1);
        values.forEach((value, i) => log.append(1_000_000 + value, rows[i]!));
        const asked = [...new Set(values)].slice(0, 5).map((v) => 1_000_000 + v);
        const expected = new Map<number, number>();
        values.forEach((value, i) => {
          const key = 1_000_000 + value;
          if (asked.includes(key)) expected.set(key, Math.min(expected.get(key) ?? Infinity, rows[i]!));
        });
        expect(log.firstRows([...asked, 5_000_000])).toEqual(expected);
        log.release();
        expect(readdirSync(parent)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('KeyRecorder', () => {
  it('hands integer keys of a narrow range over in row order, and sorts any other part by hash', () => {
    const narrow = new KeyRecorder(64);
    for (let i = 0; i < 1000; i++) narrow.addNumber(5000 - i, i + 1);
    const rows = narrow.take();
    expect(rows.sorted).toBe(false);
    expect(Array.from({ length: 1000 }, (_, r) => rows.words[r * 5 + 2])).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    // A fraction, a range far wider than the count, a text key: sorted.
    for (const values of [[1, 2, 0.5], [1, 2 ** 40, 3]]) {
      const recorder = new KeyRecorder(64);
      values.forEach((value, i) => recorder.addNumber(value, i + 1));
      expect(recorder.take().sorted).toBe(true);
    }
    const text = new KeyRecorder(64);
    text.addNumber(1, 1);
    text.add('2', 2);
    expect(text.take().sorted).toBe(true);
    // reset() forgets what the last part held.
    text.reset();
    text.addNumber(7, 1);
    expect(text.take().sorted).toBe(false);
  });
});

describe('UniqueIndex with integer keys as bits', () => {
  it('finds what adding String(value) finds, with the same rows, first rows and values', async () => {
    let dense = 0;
    let mixed = 0;
    await fc.assert(
      fc.asyncProperty(idStream, fc.integer({ min: 4096, max: 64 * 1024 }), fc.nat({ max: 8 }), async (values, budget, maxExamples) => {
        const lineOf = (row: number): number => 2 * row + 1;
        const index = new UniqueIndex({ memoryBudgetBytes: budget, maxExamples, tempDir: parent });
        values.forEach((value, i) => {
          index.addNumber(value, i + 1, lineOf(i + 1));
          expect(index.bytesHeld).toBeLessThanOrEqual(budget);
        });
        const result = await index.finish();
        expect(readdirSync(parent)).toEqual([]);
        const expected = expectedDuplicates(values.map(String), maxExamples, { lineOf });
        expect(result.violations).toBe(expected.violations);
        expect(result.examples).toEqual(expected.examples);
        expect(result.rows).toBe(values.length);
        expect(readdirSync(parent)).toEqual([]);
        if (result.denseRows === values.length && values.length > 0) dense++;
        else if (result.denseRows > 0) mixed++;
      }),
      { numRuns: 150 },
    );
    // Both ways were taken: every key as a bit, and bits for some keys with the rest hashed.
    expect(dense).toBeGreaterThan(20);
    expect(mixed).toBeGreaterThan(20);
  });

  it('gives the same answer for keys recorded in parts on other threads (sorted by hash within blocks)', async () => {
    await fc.assert(
      fc.asyncProperty(idStream, fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 300 }), async (values, sizes, sortBlock) => {
        const index = new UniqueIndex({ memoryBudgetBytes: 8192, maxExamples: 4, tempDir: parent });
        let row = 0;
        for (let p = 0; row < values.length; p++) {
          const part = values.slice(row, row + sizes[p % sizes.length]!);
          const recorder = new KeyRecorder(index.keyByteLimit, sortBlock);
          part.forEach((value, i) => recorder.addNumber(value, i + 1, row + i + 2));
          index.addRecords(recorder.take(), row);
          row += part.length;
        }
        const result = await index.finish();
        const expected = expectedDuplicates(values.map(String), 4, { lineOf: (r) => r + 1 });
        expect(result.violations).toBe(expected.violations);
        expect(result.examples).toEqual(expected.examples);
        expect(readdirSync(parent)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('finds 1,000 planted duplicates among 300,000 consecutive ids without sorting or spilling them', async () => {
    const index = new UniqueIndex({ memoryBudgetBytes: 256 << 10, maxExamples: 3, tempDir: parent });
    const values: number[] = [];
    for (let i = 1; i <= 300_000; i++) values.push(i % 300 === 0 ? i - 150 : i);
    values.forEach((value, i) => index.addNumber(value, i + 1));
    const result = await index.finish();
    expect(result).toMatchObject({ violations: 1000, spilledRuns: 0, denseRows: 300_000, exact: true });
    expect(result.examples).toEqual([
      { row: 300, firstRow: 150, value: '150' },
      { row: 600, firstRow: 450, value: '450' },
      { row: 900, firstRow: 750, value: '750' },
    ]);
    expect(readdirSync(parent)).toEqual([]);
  });
});
