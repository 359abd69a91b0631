/**
 * Log loss and Brier score as scikit-learn 1.9.1 computes them. log_loss clips probabilities
 * to [eps, 1 - eps] with eps = float64 machine epsilon (2.22e-16; the `eps` argument is gone
 * since 1.5) AFTER forming the probability of the true class (1 - p for a binary negative), and
 * does not renormalise multiclass rows that do not sum to one (it only warns: so do we).
 */
import type { Warnings } from './classification.js';

/** Machine epsilon of float64: sklearn's clipping bound for float64 probabilities. */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

function clippedLog(p: number): number {
  return Math.log(p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p);
}

/** Per-row binary log loss -log(clip(p_true)), for the mean here and the bootstrap's weighted means. */
export function binaryLogLossTerms(y: Uint8Array, p: Float64Array): Float64Array {
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = -clippedLog(y[i] === 1 ? p[i]! : 1 - p[i]!);
  return out;
}

/** Per-row squared error (y - p)^2; the binary Brier score is its mean. */
export function brierTerms(y: Uint8Array, p: Float64Array): Float64Array {
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const d = y[i]! - p[i]!;
    out[i] = d * d;
  }
  return out;
}

/** The mean of per-row terms, each counted `weights[i]` times (default once). */
export function weightedMean(terms: Float64Array, weights?: ArrayLike<number>): number {
  let sum = 0;
  let total = 0;
  if (weights === undefined) {
    for (let i = 0; i < terms.length; i++) sum += terms[i]!;
    return sum / terms.length;
  }
  for (let i = 0; i < terms.length; i++) {
    const w = weights[i]!;
    sum += w * terms[i]!;
    total += w;
  }
  return sum / total;
}

/**
 * Per-row multiclass log loss -log(clip(P[i, y_i])) from one probability column per class
 * (columns already in class-index order). Warns once, as sklearn does, when a row does not sum
 * to 1 within rtol sqrt(eps).
 */
export function multiclassLogLossTerms(y: Int32Array, columns: readonly Float64Array[], warnings?: Warnings): Float64Array {
  const out = new Float64Array(y.length);
  const rtol = Math.sqrt(LOG_LOSS_EPS);
  let warned = false;
  for (let i = 0; i < y.length; i++) {
    out[i] = -clippedLog(columns[y[i]!]![i]!);
    if (!warned) {
      let s = 0;
      for (const column of columns) s += column[i]!;
      // np.isclose(s, 1, rtol) is |s - 1| <= atol + rtol * 1 with atol 1e-8
      if (Math.abs(s - 1) > 1e-8 + rtol) {
        warnings?.push(`probabilities of row ${i} sum to ${s}, not 1; log_loss uses them as given (as scikit-learn does)`);
        warned = true;
      }
    }
  }
  return out;
}
