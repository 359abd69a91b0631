/**
 * One measurement, run in its own process so that its peak RSS is its own: adds n keys of one
 * unique id column to a UniqueIndex and finishes. Prints one JSON line.
 * Usage: node <compiled>/bench/unique/bench.js N BUDGET_BYTES
 */
import { UniqueIndex } from '../../src/unique/index.js';
import { SortScratch, sortByHash } from '../../src/unique/radix-sort.js';

/** The id of row i, the same formula as the pandas side: distinct for i < 2^31 - 1, not sorted. */
export function idOf(i: number): string {
  return `u${((i * 48271) % 2147483647).toString(16)}`;
}

function generateOnly(n: number): number {
  const start = performance.now();
  let length = 0;
  for (let i = 0; i < n; i++) length += idOf(i).length;
  if (length === 0) throw new Error('no keys');
  return (performance.now() - start) / 1000;
}

/** Radix sort against Array.prototype.sort with a comparator, on m random 64-bit hashes. */
function compareSorts(m: number): { radixNsPerKey: number; arraySortNsPerKey: number } {
  const hi = Uint32Array.from({ length: m }, () => Math.random() * 2 ** 32);
  const lo = Uint32Array.from({ length: m }, () => Math.random() * 2 ** 32);
  const tags = Uint32Array.from({ length: m }, (_, i) => i);
  const scratch = new SortScratch();
  sortByHash(hi, tags, m, (t) => lo[t]!, scratch); // warm up
  let start = performance.now();
  sortByHash(hi, tags, m, (t) => lo[t]!, scratch);
  const radix = performance.now() - start;
  start = performance.now();
  Array.from({ length: m }, (_, i) => i).sort((a, b) => hi[a]! - hi[b]! || lo[a]! - lo[b]! || a - b);
  const arraySort = performance.now() - start;
  return { radixNsPerKey: (radix * 1e6) / m, arraySortNsPerKey: (arraySort * 1e6) / m };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 13_000_000);
  const budget = Number(process.argv[3] ?? 32 * 1024 * 1024);
  const generateSeconds = generateOnly(n);
  const start = performance.now();
  const index = new UniqueIndex({ memoryBudgetBytes: budget });
  for (let i = 0; i < n; i++) index.add(idOf(i), i + 1);
  const added = performance.now();
  const result = await index.finish();
  const end = performance.now();
  const totalSeconds = (end - start) / 1000;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const sorts = compareSorts(1_000_000); // after reading the peak RSS, which it would raise
  console.log(
    JSON.stringify({
      n,
      budget,
      violations: result.violations,
      exact: result.exact,
      spilledRuns: result.spilledRuns,
      addSeconds: (added - start) / 1000,
      finishSeconds: (end - added) / 1000,
      totalSeconds,
      generateSeconds,
      // The index alone: the same loop without the index takes generateSeconds.
      indexSeconds: totalSeconds - generateSeconds,
      peakRssMiB,
      ...sorts,
    }),
  );
}

await main();
