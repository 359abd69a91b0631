/**
 * Where a worker thread's entry module is. A worker cannot import the chunk that starts it by
 * itself (ncc's chunks load through the bundle's index), so each starter names the modules that
 * can serve as its entry: one in the compiled TypeScript (lib/), one in the bundle (dist/bundle/).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The URL of the first of `candidates` (relative to `base`, the caller's import.meta.url) that exists. */
export function workerEntryNextTo(base: string, candidates: readonly string[], what: string): string {
  for (const name of candidates) {
    const url = new URL(name, base);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url.href;
  }
  throw new Error(`${what}: no worker entry found next to ${base}`);
}
