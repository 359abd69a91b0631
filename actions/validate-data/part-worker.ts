/**
 * What a thread does with the parts of a large CSV/TSV or Parquet file it is given: parse (or
 * read) each, check every cell, record the keys and profile it. A PartLane keeps one profile
 * and one set of checker counts across all its parts (so sketches are built once per thread,
 * not per part) and hands them back once, at the end; each part's violations and keys go back
 * as they are done, to be merged in file order (parallel.ts). A lane is a plain object, so the
 * same work can run inline (the main thread's own lane, tests) or in a worker.
 */
import { readDelimitedPart } from '../../src/data/csv-part.js';
import type { Batch } from '../../src/data/index.js';
import { ParquetPartReuse, readParquetFile, type RowGroupRange } from '../../src/data/parquet-reader.js';
import { DatasetProfiler, type ProfilePart } from '../../src/profile/profile.js';
import { UserError } from '../../src/runner/errors.js';
import type { TableSchema } from '../../src/schema/descriptor.js';
import { KeyRecorder, type KeyRecords } from '../../src/unique/index.js';
import type { FieldChecker } from './field-checker.js';
import { buildCheckers, checkBatch, typedPlanner } from './pass.js';
import { ViolationCollector, type FailedCheck } from './violations.js';

/** What every part of a run shares (sent once, as the worker's workerData). */
export interface PartSetup {
  schema?: TableSchema;
  schemaFile: string;
  maxExamples: number;
  /** The uniqueness checks' fields, the bytes of each key their indexes keep, and whether their keys are numbers (PassKey). */
  keys: { fields: string[]; maxKeyBytes: number; numeric: boolean }[];
  batchRows?: number;
}

/** A part of a CSV/TSV file: its bytes, cut by the main thread on row boundaries. */
export interface CsvPartTask {
  id: number;
  file: string;
  delimiter: ',' | '\t';
  columns: string[];
  bytes: Uint8Array;
  offset: number;
  firstLine: number;
}

/** A part of a Parquet file: a run of its row groups or a slice of one, read by the lane itself. */
export interface ParquetPartTask {
  id: number;
  file: string;
  parquet: RowGroupRange;
}

export type PartTask = CsvPartTask | ParquetPartTask;

export interface PartResult {
  id: number;
  rows: number;
  checks: FailedCheck[];
  keys: KeyRecords[];
}

/** What a lane hands back once, after its last part: its profile and checker counts. */
export interface LaneState {
  profile: ProfilePart;
  shares: [string, FieldChecker['shares']][];
}

/** A message to a worker: a part to run, or the request for its lane's state (id -1). */
export type LaneMessage = { part: PartTask } | { finish: true };

/**
 * Rows per batch of a part. The reader's default (~2,700 rows of 12 columns) makes a batch of
 * cell strings about as large as a worker's young generation (4 MB when this was measured, 8 MB
 * now: part-pool.ts), so most cells were still alive at each scavenge and got copied, then
 * promoted; at 512 rows they die young. At 1M rows this cut the run's CPU by ~0.5 s (mostly
 * V8's GC helper threads), and ~0.15 s more on the main thread's lane.
 */
const LANE_BATCH_ROWS = 512;

/** The id of the reply carrying a lane's state. */
export const FINISH_ID = -1;

/** A UserError (or a bug) thrown by a part, as plain data for postMessage. */
export interface PartFailure {
  id: number;
  error: { message: string; user: boolean; file?: string; line?: number; stack?: string };
}

/**
 * The parts run on one thread, in the order given. The profile and the checkers' counts
 * accumulate across parts (the main thread passes its own, so its lane needs no merge).
 */
export class PartLane {
  private recorders?: { fields: string[]; numeric: boolean; index: KeyRecorder }[];
  /** The Parquet footer and page buffers kept from one part to the next (parts run one at a time). */
  private readonly parquetReuse: ParquetPartReuse;

  constructor(
    private readonly setup: PartSetup,
    readonly checkers: Map<string, FieldChecker> = buildCheckers(setup.schema, setup.schemaFile),
    readonly profiler: DatasetProfiler = new DatasetProfiler(),
  ) {
    this.parquetReuse = new ParquetPartReuse();
  }

