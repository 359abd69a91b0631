/**
 * Mann-Whitney U test of two independent samples, as Kayenta's canary judge uses it to compare a
 * canary metric's observations with the stable side's. Equals
 * `scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='asymptotic')` (continuity
 * correction on, tie correction of the variance), tested against scipy.
 */
import { normalSf } from './special/distributions.js';

export interface MannWhitneyResult {
  /** U of the first sample: the number of pairs (x, y) with x > y, ties counting one half (scipy's statistic). */
  u: number;
  /** Two-sided p-value (normal approximation with continuity and tie corrections). */
  pValue: number;
  /** The standardized statistic |U - n1 n2 / 2| - 1/2 over its standard deviation (0 when every value ties). */
  z: number;
  /** Common-language effect size U / (n1 n2): the chance that an x exceeds a y (ties half). */
  cles: number;
  n1: number;
  n2: number;
}

/** Midranks (1-based, ties get the mean of their ranks) of the pooled values, and Σ(t³ - t) over tie groups. */
function rankPooled(values: Float64Array): { ranks: Float64Array; tieTerm: number } {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const t = end - start;
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = midrank;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { ranks, tieTerm };
}

/**
 * The two-sided asymptotic Mann-Whitney U test of x against y. Both samples need at least one
 * value; NaN is refused (callers drop missing observations first).
 */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('Mann-Whitney U needs at least one value on each side');
  const pooled = new Float64Array(n1 + n2);
  for (let i = 0; i < n1; i++) pooled[i] = x[i]!;
  for (let j = 0; j < n2; j++) pooled[n1 + j] = y[j]!;
  if (pooled.some(Number.isNaN)) throw new RangeError('Mann-Whitney U: NaN among the values');
  const { ranks, tieTerm } = rankPooled(pooled);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  // scipy: s = sqrt(n1 n2 / 12 * ((n + 1) - Σ(t³ - t) / (n (n - 1)))).
  const variance = ((n1 * n2) / 12) * (n + 1 - (n > 1 ? tieTerm / (n * (n - 1)) : 0));
  const s = Math.sqrt(Math.max(variance, 0));
  // Two-sided: the larger U, moved half a unit toward the mean (continuity), as scipy does.
  const numerator = Math.max(u1, u2) - mu - 0.5;
  let z: number;
  let pValue: number;
  if (s === 0) {
    // Every value ties: no evidence of a difference (scipy's z is -inf there, p clipped to 1).
    z = 0;
    pValue = 1;
  } else {
    z = numerator / s;
    pValue = Math.min(1, Math.max(0, 2 * normalSf(z)));
  }
  return { u: u1, pValue, z, cles: u1 / (n1 * n2), n1, n2 };
}
