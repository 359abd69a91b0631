/** Writes a file so that readers see the old content or the new, never half of it. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.js';

export function writeFileAtomic(path: string, content: string | Uint8Array, what = 'file'): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`Cannot write the ${what} '${path}': ${(error as Error).message}`, { file: path });
  }
}
