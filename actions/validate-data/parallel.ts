/**
 * validate-data over large plain CSV/TSV and Parquet files on several cores. The main thread
 * reads each CSV/TSV file in parts ending on row boundaries (src/data/csv-split.ts), or cuts a
 * Parquet file into runs of row groups and slices of large ones (src/data/parquet-split.ts;
 * each lane reads its own from the file), and deals them out in a fixed pattern (laneOf) to
 * lanes: its own, and one per worker thread (part-worker.ts), each of which parses, checks and
 * profiles its parts into one profile kept across them. Every part's violations and keys come
 * back as it is done and are merged in file order: counts add, examples keep the earliest
 * rows, keys go into the one uniqueness index per check in row order. So the report's checks,
 * counts, examples, rows and lines are those of a sequential pass. The lanes' profiles are
 * merged once, at the end, in lane order: the profile equals the sequential one within the
 * sketches' stated error (counts, kinds, extremes and distinct-count registers exactly), and is
 * the same on every run with the same number of threads, since the parts and their lanes
 * depend only on the file.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isGzipPath, type Batch } from '../../src/data/index.js';
import { readDelimitedFile } from '../../src/data/csv-reader.js';
import { readCsvLayout, readCsvParts } from '../../src/data/csv-split.js';
import { readParquetFile } from '../../src/data/parquet-reader.js';
import { readParquetLayout, rowGroupParts } from '../../src/data/parquet-split.js';
import { datasetFormat, sameColumns } from '../../src/data/dataset.js';
import type { Format } from '../../src/data/types.js';
import type { KeyDefinition } from './key-checks.js';
import { CSV_YOUNG_GENERATION_MB, PARQUET_YOUNG_GENERATION_MB, PartPool, type PartRunner } from './part-pool.js';
import { PartLane, type PartResult, type PartSetup, type PartTask } from './part-worker.js';
import type { Pass } from './pass.js';

/** Below this many bytes of plain CSV/TSV or Parquet a dataset is read on the main thread alone. */
const MIN_PARALLEL_BYTES = 16 << 20;
/**
 * Bytes per CSV/TSV part: large enough to keep messages rare, small enough to keep memory flat.
 * 13M rows, two threads, Node 20 (Node 24): 960 KiB parts peaked at 213-215 MB (246) against
 * 277-281 (288) for 2 MiB, at the same CPU time (bench/README.md). Parts of 2 MiB decoded
 * whole had been no better: each part's text was then an external string, which V8 frees only
 * once 64 MB of them are held (see TEXT_PIECE_BYTES for how the text is decoded now).
 */
const CSV_PART_BYTES = 960 << 10;
/**
 * Compressed bytes of a Parquet part at least (runs of small row groups; larger groups are
 * sliced by rows, MAX_PARQUET_PART_ROWS). At 13M rows (idle machine, worker young generation
 * 4 MB, key budget 16 MB): 2 MiB parts peaked at 289-291 MB and 61-64 CPU s; 1 MiB parts at
 * 282 MB but 73 CPU s (per-part overhead).
 */
const PARQUET_PART_BYTES = 2 << 20;

export interface ParallelPlan {
  threads: number;
  partBytes: number;
  /** Rows of a Parquet part at most (larger row groups are sliced). */
  parquetPartRows: number;
  format: 'csv' | 'tsv' | 'parquet';
}

/**
 * Whether to read this dataset in parallel: CSV, TSV (gzipped or not) or Parquet, more than
 * one core, and enough bytes in its files to pay for starting the threads (a gzipped file
 * counts its compressed size, some 3x fewer bytes of text). MLOPS_VALIDATE_THREADS (1
 * turns it off), MLOPS_VALIDATE_PARALLEL_MIN_BYTES, MLOPS_VALIDATE_PART_BYTES and
 * MLOPS_VALIDATE_PARQUET_PART_ROWS override the defaults (the tests use them to split small
 * files into many parts).
 */
