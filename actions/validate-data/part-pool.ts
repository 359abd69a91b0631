/**
 * Worker threads that run processPart (part-worker.ts) on parts of a file. Each part goes to
 * the worker with the fewest parts outstanding; results come back as promises. If a worker
 * dies (an uncaught error, running out of memory, exiting), every outstanding and later part
 * fails with an error naming it, so the run never hangs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { failureError, processPart, type PartFailure, type PartResult, type PartSetup, type PartTask } from './part-worker.js';

/** Runs parts somewhere: on worker threads (PartPool) or inline (tests, one core). */
export interface PartRunner {
  run(task: PartTask): Promise<PartResult>;
  close(): Promise<void>;
}

/** Runs each part on the calling thread, when asked for its result (tests use it). */
export class InlineRunner implements PartRunner {
  constructor(private readonly setup: PartSetup) {}
  run(task: PartTask): Promise<PartResult> {
    return new Promise((resolve) => resolve(processPart(this.setup, task)));
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
  for (const name of ['./part-worker.js', './index.js']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url.href;
  }
  throw new Error(`validate-data: no worker entry found next to ${import.meta.url}`);
}

interface Slot {
  worker: Worker;
  outstanding: Map<number, { resolve: (r: PartResult) => void; reject: (e: Error) => void }>;
}

/**
 * `workers` worker threads, plus the calling thread itself: when every worker already has two
 * parts queued, the next part runs inline. So on two cores one worker and the main thread share
 * the parts (one V8 heap fewer than two workers), and the main thread still merges in between.
 */
export class PartPool implements PartRunner {
  private readonly slots: Slot[] = [];
  private failure: Error | undefined;
  private closed = false;

  constructor(
    workers: number,
    private readonly setup: PartSetup,
    entry = defaultWorkerEntry(),
  ) {
    for (let i = 0; i < workers; i++) {
      // A small young generation (V8's default grows to 3 x 16 MB): measured at 13M rows on an
      // idle machine, 16 MB peaked at 306-308 MB, 8 MB at 299 MB and 4 MB at 289-291 MB, for
      // about the same CPU time (61-64 s); the default added ~90 MB per worker at 1M rows.
      const worker = new Worker(BOOT, { eval: true, workerData: { entry, setup }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      const slot: Slot = { worker, outstanding: new Map() };
      worker.on('message', (reply: PartResult | PartFailure) => {
        const waiting = slot.outstanding.get(reply.id);
        slot.outstanding.delete(reply.id);
        if (!waiting) return;
        if ('error' in reply) waiting.reject(failureError(reply.error));
        else waiting.resolve(reply);
      });
      worker.on('error', (error) => this.fail(new Error(`validate-data worker thread failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`validate-data worker thread exited unexpectedly (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  run(task: PartTask): Promise<PartResult> {
    if (this.failure) return Promise.reject(this.failure);
    let slot: Slot | undefined = this.slots[0];
    for (const s of this.slots) if (s.outstanding.size < slot!.outstanding.size) slot = s;
    if (slot === undefined || slot.outstanding.size >= 2) return new Promise((resolve) => resolve(processPart(this.setup, task)));
    return new Promise((resolve, reject) => {
      slot.outstanding.set(task.id, { resolve, reject });
      slot.worker.postMessage(task, [task.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const slot of this.slots) {
      for (const waiting of slot.outstanding.values()) waiting.reject(this.failure);
      slot.outstanding.clear();
    }
  }
}
