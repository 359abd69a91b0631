/** Turns the `data` input (a file, a glob or a directory) into the sorted files of one dataset. */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../runner/errors.js';
import { hasDataExtension } from './format.js';

/**
 * Expands `spec` into files, sorted by path so shards read in a stable order:
 * - an existing file: itself;
 * - a directory: every file with a data extension below it (recursively, so Hive-style
 *   partition folders work), skipping dot-files;
 * - otherwise a glob (tinyglobby syntax): every file it matches;
 * each file once, however many symbolic links lead to it. Throws a UserError when nothing matches.
 */
export async function expandDataPaths(spec: string): Promise<string[]> {
  const trimmed = spec.trim();
  if (trimmed === '') throw new UserError('No data path given', { input: 'data' });
  const info = await stat(trimmed).catch(() => undefined);
  if (info?.isFile()) return [trimmed];
  if (info?.isDirectory()) {
    const found = await glob('**/*', { cwd: trimmed, onlyFiles: true, dot: false, expandDirectories: false });
    const files = found.filter(hasDataExtension).map((f) => join(trimmed, f));
    if (files.length === 0) {
      throw new UserError(`Directory ${trimmed} holds no data files (.csv, .tsv, .jsonl, .ndjson, .parquet, optionally .gz)`, { input: 'data' });
    }
    return distinctFiles(sortPaths(files));
  }
  if (info !== undefined) {
    throw new UserError(`Data path ${trimmed} is not a regular file or a directory (a pipe or a device?): write the data to a file first`, { input: 'data' });
  }
  if (!isDynamicPattern(trimmed)) {
    throw new UserError(`Data path ${trimmed} does not exist`, { input: 'data' });
  }
  // Absolute patterns give absolute paths, relative ones stay relative to the working directory.
  const matches = await glob(trimmed, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(trimmed) });
  if (matches.length === 0) throw new UserError(`No file matches the pattern ${trimmed}`, { input: 'data' });
  return distinctFiles(sortPaths(matches));
}

/**
 * The paths without those that are the same file as an earlier one: a directory or `**` glob
 * follows symbolic links, so `data/latest -> 2024` would otherwise read data/2024's files twice
 * (doubled rows, false duplicates). The first path in sorted order is kept.
 */
async function distinctFiles(paths: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const path of paths) {
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) continue;
    seen.add(real);
    kept.push(path);
  }
  return kept;
}

function sortPaths(paths: string[]): string[] {
  // Plain code-unit order: the same on every machine and locale.
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
