/**
 * The one shared bundle (dist/bundle/index.js). The per-action entries, the root dispatcher and
 * the CLI in dist/ are a few lines each that import this, so the dependencies ship once.
 *
 * Everything but the action registry is imported on demand: the threads that only start another
 * (an action's main thread when the step runs on its own heap, see runner/own-heap.ts) or never
 * report to the runner (validate-data's part workers) then skip @actions/core, which alone adds
 * 13 MB to a thread on Node 20 and 30 MB on Node 24 (its HTTP client loads undici).
 */
export { launchAction as runAction } from './runner/launch.js';

/** Entry of the root action (dist/index.js): runs the action named by its `action` input. */
export async function runRootAction(): Promise<void> {
  const { runRootAction: run } = await import('./runner/entry.js');
  await run();
}

/** Entry of an action's worker thread (runner/own-heap.ts starts it on this bundle). */
export async function runActionInWorker(name: string): Promise<void> {
  const { runActionInWorker: run } = await import('./runner/entry.js');
  await run(name);
}

/** Entry of dist/cli/index.js. */
export async function cliEntry(): Promise<void> {
  const { cliEntry: run } = await import('./cli/main.js');
  await run();
}

/** Entry of validate-data's worker threads (actions/validate-data/part-pool.ts starts them on this bundle). */
export async function runPartWorker(): Promise<void> {
  const { runPartWorker: run } = await import('../actions/validate-data/part-worker.js');
  await run();
}
