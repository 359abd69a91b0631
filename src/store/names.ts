/**
 * Blob names: one safe subset shared by every adapter, so a name that works locally works in
 * the cache and as an artifact too, and none can escape the store's directory.
 */
import { UserError } from '../runner/errors.js';

/**
 * Cache keys are capped at 512 characters and must hold the name plus the run id and attempt;
 * artifact names have a similar practical limit. 200 leaves room for both.
 */
export const MAX_BLOB_NAME_LENGTH = 200;

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/**
 * Checks that `name` is a safe blob name and returns it: `/`-separated segments of letters,
 * digits, `-`, `_` and `.`; no empty, `.` or `..` segment, no leading or trailing `/`, at most
 * MAX_BLOB_NAME_LENGTH characters. Throws a UserError naming the bad name otherwise.
 */
export function validateBlobName(name: string): string {
  const reject = (why: string): never => {
    throw new UserError(`Invalid blob name ${JSON.stringify(name)}: ${why}.`, { title: 'Invalid blob name' });
  };
  if (typeof name !== 'string' || name.length === 0) reject('it is empty');
  if (name.length > MAX_BLOB_NAME_LENGTH) reject(`it is longer than ${MAX_BLOB_NAME_LENGTH} characters`);
  if (name.startsWith('/')) reject('absolute paths are not allowed');
  for (const segment of name.split('/')) {
    if (segment === '') reject('it has an empty path segment (a leading, trailing or doubled "/")');
    if (segment === '.' || segment === '..') reject(`"${segment}" segments are not allowed`);
    if (!SEGMENT.test(segment)) {
      reject('use only letters, digits, "-", "_" and "." in "/"-separated segments');
    }
  }
  return name;
}

/**
 * The artifact name for a blob. Artifact names may not contain `/`; `~` replaces it because it
 * is not allowed in blob names (so the mapping cannot collide) and is valid in artifact names,
 * file names on every OS, and URLs.
 */
export function artifactNameFor(name: string): string {
  return validateBlobName(name).replaceAll('/', '~');
}
