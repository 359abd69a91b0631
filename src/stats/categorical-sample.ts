/**
 * One side of a categorical comparison as counts per category, from raw values or from a
 * FrequentValues sketch (exact while the column has at most `capacity` distinct values; beyond
 * that the values it no longer lists are pooled into one OTHER bucket, on both sides).
 */
import { FrequentValues, type FrequentValue } from '../profile/sketches/index.js';

/** Raw category values (missing values dropped) or a frequent-values sketch of them. */
export type CategoricalInput = readonly FrequentValue[] | FrequentValues;

/** The pooled bucket's key when a sketch is not exact (a symbol: no data value can equal it). */
export const OTHER: unique symbol = Symbol('other');
export type CategoryKey = FrequentValue | typeof OTHER;

export interface CategoryCounts {
  counts: Map<CategoryKey, number>;
  total: number;
  /** Bound on the undercount of any listed category (0 when exact). */
  maxError: number;
  /** Values a non-exact sketch lists; null when every value is known. */
  listed: Set<FrequentValue> | null;
}

/** Counts per category of either input. */
export function toCounts(input: CategoricalInput): CategoryCounts {
  if (input instanceof FrequentValues) {
    const counts = new Map<CategoryKey, number>();
    let listedTotal = 0;
    for (const e of input.top()) {
      counts.set(e.value, e.count);
      listedTotal += e.count;
    }
    if (input.exact) return { counts, total: input.count, maxError: 0, listed: null };
    counts.set(OTHER, input.count - listedTotal);
    return { counts, total: input.count, maxError: input.maxError, listed: new Set(counts.keys() as Iterable<FrequentValue>) };
  }
  const counts = new Map<CategoryKey, number>();
  for (const raw of input) {
    const v = raw === 0 ? 0 : raw; // -0 and 0 are one category, as in the sketch
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { counts, total: input.length, maxError: 0, listed: null };
}

/** Pools the categories a non-exact side does not list into OTHER, so both sides share buckets. */
function pool(c: CategoryCounts, listed: Set<FrequentValue>): CategoryCounts {
  const counts = new Map<CategoryKey, number>();
  for (const [k, n] of c.counts) {
    const key = k !== OTHER && listed.has(k) ? k : OTHER;
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return { ...c, counts };
}

/**
 * Aligns both sides on the union of their categories (sorted, numbers then strings then
 * booleans, OTHER last) and returns the two count vectors. When a side is a non-exact sketch,
 * both sides pool every value it does not list into OTHER first.
 */
export function alignCounts(reference: CategoryCounts, current: CategoryCounts): { keys: CategoryKey[]; ref: Float64Array; cur: Float64Array; a: CategoryCounts; b: CategoryCounts } {
  let a = reference;
  let b = current;
  // Keep only values every non-exact side lists: a value one sketch pooled cannot be split out again.
  const listed = a.listed && b.listed ? new Set([...a.listed].filter((v) => b.listed!.has(v))) : (a.listed ?? b.listed);
  if (listed) {
    a = pool(a, listed);
    b = pool(b, listed);
  }
  const keys = [...new Set([...a.counts.keys(), ...b.counts.keys()])].sort(compareKeys);
  return {
    keys,
    ref: Float64Array.from(keys, (k) => a.counts.get(k) ?? 0),
    cur: Float64Array.from(keys, (k) => b.counts.get(k) ?? 0),
    a,
    b,
  };
}

function compareKeys(x: CategoryKey, y: CategoryKey): number {
  const rank = (v: CategoryKey): number => (v === OTHER ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  return (x as FrequentValue) < (y as FrequentValue) ? -1 : (x as FrequentValue) > (y as FrequentValue) ? 1 : 0;
}
