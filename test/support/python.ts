/**
 * Runs the Python references (numpy, scipy, ...) of the repository's .venv for tests that
 * check our numbers against them. Installed by scripts/ensure-installed.mjs from
 * test/python/requirements.txt.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The .venv's python executable, resolved from the repository root. */
export const PYTHON = join(root, '.venv', 'bin', 'python');

/**
 * Runs `python -c code` with input on stdin and returns its stdout; throws with stderr when
 * the script fails.
 */
export function runPython(code: string, input?: string): string {
  try {
    return execFileSync(PYTHON, ['-c', code], {
      input: input ?? '',
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`Python reference failed: ${stderr.trim() || String(error)}`, { cause: error });
  }
}
