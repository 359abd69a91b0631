/**
 * Turns what Octokit throws into a ServiceError that names the endpoint and the status, so a
 * failing call tells the user which request failed and why, not just "HttpError".
 */
import { ServiceError } from '../runner/errors.js';

export const GITHUB_SERVICE = 'GitHub API';

/** The route a request was made for, as Octokit passes it to its hooks. */
export interface RequestRoute {
  method?: string;
  url?: string;
}

interface RequestErrorLike {
  status: number;
  message: string;
  request?: RequestRoute;
}

function isRequestErrorLike(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Hints for statuses whose cause a user can usually fix in the workflow file. */
function hintFor(status: number | undefined, message: string): string {
  if (status === 401) return ' (the token is missing, expired or invalid)';
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return " (the workflow's token lacks a permission: grant it in the job's `permissions:` block; on pull requests from forks the token is read-only)";
  }
  return '';
}

/**
 * Describes a failed GitHub request as a ServiceError naming the endpoint and the HTTP status.
 * The endpoint is the route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`)
 * when the call was made by route, and the resolved path when Octokit only knew the URL (pages
 * after the first, `paginate.iterator`). A
 * ServiceError passes through unchanged; anything that is not a request error (a bug in our
 * code, an abort) is returned as is, so it is not mistaken for a GitHub answer.
 */
export function describeRequestError(error: unknown, route?: RequestRoute): unknown {
  if (error instanceof ServiceError) return error;
  if (!isRequestErrorLike(error)) return error;
  const method = (route?.method ?? error.request?.method ?? 'GET').toUpperCase();
  const url = route?.url ?? error.request?.url ?? '(unknown endpoint)';
  // A resolved URL carries the API host; the path is what names the endpoint.
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
  // Octokit reports a failure to connect as status 500 without a response: say so instead.
  const status = (error as { response?: unknown }).response === undefined ? undefined : error.status;
  const message = error.message.replace(/ - https:\/\/docs\.github\.com\S*/, '');
  return new ServiceError(GITHUB_SERVICE, `${method} ${path}`, status, `${message}${hintFor(status, message)}`, error);
}
