/** Turns a failure to write a run into an error the user can act on. */
import { UserError } from '../runner/errors.js';
import { describe } from './temp-dir.js';

const USER_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EMFILE', 'ENFILE']);

/** A file-system failure while spilling is the user's to fix (disk full, no permission); anything else is ours. */
export function spillError(error: unknown, dir: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && USER_CODES.has(code)) {
    return new UserError(
      `The uniqueness check could not write its temporary files in ${dir}: ${describe(error)}. ` +
        'Free disk space there or point it at another directory (tempDir, or RUNNER_TEMP).',
      { cause: error, title: 'Temporary files not writable' },
    );
  }
  return error instanceof Error ? error : new Error(describe(error));
}
