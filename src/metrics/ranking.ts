/**
 * ROC AUC and average precision from scores sorted once (ascending), with scikit-learn's
 * handling of ties: rows with equal scores form one threshold, so ROC AUC counts a tied
 * positive/negative pair as half (the trapezoid over sklearn's roc_curve) and average
 * precision takes one precision/recall step per distinct score.
 *
 * Both take optional per-row multiplicities so the bootstrap can reuse the same order: a
 * resample's metric is one pass over the pre-sorted rows with its counts as weights.
 */
import type { Warnings } from './classification.js';

/**
 * ROC AUC over rows sorted ascending by score. `order[k]` is the row at rank k, `y` its 0/1
 * label, `values` the scores (compared for ties). NaN with a warning when a class is absent,
 * as roc_auc_score does (scikit-learn 1.9.1 warns and returns nan).
 */
export function rocAucSorted(
  y: Uint8Array,
  values: Float64Array,
  order: Int32Array,
  weights?: ArrayLike<number>,
  warnings?: Warnings,
): number {
  const n = order.length;
  let num = 0; // sum over positives of (negatives strictly below + half the tied negatives)
  let negBelow = 0;
  let pos = 0;
  let k = 0;
  while (k < n) {
    const v = values[order[k]!]!;
    let gp = 0;
    let gn = 0;
    for (; k < n && values[order[k]!] === v; k++) {
      const row = order[k]!;
      const w = weights === undefined ? 1 : weights[row]!;
      if (y[row] === 1) gp += w;
      else gn += w;
    }
    num += gp * (negBelow + 0.5 * gn);
    negBelow += gn;
    pos += gp;
  }
  if (pos === 0 || negBelow === 0) {
    warnings?.push('Only one class is present in y_true. ROC AUC score is not defined in that case (NaN).');
    return NaN;
  }
  return num / (pos * negBelow);
}

/**
 * Average precision (sklearn's step-function integral, no interpolation) over rows sorted
 * ascending by score: the sum over distinct thresholds, highest first, of recall gain times
 * precision. 0 with a warning when there is no positive row, as sklearn sets recall to 1.
 */
export function averagePrecisionSorted(
  y: Uint8Array,
  values: Float64Array,
  order: Int32Array,
  weights?: ArrayLike<number>,
  warnings?: Warnings,
): number {
  let totalPos = 0;
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    if (y[row] === 1) totalPos += weights === undefined ? 1 : weights[row]!;
  }
  if (totalPos === 0) {
    warnings?.push('No positive class found in y_true; average precision is 0 (recall set to one for all thresholds).');
    return 0;
  }
  let tp = 0;
  let fp = 0;
  let sum = 0;
  let k = order.length - 1;
  while (k >= 0) {
    const v = values[order[k]!]!;
    let gp = 0;
    let gn = 0;
    for (; k >= 0 && values[order[k]!] === v; k--) {
      const row = order[k]!;
      const w = weights === undefined ? 1 : weights[row]!;
      if (y[row] === 1) gp += w;
      else gn += w;
    }
    tp += gp;
    fp += gn;
    if (gp > 0) sum += gp * (tp / (tp + fp));
  }
  return sum / totalPos;
}
