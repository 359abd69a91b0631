/**
 * The one shared bundle (dist/bundle/index.js). The per-action entries, the root dispatcher and
 * the CLI in dist/ are a few lines each that import this, so the dependencies ship once.
 */
export { runAction, runRootAction } from './runner/entry.js';
export { cliEntry } from './cli/main.js';

/** Entry of validate-data's worker threads (actions/validate-data/part-pool.ts starts them on this bundle). */
export async function runPartWorker(): Promise<void> {
  const { runPartWorker: run } = await import('../actions/validate-data/part-worker.js');
  await run();
}
