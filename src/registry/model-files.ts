/**
 * The model's files and their digest. The digest is defined so anyone can recompute it with
 * standard tools: list the regular files under the model directory (a single-file model is
 * that one file, by its base name) with paths relative to it, `/`-separated, sorted by their
 * UTF-8 bytes; the digest is the SHA-256 of the `sha256sum` lines `<hex>  <path>\n` in that
 * order, i.e. `cd model && find . -type f -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../runner/errors.js';
import { sha256File } from './digest.js';

export interface ModelFile {
  /** Path relative to the model root, `/`-separated. */
  path: string;
  /** Absolute path on disk. */
  absolute: string;
  size: number;
  /** Lower-case hex SHA-256 of the content. */
  sha256: string;
}

export interface ModelContent {
  /** The path as the user gave it. */
  source: string;
  /** True when the model is one file rather than a directory. */
  singleFile: boolean;
  files: ModelFile[];
  /** `sha256:<hex>` as described above. */
  digest: string;
  size: number;
}

export { sha256File };

/** Byte-wise comparison of UTF-8 strings (what `LC_ALL=C sort` does). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The canonical digest of files given as (path, hex) pairs. */
export function contentDigest(files: readonly { path: string; sha256: string }[]): string {
  const sorted = [...files].sort((a, b) => compareUtf8(a.path, b.path));
  const hash = createHash('sha256');
  for (const file of sorted) hash.update(`${file.sha256}  ${file.path}\n`, 'utf8');
  return `sha256:${hash.digest('hex')}`;
}

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    // Follow symbolic links as `find -type f` would not: a linked weight file is still part of
    // the model. statSync resolves them; directories are walked, anything else is skipped.
    const stats = statSync(full);
    if (stats.isDirectory()) walk(root, full, out);
    else if (stats.isFile()) out.push(full);
  }
}

/** Reads the model at `path` (input name `input` for errors): its files, sizes and digests. */
export async function readModel(path: string, input = 'path'): Promise<ModelContent> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new InputError(input, `the model path '${path}' does not exist`);
  const stats = statSync(absolute);
  const found: { absolute: string; path: string }[] = [];
  if (stats.isFile()) {
    found.push({ absolute, path: basename(absolute) });
  } else if (stats.isDirectory()) {
    const all: string[] = [];
    walk(absolute, absolute, all);
    for (const file of all) found.push({ absolute: file, path: relative(absolute, file).split(sep).join('/') });
  } else {
    throw new InputError(input, `'${path}' is neither a file nor a directory`);
  }
  if (found.length === 0) throw new InputError(input, `the model directory '${path}' has no files`);
  const files: ModelFile[] = [];
  for (const file of found.sort((a, b) => compareUtf8(a.path, b.path))) {
    files.push({ ...file, size: statSync(file.absolute).size, sha256: await sha256File(file.absolute) });
  }
  return {
    source: path,
    singleFile: stats.isFile(),
    files,
    digest: contentDigest(files),
    size: files.reduce((sum, f) => sum + f.size, 0),
  };
}
