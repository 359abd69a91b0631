/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016), in the simple lazy form of Liberty's
 * reference implementation: a stack of compactors, level h holding items of weight 2^h, level
 * capacities shrinking by c = 2/3 from the top. Written here because npm has no maintained KLL
 * (its quantile sketches are t-digest, whose merge is order-dependent with no rank guarantee,
 * and DDSketch, whose guarantee is on relative value error, not on rank as KS needs).
 *
 * Speed: the input of level h + 1 is every other value of level h sorted, so levels above 0 are
 * kept sorted and take new values by a linear merge; only level 0 (the raw input) is ever sorted,
 * by kll-sort.ts. Both give the same sorted levels as sorting each level at compaction time, so
 * a sketch's contents are the same as before that change, value for value. add() writes level 0
 * through plain fields and keeps level 0's extremes (which the sort needs); level 0 is at least
 * LEVEL0_WIDTH wide, so it is sorted in batches of 512 or more.
 *
 * Error: with k = 200 the normalised rank error (max over x of |sketch CDF - true CDF|) stays
 * below 1.65% with high probability; test/unit/profile/kll.test.ts measures it (see README.md).
 */
import { UserError } from '../../runner/errors.js';
import { expectArray, expectFinite, expectInt, expectNumbers, expectSketch, invalid } from './json.js';
import { Mulberry32 } from './prng.js';
import { SortedView } from './kll-view.js';
import { sortedCopy } from './kll-sort.js';

const C = 2 / 3;
/**
 * Floor on a level's capacity (DataSketches uses 8). Without it the lowest levels shrink to 2-3
 * values and a compaction (a sort call) runs every other add; a floor of 64 costs at most
 * 64 values per level (a few KB) and only lowers the error.
 */
const MIN_WIDTH = 64;
/**
 * Floor on level 0's capacity (the formula alone gives it 64 once a sketch has 4 levels). Every
 * value is sorted at level 0, so compaction is where add()'s time goes; a wider level 0 pushes
 * larger sorted batches up, whose merges move fewer values already there (0.15 per value added
 * instead of 0.60, simulated on 1M values), and makes fewer compactions at every level (8,000
 * instead of 17,000 on 1M values). KLL add() on 1M random two-decimal doubles, best CPU time of
 * 7, ns per value (with level 0 in plain fields, same commit): 27.7 at 64, 22.9 at 256, 21.8 at
 * 512, 21.6 at 1024; 31 before both. Like MIN_WIDTH it only lowers the error (fewer
 * compactions: median rank error 0.66% -> 0.49% over the same 40 runs, README.md). It costs 448
 * more retained values (3.5 KB) per sketch; a sketch of at most 511 values is exact.
 */
const LEVEL0_WIDTH = 512;
const NAME = 'KLL';
/** Level 0 sorted at its compaction (one buffer for all sketches of a thread, grown as needed). */
let scratch = new Float64Array(0);

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
  /**
   * levels[h]: the retained values of weight 2^h, in no particular order for readers (this
   * writer gives levels above 0 sorted, level 0 in arrival order).
   */
  levels: number[][];
}

/** Mergeable quantile sketch of a numeric column with a rank-error guarantee. */
export class KllSketch {
  readonly k: number;
  private n = 0;
  /** With lo0/hi0 (level 0's), the exact extremes: these cover at least every value not in level 0. */
  private lo = Infinity;
  private hi = -Infinity;
  /**
   * levels[h][0..lengths[h]): level 0 in arrival order, levels above 0 sorted ascending. Level 0,
   * which every add() writes, is also buf0[0..len0) (levels[0] is always buf0; lengths[0] is set
   * from len0 before anything reads it), so add() touches plain fields only.
   */
  private levels: Float64Array[] = [];
  private lengths: number[] = [];
  private buf0: Float64Array;
  private len0 = 0;
  /** Extremes of level 0 (the distribution sort needs them; add() has to compare anyway). */
  private lo0 = Infinity;
  private hi0 = -Infinity;
  /** Retained values in the levels above 0. */
  private above = 0;
  /** add() compresses when len0 reaches room0 = maxSize - above (the total reaches maxSize). */
  private room0 = 0;
  /** capacities[h]: the length at which level h is compacted (set by grow()). */
  private capacities: number[] = [];
  private maxSize = 0;
  private readonly rng: Mulberry32;
  /** The query view, valid while viewN === n (every change of the contents changes n). */
  private view: SortedView | null = null;
  private viewN = -1;

