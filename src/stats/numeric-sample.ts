/**
 * One side of a numeric comparison, raw or sketched, seen as a weighted empirical distribution:
 * sorted values with weights (null: all 1) and a bound on how far its CDF may be from the data's.
 */
import { KllSketch, RANK_ERROR } from '../profile/sketches/index.js';

/** Raw values (NaN-free; drop missing values first) or a KLL sketch of them. */
export type NumericInput = Float64Array | readonly number[] | KllSketch;

export interface WeightedSample {
  /** Ascending. */
  values: Float64Array;
  /** weights[i] of values[i]; null when every weight is 1 (raw data). */
  weights: Float64Array | null;
  /** Sum of weights: the number of values summarised. */
  total: number;
  /** Bound on max_x |CDF here - CDF of the data| (0 for raw data and uncompacted sketches). */
  rankError: number;
  /** Exact extremes (NaN when empty). */
  min: number;
  max: number;
}

/**
 * KLL's rank error for accuracy k. RANK_ERROR is stated for the default k = 200; KLL's error is
 * proportional to 1/k, so other k scale it (an assumption outside the default, see README.md).
 */
export function kllRankError(sketch: KllSketch): number {
  const { weights } = sketch.items();
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 1) return (RANK_ERROR * 200) / sketch.k;
  return 0; // nothing was ever compacted: the sketch holds every value
}

/** Sorts a copy of raw values (throws RangeError on NaN, which callers must drop first). */
export function sortedCopy(values: Float64Array | readonly number[]): Float64Array {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) if (out[i] !== out[i]) throw new RangeError(`NaN at index ${i}: drop missing values before comparing`);
  return out.sort();
}

/** The weighted view of either input; raw values are copied and sorted. */
export function toWeighted(input: NumericInput): WeightedSample {
  if (input instanceof KllSketch) {
    const { values, weights } = input.items();
    return { values, weights, total: input.count, rankError: kllRankError(input), min: input.min, max: input.max };
  }
  const values = sortedCopy(input);
  const n = values.length;
  return { values, weights: null, total: n, rankError: 0, min: n ? values[0]! : NaN, max: n ? values[n - 1]! : NaN };
}

/**
 * Walks the union of both samples' distinct values in order, calling visit(x, Fa(x), Fb(x), next)
 * with the right-continuous CDFs at x (count <= x divided by the total, as scipy's
 * searchsorted(side='right') / n) and the next distinct value (Infinity at the end).
 */
export function walkCdfs(a: WeightedSample, b: WeightedSample, visit: (x: number, fa: number, fb: number, next: number) => void): void {
  const A = a.values;
  const B = b.values;
  const wa = a.weights;
  const wb = b.weights;
  const na = a.total;
  const nb = b.total;
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  while (i < A.length || j < B.length) {
    const va = i < A.length ? A[i]! : Infinity;
    const vb = j < B.length ? B[j]! : Infinity;
    const x = va < vb ? va : vb;
    if (wa === null) {
      while (i < A.length && A[i] === x) i++;
      ca = i;
    } else while (i < A.length && A[i] === x) ca += wa[i++]!;
    if (wb === null) {
      while (j < B.length && B[j] === x) j++;
      cb = j;
    } else while (j < B.length && B[j] === x) cb += wb[j++]!;
    const na2 = i < A.length ? A[i]! : Infinity;
    const nb2 = j < B.length ? B[j]! : Infinity;
    visit(x, ca / na, cb / nb, na2 < nb2 ? na2 : nb2);
  }
}
