/**
 * What a worker thread does with one part of a large CSV/TSV file: parse it, check every cell,
 * record the keys and profile it, then hand back state that merges (parallel.ts). processPart
 * is a plain function, so the same work can run inline (tests) or in a worker.
 */
import { readDelimitedPart } from '../../src/data/csv-part.js';
import type { ProfilePart } from '../../src/profile/profile.js';
import { UserError } from '../../src/runner/errors.js';
import type { TableSchema } from '../../src/schema/descriptor.js';
import { KeyRecorder, type KeyRecords } from '../../src/unique/index.js';
import type { FieldChecker } from './field-checker.js';
import { buildCheckers, Pass } from './pass.js';
import { ViolationCollector, type FailedCheck } from './violations.js';

/** What every part of a run shares (sent once, as the worker's workerData). */
export interface PartSetup {
  schema?: TableSchema;
  schemaFile: string;
  maxExamples: number;
  /** The uniqueness checks' fields and the bytes of each key their indexes keep. */
  keys: { fields: string[]; maxKeyBytes: number }[];
  batchRows?: number;
}

export interface PartTask {
  id: number;
  file: string;
  delimiter: ',' | '\t';
  columns: string[];
  bytes: Uint8Array;
  offset: number;
  firstLine: number;
}

export interface PartResult {
  id: number;
  rows: number;
  checks: FailedCheck[];
  shares: [string, FieldChecker['shares']][];
  profile: ProfilePart;
  keys: KeyRecords[];
}

/** A UserError (or a bug) thrown by a part, as plain data for postMessage. */
export interface PartFailure {
  id: number;
  error: { message: string; user: boolean; file?: string; line?: number; stack?: string };
}

export function processPart(setup: PartSetup, task: PartTask): PartResult {
  const checkers = buildCheckers(setup.schema, setup.schemaFile);
  const recorders = setup.keys.map((k) => ({ fields: k.fields, index: new KeyRecorder(k.maxKeyBytes) }));
  const pass = new Pass(checkers, recorders, new ViolationCollector(setup.maxExamples), setup.schema !== undefined);
  const batches = readDelimitedPart(task.bytes, { file: task.file, delimiter: task.delimiter, columns: task.columns, offset: task.offset, firstLine: task.firstLine, batchRows: setup.batchRows });
  for (const batch of batches) pass.observe(batch);
  return {
    id: task.id,
    rows: pass.profiler.rows,
    checks: pass.violations.entries(),
    shares: [...checkers].map(([name, checker]) => [name, { ...checker.shares }]),
    profile: pass.profiler.partState(),
    keys: recorders.map((r) => r.index.take()),
  };
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

/** Entry of a worker thread: answers each part task with its result or failure. */
export async function runPartWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  if (!parentPort) throw new Error('runPartWorker() must run in a worker thread');
  const { setup } = workerData as { setup: PartSetup };
  parentPort.on('message', (task: PartTask) => {
    let reply: PartResult | PartFailure;
    try {
      reply = processPart(setup, task);
    } catch (error) {
      parentPort.postMessage(partFailure(task.id, error));
      return;
    }
    const transfer = reply.keys.flatMap((k) => [k.words.buffer, k.bytes.buffer]);
    parentPort.postMessage(reply, transfer as ArrayBuffer[]);
  });
}
