/**
 * What every test and distance returns: a result, or a typed "too little data" outcome that
 * drift-check reports as `insufficient-data` (not an exception: it is an expected state of a
 * column, not a failure).
 */

/** Names of the methods, as drift-check's `method` input spells them. */
export type StatMethod = 'ks' | 'chi2' | 'z' | 'psi' | 'jensen-shannon' | 'wasserstein' | 'hellinger';

/** Effect size reported beside a p-value (see README.md for each formula). */
export interface EffectSize {
  name: 'ks-d' | 'cramers-v' | 'cohens-h' | 'normalized-wasserstein';
  value: number;
}

/** A computed statistic. */
export interface StatResult {
  status: 'ok';
  method: StatMethod;
  /** The test statistic or the distance. */
  statistic: number;
  /** Two-sided p-value for tests; null for distances. */
  pValue: number | null;
  /** Effect size for tests (null for distances, which are their own effect size). */
  effectSize: EffectSize | null;
  /** Upper bound on |statistic - statistic on the raw data|: 0 when computed from raw data or exact sketches. */
  statisticError: number;
  /** When statisticError > 0 and the test has a p-value: the p-values at the two ends of that error. */
  pValueRange: [number, number] | null;
  /** Sample sizes behind the statistic (weights for sketches). */
  referenceSize: number;
  currentSize: number;
}

/** Not enough data on one side to say anything. */
export interface InsufficientData {
  status: 'insufficient-data';
  method: StatMethod;
  reason: string;
}

export type StatOutcome<R extends StatResult = StatResult> = R | InsufficientData;

/** The insufficient-data outcome when either side has fewer than min observations, else null. */
export function checkSizes(method: StatMethod, referenceSize: number, currentSize: number, min = 1): InsufficientData | null {
  if (referenceSize >= min && currentSize >= min) return null;
  const side = referenceSize < min ? 'reference' : 'current';
  const size = referenceSize < min ? referenceSize : currentSize;
  return {
    status: 'insufficient-data',
    method,
    reason: `the ${side} sample has ${size} value${size === 1 ? '' : 's'}; ${method} needs at least ${min}`,
  };
}

/** True when the outcome is a computed result (narrows the union). */
export function isResult<R extends StatResult>(outcome: StatOutcome<R>): outcome is R {
  return outcome.status === 'ok';
}