  /** @param k accuracy (8..65535, default 200); @param seed PRNG seed, so profiles are reproducible. */
  constructor(k = 200, seed = 0x5eed) {
    if (!Number.isInteger(k) || k < 8 || k > 65535) throw new UserError(`KLL parameter k must be an integer in [8, 65535], got ${k}`);
    this.k = k;
    this.rng = new Mulberry32(seed);
    this.buf0 = new Float64Array(16);
    this.grow();
  }

  /** Adds one number; NaN is ignored (callers count it as missing). */
  add(value: number): void {
    if (value !== value) return;
    if (value === 0) value = 0; // -0 would not survive JSON
    if (value < this.lo0) this.lo0 = value;
    if (value > this.hi0) this.hi0 = value;
    this.n++;
    const len = this.len0;
    let buf = this.buf0;
    if (len === buf.length) buf = this.widen(0, len + 1);
    buf[len] = value;
    this.len0 = len + 1;
    if (len + 1 >= this.room0) {
      this.lengths[0] = len + 1;
      this.compress();
    }
  }

  /** Merges other into this sketch (same k required); other is unchanged. */
  merge(other: KllSketch): this {
    if (other.k !== this.k) throw new UserError(`Cannot merge KLL sketches with different k (${this.k} and ${other.k})`);
    if (other === this) other = this.copy();
    while (this.levels.length < other.levels.length) this.grow();
    for (let h = 0; h < other.levels.length; h++) {
      const add = h === 0 ? other.len0 : other.lengths[h]!;
      if (h === 0) {
        const len = this.len0;
        this.widen(0, len + add).set(other.buf0.subarray(0, add), len);
        this.len0 = this.lengths[0] = len + add;
      } else {
        this.mergeInto(h, other.levels[h]!, 0, 1, add);
        this.above += add;
      }
    }
    this.n += other.n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    if (other.lo0 < this.lo0) this.lo0 = other.lo0;
    if (other.hi0 > this.hi0) this.hi0 = other.hi0;
    this.room0 = this.maxSize - this.above;
    while (this.len0 + this.above >= this.maxSize) this.compress();
    return this;
  }

  get count(): number {
    return this.n;
  }
  /** Exact minimum (NaN when empty). */
  get min(): number {
    return this.n === 0 ? NaN : Math.min(this.lo, this.lo0);
  }
  /** Exact maximum (NaN when empty). */
  get max(): number {
    return this.n === 0 ? NaN : Math.max(this.hi, this.hi0);
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
    if (q === 0) return this.min;
    if (q === 1) return this.max;
    return Math.min(this.max, Math.max(this.min, this.sorted().quantile(q)));
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
    const { min, max } = this;
    if (min === max) return [min, max];
    const width = (max - min) / bins;
    return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  }

