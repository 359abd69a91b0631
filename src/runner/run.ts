/**
 * The wrapper every entry runs inside. It turns failures into what a user can act on: a user
 * error becomes one `::error` annotation and exit code 1, without a stack trace unless debug
 * logging is on; anything else is reported as an internal error of ours.
 */
import * as core from '@actions/core';
import { asError, UserError } from './errors.js';

export const INTERNAL_ERROR_PREFIX = 'Internal error in mlops-actions';

/** Runs `work`, reporting any failure; never throws. Sets process.exitCode to 1 on failure. */
export async function runMain(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (thrown) {
    reportFailure(thrown);
  }
}

/** Reports one failure as exactly one error annotation and marks the step failed. */
export function reportFailure(thrown: unknown): void {
  const error = asError(thrown);
  if (error instanceof UserError) {
    core.error(error.message, {
      title: error.title,
      file: error.file,
      startLine: error.line,
      startColumn: error.column,
    });
  } else {
    core.error(
      `${INTERNAL_ERROR_PREFIX}: ${error.message}. This is a bug, not a problem with your inputs: ` +
        'please report it with the log of a run with debug logging enabled (ACTIONS_STEP_DEBUG).',
      { title: 'Internal error' },
    );
  }
  if (core.isDebug() && error.stack) core.debug(error.stack);
  process.exitCode = 1;
}

/**
 * Guards against failures outside the awaited chain (a promise nobody awaited, an error thrown
 * from a callback): they are reported like any other failure instead of a raw Node crash dump.
 */
let guardsInstalled = false;

export function installProcessGuards(): void {
  if (guardsInstalled) return;
  guardsInstalled = true;
  process.on('unhandledRejection', (reason) => reportFailure(reason));
  process.on('uncaughtException', (error) => {
    reportFailure(error);
    process.exit(1);
  });
}