export function parallelPlan(paths: string[], format: Format | undefined, env: NodeJS.ProcessEnv = process.env, requested?: number): ParallelPlan | undefined {
  // Two threads (one worker beside the main thread) by default: each worker's heap adds
  // ~50-80 MB, and the 300 MB peak of issue 3 holds with one (283 MB at 13M rows). The
  // `threads` input (`requested`) sets another number; the environment variable is the tests'.
  const threads = requested ?? numberFrom(env['MLOPS_VALIDATE_THREADS']) ?? Math.min(2, availableParallelism());
  if (threads < 2 || paths.length === 0) return undefined;
  const kind = datasetFormat(paths, format);
  if (kind !== 'csv' && kind !== 'tsv' && kind !== 'parquet') return undefined;
  let bytes = 0;
  for (const path of paths) bytes += statSync(path).size;
  if (bytes < (numberFrom(env['MLOPS_VALIDATE_PARALLEL_MIN_BYTES']) ?? MIN_PARALLEL_BYTES)) return undefined;
  return {
    threads,
    partBytes: Math.max(1, numberFrom(env['MLOPS_VALIDATE_PART_BYTES']) ?? (kind === 'parquet' ? PARQUET_PART_BYTES : CSV_PART_BYTES)),
    parquetPartRows: Math.max(1, numberFrom(env['MLOPS_VALIDATE_PARQUET_PART_ROWS']) ?? MAX_PARQUET_PART_ROWS),
    format: kind,
  };
}

