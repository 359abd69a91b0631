/**
 * The Octokit every action uses: @actions/github's client (proxy-aware, GHES via
 * GITHUB_API_URL) plus retries with backoff for 5xx answers and waiting out rate limits.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { describeRequestError } from './errors.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** Rate-limited requests are retried this many times before the call fails. */
export const RATE_LIMIT_RETRIES = 3;

export interface CreateOctokitOptions {
  /**
   * Base of the retry backoff for 5xx answers: the n-th retry waits n² times this. Small, so
   * a retried call costs seconds, not minutes.
   */
  retryBaseMs?: number;
  /** Retries for 5xx answers. */
  retries?: number;
}

/** The API base URL, read when the client is created (@actions/github reads it at import). */
export function apiBaseUrl(): string {
  return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/**
 * Creates an authenticated Octokit for `token`. Server errors are retried with backoff;
 * primary and secondary rate limits are waited out as GitHub says (retry-after or
 * x-ratelimit-reset), up to three times, with a warning each time. A call that still fails
 * rejects with a ServiceError naming the endpoint and status.
 */
export function createOctokit(token: string, options: CreateOctokitOptions = {}): Octokit {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const endpoint = `${request.method} ${request.url}`;
    if (retryCount >= RATE_LIMIT_RETRIES) {
      core.warning(`GitHub ${kind} hit on ${endpoint}; giving up after ${RATE_LIMIT_RETRIES} retries.`);
      return false;
    }
    core.warning(`GitHub ${kind} hit on ${endpoint}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
    return true;
  };
  const octokit = getOctokit(
    token,
    {
      // @actions/github computes its default base URL at import time; tests and GHES set
      // GITHUB_API_URL later than that, so pass it explicitly.
      baseUrl: apiBaseUrl(),
      retry: {
        retryAfterBaseValue: options.retryBaseMs ?? 250,
        retries: options.retries ?? 3,
        // 429 is a rate limit: the throttling plugin waits as GitHub says; retrying it here
        // too would hammer the API on its own short backoff first.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
  // Registered after the plugins, this hook sees only the final failure, after all retries.
  octokit.hook.error('request', (error, route) => {
    throw describeRequestError(error, route);
  });
  return octokit;
}
