/**
 * Sorting of KLL's level 0 (the raw input, 512 to about 860 values, 540 on average, sorted about
 * every 540 adds; see LEVEL0_WIDTH in kll.ts). Hand-written because comparison sorts pay a
 * mispredicted branch per comparison on random input, about log2(n) per value:
 * Float64Array.prototype.sort costs 17 ns per value on 113 values, 41 on 300 and 46 on 512, a JS
 * quicksort about 2/3 of that; this costs 12-16 (19-27 on heavy tails; on uniform input 9-11
 * with the min/max pass, 7-8 without, since the bucket arrays below are constant), see README.md. A distribution pass first (each
 * value to one of n buckets by linear interpolation between min and max, the order-preserving
 * step of flashsort) leaves random, integer-valued and sorted input within a bucket of its place,
 * and an insertion sort finishes it with predictable branches. Skewed input, which crowds a
 * bucket, has that bucket distributed again over its own range (a few rounds, then quicksort).
 *
 * The result is the same as the built-in sort's: the sorted order of numbers without NaN and
 * -0 is unique.
 */

/** A bucket with more values than this is distributed again (recursively) over its own range. */
const CROWDED = 16;
/** Distribution rounds before a still-crowded bucket is quicksorted instead. */
const ROUNDS = 4;

/**
 * counts[b]: number of values in bucket b, then the bucket's next free slot. A fixed array in a
 * const: V8 runs the loops over it markedly faster than over one held in a `let` (to be grown):
 * 7.9-8.4 against 10.1-10.6 ns per value sorting 512 values, the same code otherwise. 64K
 * counts (256 KB of address space, touched only as far as used) cover level 0 (at most about 3k
 * values, twice that while merging) for k up to about 10,000; a longer input is quicksorted.
 */
const COUNTS = new Int32Array(1 << 16);
/**
 * BUCKETS[i]: the bucket of src[i], kept from the counting pass for the scatter pass (which
 * otherwise computes it again): 6.3 against 7.9 ns per value sorting 540 values (Uint16: n is at
 * most 64K here; as fast as an Int32Array, half the size).
 */
const BUCKETS = new Uint16Array(COUNTS.length);
/** A crowded bucket's values, copied out of dst to be distributed back into it. */
let spare = new Float64Array(1024);

/**
 * Writes src[0..n) sorted ascending into dst[0..n); src is unchanged. Values must not be NaN or -0.
 * min and max, when given, must be the least and greatest of src[0..n) (KllSketch tracks them as
 * values arrive, which saves a pass here).
 */
export function sortedCopy(src: Float64Array, n: number, dst: Float64Array, min?: number, max?: number): void {
  if (min === undefined || max === undefined) [min, max] = extremes(src, n);
  distribute(src, n, dst, 0, ROUNDS, min, max);
  insertionSort(dst, 0, n);
}

function extremes(src: Float64Array, n: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = src[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * Writes src[0..n) into dst[to..to + n) in bucket order (each value before every value of a
 * later bucket); crowded buckets are distributed again over their own min..max, which is what
 * keeps heavy tails (one far outlier crowds everything else into bucket 0) fast.
 */
function distribute(src: Float64Array, n: number, dst: Float64Array, to: number, rounds: number, min: number, max: number): void {
  // Buckets 0..n-1; v -> floor((v - min) * scale) is monotone, so buckets are in value order.
  const scale = (n - 1) / (max - min);
  if (!(scale > 0 && scale < Infinity) || rounds === 0 || n > COUNTS.length) {
    // All equal (scale = Infinity or NaN), a range too wide (or narrow) to scale, too many
    // rounds or too many values: no buckets.
    dst.set(src.subarray(0, n), to);
    if (min !== max) quicksort(dst, to, to + n, depthLimit(n));
    return;
  }
  const c = COUNTS;
  const bucket = BUCKETS;
  c.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    const b = ((src[i]! - min) * scale) | 0;
    bucket[i] = b;
    c[b]!++;
  }
  let crowded: number[] | null = null;
  for (let b = 0, start = to; b < n; b++) {
    const size = c[b]!;
    if (size > CROWDED) (crowded ??= []).push(start, start + size);
    c[b] = start;
    start += size;
  }
  for (let i = 0; i < n; i++) dst[c[bucket[i]!]!++] = src[i]!;
  if (crowded === null) return;
  // COUNTS, BUCKETS and spare are free again (this round is done with them): reuse them below.
  for (let i = 0; i < crowded.length; i += 2) {
    const start = crowded[i]!;
    const size = crowded[i + 1]! - start;
    if (spare.length < size) spare = new Float64Array(2 * size);
    const values = spare;
    values.set(dst.subarray(start, start + size));
    const [lo, hi] = extremes(values, size);
    distribute(values, size, dst, start, rounds - 1, lo, hi);
  }
}

/** Ranges at most this long are finished by insertion sort (cheaper than partitioning them). */
const INSERTION_MAX = 16;

function depthLimit(n: number): number {
  return 2 * Math.ceil(Math.log2(n + 1));
}

/** Sorts a[lo..hi) ascending. */
function quicksort(a: Float64Array, lo: number, hi: number, depth: number): void {
  while (hi - lo > INSERTION_MAX) {
    // Adversarial input (median-of-3 killers) would make this quadratic: hand such a range to
    // the built-in sort, whose worst case is n log n, once the recursion gets too deep.
    if (depth-- === 0) {
      a.subarray(lo, hi).sort();
      return;
    }
    const x = a[lo]!;
    const y = a[(lo + hi) >>> 1]!;
    const z = a[hi - 1]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // Hoare partition: both scans stop on values equal to the pivot, so runs of duplicates
    // split evenly instead of degrading to quadratic time.
    let i = lo;
    let j = hi - 1;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // Recurse into the smaller side, loop on the larger: stack depth stays O(log n).
    if (j + 1 - lo < hi - i) {
      quicksort(a, lo, j + 1, depth);
      lo = i;
    } else {
      quicksort(a, i, hi, depth);
      hi = j + 1;
    }
  }
  insertionSort(a, lo, hi);
}

/** Sorts a[lo..hi) ascending; linear when every value is near its place. */
function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    if (!(a[j]! > v)) continue;
    do {
      a[j + 1] = a[j]!;
      j--;
    } while (j >= lo && a[j]! > v);
    a[j + 1] = v;
  }
}
