/**
 * Low-level pieces of the embedded file registry: content-addressed blobs and small JSON files
 * written atomically. See file.ts for the layout.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../runner/errors.js';
import { writeFileAtomic } from '../runner/atomic-write.js';

/** A name unique to this process and call, for temporary files next to their target. */
export function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Stores a file's content as `blobs/sha256/<hex>` unless it is there already; copies go to a
 * temporary name first, so a blob that exists is always complete. Blobs are made read-only
 * because every version holding the file links to the same inode.
 */
export function storeBlob(root: string, source: string, sha256: string): string {
  const target = join(root, 'blobs', 'sha256', sha256);
  if (existsSync(target)) return target;
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${uniqueSuffix()}.tmp`;
  try {
    copyFileSync(source, temporary);
    chmodSync(temporary, 0o444);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`file registry '${root}': cannot store the blob of '${source}': ${(error as Error).message}`, { cause: error });
  }
  return target;
}

/**
 * How old a staging directory or temporary blob must be before a later registration removes it
 * as left by a crash or a cancelled job. Long enough that no live registration (even of a large
 * model over a slow shared file system) is that old: theirs are touched as they are written.
 */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the entries of `dir` whose name `matches` and that were last modified more than
 * ABANDONED_AFTER_MS ago: what a killed registration left behind (it had no chance to clean
 * up). Best effort: an entry another process removes first, or one that cannot be removed, is
 * skipped.
 */
export function removeAbandoned(dir: string, matches: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!matches(name)) continue;
    const path = join(dir, name);
    try {
      if (now - lstatSync(path).mtimeMs > ABANDONED_AFTER_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

/** Whether a blob directory entry is a temporary copy (storeBlob's `<hex>.<suffix>.tmp`). */
export function isTemporaryBlob(name: string): boolean {
  return name.endsWith('.tmp');
}

/** Places a blob at `target`: a hard link (no copy, same bytes) or, across file systems, a copy. */
export function placeBlob(blob: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(blob, target);
  } catch {
    copyFileSync(blob, target);
  }
}

/** Reads a JSON file, or undefined when it does not exist. */
export function readJson<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new UserError(`The registry file '${path}' is not valid JSON: ${(error as Error).message}`, { file: path, cause: error });
  }
}

/** Writes JSON so readers see the old or the new content, never a mix. */
export function writeJson(path: string, value: unknown, what: string): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, what);
}