  /**
   * Runs a part: at once for CSV/TSV (its bytes are in the task), asynchronously for Parquet
   * (read from the file). The caller starts a lane's next part only after this one is done.
   */
  run(task: PartTask): PartResult | Promise<PartResult> {
    const batchRows = this.setup.batchRows ?? LANE_BATCH_ROWS;
    if ('parquet' in task) return this.runParquet(task, batchRows);
    const typed = this.setup.schema === undefined ? undefined : typedPlanner(this.checkers)(task.columns);
    const batches = readDelimitedPart(task.bytes, { file: task.file, delimiter: task.delimiter, columns: task.columns, offset: task.offset, firstLine: task.firstLine, batchRows, ...(typed ? { typed } : {}) });
    const part = this.startPart();
    for (const batch of batches) part.observe(batch);
    return part.result(task.id);
  }

  private async runParquet(task: ParquetPartTask, batchRows: number): Promise<PartResult> {
    const part = this.startPart();
    // Rows numbered from 1 within the part, as a CSV part's; the reader skips the other groups.
    for await (const batch of readParquetFile(task.file, { firstRow: 1, bytesBefore: 0, batchRows }, task.parquet, this.parquetReuse)) part.observe(batch);
    return part.result(task.id);
  }

  /** A part's violations and keys, collected apart; the profile and counts run on in the lane. */
  private startPart(): { observe(batch: Batch): void; result(id: number): PartResult } {
    const setup = this.setup;
    // One set of recorders a lane, emptied per part: their arrays grow once to a part's keys
    // instead of anew for every part.
    const recorders = (this.recorders ??= setup.keys.map((k) => ({ fields: k.fields, numeric: k.numeric, index: new KeyRecorder(k.maxKeyBytes) })));
    for (const recorder of recorders) recorder.index.reset();
    const violations = new ViolationCollector(setup.maxExamples);
    const validating = setup.schema !== undefined;
    let rows = 0;
    return {
      observe: (batch) => {
        // Rows are numbered within the part (the main thread offsets them); the profile runs on.
        if (validating) {
          checkBatch(batch, this.checkers, recorders, violations, this.profiler.columnsOf(batch));
          this.profiler.endBatch(batch);
        } else this.profiler.observeBatch(batch);
        rows += batch.rowCount;
      },
      result: (id) => ({ id, rows, checks: violations.entries(), keys: recorders.map((r) => r.index.take()) }),
    };
  }

  /** The lane's profile and counts, to merge into the main thread's (see DatasetProfiler.mergePart). */
  state(): LaneState {
    return { profile: this.profiler.partState(), shares: [...this.checkers].map(([name, checker]) => [name, { ...checker.shares }]) };
  }
}

export function partFailure(id: number, error: unknown): PartFailure {
  if (error instanceof UserError) return { id, error: { message: error.message, user: true, file: error.file, line: error.line } };
  const err = error instanceof Error ? error : new Error(String(error));
  return { id, error: { message: err.message, user: false, stack: err.stack } };
}

/** The error a failed part raises on the main thread. */
export function failureError(failure: PartFailure['error']): Error {
  if (failure.user) return new UserError(failure.message, { ...(failure.file !== undefined ? { file: failure.file } : {}), ...(failure.line !== undefined ? { line: failure.line } : {}) });
  const error = new Error(`validate-data worker thread failed: ${failure.message}`);
  if (failure.stack) error.stack = `${error.message}\n(worker stack) ${failure.stack}`;
  return error;
}

/** Entry of a worker thread: one lane, answering each part with its result or failure. */
export async function runPartWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  if (!parentPort) throw new Error('runPartWorker() must run in a worker thread');
  const { setup } = workerData as { setup: PartSetup };
  const lane = new PartLane(setup);
  // Parts (and the final state) in the order received, each after the one before has finished:
  // a Parquet part awaits its reads, and the lane's profile must see its parts in order.
  let queue: Promise<void> = Promise.resolve();
  parentPort.on('message', (message: LaneMessage) => {
    queue = queue.then(async () => {
      if ('finish' in message) {
        parentPort.postMessage({ id: FINISH_ID, state: lane.state() });
        return;
      }
      const task = message.part;
      let reply: PartResult;
      try {
        reply = await lane.run(task);
      } catch (error) {
        parentPort.postMessage(partFailure(task.id, error));
        return;
      }
      const transfer = reply.keys.flatMap((k) => [k.words.buffer, k.bytes.buffer]);
      parentPort.postMessage(reply, transfer as ArrayBuffer[]);
    });
  });
}
