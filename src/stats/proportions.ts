/**
 * Two-proportion z-test for binary columns: pooled, two-sided, as statsmodels'
 * proportions_ztest(prop_var=False) and the textbook formula (checked against scipy in tests).
 */
import { toCounts, type CategoricalInput } from './categorical-sample.js';
import { checkSizes, type StatOutcome, type StatResult } from './outcome.js';
import { normalSf } from './special/distributions.js';
import type { FrequentValue } from '../profile/sketches/index.js';
import { UserError } from '../runner/errors.js';

export interface ZTestResult extends StatResult {
  method: 'z';
  pValue: number;
  /** The value whose share is compared. */
  positive: FrequentValue;
  referenceShare: number;
  currentShare: number;
}

/**
 * z = (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2)) with pooled p = (x1 + x2) / (n1 + n2); p-value
 * 2 P(Z > |z|). When p is 0 or 1 both samples are constant and equal: z = 0, p-value 1.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number; cohensH: number } {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const z = se === 0 ? 0 : (p2 - p1) / se;
  return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))), cohensH: 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1)) };
}

/**
 * Z-test on a binary column (raw values or FrequentValues, exact for two values). `positive`
 * defaults to the larger of the (at most two) values in sort order (true, or 1, or the later
 * string). Effect size: Cohen's h = 2 asin sqrt(p2) - 2 asin sqrt(p1).
 */
export function zTest(reference: CategoricalInput, current: CategoricalInput, positive?: FrequentValue): StatOutcome<ZTestResult> {
  const a = toCounts(reference);
  const b = toCounts(current);
  const insufficient = checkSizes('z', a.total, b.total);
  if (insufficient) return insufficient;
  const values = [...new Set([...a.counts.keys(), ...b.counts.keys()])];
  if (values.length > 2 || values.some((v) => typeof v === 'symbol')) {
    throw new UserError(`The z-test compares binary columns; this one has ${values.length > 2 ? values.length : 'more than 2'} distinct values`);
  }
  const sorted = (values as FrequentValue[]).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const pos = positive ?? sorted[sorted.length - 1]!;
  const x1 = a.counts.get(pos) ?? 0;
  const x2 = b.counts.get(pos) ?? 0;
  const r = twoProportionZ(x1, a.total, x2, b.total);
  return {
    status: 'ok',
    method: 'z',
    statistic: r.z,
    pValue: r.pValue,
    positive: pos,
    referenceShare: x1 / a.total,
    currentShare: x2 / b.total,
    effectSize: { name: 'cohens-h', value: r.cohensH },
    statisticError: 0,
    pValueRange: null,
    referenceSize: a.total,
    currentSize: b.total,
  };
}