  /** Plain JSON (format version 1); see README.md. */
  toJSON(): KllJson {
    return {
      kind: 'kll',
      version: 1,
      k: this.k,
      n: this.n,
      min: this.n === 0 ? null : this.min,
      max: this.n === 0 ? null : this.max,
      rngState: this.rng.state,
      levels: this.levels.map((buf, h) => Array.from(h === 0 ? this.buf0.subarray(0, this.len0) : buf.subarray(0, this.lengths[h]!))),
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
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (v < min! || v > max!) invalid(NAME, `levels[${h}]`, `values within [min, max]`, v);
        if (v === 0) values[i] = 0; // -0, which add() never keeps, would sort apart from 0
      }
      // Any order is accepted (the format promises none); levels above 0 are kept sorted here.
      if (h > 0) values.sort();
      sketch.widen(h, values.length).set(values);
      sketch.lengths[h] = values.length;
      if (h === 0) {
        sketch.len0 = values.length;
        for (const v of values) {
          if (v < sketch.lo0) sketch.lo0 = v;
          if (v > sketch.hi0) sketch.hi0 = v;
        }
      } else sketch.above += values.length;
      weight += values.length * 2 ** h;
    }
    if (weight !== n) invalid(NAME, 'levels', `weights (level h counts 2^h) summing to n = ${n}`, weight);
    const size = sketch.len0 + sketch.above;
    if (size >= sketch.maxSize) invalid(NAME, 'levels', `fewer than ${sketch.maxSize} retained values for k = ${k}`, size);
    sketch.room0 = sketch.maxSize - sketch.above;
    sketch.n = n;
    sketch.lo = min ?? Infinity;
    sketch.hi = max ?? -Infinity;
    return sketch;
  }

  /** An independent copy (for merging a sketch into itself). */
  private copy(): KllSketch {
    const out = new KllSketch(this.k, this.rng.state);
    while (out.levels.length < this.levels.length) out.grow();
    this.levels.forEach((buf, h) => out.widen(h, buf.length).set(h === 0 ? this.buf0 : buf));
    out.lengths = [...this.lengths];
    out.len0 = out.lengths[0] = this.len0;
    out.above = this.above;
    out.room0 = this.room0;
    out.n = this.n;
    out.lo = this.lo;
    out.hi = this.hi;
    out.lo0 = this.lo0;
    out.hi0 = this.hi0;
    return out;
  }

  /** Adds a level on top; the capacities, which depend on the height, are recomputed. */
  private grow(): void {
    this.levels.push(this.levels.length === 0 ? this.buf0 : new Float64Array(16));
    this.lengths.push(0);
    const height = this.levels.length;
    this.capacities = this.levels.map((_, h) => Math.max(h === 0 ? LEVEL0_WIDTH : MIN_WIDTH, Math.ceil(this.k * C ** (height - h - 1)) + 1));
    this.maxSize = this.capacities.reduce((a, b) => a + b, 0);
    this.room0 = this.maxSize - this.above;
  }

  /** Makes level h hold at least `need` values, keeping its contents; returns its buffer. */
  private widen(h: number, need: number): Float64Array {
    const buf = this.levels[h]!;
    if (buf.length >= need) return buf;
    const bigger = new Float64Array(Math.max(need, buf.length * 2));
    bigger.set(buf);
    this.levels[h] = bigger;
    if (h === 0) this.buf0 = bigger;
    return bigger;
  }

  /**
   * Compacts the lowest level at capacity: promotes every other value of it in sorted order
   * (random offset). Level 0 is sorted first; the levels above are sorted already.
   */
  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const len = this.lengths[h]!;
      if (len < this.capacities[h]!) continue;
      if (h + 1 === this.levels.length) this.grow();
      const level = this.levels[h]!;
      let sorted = level;
      if (h === 0) {
        if (scratch.length < len) scratch = new Float64Array(level.length);
        sorted = scratch;
        sortedCopy(level, len, sorted, this.lo0, this.hi0);
        if (this.lo0 < this.lo) this.lo = this.lo0;
        if (this.hi0 > this.hi) this.hi = this.hi0;
      }
      // An odd value out stays behind (the smallest, so a sorted level stays sorted) so total
      // weight stays exactly n.
      const keep = len & 1;
      if (keep) level[0] = sorted[0]!;
      const pairs = (len - keep) >> 1;
      this.mergeInto(h + 1, sorted, keep + this.rng.nextBit(), 2, pairs);
      this.lengths[h] = keep;
      if (h === 0) {
        this.len0 = keep;
        this.lo0 = keep ? level[0]! : Infinity;
        this.hi0 = keep ? level[0]! : -Infinity;
        this.above += pairs;
      } else this.above -= len - keep - pairs;
      this.room0 = this.maxSize - this.above;
      return;
    }
  }

  /**
   * Merges the ascending values src[start], src[start + step], ... (count of them) into the
   * sorted level h (h > 0), from the back so no scratch buffer is needed. src is not level h.
   */
  private mergeInto(h: number, src: Float64Array, start: number, step: number, count: number): void {
    let i = this.lengths[h]! - 1;
    const dst = this.widen(h, i + 1 + count);
    this.lengths[h] = i + 1 + count;
    let k = i + count;
    for (let j = start + (count - 1) * step; j >= start; j -= step) {
      const v = src[j]!;
      while (i >= 0 && dst[i]! > v) dst[k--] = dst[i--]!;
      dst[k--] = v;
    }
  }

  private sorted(): SortedView {
    if (this.view === null || this.viewN !== this.n) {
      this.lengths[0] = this.len0;
      this.view = SortedView.build(this.levels, this.lengths);
      this.viewN = this.n;
    }
    return this.view;
  }
}
