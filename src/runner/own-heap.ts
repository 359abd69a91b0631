/**
 * Runs an action's step on a worker thread whose heap has the limits the action asks for.
 *
 * Why: V8 sizes the main thread's young generation from the Node version and the machine, and
 * nothing the code does once running can change it (v8.setFlagsFromString comes too late, and
 * a JavaScript action's action.yml cannot pass `--max-semi-space-size`). Node 20 lets it reach
 * 32 MB, Node 24 (the runtime our action.yml files declare) 64 MB: validate-data's 13M-row CSV
 * peaked at 394 MB on Node 24 against 240 MB on Node 20. A worker thread's limits are set when
 * it starts (resourceLimits), so the step runs there, the same on every runtime, while this
 * thread only waits: its own heap stays at the few MB the entry needs.
 *
 * The worker shares the process: its environment is a copy of this thread's (the inputs and the
 * runner's files), its stdout and stderr are forwarded here, and it writes the runner's output,
 * summary and state files itself. Its exit code becomes the step's.
 */
import { isMainThread, Worker } from 'node:worker_threads';
import type { RegisteredAction } from './action-module.js';
import { workerEntryNextTo } from './worker-entry.js';

/** Heap limits of the thread running an action's step (worker resourceLimits, in MB). */
export interface HeapLimits {
  youngGenerationMb: number;
  oldGenerationMb: number;
}

/** The heap limits to run this action's step under on its own thread; undefined to run it on this one. */
export function ownHeapOf(action: RegisteredAction): HeapLimits | undefined {
  return isMainThread ? action.heap : undefined;
}

// The worker starts from this script, which imports the module exporting runActionInWorker.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => m.runActionInWorker(workerData.action));
`;

/**
 * The module exporting runActionInWorker: the bundle's entry (dist/bundle/index.js), which holds
 * this file, or src/bundle.js of the compiled TypeScript (lib/), one folder up from here.
 */
function workerEntry(): string {
  return workerEntryNextTo(import.meta.url, ['./index.js', '../bundle.js'], "the action's worker thread");
}

/**
 * Runs the action's step on a worker thread with these heap limits and waits for it; sets
 * process.exitCode to the worker's when it failed. Rejects when the thread itself failed (out
 * of memory, say), which the step's own error handling cannot report. `entry`: the module the
 * worker imports, which exports runActionInWorker(action) (workerEntry(); tests give their own).
 */
export function runOnOwnHeap(action: string, limits: HeapLimits, entry = workerEntry()): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { entry, action },
      resourceLimits: { maxYoungGenerationSizeMb: limits.youngGenerationMb, maxOldGenerationSizeMb: limits.oldGenerationMb },
    });
    let failure: Error | undefined;
    worker.on('error', (error: Error & { code?: string }) => {
      failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new Error(`${action} ran out of memory: its heap is limited to ${limits.oldGenerationMb} MB (${error.message})`, { cause: error })
          : error;
    });
    worker.on('exit', (code) => {
      if (failure) reject(failure);
      else {
        if (code !== 0) process.exitCode = code;
        resolve();
      }
    });
  });
}
