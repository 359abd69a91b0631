/**
 * Keys recorded in parts (KeyRecorder, as validate-data's threads record them: sorted by hash
 * per part) and added to the index part by part give the answer of adding every key in row
 * order, spilled or not, whether a run boundary falls inside a part or not, mixed with keys
 * added one by one.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyRecorder, UniqueIndex } from '../../../src/unique/index.js';
import { expectedDuplicates } from './reference.js';

const parent = mkdtempSync(join(tmpdir(), 'unique-parts-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const keys = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 60 }).map((i) => `k${i}`) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.nat({ max: 5 }).map((i) => `${'long'.repeat(40)}${i}`) },
  ),
  { maxLength: 1500, size: 'max' },
);

/** take()'s records: blocks of sortBlock rows in row order, each ordered by (hi, lo, row). */
function expectSortedBlocks(records: ReturnType<KeyRecorder['take']>, sortBlock: number, rows: number): void {
  const { words, count } = records;
  expect(count).toBe(rows);
  for (let i = 0; i < count; i++) {
    const row = words[i * 5 + 2]!;
    // Row r (1-based) lies in block floor((r - 1) / sortBlock), the block of position i.
    expect(Math.floor((row - 1) / sortBlock)).toBe(Math.floor(i / sortBlock));
    if (i % sortBlock === 0) continue;
    const [h0, l0, r0] = [words[(i - 1) * 5]!, words[(i - 1) * 5 + 1]!, words[(i - 1) * 5 + 2]!];
    const [h1, l1, r1] = [words[i * 5]!, words[i * 5 + 1]!, row];
    expect(h0 < h1 || (h0 === h1 && (l0 < l1 || (l0 === l1 && r0 < r1)))).toBe(true);
  }
}

describe('UniqueIndex.addRecords with sorted parts', () => {
  it('finds the duplicates of adding each key in row order', async () => {
    let spilled = 0;
    await fc.assert(
      fc.asyncProperty(
        keys,
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 4096, max: 48 * 1024 }),
        fc.nat({ max: 8 }),
        fc.integer({ min: 1, max: 300 }),
        async (all, sizes, oneByOne, budget, maxExamples, sortBlock) => {
          const maxKeyBytes = 64;
          const lineOf = (row: number) => row * 3 + 2;
          const index = new UniqueIndex({ memoryBudgetBytes: budget, maxExamples, tempDir: parent, maxKeyBytes });
          let row = 0;
          for (let p = 0; row < all.length; p++) {
            const size = sizes[p % sizes.length]!;
            const part = all.slice(row, row + size);
            if (oneByOne[p % oneByOne.length]) {
              part.forEach((key, i) => index.add(key, row + i + 1, lineOf(row + i + 1)));
            } else {
              // Rows within the part, offset by the rows before it, as validate-data does.
              const recorder = new KeyRecorder(maxKeyBytes, sortBlock);
              part.forEach((key, i) => recorder.add(key, i + 1, lineOf(row + i + 1)));
              const records = recorder.take();
              expect(records.sorted).toBe(true);
              expectSortedBlocks(records, sortBlock, part.length);
              index.addRecords(records, row);
            }
            row += part.length;
          }
          const result = await index.finish();
          const expected = expectedDuplicates(all, maxExamples, { lineOf, maxKeyBytes });
          expect(result.violations).toBe(expected.violations);
          expect(result.examples).toEqual(expected.examples);
          expect(result.exact).toBe(expected.longViolations === 0);
          expect(result.rows).toBe(all.length);
          expect(readdirSync(parent)).toEqual([]);
          if (result.spilledRuns > 1) spilled++;
        },
      ),
      { numRuns: 100 },
    );
    // Runs of a few dozen to a few hundred records: most spills fall inside a part.
    expect(spilled).toBeGreaterThan(20);
  });

  it('rejects sorted records whose rows are not all above the rows added before', () => {
    const index = new UniqueIndex({ tempDir: parent });
    index.add('a', 5);
    const recorder = new KeyRecorder(1024);
    recorder.add('b', 1);
    recorder.add('c', 2);
    expect(() => index.addRecords(recorder.take(), 3)).toThrow(/row [45] must be an integer above the previous row 5/);
    index.abort();
  });
});
