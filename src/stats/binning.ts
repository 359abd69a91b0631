/**
 * Binning for the distribution distances: numeric columns into bins at the reference's
 * quantiles, categorical columns into their categories. Each side's shares come with a bound on
 * their total variation distance from the shares of the raw data in the same bins.
 */
import { KllSketch } from '../profile/sketches/index.js';
import { alignCounts, toCounts, type CategoricalInput, type CategoryKey } from './categorical-sample.js';
import { kllRankError, sortedCopy, type NumericInput } from './numeric-sample.js';
import { UserError } from '../runner/errors.js';

/** Default number of reference-quantile bins for numeric columns. */
export const DEFAULT_BINS = 10;

export interface Binned {
  /** Inner bin edges (numeric): bin j holds edges[j-1] <= x < edges[j], outer bins open. */
  edges: number[] | null;
  /** Category of each bin (categorical). */
  categories: CategoryKey[] | null;
  reference: Float64Array;
  current: Float64Array;
  referenceTotal: number;
  currentTotal: number;
  /** Bounds on TV(shares here, shares of the raw data in these bins) per side: 0 when exact. */
  referenceTvError: number;
  currentTvError: number;
}

/** numpy.quantile(sorted, q) with the default 'linear' method, with numpy's lerp. */
export function linearQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const virtual = n * q + (1 + q * -1) - 1;
  const lo = Math.min(Math.max(Math.floor(virtual), 0), n - 1);
  const hi = Math.min(lo + 1, n - 1);
  const t = virtual - Math.floor(virtual);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** First index whose value is >= x in an ascending array. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countsOf(side: Float64Array | KllSketch, edges: readonly number[]): { counts: Float64Array; total: number; tv: number } {
  if (side instanceof KllSketch) {
    const counts = Float64Array.from(side.histogram([-Infinity, ...edges, Infinity]));
    // Each edge's CDF is within the rank error, so each bin's share within twice it: TV <= (bins - 1) eps.
    return { counts, total: side.count, tv: kllRankError(side) * edges.length };
  }
  const counts = new Float64Array(edges.length + 1);
  let prev = 0;
  edges.forEach((e, j) => {
    const below = lowerBound(side, e);
    counts[j] = below - prev;
    prev = below;
  });
  counts[edges.length] = side.length - prev;
  return { counts, total: side.length, tv: 0 };
}

/**
 * Bins both numeric sides at the reference's quantiles k/bins, k = 1..bins-1 (numpy's linear
 * quantiles of raw values; the sketch's quantiles, within its rank error, of a KllSketch),
 * dropping repeated edges (ties), so there may be fewer than `bins` bins.
 */
export function numericBins(reference: NumericInput, current: NumericInput, bins = DEFAULT_BINS): Binned {
  if (!Number.isInteger(bins) || bins < 2) throw new UserError(`Number of bins must be an integer of at least 2, got ${bins}`);
  const ref = reference instanceof KllSketch ? reference : sortedCopy(reference);
  const cur = current instanceof KllSketch ? current : sortedCopy(current);
  const refCount = ref instanceof KllSketch ? ref.count : ref.length;
  const edges: number[] = [];
  if (refCount > 0) {
    for (let k = 1; k < bins; k++) {
      const e = ref instanceof KllSketch ? ref.quantile(k / bins) : linearQuantile(ref, k / bins);
      if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
    }
  }
  const a = countsOf(ref, edges);
  const b = countsOf(cur, edges);
  return {
    edges,
    categories: null,
    reference: a.counts,
    current: b.counts,
    referenceTotal: a.total,
    currentTotal: b.total,
    referenceTvError: a.tv,
    currentTvError: b.tv,
  };
}

/**
 * One bin per category seen on either side. A FrequentValues sketch is exact under its capacity;
 * past it, unlisted values pool into OTHER and each listed count is short by at most maxError.
 */
export function categoricalBins(reference: CategoricalInput, current: CategoricalInput): Binned {
  const { keys, ref, cur, a, b } = alignCounts(toCounts(reference), toCounts(current));
  // Listed counts are short by <= maxError each and OTHER over by their sum: TV <= listed * maxError / n.
  const tv = (c: typeof a): number => (c.maxError === 0 || c.total === 0 ? 0 : Math.min(1, ((c.counts.size - 1) * c.maxError) / c.total));
  return {
    edges: null,
    categories: keys,
    reference: ref,
    current: cur,
    referenceTotal: a.total,
    currentTotal: b.total,
    referenceTvError: tv(a),
    currentTvError: tv(b),
  };
}
