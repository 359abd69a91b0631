/**
 * Number keys (UniqueIndex.addNumber, KeyRecorder.addNumber): stored as a one-to-one hash of
 * the number, they must give exactly the answer of the same keys added as their text,
 * String(value), which the reference Map checks: in memory, spilled and scanned by ranges,
 * merged, and recorded in parts.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyRecorder, UniqueIndex } from '../../../src/unique/index.js';
import { KEY, numberKeyHash, numberOfKeyHash } from '../../../src/unique/key-hash.js';
import { expectedDuplicates } from './reference.js';

const parent = mkdtempSync(join(tmpdir(), 'unique-numbers-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Numbers whose texts repeat often, with the edge cases of String(): -0, NaN, infinities, tiny and huge values. */
const numberPool = fc.array(
  fc.oneof(
    fc.integer({ min: -50, max: 50 }),
    fc.double(),
    fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2, 0.1 + 0.2, 1e21),
  ),
  { minLength: 1, maxLength: 30 },
);
const numberStream = numberPool.chain((pool) => fc.array(fc.nat({ max: pool.length - 1 }).map((i) => pool[i]!), { maxLength: 1500, size: 'max' }));

function hashOf(value: number): [number, number] {
  numberKeyHash(value);
  return [KEY.hi, KEY.lo];
}

describe('number key hash', () => {
  it('is one-to-one: the number comes back from its hash (-0 as 0, every NaN as NaN)', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        const [hi, lo] = hashOf(value);
        const back = numberOfKeyHash(hi, lo);
        if (Number.isNaN(value)) expect(back).toBeNaN();
        else expect(Object.is(back, value === 0 ? 0 : value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives 0 and -0 one hash, every NaN one hash, and two different numbers different hashes', () => {
    expect(hashOf(-0)).toEqual(hashOf(0));
    const nan = new Float64Array(new Uint32Array([1, 0x7ff80000]).buffer)[0]!;
    expect(hashOf(nan)).toEqual(hashOf(NaN));
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        fc.pre(String(a) !== String(b));
        expect(hashOf(a)).not.toEqual(hashOf(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('spreads consecutive integers evenly over the top bits that pick a range of the final scan', () => {
    const buckets = new Array<number>(1024).fill(0);
    const n = 1 << 20;
    for (let i = 1; i <= n; i++) buckets[hashOf(i)[0] >>> 22]!++;
    // A uniform spread puts 1024 in each bucket, with a standard deviation of 32.
    expect(Math.min(...buckets)).toBeGreaterThan(1024 - 6 * 32);
    expect(Math.max(...buckets)).toBeLessThan(1024 + 6 * 32);
  });
});

// These tests are about the hashed index (spills, range scans, merges): integers go to it too.
describe('UniqueIndex.addNumber, hashed', () => {
  it('finds what adding String(value) finds, with the same rows, first rows and values, spilled or not', async () => {
    const scans = { memory: 0, ranges: 0, merge: 0 };
    await fc.assert(
      fc.asyncProperty(numberStream, fc.integer({ min: 4096, max: 32 * 1024 }), fc.nat({ max: 10 }), async (values, budget, maxExamples) => {
        const lineOf = (row: number): number => row + 1;
        const index = new UniqueIndex({ memoryBudgetBytes: budget, maxExamples, tempDir: parent, denseIntegers: false });
        values.forEach((value, i) => index.addNumber(value, i + 1, lineOf(i + 1)));
        const result = await index.finish();
        const expected = expectedDuplicates(values.map(String), maxExamples, { lineOf });
        expect(result.violations).toBe(expected.violations);
        expect(result.examples).toEqual(expected.examples);
        expect(result.exact).toBe(true);
        expect(result.falsePositiveBound).toBe(0);
        expect(result.rows).toBe(values.length);
        expect(readdirSync(parent)).toEqual([]);
        scans[result.scannedBy]++;
      }),
      { numRuns: 60 },
    );
    expect(scans.memory).toBeGreaterThan(0);
    expect(scans.ranges).toBeGreaterThan(0);
    expect(scans.merge).toBeGreaterThan(0);
  });

  it('records number keys in parts on another thread with the same answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        numberStream,
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 4096, max: 32 * 1024 }),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        async (values, sizes, budget, sortBlock, denseIntegers) => {
          const index = new UniqueIndex({ memoryBudgetBytes: budget, maxExamples: 6, tempDir: parent, denseIntegers });
          let row = 0;
          for (let p = 0; row < values.length; p++) {
            const part = values.slice(row, row + sizes[p % sizes.length]!);
            const recorder = new KeyRecorder(index.keyByteLimit, sortBlock);
            part.forEach((value, i) => recorder.addNumber(value, i + 1, row + i + 2));
            const records = recorder.take();
            // A number key stores no bytes.
            expect(records.bytes.length).toBe(0);
            index.addRecords(records, row);
            row += part.length;
          }
          const result = await index.finish();
          const expected = expectedDuplicates(values.map(String), 6, { lineOf: (r) => r + 1 });
          expect(result.violations).toBe(expected.violations);
          expect(result.examples).toEqual(expected.examples);
          expect(readdirSync(parent)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds 1,000 planted duplicates among 300,000 consecutive ids spilled to disk', async () => {
    const index = new UniqueIndex({ memoryBudgetBytes: 256 << 10, maxExamples: 3, tempDir: parent, denseIntegers: false });
    const values: number[] = [];
    for (let i = 1; i <= 300_000; i++) values.push(i % 300 === 0 ? i - 150 : i);
    values.forEach((value, i) => index.addNumber(value, i + 1));
    const result = await index.finish();
    expect(result.spilledRuns).toBeGreaterThan(1);
    expect(result.scannedBy).toBe('ranges');
    expect(result.violations).toBe(1000);
    expect(result.examples).toEqual([
      { row: 300, firstRow: 150, value: '150' },
      { row: 600, firstRow: 450, value: '450' },
      { row: 900, firstRow: 750, value: '750' },
    ]);
  });
});
