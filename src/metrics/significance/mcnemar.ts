/**
 * McNemar's test of equal accuracy of two models on the same rows, with the semantics of
 * statsmodels.stats.contingency_tables.mcnemar:
 *  - exact: statistic min(b, c), p = min(1, 2 * BinomCDF(min(b, c); b + c, 1/2));
 *  - chi-squared: statistic (|b - c| - 1)^2 / (b + c) with the continuity correction, p from
 *    chi-squared with one degree of freedom.
 * statsmodels makes the caller choose; we choose exact when the discordant count b + c is
 * below 25 (the usual rule, e.g. Rosner's, where the chi-squared approximation gets poor) unless
 * `exact` says otherwise. With no discordant rows the exact p is 1.
 */
import { binaryLabels, checkLengths, type Label } from '../input.js';
import { binomialCdfHalf, chi2Sf1 } from './distributions.js';

/** Discordant counts below this use the exact binomial test by default. */
export const MCNEMAR_EXACT_BELOW = 25;

/** McNemar's test result; b and c are the discordant counts. */
export interface McNemarResult {
  /** Rows the baseline got right and the candidate wrong. */
  baselineOnly: number;
  /** Rows the candidate got right and the baseline wrong. */
  candidateOnly: number;
  method: 'exact' | 'chi2';
  statistic: number;
  pValue: number;
}

/** McNemar's test from the two discordant counts. */
export function mcnemarFromCounts(baselineOnly: number, candidateOnly: number, options: { exact?: boolean } = {}): McNemarResult {
  const b = baselineOnly;
  const c = candidateOnly;
  const exact = options.exact ?? b + c < MCNEMAR_EXACT_BELOW;
  if (exact) {
    const statistic = Math.min(b, c);
    return { baselineOnly: b, candidateOnly: c, method: 'exact', statistic, pValue: Math.min(1, 2 * binomialCdfHalf(statistic, b + c)) };
  }
  const d = Math.abs(b - c) - 1;
  const statistic = (d * d) / (b + c);
  return { baselineOnly: b, candidateOnly: c, method: 'chi2', statistic, pValue: chi2Sf1(statistic) };
}

/**
 * McNemar's test on per-row correctness of candidate and baseline predictions (binary 0/1 or
 * any multiclass labels compared for equality with y_true).
 */
export function mcnemar(
  yTrue: ArrayLike<Label>,
  candidate: ArrayLike<Label>,
  baseline: ArrayLike<Label>,
  options: { exact?: boolean } = {},
): McNemarResult {
  const n = checkLengths({ labels: yTrue, 'candidate predictions': candidate, 'baseline predictions': baseline });
  let b = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const okC = candidate[i] === yTrue[i];
    const okB = baseline[i] === yTrue[i];
    if (okB && !okC) b++;
    else if (okC && !okB) c++;
  }
  return mcnemarFromCounts(b, c, options);
}

/** McNemar's test for binary 0/1 predictions, validating them (UserError on values other than 0/1). */
export function mcnemarBinary(yTrue: ArrayLike<number>, candidate: ArrayLike<number>, baseline: ArrayLike<number>, options: { exact?: boolean } = {}): McNemarResult {
  checkLengths({ labels: yTrue, 'candidate predictions': candidate, 'baseline predictions': baseline });
  return mcnemar(binaryLabels('labels', yTrue), binaryLabels('candidate predictions', candidate), binaryLabels('baseline predictions', baseline), options);
}
