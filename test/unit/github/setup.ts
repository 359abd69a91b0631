/**
 * Shared set-up of the GitHub tests: environment variables restored after each test, stdout
 * captured to read workflow commands (`::warning::`), and a job summary file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

const ENV_KEYS = ['GITHUB_API_URL', 'GITHUB_STEP_SUMMARY', 'GITHUB_REPOSITORY', 'GITHUB_EVENT_PATH', 'GITHUB_EVENT_NAME', 'GITHUB_SHA', 'GITHUB_SERVER_URL', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT'];

/** Saves the GitHub variables of process.env; the returned function puts them back. */
export function saveEnv(): () => void {
  const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/** Captures what is written to stdout until the returned `restore` is called. */
export function captureStdout(): { lines: () => string[]; restore: () => void } {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return { lines: () => written.join('').split('\n'), restore: () => spy.mockRestore() };
}

/**
 * A job summary file. @actions/core remembers the first GITHUB_STEP_SUMMARY it sees, so a
 * test file uses one and empties it between tests.
 */
export function summaryFile(): { path: string; read: () => string; clear: () => void } {
  const path = join(mkdtempSync(join(tmpdir(), 'gh-summary-')), 'summary.md');
  writeFileSync(path, '');
  return { path, read: () => readFileSync(path, 'utf8'), clear: () => writeFileSync(path, '') };
}
