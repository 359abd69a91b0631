/** Blobs as files in a local directory: the default outside GitHub Actions. */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../runner/errors.js';
import { validateBlobName } from './names.js';
import { toBuffer, type BlobData, type BlobStore } from './types.js';

/** Where the local store keeps its blobs unless told otherwise, relative to the working directory. */
export const DEFAULT_LOCAL_STORE_DIR = '.mlops/store';

/** Errors that mean "no blob of that name", not "the store is broken". */
const ABSENT_CODES = new Set(['ENOENT', 'ENOTDIR']);

export class LocalStore implements BlobStore {
  readonly kind = 'local' as const;
  /** The absolute directory holding the blobs. */
  readonly root: string;

  constructor(root: string = DEFAULT_LOCAL_STORE_DIR) {
    this.root = resolve(root);
  }

  /** The file a blob lives in. Validation keeps it inside `root`. */
  pathOf(name: string): string {
    return join(this.root, validateBlobName(name));
  }

  /**
   * Writes to a temporary name in the same directory, flushes it to disk and renames it over
   * the target: rename within one directory is atomic, so a reader sees the old blob or the
   * new one, never half of it, and a crash leaves at most a stray temporary file.
   */
  async save(name: string, data: BlobData): Promise<void> {
    const path = this.pathOf(name);
    const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
    try {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(toBuffer(data));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new UserError(`Cannot save the blob '${name}' to '${path}': ${(error as Error).message}`, {
        file: path,
        cause: error,
      });
    }
  }

  async load(name: string): Promise<Buffer | undefined> {
    const path = this.pathOf(name);
    try {
      return await readFile(path);
    } catch (error) {
      if (ABSENT_CODES.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
      throw new UserError(`Cannot load the blob '${name}' from '${path}': ${(error as Error).message}`, {
        file: path,
        cause: error,
      });
    }
  }
}
