/**
 * First Wasserstein distance between two one-dimensional samples, equal to
 * scipy.stats.wasserstein_distance(u, v): the integral of |F_u - F_v| over x. Also its
 * normalised form W / max(std(reference), 0.001), as Evidently reports it (std with ddof = 0).
 */
import { KllSketch } from '../profile/sketches/index.js';
import { toWeighted, walkCdfs, type NumericInput, type WeightedSample } from './numeric-sample.js';
import { checkSizes, type StatOutcome, type StatResult } from './outcome.js';

/** Evidently's floor on the reference std, so a constant reference does not divide by zero. */
export const MIN_NORMALIZING_STD = 0.001;

export interface WassersteinResult extends StatResult {
  method: 'wasserstein';
  pValue: null;
  /** W / max(referenceStd, 0.001): the drift score drift-check compares with its threshold. */
  normalized: number;
  referenceStd: number;
  /** Bound on |normalized - normalized on raw data| (the std itself is taken as given). */
  normalizedError: number;
}

export interface WassersteinOptions {
  /**
   * Population std of the reference (e.g. Moments.std(0) of a saved profile). Default: computed
   * from the raw reference, or from a sketch's weighted values (approximate).
   */
  referenceStd?: number;
}

/** integral |Fa - Fb| dx, summed with Neumaier compensation (1M-term sums keep full precision). */
export function wassersteinOf(a: WeightedSample, b: WeightedSample): number {
  let sum = 0;
  let comp = 0;
  walkCdfs(a, b, (x, fa, fb, next) => {
    if (next === Infinity) return;
    const term = Math.abs(fa - fb) * (next - x);
    const t = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  });
  return sum + comp;
}

/** Population standard deviation of a weighted sample, two-pass. */
export function weightedStd(s: WeightedSample): number {
  const w = s.weights;
  let mean = 0;
  for (let i = 0; i < s.values.length; i++) mean += s.values[i]! * (w ? w[i]! : 1);
  mean /= s.total;
  let ss = 0;
  for (let i = 0; i < s.values.length; i++) ss += (s.values[i]! - mean) ** 2 * (w ? w[i]! : 1);
  return Math.sqrt(ss / s.total);
}

/**
 * Wasserstein distance of current from reference (raw values or KLL sketches). From sketches the
 * error is at most (rank error a + rank error b) * (max - min over both sides).
 */
export function wassersteinTest(reference: NumericInput, current: NumericInput, options: WassersteinOptions = {}): StatOutcome<WassersteinResult> {
  const a = toWeighted(reference);
  const b = toWeighted(current);
  const insufficient = checkSizes('wasserstein', a.total, b.total);
  if (insufficient) return insufficient;
  const w = wassersteinOf(a, b);
  const referenceStd = options.referenceStd ?? weightedStd(a);
  const norm = Math.max(referenceStd, MIN_NORMALIZING_STD);
  const range = Math.max(a.max, b.max) - Math.min(a.min, b.min);
  const error = (a.rankError + b.rankError) * range;
  return {
    status: 'ok',
    method: 'wasserstein',
    statistic: w,
    pValue: null,
    effectSize: null,
    normalized: w / norm,
    referenceStd,
    normalizedError: error / norm,
    statisticError: error,
    pValueRange: null,
    referenceSize: a.total,
    currentSize: b.total,
  };
}

/** True when the input is a sketch (its statistics carry a rank error). */
export function isSketch(input: NumericInput): input is KllSketch {
  return input instanceof KllSketch;
}
