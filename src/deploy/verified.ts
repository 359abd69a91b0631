/**
 * Provider calls as canary-deploy makes them: retried with backoff, then verified by reading
 * the weight back. A provider that still fails is a ProviderError naming it and its endpoint,
 * so a rollback that could not be made fails the job loudly with something to act on.
 */
import * as core from '@actions/core';
import { UserError } from '../runner/errors.js';
import { PROMOTE_WEIGHT, ROLLBACK_WEIGHT, type Phase, type TrafficProvider } from './provider.js';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry.js';

/** A provider call that failed after every retry. */
export class ProviderError extends UserError {
  constructor(provider: TrafficProvider, what: string, cause: unknown, attempts: number) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`${provider.name} provider (${provider.endpoint}): could not ${what} after ${attempts} attempt(s): ${detail}`, {
      cause,
      title: `canary-deploy: ${provider.name} provider failed`,
    });
    this.name = 'ProviderError';
  }
}

/** A weight that was set and read back. */
export interface AppliedWeight {
  weight: number;
  /** What the provider reported afterwards; undefined when it cannot read weights (then unverified). */
  readBack: number | undefined;
}

/** Sets the weight, reads it back and retries the pair until they agree. */
export async function applyWeight(provider: TrafficProvider, weight: number, phase: Phase, retry: RetryOptions = DEFAULT_RETRY): Promise<AppliedWeight> {
  const what = phase === 'rollback' ? 'roll back (canary weight 0)' : phase === 'promote' ? 'promote (canary weight 100)' : `set the canary weight to ${weight}`;
  try {
    return await withRetry(
      async () => {
        await provider.setWeight(weight, phase);
        const readBack = await provider.readWeight();
        if (readBack !== undefined && readBack !== weight) {
          throw new Error(`the weight read back is ${readBack}, not ${weight}`);
        }
        return { weight, readBack };
      },
      {
        ...retry,
        onRetry: (error, attempt, wait) =>
          core.warning(`${provider.name}: ${what} failed (attempt ${attempt} of ${retry.attempts}): ${error instanceof Error ? error.message : String(error)}; retrying in ${wait} ms`),
      },
    );
  } catch (error) {
    throw new ProviderError(provider, what, error, retry.attempts);
  }
}

/** Puts all traffic back on stable and verifies it. */
export function rollback(provider: TrafficProvider, retry?: RetryOptions): Promise<AppliedWeight> {
  return applyWeight(provider, ROLLBACK_WEIGHT, 'rollback', retry);
}

/** Puts all traffic on the canary and verifies it. */
export function promote(provider: TrafficProvider, retry?: RetryOptions): Promise<AppliedWeight> {
  return applyWeight(provider, PROMOTE_WEIGHT, 'promote', retry);
}
