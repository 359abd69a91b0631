/**
 * Chi-squared test of homogeneity for a categorical column: the 2 x K contingency table of
 * reference and current counts per category, equal to scipy.stats.chi2_contingency(table) with
 * its defaults (Pearson statistic; Yates' continuity correction when there is exactly one
 * degree of freedom, i.e. two categories, as scipy's correction=True does).
 */
import { alignCounts, toCounts, type CategoricalInput } from './categorical-sample.js';
import { checkSizes, type StatOutcome, type StatResult } from './outcome.js';
import { chi2Sf } from './special/distributions.js';

export interface Chi2Result extends StatResult {
  method: 'chi2';
  pValue: number;
  dof: number;
  /** Categories compared (after pooling unlisted values of an inexact sketch). */
  categories: number;
  /** Whether the counts were exact (raw values or exact sketches). */
  exact: boolean;
}

/** Statistic and p-value of chi2_contingency on a 2 x K table (rows: reference, current). */
export function chi2Contingency(ref: ArrayLike<number>, cur: ArrayLike<number>, correction = true): { statistic: number; pValue: number; dof: number; uncorrected: number } {
  let n1 = 0;
  let n2 = 0;
  for (let j = 0; j < ref.length; j++) {
    n1 += ref[j]!;
    n2 += cur[j]!;
  }
  const n = n1 + n2;
  const dof = ref.length - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof, uncorrected: 0 };
  let statistic = 0;
  let uncorrected = 0;
  for (let j = 0; j < ref.length; j++) {
    const col = ref[j]! + cur[j]!;
    for (const [observed, rowTotal] of [[ref[j]!, n1], [cur[j]!, n2]] as const) {
      // scipy's expected_freq: the product of the margins divided by the total.
      const expected = (rowTotal * col) / n;
      const diff = expected - observed;
      uncorrected += (observed - expected) ** 2 / expected;
      // Yates: move each observed count half a unit toward its expectation (never past it).
      const adjusted = correction && dof === 1 ? observed + Math.sign(diff) * Math.min(0.5, Math.abs(diff)) : observed;
      statistic += (adjusted - expected) ** 2 / expected;
    }
  }
  return { statistic, pValue: chi2Sf(statistic, dof), dof, uncorrected };
}

/**
 * Chi-squared test of reference vs current categories (raw values or FrequentValues). Effect
 * size: Cramér's V = sqrt(chi2 / n) from the uncorrected statistic (min(2, K) - 1 = 1 for a
 * 2 x K table), as scipy.stats.contingency.association(method='cramer').
 */
export function chi2Test(reference: CategoricalInput, current: CategoricalInput): StatOutcome<Chi2Result> {
  const aligned = alignCounts(toCounts(reference), toCounts(current));
  const insufficient = checkSizes('chi2', aligned.a.total, aligned.b.total);
  if (insufficient) return insufficient;
  const r = chi2Contingency(aligned.ref, aligned.cur);
  const n = aligned.a.total + aligned.b.total;
  const exact = aligned.a.maxError === 0 && aligned.b.maxError === 0;
  return {
    status: 'ok',
    method: 'chi2',
    statistic: r.statistic,
    pValue: r.pValue,
    dof: r.dof,
    categories: aligned.keys.length,
    exact,
    effectSize: { name: 'cramers-v', value: r.dof === 0 ? 0 : Math.sqrt(r.uncorrected / n) },
    // A non-exact sketch's counts move the statistic without a useful worst-case bound.
    statisticError: exact ? 0 : NaN,
    pValueRange: null,
    referenceSize: aligned.a.total,
    currentSize: aligned.b.total,
  };
}
