import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuplicateScanner } from '../../../src/unique/duplicate-scanner.js';
import { TRUNCATED } from '../../../src/unique/entry-buffer.js';
import { ExampleKeeper } from '../../../src/unique/examples.js';
import { KEY, encodeKey, utf8PrefixLength } from '../../../src/unique/key-hash.js';
import { SortScratch, sortByHash } from '../../../src/unique/radix-sort.js';
import { planRanges, type IndexedRun } from '../../../src/unique/bucket-scan.js';
import { BUCKETS } from '../../../src/unique/run-file.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sortByHash', () => {
  it('orders by (hi, lo) with ties in index order, like a comparison sort', () => {
    const word = fc.oneof(fc.constantFrom(0, 1, 0x7ff, 0x800, 0xffffffff, 0x80000000), fc.nat({ max: 0xffffffff }), fc.nat({ max: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { maxLength: 400 }), (pairs) => {
        const hi = Uint32Array.from(pairs, ([h]) => h);
        const lo = Uint32Array.from(pairs, ([, l]) => l);
        const tags = Uint32Array.from(pairs, (_, i) => i * 3);
        const perm = Array.from(sortByHash(hi, tags, pairs.length, (tag) => lo[tag / 3]!, new SortScratch())).map((tag) => tag / 3);
        const expected = pairs.map((_, i) => i).sort((a, b) => hi[a]! - hi[b]! || lo[a]! - lo[b]! || a - b);
        expect(perm).toEqual(expected);
      }),
    );
  });

  it('orders long stretches of one hi (many repeats) correctly', () => {
    const n = 500;
    const hi = new Uint32Array(n).fill(7);
    const lo = Uint32Array.from({ length: n }, (_, i) => (i * 7919) % 13);
    const tags = Uint32Array.from({ length: n }, (_, i) => i);
    const perm = Array.from(sortByHash(hi, tags, n, (tag) => lo[tag]!, new SortScratch()));
    const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => lo[a]! - lo[b]! || a - b);
    expect(perm).toEqual(expected);
  });
});

describe('encodeKey', () => {
  it('writes UTF-8 bytes and gives equal texts equal hashes, different texts different ones', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        encodeKey(a);
        const [hiA, loA] = [KEY.hi, KEY.lo];
        expect(Buffer.from(KEY.bytes.subarray(0, KEY.length)).equals(Buffer.from(bytes(a)))).toBe(true);
        encodeKey(b);
        const same = Buffer.from(bytes(a)).equals(Buffer.from(bytes(b)));
        expect(KEY.hi === hiA && KEY.lo === loA).toBe(same);
      }),
    );
  });

  it('cuts stored prefixes on character boundaries', () => {
    const text = bytes('aé€😀');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((limit) => utf8PrefixLength(text, 0, text.length, limit))).toEqual([1, 1, 3, 3, 3, 6, 6, 6, 6, 10]);
  });
});

describe('DuplicateScanner', () => {
  const push = (s: DuplicateScanner, hi: number, row: number, text: string, meta = bytes(text).length): void => {
    const b = bytes(text);
    s.push(hi, 42, row, row + 1, meta, b, 0, b.length);
  };

  it('does not count two different keys that share a 64-bit hash', () => {
    const scanner = new DuplicateScanner(5, 64);
    push(scanner, 1, 1, 'alpha');
    push(scanner, 1, 2, 'beta'); // crafted collision
    push(scanner, 1, 3, 'alpha');
    push(scanner, 1, 4, 'beta');
    push(scanner, 2, 5, 'gamma');
    expect(scanner.violations).toBe(2);
    expect(scanner.unverified).toBe(0);
    expect(scanner.list()).toEqual([
      { row: 3, firstRow: 1, line: 4, value: 'alpha' },
      { row: 4, firstRow: 2, line: 5, value: 'beta' },
    ]);
  });

  it('counts matches of stored prefixes as unverified and shows them with an ellipsis', () => {
    const scanner = new DuplicateScanner(5, 64);
    const meta = (10 | TRUNCATED) >>> 0;
    push(scanner, 9, 1, 'prefix-abc', meta);
    push(scanner, 9, 2, 'prefix-abc', meta);
    push(scanner, 9, 3, 'prefix-abc'); // same bytes, but a complete key: not the same key
    expect(scanner.violations).toBe(1);
    expect(scanner.unverified).toBe(1);
    expect(scanner.list()).toEqual([{ row: 2, firstRow: 1, line: 3, value: 'prefix-abc…' }]);
  });
});

describe('ExampleKeeper', () => {
  it('keeps the earliest rows whatever order they arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 10_000 }), { maxLength: 200 }), fc.nat({ max: 10 }), (rows, max) => {
        const keeper = new ExampleKeeper(max);
        for (const row of rows) keeper.add({ row, firstRow: 0, value: String(row) });
        expect(keeper.list().map((e) => e.row)).toEqual([...rows].sort((a, b) => a - b).slice(0, max));
      }),
    );
  });
});

describe('planRanges', () => {
  const run = (counts: number[], recordBytes: number[]): IndexedRun => {
    const starts = new Float64Array(BUCKETS + 1);
    const c = new Float64Array(BUCKETS);
    for (let b = 0; b < BUCKETS; b++) {
      c[b] = counts[b % counts.length]!;
      starts[b + 1] = starts[b]! + c[b]! * recordBytes[b % recordBytes.length]!;
    }
    return { path: 'unused', index: { starts, counts: c } };
  };

  it('cuts the buckets into consecutive ranges that each fit, and refuses a bucket that cannot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 7 }), fc.array(fc.integer({ min: 24, max: 120 }), { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 24, max: 40_000 }),
        (shapes, maxCount, maxBytes) => {
          const runs = shapes.map(([counts, sizes]) => run(counts, sizes));
          const sum = (from: number, to: number, of: (r: IndexedRun, b: number) => number): number => {
            let total = 0;
            for (const r of runs) for (let b = from; b < to; b++) total += of(r, b);
            return total;
          };
          const countOf = (r: IndexedRun, b: number): number => r.index.counts[b]!;
          const bytesOf = (r: IndexedRun, b: number): number => r.index.starts[b + 1]! - r.index.starts[b]!;
          const ranges = planRanges(runs, maxCount, maxBytes);
          let fits = true;
          for (let b = 0; b < BUCKETS; b++) if (sum(b, b + 1, countOf) > maxCount || sum(b, b + 1, bytesOf) > maxBytes) fits = false;
          if (!fits) {
            expect(ranges).toBeUndefined();
            return;
          }
          expect(ranges).toBeDefined();
          expect(ranges![0]![0]).toBe(0);
          expect(ranges!.at(-1)![1]).toBe(BUCKETS);
          ranges!.forEach(([from, to], i) => {
            expect(to).toBeGreaterThan(from);
            if (i > 0) expect(from).toBe(ranges![i - 1]![1]);
            expect(sum(from, to, countOf)).toBeLessThanOrEqual(maxCount);
            expect(sum(from, to, bytesOf)).toBeLessThanOrEqual(maxBytes);
            // Greedy: the next bucket would not have fitted in this range.
            if (to < BUCKETS) expect(sum(from, to + 1, countOf) > maxCount || sum(from, to + 1, bytesOf) > maxBytes).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
