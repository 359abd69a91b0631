/**
 * DeLong's test of equal ROC AUC for two models scored on the same rows, in Sun & Xu's (2014)
 * O(n log n) form: the structural components come from midranks (within the positives, within
 * the negatives, and overall) instead of the O(mn) pairwise kernel.
 */
import { UserError } from '../../runner/errors.js';
import { binaryLabels, checkLengths, finiteNumbers, type NumericArray } from '../input.js';
import { ascendingOrder } from '../sort.js';
import { normalSf } from './distributions.js';

/** Midranks (1-based, ties averaged) of `values`, indexed like `values`. */
export function midranks(values: Float64Array): Float64Array {
  const order = ascendingOrder(values);
  const ranks = new Float64Array(values.length);
  let k = 0;
  while (k < order.length) {
    const v = values[order[k]!]!;
    let end = k;
    while (end < order.length && values[order[end]!] === v) end++;
    const rank = (k + 1 + end) / 2; // mean of ranks k+1 .. end
    for (let j = k; j < end; j++) ranks[order[j]!] = rank;
    k = end;
  }
  return ranks;
}

/** DeLong's test result: both AUCs, their difference (a - b), its standard error, z and two-sided p. */
export interface DeLongResult {
  aucA: number;
  aucB: number;
  difference: number;
  variance: number;
  z: number;
  pValue: number;
}

/** AUC and the structural components V10 (per positive) and V01 (per negative) of one model. */
function components(scores: Float64Array, pos: Int32Array, neg: Int32Array): { auc: number; v10: Float64Array; v01: Float64Array } {
  const m = pos.length;
  const n = neg.length;
  const tz = midranks(scores);
  const tx = midranks(Float64Array.from(pos, (i) => scores[i]!));
  const ty = midranks(Float64Array.from(neg, (i) => scores[i]!));
  let sumPos = 0;
  const v10 = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const r = tz[pos[i]!]!;
    sumPos += r;
    v10[i] = (r - tx[i]!) / n;
  }
  const v01 = new Float64Array(n);
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[neg[j]!]! - ty[j]!) / m;
  return { auc: (sumPos - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}

/** Sample covariance (n - 1 denominator, as np.cov) of two equally long arrays. */
function covariance(a: Float64Array, b: Float64Array): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < a.length; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= a.length;
  mb /= b.length;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (a.length - 1);
}

/**
 * DeLong's test of AUC(a) = AUC(b) for two score columns on the same 0/1 labels: z is the AUC
 * difference over its standard error, p = 2 P(Z > |z|). When the variance is 0 (e.g. identical
 * rankings) z is 0 and p is 1 if the AUCs are equal. Needs two positives and two negatives.
 */
export function delongTest(yTrue: ArrayLike<number>, scoresA: NumericArray, scoresB: NumericArray): DeLongResult {
  checkLengths({ labels: yTrue, 'candidate scores': scoresA, 'baseline scores': scoresB });
  const y = binaryLabels('labels', yTrue);
  const a = finiteNumbers('candidate scores', scoresA);
  const b = finiteNumbers('baseline scores', scoresB);
  let m = 0;
  for (let i = 0; i < y.length; i++) m += y[i]!;
  const n = y.length - m;
  if (m < 2 || n < 2) throw new UserError(`DeLong's test needs at least two positive and two negative rows; the labels have ${m} and ${n}`);
  const pos = new Int32Array(m);
  const neg = new Int32Array(n);
  for (let i = 0, p = 0, q = 0; i < y.length; i++) {
    if (y[i] === 1) pos[p++] = i;
    else neg[q++] = i;
  }
  const ca = components(a, pos, neg);
  const cb = components(b, pos, neg);
  const s10 = covariance(ca.v10, ca.v10) + covariance(cb.v10, cb.v10) - 2 * covariance(ca.v10, cb.v10);
  const s01 = covariance(ca.v01, ca.v01) + covariance(cb.v01, cb.v01) - 2 * covariance(ca.v01, cb.v01);
  const variance = Math.max(0, s10 / m + s01 / n);
  const difference = ca.auc - cb.auc;
  let z: number;
  if (variance > 0) z = difference / Math.sqrt(variance);
  else z = difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity;
  return { aucA: ca.auc, aucB: cb.auc, difference, variance, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
