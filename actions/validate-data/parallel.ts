/**
 * validate-data over large plain CSV/TSV files on several cores. The main thread reads each
 * file in parts ending on row boundaries (src/data/csv-split.ts) and hands them to worker
 * threads, which parse, check and profile them (part-worker.ts); the main thread merges the
 * results in file order: counts add, examples keep the earliest rows, keys go into the one
 * uniqueness index per check in row order, profiles merge. So the report is the one a
 * sequential pass writes (same violations, counts, examples, rows and lines), and the profile
 * equals it within the sketches' stated error; both are the same whatever the number of threads,
 * since the parts depend only on the file.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isGzipPath, type Batch } from '../../src/data/index.js';
import { readDelimitedFile } from '../../src/data/csv-reader.js';
import { readCsvLayout, readCsvParts, type CsvPart } from '../../src/data/csv-split.js';
import { datasetFormat, sameColumns } from '../../src/data/dataset.js';
import type { Format } from '../../src/data/types.js';
import type { KeyDefinition } from './key-checks.js';
import { PartPool, type PartRunner } from './part-pool.js';
import type { PartResult, PartSetup } from './part-worker.js';
import type { Pass } from './pass.js';

/** Below this many bytes of plain CSV/TSV a dataset is read on the main thread alone. */
const MIN_PARALLEL_BYTES = 16 << 20;
/**
 * Bytes per part: large enough to keep messages rare, small enough to keep memory flat. At 13M
 * rows (idle machine, worker young generation 4 MB, key budget 16 MB): 2 MiB parts peaked at
 * 289-291 MB and 61-64 CPU s; 1 MiB parts at 282 MB but 73 CPU s (per-part overhead).
 */
const PART_BYTES = 2 << 20;

export interface ParallelPlan {
  threads: number;
  partBytes: number;
  delimiter: ',' | '\t';
}

/**
 * Whether to read this dataset in parallel: CSV or TSV, more than one core, and enough plain
 * (not gzipped) bytes to pay for starting the threads. MLOPS_VALIDATE_THREADS (1 turns it
 * off), MLOPS_VALIDATE_PARALLEL_MIN_BYTES and MLOPS_VALIDATE_PART_BYTES override the
 * defaults (the tests use them to split small files into many parts).
 */
export function parallelPlan(paths: string[], format: Format | undefined, env: NodeJS.ProcessEnv = process.env): ParallelPlan | undefined {
  // Two threads (one worker beside the main thread) by default: each worker's heap adds
  // ~50-80 MB, and the 300 MB peak of issue 3 holds with one (283 MB at 13M rows).
  const threads = numberFrom(env['MLOPS_VALIDATE_THREADS']) ?? Math.min(2, availableParallelism());
  if (threads < 2 || paths.length === 0) return undefined;
  const kind = datasetFormat(paths, format);
  if (kind !== 'csv' && kind !== 'tsv') return undefined;
  let bytes = 0;
  for (const path of paths) if (!isGzipPath(path)) bytes += statSync(path).size;
  if (bytes < (numberFrom(env['MLOPS_VALIDATE_PARALLEL_MIN_BYTES']) ?? MIN_PARALLEL_BYTES)) return undefined;
  return { threads, partBytes: Math.max(1, numberFrom(env['MLOPS_VALIDATE_PART_BYTES']) ?? PART_BYTES), delimiter: kind === 'csv' ? ',' : '\t' };
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

/**
 * Reads the dataset's files in order, each split into parts run by `runner` (worker threads
 * by default), and merges every part into `pass` and the keys' indexes. Files that cannot be
 * split (gzipped, or an unusual start: see readCsvLayout) are read on this thread.
 */
export async function runParallel(paths: string[], plan: ParallelPlan, pass: Pass, keys: readonly KeyDefinition[], setup: PartSetup, hooks: DatasetHooks, runner?: PartRunner): Promise<void> {
  const parts = runner ?? new PartPool(plan.threads - 1, setup);
  const format: Format = plan.delimiter === ',' ? 'csv' : 'tsv';
  // Parts read ahead: each worker keeps two queued, and results done inline wait their turn.
  const maxInFlight = plan.threads * 2 + 4;
  let reference: { file: string; columns: string[] } | undefined;
  let rowsBefore = 0;
  let bytesBefore = 0;
  let nextId = 0;
  try {
    for (const file of paths) {
      const layout = isGzipPath(file) ? undefined : readCsvLayout(file, plan.delimiter);
      if (!layout) {
        // The sequential reader, exactly as readDataset would read this file.
        let first = true;
        let bytes = bytesBefore;
        for await (const batch of readDelimitedFile(file, plan.delimiter, isGzipPath(file), { firstRow: rowsBefore + 1, bytesBefore })) {
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
      if (reference === undefined) reference = { file, columns: layout.header };
      else sameColumns(reference, file, layout.header);
      hooks.startFile(file, format, layout.header, rowsBefore + 1);
      // A batch of no rows, as the sequential reader's first: the profile gets the columns even when there are no rows.
      pass.observe({ file, format, columns: layout.header, values: layout.header.map(() => []), rowCount: 0, firstRow: rowsBefore + 1, lines: new Int32Array(0), bytesRead: bytesBefore });
      const pending: { result: Promise<PartResult>; end: number }[] = [];
      const mergeNext = async (): Promise<void> => {
        const next = pending.shift()!;
        const result = await next.result;
        merge(result, rowsBefore, pass, keys);
        rowsBefore += result.rows;
        hooks.addRows(result.rows, bytesBefore + next.end);
      };
      const reader = readCsvParts(file, layout, plan.partBytes);
      try {
      for (;;) {
        let next: IteratorResult<CsvPart>;
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
        const result = parts.run({ id: nextId++, file, delimiter: plan.delimiter, columns: layout.header, bytes: part.bytes, offset: part.offset, firstLine: part.firstLine });
        // Awaited in order by mergeNext; until then a failure must not count as unhandled.
        result.catch(() => {});
        pending.push({ result, end: part.offset + part.bytes.byteLength });
      }
      while (pending.length > 0) await mergeNext();
      } finally {
        await reader.return(undefined);
      }
      bytesBefore += layout.size;
    }
  } finally {
    await parts.close();
  }
}

function merge(result: PartResult, rowOffset: number, pass: Pass, keys: readonly KeyDefinition[]): void {
  pass.violations.mergePart(result.checks, rowOffset);
  for (const [name, shares] of result.shares) pass.checkers.get(name)?.addShares(shares);
  pass.profiler.mergePart(result.profile);
  keys.forEach((key, k) => key.index.addRecords(result.keys[k]!, rowOffset));
}
