/**
 * A GitHub call refused for lack of a token permission, turned into an error that says which
 * `permissions:` entry the workflow needs, instead of a bare "403 Resource not accessible".
 */
import { ServiceError, UserError } from '../runner/errors.js';

/** A refusal the user fixes by granting the workflow's token a permission. */
export class PermissionError extends UserError {
  /** The `permissions:` entry that is missing, e.g. `issues: write`. */
  readonly permission: string;
  /** The GitHub answer that refused the call. */
  readonly serviceError: ServiceError;

  constructor(permission: string, action: string, serviceError: ServiceError, extra = '') {
    super(
      `Could not ${action}: the token lacks a permission. The workflow needs \`permissions: ${permission}\` ` +
        `(in the job's or the workflow's \`permissions:\` block${extra}); on pull requests from forks the token is read-only. ` +
        `GitHub answered ${serviceError.endpoint} with HTTP ${serviceError.status ?? '(none)'}: ${githubMessage(serviceError)}.`,
      { cause: serviceError, title: 'GitHub permission missing' },
    );
    this.name = 'PermissionError';
    this.permission = permission;
    this.serviceError = serviceError;
  }
}

/** GitHub's own words, without the documentation link and the generic hint the ServiceError adds. */
function githubMessage(error: ServiceError): string {
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  return cause.replace(/ - https:\/\/docs\.github\.com\S*/, '').replace(/\.$/, '');
}

export interface RefusalOptions {
  /**
   * Count a 404 as a refusal too. GitHub answers 404 rather than 403 when the token may not
   * see the repository or the endpoint at all, which for a known repository means a token
   * without the needed access, not a missing object.
   */
  notFound?: boolean;
}

/** Whether `error` is GitHub refusing the token, as opposed to a rate limit or an outage. */
export function isPermissionRefusal(error: unknown, options: RefusalOptions = {}): error is ServiceError {
  if (!(error instanceof ServiceError)) return false;
  if (error.status === 404) return options.notFound === true;
  // Rate limits are 403s too; they are waited out by the client and must not read as permissions.
  return error.status === 403 && !/rate limit/i.test(error.message);
}

export interface PermissionContext extends RefusalOptions {
  /** The `permissions:` entry the call needs, e.g. `issues: write`. */
  permission: string;
  /** What was being done, completing "Could not …", e.g. `open the tracking issue in o/r`. */
  action: string;
  /** Extra advice appended inside the parenthesis, starting with `; `. */
  extra?: string;
}

/**
 * Runs `call`; a refusal of the token becomes a PermissionError naming the permission. Any
 * other failure passes through unchanged.
 */
export async function withPermission<T>(context: PermissionContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isPermissionRefusal(error, context)) throw new PermissionError(context.permission, context.action, error, context.extra);
    throw error;
  }
}
