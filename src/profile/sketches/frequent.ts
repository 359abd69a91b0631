/**
 * Frequent values by Misra-Gries with the mergeable-summary merge of Agarwal et al. (2012).
 * Exact while a column has at most `capacity` distinct values (nothing was ever evicted): that
 * is how drift-check gets exact category distributions for low-cardinality columns, checked by
 * `exact`. Beyond that each reported count is a lower bound, and the true count lies in
 * [count, count + maxError] with maxError <= n / (capacity + 1); any value not listed occurs at
 * most maxError times.
 */
import { UserError } from '../../runner/errors.js';
import { expectArray, expectInt, expectSketch, invalid } from './json.js';

const NAME = 'frequent-values';

/** A value counted by the sketch: its identity is its type and value (42 and "42" differ). */
export type FrequentValue = number | string | boolean;

/** A listed value with its count bounds. */
export interface FrequentEntry {
  value: FrequentValue;
  /** Lower bound on the true count (the true count when the sketch is exact). */
  count: number;
  /** Upper bound on the true count: count + maxError. */
  upper: number;
}

/** The JSON form (format version 1). */
export interface FrequentJson {
  kind: 'frequent';
  version: 1;
  capacity: number;
  /** Number of values added. */
  n: number;
  /** Total amount subtracted from every counter: the bound on any count's undercount. */
  maxError: number;
  /** [value, lower-bound count] pairs, most frequent first. */
  items: Array<[FrequentValue, number]>;
}

/** Mergeable heavy-hitters sketch. */
export class FrequentValues {
  readonly capacity: number;
  private counts = new Map<FrequentValue, number>();
  private n = 0;
  private error = 0;

  /** @param capacity values tracked at once (default 100). */
  constructor(capacity = 100) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1_000_000) {
      throw new UserError(`Frequent-values capacity must be an integer in [1, 1000000], got ${capacity}`);
    }
    this.capacity = capacity;
  }

  /** Adds one value; NaN is ignored, -0 counts as 0. */
  add(value: FrequentValue): void {
    if (value !== value) return;
    if (value === 0) value = 0;
    this.n++;
    const counts = this.counts;
    const c = counts.get(value);
    if (c !== undefined) counts.set(value, c + 1);
    else if (counts.size < this.capacity) counts.set(value, 1);
    else {
      // No room: the new value and every tracked one lose one occurrence. Each such step removes
      // capacity + 1 counts, so it happens at most n / (capacity + 1) times in total.
      this.error++;
      for (const [key, count] of counts) {
        if (count === 1) counts.delete(key);
        else counts.set(key, count - 1);
      }
    }
  }

  /** Merges other into this sketch (capacities may differ; this one's is kept). */
  merge(other: FrequentValues): this {
    for (const [key, count] of other.counts) this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.n += other.n;
    this.error += other.error;
    if (this.counts.size > this.capacity) {
      const sorted = [...this.counts.values()].sort((a, b) => b - a);
      const cut = sorted[this.capacity]!;
      this.error += cut;
      for (const [key, count] of this.counts) {
        if (count <= cut) this.counts.delete(key);
        else this.counts.set(key, count - cut);
      }
    }
    return this;
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }
  /** Bound on the undercount of any value (0 when exact). */
  get maxError(): number {
    return this.error;
  }
  /** True when every distinct value is listed with its exact count. */
  get exact(): boolean {
    return this.error === 0;
  }

  /** Bounds on the count of one value (listed or not). */
  countOf(value: FrequentValue): { count: number; upper: number } {
    const c = this.counts.get(value === 0 ? 0 : value) ?? 0;
    return { count: c, upper: c + this.error };
  }

  /** The listed values, most frequent first (ties in a stable order), at most limit of them. */
  top(limit = this.capacity): FrequentEntry[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || compareValues(a[0], b[0]))
      .slice(0, limit)
      .map(([value, count]) => ({ value, count, upper: count + this.error }));
  }

  /** Plain JSON (format version 1); see README.md. */
  toJSON(): FrequentJson {
    const items = this.top().map((e): [FrequentValue, number] => [e.value, e.count]);
    return { kind: 'frequent', version: 1, capacity: this.capacity, n: this.n, maxError: this.error, items };
  }

  /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
  static fromJSON(json: unknown): FrequentValues {
    const obj = expectSketch(json, NAME, 'frequent', 1);
    const sketch = new FrequentValues(expectInt(obj, NAME, 'capacity', 1, 1_000_000));
    sketch.n = expectInt(obj, NAME, 'n', 0);
    sketch.error = expectInt(obj, NAME, 'maxError', 0, sketch.n);
    const items = expectArray(obj, NAME, 'items');
    if (items.length > sketch.capacity) invalid(NAME, 'items', `at most capacity (${sketch.capacity}) entries`, items.length);
    let total = 0;
    items.forEach((item, i) => {
      if (!Array.isArray(item) || item.length !== 2) invalid(NAME, `items[${i}]`, 'a [value, count] pair', item);
      const [value, count] = item as [unknown, unknown];
      const okValue = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
      if (!okValue) invalid(NAME, `items[${i}][0]`, 'a string, boolean or finite number', value);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) invalid(NAME, `items[${i}][1]`, 'a positive integer count', count);
      if (sketch.counts.has(value as FrequentValue)) invalid(NAME, `items[${i}][0]`, 'a value listed once', value);
      sketch.counts.set(value as FrequentValue, count);
      total += count;
    });
    if (total > sketch.n) invalid(NAME, 'items', `counts summing to at most n = ${sketch.n}`, total);
    return sketch;
  }
}

/** A total order on values for stable output: numbers, then strings, then booleans. */
function compareValues(a: FrequentValue, b: FrequentValue): number {
  const rank = (v: FrequentValue): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
