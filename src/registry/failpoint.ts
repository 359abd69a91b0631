/**
 * Fault injection for the atomicity tests: `MLOPS_FAILPOINT=<name>` makes the process die at
 * that point with SIGKILL, as a crash or a cancelled job would, so no cleanup code runs. Only the
 * tests set it; unset, this does nothing.
 */

/** The point between uploading a version's content and making it visible. */
export const BEFORE_COMMIT = 'register-model:before-commit';

/** Dies here when the environment asks for it. */
export function failpoint(name: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.MLOPS_FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}
