/** Retries with exponential backoff for provider calls, which may meet a reload or a blip. */

export interface RetryOptions {
  /** Attempts in all, at least 1. */
  attempts: number;
  /** The wait before the n-th retry is baseMs * 2^(n-1). */
  baseMs: number;
  /** Called before each retry with the error that caused it. */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
  /** False for errors that another attempt cannot fix (a bad query); default: retry all. */
  shouldRetry?: (error: unknown) => boolean;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseMs: 250 };

/** Sleeps ms milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Runs `work` until it resolves or the attempts run out; rejects with the last error. */
export async function withRetry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= Math.max(1, options.attempts); attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      last = error;
      if (attempt >= options.attempts || options.shouldRetry?.(error) === false) break;
      const wait = options.baseMs * 2 ** (attempt - 1);
      options.onRetry?.(error, attempt, wait);
      await sleep(wait);
    }
  }
  throw last;
}
