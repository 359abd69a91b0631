/**
 * Writes an output file so that readers see the old content or the new, never half of it:
 * into a temporary file next to the destination, then renamed over it.
 *
 * A rename replaces the directory entry, so it is only done where that is what the user
 * means by "write to this path":
 * - a symlink stays a link: the file it points to is replaced (a dangling link gets its
 *   target created), as `>` in a shell would do;
 * - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is a sink, not a file
 *   to replace: the content is written into it directly. Renaming over it would swap the
 *   device for a regular file (as root, `/dev/null` itself) and the reader would never see
 *   the content;
 * - nothing is ever created or renamed inside /dev or /proc: paths there (`/dev/stdout`,
 *   `/dev/fd/3`) name the process's own streams, even when they lead to a regular file;
 * - a directory is refused by the rename, with its error in the message.
 */
import { chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './errors.js';

/** Symlinks followed before giving up, like the kernel's ELOOP limit. */
const MAX_LINKS = 40;

export function writeFileAtomic(path: string, content: string | Uint8Array, what = 'file'): void {
  let destination: Destination;
  try {
    destination = findDestination(path);
  } catch (error) {
    throw cannotWrite(what, path, error);
  }
  if (destination.direct) writeInto(path, content, destination.stats, what);
  else replaceAtomically(path, destination.path, content, destination.stats, what);
}

interface Destination {
  /** The path to rename onto: the symlinks' final target. */
  path: string;
  /** What is there now, followed through links; undefined when nothing is. */
  stats?: Stats;
  /** Write into the path itself rather than renaming over it. */
  direct: boolean;
}

function findDestination(path: string): Destination {
  const absolute = resolve(path);
  const stats = statIfAny(absolute);
  if (isStreamPath(absolute)) {
    if (stats === undefined) throw new Error('no such device or stream (files are never created under /dev or /proc)');
    return { path: absolute, stats, direct: true };
  }
  if (stats === undefined) {
    const target = danglingLinkTarget(absolute);
    if (isStreamPath(target)) throw new Error(`it is a link to '${target}', which does not exist (files are never created under /dev or /proc)`);
    return { path: target, direct: false };
  }
  if (stats.isFile() || stats.isDirectory()) {
    const target = realpathSync(absolute);
    return { path: target, stats, direct: isStreamPath(target) };
  }
  return { path: absolute, stats, direct: true };
}

function isStreamPath(absolute: string): boolean {
  return process.platform !== 'win32' && /^\/(dev|proc)(\/|$)/.test(absolute);
}

function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Where a path that does not resolve to anything is created: at the end of its links. */
export function danglingLinkTarget(absolute: string): string {
  let current = absolute;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let link: Stats;
    try {
      link = lstatSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!link.isSymbolicLink()) return current;
    // Relative targets count from the link's real directory, as the kernel resolves them.
    current = resolve(realpathSync(dirname(current)), readlinkSync(current));
  }
  throw new Error(`more than ${MAX_LINKS} symbolic links in a row`);
}

function replaceAtomically(path: string, target: string, content: string | Uint8Array, stats: Stats | undefined, what: string): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, content);
    // The replaced file keeps its permissions (a shared report stays group-readable).
    if (stats?.isFile()) chmodSync(temporary, stats.mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(what, path, error);
  }
}

function writeInto(path: string, content: string | Uint8Array, stats: Stats | undefined, what: string): void {
  let fd: number | undefined;
  let probe: number | undefined;
  try {
    if (stats?.isFIFO()) {
      // Opening a FIFO for writing waits for a reader, forever if none comes: ask without
      // waiting first (ENXIO: nobody reads it), and hold that end open while the blocking
      // one is opened so the reader cannot leave in between.
      try {
        probe = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new Error('it is a named pipe (FIFO) that no process is reading');
        throw error;
      }
    }
    fd = openSync(path, 'w');
    writeFileSync(fd, content);
  } catch (error) {
    throw cannotWrite(what, path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (probe !== undefined) closeSync(probe);
  }
}

/** The one error for an output that could not be written, naming it and the system's reason. */
function cannotWrite(what: string, path: string, error: unknown): UserError {
  return new UserError(`Cannot write the ${what} '${path}': ${(error as Error).message}`, { file: path, cause: error });
}
