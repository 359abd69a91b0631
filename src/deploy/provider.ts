/**
 * The traffic provider interface: everything canary-deploy needs from a platform that splits
 * traffic between a stable and a canary version. Each method is idempotent (setting the same
 * weight twice is harmless), so a retried or repeated call (the post step after main) is safe.
 * A Kubernetes Gateway API provider (HTTPRoute backendRefs weights), KServe
 * (`canaryTrafficPercent`) or SageMaker (production variant weights) implements the same four
 * methods and adds one line to providers/index.ts.
 */

/** Why a weight is being set; the command provider passes it on as CANARY_PHASE. */
export type Phase = 'step' | 'promote' | 'rollback';

/** The two sides of a canary. */
export type Variant = 'stable' | 'canary';

export interface TrafficProvider {
  /** The provider's input name, e.g. `haproxy`. */
  readonly name: string;
  /** What is called, for logs and errors: e.g. `HAProxy runtime API tcp:127.0.0.1:9999 (backend model)`. */
  readonly endpoint: string;
  /** Sends `weight` percent (0..100) of traffic to the canary and the rest to stable. */
  setWeight(weight: number, phase: Phase): Promise<void>;
  /** The canary's share of traffic now, in percent, as the platform reports it; undefined when it cannot tell. */
  readWeight(): Promise<number | undefined>;
  /**
   * Placeholders for analysis queries of each side, e.g. `{ server: 'v2', backend: 'model' }`,
   * so presets can use the provider's own metric labels.
   */
  placeholders(variant: Variant): Record<string, string>;
}

/** Rollback and promotion are weights 0 and 100: one code path, verified like any step. */
export const ROLLBACK_WEIGHT = 0;
export const PROMOTE_WEIGHT = 100;