function numberFrom(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** What the caller does at file starts and after rows (bookkeeping, header checks, progress). */
export interface DatasetHooks {
  startFile(file: string, format: Format, columns: string[], firstRow: number): void;
  addRows(rows: number, bytesRead: number): void;
}

/** A file split into parts: its columns, its parts in order, and the bytes it counts for progress. */
interface SplitFile {
  columns: string[];
  /** Each part's task (given its id) and the file offset after it. */
  parts: AsyncGenerator<{ task: (id: number) => PartTask; end: number }>;
  size: number;
}

/**
 * Reads the dataset's files in order, each split into parts run by `runner` (worker threads
 * by default), and merges every part into `pass` and the keys' indexes. Files that cannot be
 * split (an unusual start: see readCsvLayout; Parquet with nested fields or an
 * unreadable footer) are read on this thread.
 */
export async function runParallel(paths: string[], plan: ParallelPlan, pass: Pass, keys: readonly KeyDefinition[], setup: PartSetup, hooks: DatasetHooks, runner?: PartRunner): Promise<void> {
  const parts = runner ?? new PartPool(plan.threads - 1, setup, { youngGenerationMb: plan.format === 'parquet' ? PARQUET_YOUNG_GENERATION_MB : CSV_YOUNG_GENERATION_MB });
  const format = plan.format;
  // The main thread's own lane profiles and counts straight into the pass.
  const own = new PartLane(setup, pass.checkers, pass.profiler);
  const lanes = parts.lanes + 1;
  // Parts read ahead: each worker keeps a few queued, and results wait their turn. Parquet
  // parts are read by their lanes (nothing to read ahead here) and larger: one running per
  // lane and one more (see MAX_PARQUET_PART_ROWS).
  const maxInFlight = plan.format === 'parquet' ? lanes + 1 : lanes * 2 + 4;
  let reference: { file: string; columns: string[] } | undefined;
  let rowsBefore = 0;
  let bytesBefore = 0;
  let nextId = 0;
  // The main thread's Parquet part still reading (its next one starts after it, as on a worker).
  let ownBusy: Promise<unknown> | undefined;
  try {
    for (const file of paths) {
      const split = format === 'parquet' ? await splitParquet(file, plan.partBytes, plan.parquetPartRows) : splitCsv(file, format === 'csv' ? ',' : '\t', plan.partBytes);
      if (!split) {
        // The sequential reader, exactly as readDataset would read this file.
        let first = true;
        let bytes = bytesBefore;
        const ctx = { firstRow: rowsBefore + 1, bytesBefore, typed: pass.typedPlanner() };
        const batches = format === 'parquet' ? readParquetFile(file, ctx) : readDelimitedFile(file, format === 'csv' ? ',' : '\t', isGzipPath(file), ctx);
        for await (const batch of batches) {
          if (first) {
            if (reference === undefined) reference = { file, columns: batch.columns };
            else sameColumns(reference, file, batch.columns);
            hooks.startFile(file, format, batch.columns, batch.firstRow);
            first = false;
          }
          pass.observe(batch as Batch);
          rowsBefore += batch.rowCount;
          bytes = batch.bytesRead;
          hooks.addRows(batch.rowCount, bytes);
        }
        bytesBefore = bytes;
        continue;
      }
      const columns = split.columns;
      if (reference === undefined) reference = { file, columns };
      else sameColumns(reference, file, columns);
      hooks.startFile(file, format, columns, rowsBefore + 1);
      // A batch of no rows, as the sequential reader's first: the profile gets the columns even when there are no rows.
      pass.observe({ file, format, columns, values: columns.map(() => []), rowCount: 0, firstRow: rowsBefore + 1, ...(format === 'parquet' ? {} : { lines: new Int32Array(0) }), bytesRead: bytesBefore });
      const pending: Pending[] = [];
      // The main thread's latest part, run once the next part is read: so the worker gets its next part before the main thread is busy.
      let held: Pending | undefined;
      const runOwn = (entry: Pending): void => {
        if (entry.result !== undefined) return;
        const task = entry.task!;
        entry.task = undefined;
        const start = (): Promise<PartResult> => {
          try {
            return Promise.resolve(own.run(task));
          } catch (error) {
            // Thrown by mergeNext in file order: an earlier part's error comes first.
            return Promise.reject(error as Error);
          }
        };
        const result = ownBusy ? ownBusy.then(start) : start();
        result.catch(() => {});
        entry.result = result;
        if ('parquet' in task) {
          // A Promise (readParquetFile is an async generator): done when it settles, and the
          // lane's next part waits for it.
          ownBusy = result.then(noop, noop);
          ownBusy.then(() => (entry.done = true));
        } else entry.done = true;
      };
      const mergeNext = async (): Promise<void> => {
        const next = pending.shift()!;
        runOwn(next);
        // About to wait for a worker's part: run the main thread's held part first rather than
        // idle. It is the lane's latest, so its parts still run in order. Waiting with it held
        // left both threads idle in turn (the worker then waits for its next part, dealt only
        // after this merge): 1.8-2.7 s of each thread's ~20 s on the 13M-row Parquet file.
        if (!next.done && held !== undefined) runOwn(held);
        const result = await next.result!;
        merge(result, rowsBefore, pass, keys);
        rowsBefore += result.rows;
        hooks.addRows(result.rows, bytesBefore + next.end);
      };
      const reader = split.parts;
      try {
        for (;;) {
          let next: IteratorResult<{ task: (id: number) => PartTask; end: number }>;
          try {
            next = await reader.next();
          } catch (error) {
            // A read error (or an overlong row) comes after the rows of the parts before it.
            while (pending.length > 0) await mergeNext();
            throw error;
          }
          if (next.done === true) break;
          const part = next.value;
          while (pending.length >= maxInFlight) await mergeNext();
          const id = nextId++;
          const lane = laneOf(id, lanes, format === 'parquet' ? PARQUET_MAIN_SHARE : MAIN_SHARE);
          const task = part.task(id);
          const entry: Pending = { task, done: false, end: part.end };
          pending.push(entry);
          if (lane === 0) {
            if (held) runOwn(held);
            held = entry;
          } else {
            const result = parts.run(task, lane - 1);
            entry.task = undefined;
            entry.result = result;
            // Awaited in order by mergeNext; until then a failure must not count as unhandled.
            result.then(
              () => (entry.done = true),
              () => (entry.done = true),
            );
          }
          // Merge what is done, in order, so results do not pile up.
          while (pending.length > 0 && pending[0]!.done) await mergeNext();
        }
        while (pending.length > 0) await mergeNext();
      } finally {
        await reader.return(undefined);
      }
      bytesBefore += split.size;
    }
    // Each worker's profile and counts, once, in lane order: the same file gives the same profile.
    for (const state of await parts.finish()) {
      pass.profiler.mergePart(state.profile);
      for (const [name, shares] of state.shares) pass.checkers.get(name)?.addShares(shares);
    }
  } finally {
    // A failed run leaves no read of the main thread's lane behind.
    await ownBusy;
    await parts.close();
  }
}

function noop(): void {}

/**
 * Rows of a Parquet part at most: a part is a run of row groups, or a slice of a larger group
 * (parquet-split.ts). Its keys (~28 bytes a row) wait on its lane until merged. 13M rows in
 * 1Mi-row groups, two threads, quiet machine (peak RSS in MiB; bench/README.md has the table):
 * whole groups as parts peaked at 357 MB and took 32 s wall (the lanes' shares of rows were
 * uneven); 256Ki-row slices 296-321 MB, 19-23 s with four parts in flight, 283-285 MB and
 * 24-26 s with three; 128Ki-row slices with three in flight 271-280 MB, 23 s, 38 CPU s (one
 * thread: 34 s, 35 CPU s, 263 MB); 64Ki-row slices cost more CPU and memory (311 MB: each
 * part decodes the pages at its edges again).
 */
const MAX_PARQUET_PART_ROWS = 128 << 10;

/** A plain CSV/TSV file's parts: byte ranges ending on row boundaries, read here and sent. */
function splitCsv(file: string, delimiter: ',' | '\t', partBytes: number): SplitFile | undefined {
  const layout = readCsvLayout(file, delimiter);
  if (!layout) return undefined;
  async function* parts(): SplitFile['parts'] {
    for await (const part of readCsvParts(file, layout!, partBytes)) {
      yield { task: (id) => ({ id, file, delimiter, columns: layout!.header, bytes: part.bytes, offset: part.offset, firstLine: part.firstLine }), end: part.end };
    }
  }
  return { columns: layout.header, parts: parts(), size: layout.size };
}

/**
 * A Parquet file's parts: runs of row groups and slices of large ones (parquet-split.ts), each
 * read from the file by the lane that runs it; a file of one part is read sequentially. Bytes
 * count as the sequential reader's: the footer, then the groups.
 */
async function splitParquet(file: string, partBytes: number, maxRows: number): Promise<SplitFile | undefined> {
  const layout = await readParquetLayout(file);
  if (!layout) return undefined;
  const ranges = rowGroupParts(layout, partBytes, maxRows);
  if (ranges.length < 2) return undefined;
  async function* parts(): SplitFile['parts'] {
    let end = layout!.footerBytes;
    for (const range of ranges) {
      end += range.bytes;
      const parquet = { first: range.first, end: range.end, rowStart: range.rowStart, rowEnd: range.rowEnd };
      yield { task: (id) => ({ id, file, parquet }), end };
    }
  }
  return { columns: layout.columns, parts: parts(), size: layout.footerBytes + layout.groups.reduce((sum, g) => sum + g.bytes, 0) };
}

/**
 * The lane of the id-th part: lane 0 (the main thread) gets a `mainShare` of the parts, spread
 * evenly, and the workers' lanes the rest in turn. Fixed in advance, so which rows each lane
 * profiles (and so the merged profile) depends only on the file and the number of threads,
 * never on timing.
 */
export function laneOf(id: number, lanes: number, mainShare = MAIN_SHARE): number {
  if (lanes <= 1) return 0;
  const mainUpTo = (n: number) => Math.floor(n * mainShare);
  if (mainUpTo(id + 1) > mainUpTo(id)) return 0;
  return 1 + ((id - mainUpTo(id + 1)) % (lanes - 1));
}

/**
 * The main thread's share of the parts with one worker: a little under half, as it also reads
 * and splits the file and merges every part's violations and keys into the uniqueness indexes
 * (their spills included), while the worker starts late (its own V8 isolate to boot and warm
 * up). First timed at 3M rows, where 44% evened the pass. Since the worker's young generation
 * grew (CSV_YOUNG_GENERATION_MB) it is the faster lane: at 13M rows, interleaved runs, wall time
 * over CPU time (1 / cores busy) was 0.537-0.547 at 44% (6 runs), 0.551-0.563 at 40% (3),
 * 0.528-0.534 at 48% (5), 0.535-0.538 at 50% (2) and 0.543-0.546 at 52% (3).
 */
const MAIN_SHARE = 0.48;

/**
 * The main thread's share of a Parquet file's parts: half, as it reads no bytes for the others
 * (each lane reads its row groups itself). 1M rows (8 row groups, so 8 parts), CPU profiles of
 * one run: at 0.44 (3 parts of 8) the main thread idled 0.88 s of its 3.1 s, waiting for the
 * worker; at 0.5 (4 of 8) 0.50 s of 2.7 s, the worker 0.37 s.
 */
const PARQUET_MAIN_SHARE = 0.5;

/** A part read and not merged yet: its task until it runs, then its result. */
interface Pending {
  task?: PartTask;
  result?: Promise<PartResult>;
  done: boolean;
  /** File offset after the part. */
  end: number;
}

function merge(result: PartResult, rowOffset: number, pass: Pass, keys: readonly KeyDefinition[]): void {
  pass.violations.mergePart(result.checks, rowOffset);
  keys.forEach((key, k) => key.index.addRecords(result.keys[k]!, rowOffset));
}
