/**
 * The query side of a KLL sketch: its retained values merged into one sorted list with
 * cumulative weights, built once and reused until the sketch changes.
 */
export class SortedView {
  private constructor(
    readonly values: Float64Array,
    readonly weights: Float64Array,
    /** cumulative[i] = weights[0] + ... + weights[i]. */
    private readonly cumulative: Float64Array,
  ) {}

  /** Builds the view from KLL levels (level h holds values of weight 2^h). */
  static build(levels: readonly Float64Array[], lengths: readonly number[]): SortedView {
    let total = 0;
    for (const len of lengths) total += len;
    const order = new Float64Array(total);
    const pairs: Array<[number, number]> = [];
    for (let h = 0; h < levels.length; h++) {
      const buf = levels[h]!;
      for (let i = 0; i < lengths[h]!; i++) pairs.push([buf[i]!, 2 ** h]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const weights = new Float64Array(total);
    const cumulative = new Float64Array(total);
    let acc = 0;
    for (let i = 0; i < total; i++) {
      const [v, w] = pairs[i]!;
      order[i] = v;
      weights[i] = w;
      acc += w;
      cumulative[i] = acc;
    }
    return new SortedView(order, weights, cumulative);
  }

  private get total(): number {
    return this.cumulative.length === 0 ? 0 : this.cumulative[this.cumulative.length - 1]!;
  }

  /** Fraction of weight on values <= x (inclusive) or < x. */
  rank(x: number, inclusive: boolean): number {
    // First index whose value is > x (inclusive) or >= x (exclusive).
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.values[mid]!;
      if (inclusive ? v <= x : v < x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.cumulative[lo - 1]! / this.total;
  }

  /** The smallest retained value whose cumulative weight reaches q * total. */
  quantile(q: number): number {
    const target = q * this.total;
    let lo = 0;
    let hi = this.values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.values[lo]!;
  }
}
