/**
 * The final scan over spilled runs, one range of hashes at a time: the same range (a few
 * consecutive buckets, see RunIndex) of every run is read into the in-memory arena, in run
 * order, sorted there by hash and scanned like an index that never spilled. Records of one key
 * share a hash, so they meet in one range, and a stable sort of runs read in order keeps them
 * in row order: the scanner sees what the k-way merge (merge.ts) would give it.
 *
 * Why: the merge compares records through a heap of readers, about 90 ns a record; 13M keys of
 * the benchmark (two threads, 16 MiB budget, ~50 runs) took ~1.5 s on the main thread while
 * the worker thread had finished. Reading ranges and radix-sorting them costs less, and a
 * record whose hash no other record has is never even looked at (it cannot repeat a key).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { DuplicateScanner } from './duplicate-scanner.js';
import type { EntryBuffer } from './entry-buffer.js';
import { BYTES_PER_ENTRY } from './entry-buffer.js';
import { BUCKETS, HEADER_WORDS, type RunIndex } from './run-file.js';
import { sortByHash, type SortScratch } from './radix-sort.js';

/** A run on disk and where its hash ranges lie. */
export interface IndexedRun {
  path: string;
  index: RunIndex;
}

/**
 * Scans every run, range by range, into the scanner through `buffer` (emptied first, and
 * between ranges; its arrays grown within its budget). Returns false, having scanned nothing,
 * when a single bucket does not fit the buffer (many rows of one key): the caller then merges
 * the runs instead, which needs no such room.
 */
export function scanRuns(runs: readonly IndexedRun[], buffer: EntryBuffer, scratch: SortScratch, scanner: DuplicateScanner): boolean {
  let count = 0;
  let bytes = 0;
  for (const { index } of runs) {
    count += index.counts.reduce((a, b) => a + b, 0);
    bytes += index.starts[BUCKETS]!;
  }
  // Split the budget between entries and record words as the runs' records need them.
  const share = (count * BYTES_PER_ENTRY) / Math.max(1, count * BYTES_PER_ENTRY + bytes);
  let entries = Math.max(buffer.capacity, Math.floor((buffer.budget * share) / BYTES_PER_ENTRY));
  const words = Math.max(buffer.words.length, Math.floor((buffer.budget - entries * BYTES_PER_ENTRY) / 4));
  entries = Math.min(entries, Math.floor((buffer.budget - words * 4) / BYTES_PER_ENTRY));
  const ranges = planRanges(runs, entries, words * 4);
  if (ranges === undefined) return false;
  buffer.growTo(entries, words);
  // Sized once for the largest range, not regrown (and left as garbage) range after range.
  scratch.ensure(entries);
  const fds: number[] = [];
  try {
    for (const run of runs) fds.push(openSync(run.path, 'r'));
    for (const [from, to] of ranges) {
      buffer.clear();
      runs.forEach((run, r) => loadRange(fds[r]!, run, run.index.starts[from]!, run.index.starts[to]!, buffer));
      scanBuffer(buffer, scratch, scanner);
    }
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  return true;
}

/**
 * Consecutive bucket ranges [from, to) whose records, from every run together, number at most
 * maxCount and take at most maxBytes; undefined when a single bucket exceeds either.
 */
export function planRanges(runs: readonly IndexedRun[], maxCount: number, maxBytes: number): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  let from = 0;
  let count = 0;
  let bytes = 0;
  for (let b = 0; b < BUCKETS; b++) {
    let bucketCount = 0;
    let bucketBytes = 0;
    for (const { index } of runs) {
      bucketCount += index.counts[b]!;
      bucketBytes += index.starts[b + 1]! - index.starts[b]!;
    }
    if (bucketCount > maxCount || bucketBytes > maxBytes) return undefined;
    if (count + bucketCount > maxCount || bytes + bucketBytes > maxBytes) {
      ranges.push([from, b]);
      from = b;
      count = 0;
      bytes = 0;
    }
    count += bucketCount;
    bytes += bucketBytes;
  }
  ranges.push([from, BUCKETS]);
  return ranges;
}

/**
 * Appends the records in bytes [start, end) of a run to the buffer (planRanges made room): read
 * straight into its arena, whose layout is the run file's, then walked for each record's hash
 * word and offset. Copying record by record through a read buffer took 0.39 s of the main
 * thread's ~1 s final scan at 13M keys, after the worker thread had finished.
 */
function loadRange(fd: number, run: IndexedRun, start: number, end: number, buffer: EntryBuffer): void {
  const first = buffer.used;
  const view = buffer.arenaBytes(end - start);
  if (view === undefined) throw doesNotFit(run);
  for (let done = 0; done < view.length; ) {
    const got = readSync(fd, view, done, view.length - done, start + done);
    if (got === 0) throw new Error(`Temporary run ${run.path} is shorter than its index says (${start + done} of ${end} bytes)`);
    done += got;
  }
  const words = buffer.words;
  const last = first + view.length / 4;
  for (let w = first; w < last; ) {
    const size = HEADER_WORDS + ((words[w + 5]! + 3) >>> 2);
    if (w + size > last) throw new Error(`Temporary run ${run.path} ends inside a record at byte ${end - (last - w) * 4}`);
    if (!buffer.addEntry(words[w]!, w)) throw doesNotFit(run);
    w += size;
  }
}

/**
 * Sorts the buffer's records by hash and pushes to the scanner those whose hash word another
 * record shares (only they can repeat a key), in sorted order.
 */
export function scanBuffer(buffer: EntryBuffer, scratch: SortScratch, scanner: DuplicateScanner): void {
  const n = buffer.count;
  const sorted = sortByHash(buffer.hi, buffer.offsets, n, buffer.loOf, scratch);
  const hi = scratch.sortedHi;
  const { words, bytesView } = buffer;
  for (let k = 0; k < n; k++) {
    const h = hi[k]!;
    if ((k === 0 || hi[k - 1] !== h) && (k + 1 === n || hi[k + 1] !== h)) continue;
    const at = sorted[k]!;
    scanner.push(words[at]!, words[at + 1]!, words[at + 2]!, words[at + 3]!, words[at + 4]!, bytesView, (at + HEADER_WORDS) * 4, words[at + 5]!);
  }
}

function doesNotFit(run: IndexedRun): Error {
  return new Error(`Temporary run ${run.path}: a range of records does not fit the memory planned for it`);
}
