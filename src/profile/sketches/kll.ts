/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016), in the simple lazy form of Liberty's
 * reference implementation: a stack of compactors, level h holding items of weight 2^h, level
 * capacities shrinking by c = 2/3 from the top. Written here because npm has no maintained KLL
 * (its quantile sketches are t-digest, whose merge is order-dependent with no rank guarantee,
 * and DDSketch, whose guarantee is on relative value error, not on rank as KS needs).
 *
 * Error: with k = 200 the normalised rank error (max over x of |sketch CDF - true CDF|) stays
 * below 1.65% with high probability; test/unit/profile/kll.test.ts measures it (see README.md).
 */
import { UserError } from '../../runner/errors.js';
import { expectArray, expectFinite, expectInt, expectNumbers, expectSketch, invalid } from './json.js';
import { Mulberry32 } from './prng.js';
import { SortedView } from './kll-view.js';

const C = 2 / 3;
/**
 * Floor on a level's capacity (DataSketches uses 8). Without it the lowest levels shrink to 2-3
 * values and a compaction (a sort call) runs every other add; a floor of 64 costs at most
 * 64 values per level (a few KB) and only lowers the error.
 */
const MIN_WIDTH = 64;
const NAME = 'KLL';

/** The JSON form of a KllSketch (format version 1). */
export interface KllJson {
  kind: 'kll';
  version: 1;
  /** Accuracy parameter: larger is more accurate; memory is about 3k numbers. */
  k: number;
  /** Number of values added (NaN is never added). */
  n: number;
  /** Exact extremes, null when n = 0. */
  min: number | null;
  max: number | null;
  /** State of the seeded PRNG that picks which half a compaction keeps. */
  rngState: number;
  /** levels[h]: the retained values of weight 2^h, in no particular order. */
  levels: number[][];
}

/** Mergeable quantile sketch of a numeric column with a rank-error guarantee. */
export class KllSketch {
  readonly k: number;
  private n = 0;
  private lo = Infinity;
  private hi = -Infinity;
  private levels: Float64Array[] = [];
  private lengths: number[] = [];
  private size = 0;
  private maxSize = 0;
  private readonly rng: Mulberry32;
  private view: SortedView | null = null;

  /** @param k accuracy (8..65535, default 200); @param seed PRNG seed, so profiles are reproducible. */
  constructor(k = 200, seed = 0x5eed) {
    if (!Number.isInteger(k) || k < 8 || k > 65535) throw new UserError(`KLL parameter k must be an integer in [8, 65535], got ${k}`);
    this.k = k;
    this.rng = new Mulberry32(seed);
    this.grow();
  }

  /** Adds one number; NaN is ignored (callers count it as missing). */
  add(value: number): void {
    if (value !== value) return;
    if (value === 0) value = 0; // -0 would not survive JSON
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
    this.n++;
    const len = this.lengths[0]!;
    let buf = this.levels[0]!;
    if (len === buf.length) buf = this.widen(0, len + 1);
    buf[len] = value;
    this.lengths[0] = len + 1;
    this.view = null;
    if (++this.size >= this.maxSize) this.compress();
  }

  /** Merges other into this sketch (same k required); other is unchanged. */
  merge(other: KllSketch): this {
    if (other.k !== this.k) throw new UserError(`Cannot merge KLL sketches with different k (${this.k} and ${other.k})`);
    while (this.levels.length < other.levels.length) this.grow();
    for (let h = 0; h < other.levels.length; h++) {
      const add = other.lengths[h]!;
      const len = this.lengths[h]!;
      const buf = this.widen(h, len + add);
      buf.set(other.levels[h]!.subarray(0, add), len);
      this.lengths[h] = len + add;
      this.size += add;
    }
    this.n += other.n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    this.view = null;
    while (this.size >= this.maxSize) this.compress();
    return this;
  }

  get count(): number {
    return this.n;
  }
  /** Exact minimum (NaN when empty). */
  get min(): number {
    return this.n === 0 ? NaN : this.lo;
  }
  /** Exact maximum (NaN when empty). */
  get max(): number {
    return this.n === 0 ? NaN : this.hi;
  }

  /** The retained values sorted ascending with their weights (weights sum to count). */
  items(): { values: Float64Array; weights: Float64Array } {
    const v = this.sorted();
    return { values: v.values, weights: v.weights };
  }

