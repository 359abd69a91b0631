/** Faults a test injects into the fake: server errors, rate limits, missing objects. */

export interface FaultSpec {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** An OpenAPI template (`/repos/{owner}/{repo}/statuses/{sha}`), a concrete path, or a regex on the path; any when absent. */
  path?: string | RegExp;
  status: number;
  /** How many matching requests get the fault; then requests pass again. Default 1. */
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** A secondary rate limit as GitHub sends it: 403, `retry-after`, "secondary rate limit". */
export function secondaryRateLimit(retryAfterSeconds: number): Pick<FaultSpec, 'status' | 'headers' | 'body'> {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  };
}

/** A primary rate limit: 403 with no requests left until `x-ratelimit-reset`. */
export function primaryRateLimit(resetInSeconds: number): Pick<FaultSpec, 'status' | 'headers' | 'body'> {
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
    },
    body: { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
  };
}

/** The body GitHub gives for `status` when the test did not choose one. */
export function defaultFaultBody(status: number): unknown {
  if (status === 404) return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
  if (status >= 500) return { message: status === 502 ? 'Server Error' : 'Service Unavailable' };
  return { message: `Injected fault ${status}` };
}

/** Whether `fault` applies to a request for `path`, matched by OpenAPI `template`. */
export function faultMatches(fault: ActiveFault, method: string, path: string, template: string): boolean {
  if (fault.remaining <= 0) return false;
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  if (fault.path instanceof RegExp) return fault.path.test(path);
  return fault.path === template || fault.path === path;
}
