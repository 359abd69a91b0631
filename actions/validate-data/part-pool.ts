/**
 * Where the lanes of a parallel read run (see PartLane in part-worker.ts): on worker threads
 * (PartPool) or inline (InlineRunner, for tests). Lane n is always the same thread, so a lane's
 * profile accumulates there and comes back once (finish). If a worker dies (an uncaught error,
 * running out of memory, exiting), every outstanding and later request fails with an error
 * naming it, so the run never hangs.
 */
import { Worker } from 'node:worker_threads';
import { workerEntryNextTo } from '../../src/runner/worker-entry.js';
import { failureError, FINISH_ID, PartLane, type LaneMessage, type LaneState, type PartFailure, type PartResult, type PartSetup, type PartTask } from './part-worker.js';

/** Runs `lanes` lanes of parts somewhere other than the main thread's own lane. */
export interface PartRunner {
  readonly lanes: number;
  /** Runs the part on lane `lane` (0 <= lane < lanes), after the parts given to it before. */
  run(task: PartTask, lane: number): Promise<PartResult>;
  /** Each lane's state after its last part, in lane order. */
  finish(): Promise<LaneState[]>;
  close(): Promise<void>;
}

/** Runs each lane on the calling thread (tests use it: the same lanes and merges as threads). */
export class InlineRunner implements PartRunner {
  private readonly inline: PartLane[];
  /** Each lane's latest part: the next one starts after it, as on a worker. */
  private readonly last: Promise<unknown>[];
  constructor(setup: PartSetup, lanes: number) {
    this.inline = Array.from({ length: lanes }, () => new PartLane(setup));
    this.last = this.inline.map(() => Promise.resolve());
  }
  get lanes(): number {
    return this.inline.length;
  }
  run(task: PartTask, lane: number): Promise<PartResult> {
    const result = this.last[lane]!.then(() => this.inline[lane]!.run(task));
    this.last[lane] = result.catch(() => {});
    return result;
  }
  async finish(): Promise<LaneState[]> {
    return this.inline.map((l) => l.state());
  }
  async close(): Promise<void> {}
}

// Workers start from this script, which imports the module exporting runPartWorker.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => m.runPartWorker());
`;

/**
 * The module a worker imports: part-worker.js next to this file when running from compiled
 * TypeScript (lib/), else the bundle's entry (dist/bundle/index.js), which exports
 * runPartWorker; this file is then one of the bundle's chunks, next to it.
 */
export function defaultWorkerEntry(): string {
  return workerEntryNextTo(import.meta.url, ['./part-worker.js', './index.js'], 'validate-data');
}

interface Waiting {
  resolve: (r: never) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  outstanding: Map<number, Waiting>;
}

/** One worker thread per lane. */
export class PartPool implements PartRunner {
  private readonly slots: Slot[] = [];
  private failure: Error | undefined;
  private closed = false;

  /**
   * `entry`: the module the workers import (defaultWorkerEntry); `youngGenerationMb` and
   * `oldGenerationMb`: each worker's heap limits (see PARQUET_YOUNG_GENERATION_MB and
   * OLD_GENERATION_MB).
   */
  constructor(
    workers: number,
    setup: PartSetup,
    { entry = defaultWorkerEntry(), youngGenerationMb = PARQUET_YOUNG_GENERATION_MB, oldGenerationMb = OLD_GENERATION_MB }: { entry?: string; youngGenerationMb?: number; oldGenerationMb?: number } = {},
  ) {
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(BOOT, { eval: true, workerData: { entry, setup }, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: oldGenerationMb } });
      const slot: Slot = { worker, outstanding: new Map() };
      worker.on('message', (reply: PartResult | PartFailure | { id: typeof FINISH_ID; state: LaneState }) => {
        const waiting = slot.outstanding.get(reply.id);
        slot.outstanding.delete(reply.id);
        if (!waiting) return;
        if ('error' in reply) waiting.reject(failureError(reply.error));
        else if ('state' in reply) (waiting.resolve as (s: LaneState) => void)(reply.state);
        else (waiting.resolve as (r: PartResult) => void)(reply);
      });
      worker.on('error', (error) => this.fail(new Error(`validate-data worker thread failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`validate-data worker thread exited unexpectedly (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  get lanes(): number {
    return this.slots.length;
  }

  run(task: PartTask, lane: number): Promise<PartResult> {
    return this.send<PartResult>(this.slots[lane]!, task.id, { part: task }, 'bytes' in task ? [task.bytes.buffer as ArrayBuffer] : []);
  }

  finish(): Promise<LaneState[]> {
    return Promise.all(this.slots.map((slot) => this.send<LaneState>(slot, FINISH_ID, { finish: true }, [])));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private send<T>(slot: Slot, id: number, message: LaneMessage, transfer: ArrayBuffer[]): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      slot.outstanding.set(id, { resolve: resolve as (r: never) => void, reject });
      slot.worker.postMessage(message, transfer);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const slot of this.slots) {
      for (const waiting of slot.outstanding.values()) waiting.reject(this.failure);
      slot.outstanding.clear();
    }
  }
}

/**
 * A worker's young generation in MB, bounded (V8's default grows to 3 x 16 MB): with one
 * profile per lane and small batches the worker's heap stays small. Parquet, whose peak is
 * the closer to 300 MB, keeps 8 MB: 13M rows on a quiet machine, two threads, 4 MB peaked at
 * 264 MB (35.1 CPU s), 8 MB at 268 MB (33.6 s), 16 MB at 285 MB (35.2 s); peaks are lower
 * under load (220-238 MB), as the threads run slower.
 */
export const PARQUET_YOUNG_GENERATION_MB = 8;
/**
 * CSV/TSV workers scavenge every few batches of fresh cell strings, copying the live batch
 * each time: with 16 MB instead of 8 the worker (the slower lane on CSV) spent 6.0% of its CPU
 * in GC instead of 8.9-9.6% (CPU profiles, 13M-row CSV, two runs each); peaks 257-270 MB
 * against 248-279 MB (5 interleaved runs each).
 */
export const CSV_YOUNG_GENERATION_MB = 16;
/**
 * A worker's old generation in MB at most. V8 lets garbage build up in the old generation until
 * the heap is a multiple of what is live, a multiple that shrinks with the heap's limit: with
 * the default limit (a quarter of the machine's memory) a worker holding ~11 MB live ran at
 * 30-47 MB of heap. With 1 GB, 13M rows, two threads, 3 interleaved runs each: Parquet peaked at
 * 241-249 MB instead of 268-299, CSV at 240-245 instead of 246-253, at the same CPU time (512
 * MB gave the same as 1 GB). The limit is far above what a lane needs (its batches, the page
 * or dictionary being decoded and its profile); a worker that still reaches it fails the run
 * with "worker thread failed" (validate-data/README.md, Errors).
 */
const OLD_GENERATION_MB = 1024;
