/**
 * Refuses output paths that would overwrite one of the action's input files or another output,
 * before any work: `infer-schema` naming the `schema` file would replace the user's schema, a
 * `report` naming a data file would replace the data, and two outputs on one path would leave
 * only the last written.
 *
 * Two paths are the same file when they reach the same regular file (same device and inode,
 * so links, `..` and case-insensitive file systems do not hide it), or, for an output not made
 * yet, when they will be created at the same place (real parent directory plus name, after
 * following a dangling symlink as the write will). Devices, FIFOs and other non-regular files are
 * not compared: `/dev/null` or `/dev/stdout` named twice is a sink, not an overwrite.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { danglingLinkTarget } from './atomic-write.js';
import { InputError } from './errors.js';

/** The files one input reads (a dataset input expanded to its files). */
export interface ReadPaths {
  input: string;
  paths: readonly string[];
  /**
   * The output input allowed to replace this file on purpose: e.g. drift-check's
   * `save-profile` rolling a saved reference profile forward. The input is read in full before
   * any output is written, so this loses nothing.
   */
  replacedBy?: string;
}

/** A path an input names for writing, and what is written there (for the message). */
export interface WritePath {
  input: string;
  path: string | undefined;
  /** e.g. 'inferred schema', 'report'. */
  what: string;
}

export function refuseClashingPaths(reads: readonly ReadPaths[], writes: readonly WritePath[]): void {
  const readers = new Map<string, { input: string; path: string; replacedBy?: string }>();
  for (const read of reads) {
    for (const path of read.paths) {
      const key = fileIdentity(path);
      if (key !== undefined && !readers.has(key)) readers.set(key, { input: read.input, path, ...(read.replacedBy ? { replacedBy: read.replacedBy } : {}) });
    }
  }
  const written = new Map<string, WritePath & { path: string }>();
  for (const write of writes) {
    if (write.path === undefined || write.path.trim() === '') continue;
    const path = write.path;
    const key = fileIdentity(path);
    if (key === undefined) continue;
    const reader = readers.get(key);
    if (reader && reader.replacedBy !== write.input) {
      throw new InputError(write.input, `${sameAs(path, reader.path)} the \`${reader.input}\` input; write the ${write.what} elsewhere`, { file: path });
    }
    const earlier = written.get(key);
    if (earlier) {
      throw new InputError(write.input, `${sameAs(path, earlier.path)} the \`${earlier.input}\` path; give the ${write.what} and the ${earlier.what} different paths`, { file: path });
    }
    written.set(key, { ...write, path });
  }
}

function sameAs(path: string, other: string): string {
  return path === other ? `${path} is also` : `${path} is the same file as ${other},`;
}

/** Who a path is, or undefined for what is not compared (devices, FIFOs, unreadable paths). */
function fileIdentity(path: string): string | undefined {
  const absolute = resolve(path);
  try {
    const stats = statSync(absolute);
    return stats.isFile() ? `file ${stats.dev}:${stats.ino}` : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  try {
    const target = danglingLinkTarget(absolute);
    return `new ${join(realAncestor(dirname(target)), basename(target))}`;
  } catch {
    return undefined;
  }
}

/** The real path of a directory that may not exist yet: its nearest existing ancestor's, plus the rest. */
function realAncestor(directory: string): string {
  const missing: string[] = [];
  let current = directory;
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch (error) {
      const parent = dirname(current);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === current) throw error;
      missing.push(basename(current));
      current = parent;
    }
  }
}
