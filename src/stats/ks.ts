/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, equal to scipy.stats.ks_2samp(method='auto').
 * Written here because npm has no two-sample KS with scipy's exact distribution (checked
 * 2026: @stdlib/stats-kstest is one-sample only; jstat has no KS test).
 */
import { ksPValue } from './ks/p-value.js';
import { toWeighted, walkCdfs, type NumericInput, type WeightedSample } from './numeric-sample.js';
import { checkSizes, type StatOutcome, type StatResult } from './outcome.js';

export interface KsResult extends StatResult {
  method: 'ks';
  pValue: number;
  /** 'exact' path counting (both sizes <= 10,000) or the 'asymptotic' kstwo distribution. */
  pValueMethod: 'exact' | 'asymptotic';
}

/** sup_x |Fa(x) - Fb(x)|, computed as scipy does (max over both signs of the difference). */
export function ksStatisticOf(a: WeightedSample, b: WeightedSample): number {
  let maxS = 0;
  let minS = 0;
  walkCdfs(a, b, (_x, fa, fb) => {
    const diff = fa - fb;
    if (diff > maxS) maxS = diff;
    if (-diff > minS) minS = -diff;
  });
  return minS > maxS ? minS : maxS;
}

/**
 * Two-sided two-sample KS test of reference vs current (raw values or KLL sketches). Effect size:
 * D itself. From sketches D is within the sum of both rank errors of D on the raw data, and
 * pValueRange holds the p-values at D +- that error.
 */
export function ksTest(reference: NumericInput, current: NumericInput): StatOutcome<KsResult> {
  const a = toWeighted(reference);
  const b = toWeighted(current);
  const insufficient = checkSizes('ks', a.total, b.total);
  if (insufficient) return insufficient;
  const d = ksStatisticOf(a, b);
  const { statistic, pValue, method } = ksPValue(d, a.total, b.total);
  const error = a.rankError + b.rankError;
  const pValueRange: [number, number] | null =
    error > 0 ? [ksPValue(Math.min(1, d + error), a.total, b.total).pValue, ksPValue(Math.max(0, d - error), a.total, b.total).pValue] : null;
  return {
    status: 'ok',
    method: 'ks',
    statistic,
    pValue,
    pValueMethod: method,
    effectSize: { name: 'ks-d', value: statistic },
    statisticError: error,
    pValueRange,
    referenceSize: a.total,
    currentSize: b.total,
  };
}
