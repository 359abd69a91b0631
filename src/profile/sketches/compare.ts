/**
 * Two-sample distances computed from two KLL sketches, for drift-check when the reference is a
 * saved profile. Both treat each sketch as the weighted empirical distribution of its retained
 * values, so they equal scipy's ks_2samp statistic and wasserstein_distance on raw data up to
 * the sketches' rank errors ea and eb (RANK_ERROR for the default k):
 *   |KS(sketches) - KS(data)| <= ea + eb
 *   |W(sketches) - W(data)|   <= (ea + eb) * (max - min over both columns)
 * because both are functionals of the CDFs and each sketch CDF is within its rank error everywhere.
 */
import type { KllSketch } from './kll.js';

/** The stated normalised rank error of a KLL sketch with the default k = 200. */
export const RANK_ERROR = 0.0165;

/** Walks the union of both sketches' values, calling visit(x, Fa(x), Fb(x), next x) at each distinct x. */
function walk(a: KllSketch, b: KllSketch, visit: (x: number, fa: number, fb: number, next: number) => void): void {
  const A = a.items();
  const B = b.items();
  const na = a.count;
  const nb = b.count;
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  while (i < A.values.length || j < B.values.length) {
    const va = i < A.values.length ? A.values[i]! : Infinity;
    const vb = j < B.values.length ? B.values[j]! : Infinity;
    const x = Math.min(va, vb);
    while (i < A.values.length && A.values[i] === x) ca += A.weights[i++]!;
    while (j < B.values.length && B.values[j] === x) cb += B.weights[j++]!;
    const next = Math.min(i < A.values.length ? A.values[i]! : Infinity, j < B.values.length ? B.values[j]! : Infinity);
    visit(x, ca / na, cb / nb, next);
  }
}

/**
 * Kolmogorov-Smirnov statistic sup |Fa - Fb| between the distributions summarised by two
 * sketches (NaN when either is empty). The p-value is drift-check's business (it needs the
 * sample sizes, which are the sketches' counts).
 */
export function ksStatistic(a: KllSketch, b: KllSketch): number {
  if (a.count === 0 || b.count === 0) return NaN;
  let d = 0;
  walk(a, b, (_x, fa, fb) => {
    d = Math.max(d, Math.abs(fa - fb));
  });
  return d;
}

/**
 * First Wasserstein (earth mover's) distance, the integral of |Fa - Fb| over x, between the
 * distributions summarised by two sketches (NaN when either is empty).
 */
export function wassersteinDistance(a: KllSketch, b: KllSketch): number {
  if (a.count === 0 || b.count === 0) return NaN;
  let w = 0;
  walk(a, b, (x, fa, fb, next) => {
    if (next !== Infinity) w += Math.abs(fa - fb) * (next - x);
  });
  return w;
}