  /** A value whose rank is q (0..1) within the rank error; q = 0 and 1 give min and max exactly. */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new UserError(`Quantile must be a number in [0, 1], got ${q}`);
    if (this.n === 0) return NaN;
    if (q === 0) return this.lo;
    if (q === 1) return this.hi;
    return Math.min(this.hi, Math.max(this.lo, this.sorted().quantile(q)));
  }

  /** Normalised rank of x: the fraction of values <= x (or < x when inclusive is false). */
  rank(x: number, inclusive = true): number {
    return this.n === 0 ? NaN : this.sorted().rank(x, inclusive);
  }

  /** rank(x) for each split point (the CDF at those points). */
  cdf(splitPoints: readonly number[]): number[] {
    return splitPoints.map((x) => this.rank(x));
  }

  /**
   * Estimated counts in the bins [e0, e1), [e1, e2), ..., [e(m-1), em] (the last bin closed, as
   * numpy.histogram does); values outside [e0, em] are not counted: pass -Infinity/Infinity as
   * outer edges for open-ended tails. Each count is within 2 * rankError * count of the truth.
   */
  histogram(edges: readonly number[]): number[] {
    if (edges.length < 2) throw new UserError(`Histogram edges must hold at least 2 numbers, got ${edges.length}`);
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i]!;
      if (Number.isNaN(e) || (i > 0 && e < edges[i - 1]!)) throw new UserError(`Histogram edges must be non-decreasing numbers; edge ${i} is ${e}`);
    }
    const counts: number[] = [];
    for (let i = 0; i + 1 < edges.length; i++) {
      const last = i + 2 === edges.length;
      const upper = this.n === 0 ? 0 : this.sorted().rank(edges[i + 1]!, last);
      const lower = this.n === 0 ? 0 : this.sorted().rank(edges[i]!, false);
      counts.push(Math.max(0, upper - lower) * this.n);
    }
    return counts;
  }

  /** bins + 1 equal-width edges over [min, max] (a single bin [min, max] when they are equal). */
  equalWidthEdges(bins: number): number[] {
    if (!Number.isInteger(bins) || bins < 1) throw new UserError(`Histogram bins must be a positive integer, got ${bins}`);
    if (this.n === 0) return [];
    if (this.lo === this.hi) return [this.lo, this.hi];
    const width = (this.hi - this.lo) / bins;
    return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? this.hi : this.lo + i * width));
  }

  /** Plain JSON (format version 1); see README.md. */
  toJSON(): KllJson {
    return {
      kind: 'kll',
      version: 1,
      k: this.k,
      n: this.n,
      min: this.n === 0 ? null : this.lo,
      max: this.n === 0 ? null : this.hi,
      rngState: this.rng.state,
      levels: this.levels.map((buf, h) => Array.from(buf.subarray(0, this.lengths[h]!))),
    };
  }

  /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
  static fromJSON(json: unknown): KllSketch {
    const obj = expectSketch(json, NAME, 'kll', 1);
    const k = expectInt(obj, NAME, 'k', 8, 65535);
    const n = expectInt(obj, NAME, 'n', 0);
    const min = expectFinite(obj, NAME, 'min', true);
    const max = expectFinite(obj, NAME, 'max', true);
    const rngState = expectInt(obj, NAME, 'rngState', 0, 0xffffffff);
    const levels = expectArray(obj, NAME, 'levels');
    if (levels.length < 1 || levels.length > 64) invalid(NAME, 'levels', 'an array of 1 to 64 arrays', levels.length);
    if ((n === 0) !== (min === null) || (n === 0) !== (max === null)) invalid(NAME, 'min/max', 'null exactly when n is 0', [min, max]);
    if (min !== null && max !== null && min > max) invalid(NAME, 'min', `at most max (${max})`, min);
    const sketch = new KllSketch(k, 0);
    sketch.rng.state = rngState;
    let weight = 0;
    for (let h = 0; h < levels.length; h++) {
      const values = expectNumbers(levels[h], NAME, `levels[${h}]`);
      if (h > 0) sketch.grow();
      for (const v of values) if (v < min! || v > max!) invalid(NAME, `levels[${h}]`, `values within [min, max]`, v);
      sketch.widen(h, values.length).set(values);
      sketch.lengths[h] = values.length;
      sketch.size += values.length;
      weight += values.length * 2 ** h;
    }
    if (weight !== n) invalid(NAME, 'levels', `weights (level h counts 2^h) summing to n = ${n}`, weight);
    if (sketch.size >= sketch.maxSize) invalid(NAME, 'levels', `fewer than ${sketch.maxSize} retained values for k = ${k}`, sketch.size);
    sketch.n = n;
    sketch.lo = min ?? Infinity;
    sketch.hi = max ?? -Infinity;
    return sketch;
  }

  private capacity(h: number): number {
    return Math.max(MIN_WIDTH, Math.ceil(this.k * C ** (this.levels.length - h - 1)) + 1);
  }

  private grow(): void {
    this.levels.push(new Float64Array(16));
    this.lengths.push(0);
    let total = 0;
    for (let h = 0; h < this.levels.length; h++) total += this.capacity(h);
    this.maxSize = total;
  }

  /** Makes level h hold at least `need` values, keeping its contents; returns its buffer. */
  private widen(h: number, need: number): Float64Array {
    const buf = this.levels[h]!;
    if (buf.length >= need) return buf;
    const bigger = new Float64Array(Math.max(need, buf.length * 2));
    bigger.set(buf);
    this.levels[h] = bigger;
    return bigger;
  }

  /** Compacts the lowest level at capacity: sorts it and promotes every other value (random offset). */
  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const len = this.lengths[h]!;
      if (len < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) this.grow();
      const level = this.levels[h]!.subarray(0, len).sort();
      // An odd value out stays behind (the smallest) so total weight stays exactly n.
      const keep = len & 1;
      const pairs = (len - keep) >> 1;
      const up = this.lengths[h + 1]!;
      const target = this.widen(h + 1, up + pairs);
      for (let i = keep + this.rng.nextBit(), j = up; i < len; i += 2, j++) target[j] = level[i]!;
      this.lengths[h + 1] = up + pairs;
      this.lengths[h] = keep;
      this.size -= pairs;
      return;
    }
  }

  private sorted(): SortedView {
    if (this.view === null) this.view = SortedView.build(this.levels, this.lengths);
    return this.view;
  }
}
