/**
 * PSI, Jensen-Shannon and Hellinger distances on binned data (numeric or categorical), with
 * error bounds when a side came from a sketch.
 */
import type { Binned } from './binning.js';
import { PSI_EPSILON, hellinger, jensenShannon, psi } from './distances.js';
import { checkSizes, type StatOutcome, type StatResult } from './outcome.js';

export type DistanceMethod = 'psi' | 'jensen-shannon' | 'hellinger';

export interface DistanceResult extends StatResult {
  method: DistanceMethod;
  pValue: null;
  binned: Binned;
}

export interface DistanceOptions {
  /** Jensen-Shannon log base (default: natural log, scipy's default). */
  base?: number;
  /** PSI's floor for empty bins (default 1e-4, Evidently's). */
  epsilon?: number;
}

/**
 * The distance between the binned reference and current shares. From sketches: Hellinger and
 * Jensen-Shannon are metrics, so the error is at most the distance between each side's shares
 * and the exact ones, bounded through H^2 <= TV and JSD <= TV ln 2; PSI has no finite bound
 * (its log is unbounded near the epsilon floor): statisticError is NaN there.
 */
export function distanceTest(method: DistanceMethod, binned: Binned, options: DistanceOptions = {}): StatOutcome<DistanceResult> {
  const insufficient = checkSizes(method, binned.referenceTotal, binned.currentTotal);
  if (insufficient) return insufficient;
  const ta = binned.referenceTvError;
  const tb = binned.currentTvError;
  let statistic: number;
  let error: number;
  if (method === 'psi') {
    statistic = psi(binned.reference, binned.current, options.epsilon ?? PSI_EPSILON);
    error = ta + tb === 0 ? 0 : NaN;
  } else if (method === 'jensen-shannon') {
    statistic = jensenShannon(binned.reference, binned.current, options.base);
    const scale = Math.LN2 / (options.base === undefined ? 1 : Math.log(options.base));
    error = Math.sqrt(ta * scale) + Math.sqrt(tb * scale);
  } else {
    statistic = hellinger(binned.reference, binned.current);
    error = Math.sqrt(ta) + Math.sqrt(tb);
  }
  return {
    status: 'ok',
    method,
    statistic,
    pValue: null,
    effectSize: null,
    statisticError: error,
    pValueRange: null,
    referenceSize: binned.referenceTotal,
    currentSize: binned.currentTotal,
    binned,
  };
}
