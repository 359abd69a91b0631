/**
 * The index's private temporary directory: created on the first spill, removed when the index
 * finishes or is aborted, and also when the process exits, so no run outlives a crash.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../runner/errors.js';

const live = new Set<string>();
let exitHookInstalled = false;

function removeAllOnExit(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

/**
 * Creates a fresh private directory under `parent` (default: RUNNER_TEMP, else the OS temp
 * dir). A parent that cannot be written is a user error naming it.
 */
export function createTempDir(parent?: string): string {
  const base = parent ?? process.env['RUNNER_TEMP'] ?? tmpdir();
  try {
    mkdirSync(base, { recursive: true });
    const dir = mkdtempSync(join(base, 'mlops-unique-'));
    live.add(dir);
    if (!exitHookInstalled) {
      process.once('exit', removeAllOnExit);
      exitHookInstalled = true;
    }
    return dir;
  } catch (error) {
    throw new UserError(
      `The uniqueness check needs to write temporary files but cannot create a directory in ${base}: ${describe(error)}. ` +
        'Point it at a writable directory with free space (tempDir, or RUNNER_TEMP).',
      { cause: error, title: 'Temporary directory not writable' },
    );
  }
}

/** Removes the directory and everything in it; never throws (cleanup must not hide an error). */
export function removeTempDir(dir: string): void {
  live.delete(dir);
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Nothing useful to do: the OS temp cleaner will get it.
  }
}

/** A short description of a file-system error: its code and message. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
