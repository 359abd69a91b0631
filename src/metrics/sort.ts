/**
 * Ascending order of float64 scores by an LSD radix sort on their bit patterns: about 10x
 * faster than sorting an index array with a comparator at 1M rows, and ranking metrics,
 * DeLong and the bootstrap all start from this one order.
 */

const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const PASSES = 6; // 6 x 11 bits cover the 64-bit key

/**
 * Row indices ordering `values` ascending (stable). Values must not be NaN (callers check);
 * -0 sorts as +0 so that they tie, as they do in NumPy comparisons.
 */
export function ascendingOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const bits = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    bits[i] = v === 0 ? 0 : v;
  }
  const words = new Uint32Array(bits.buffer);
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const loWord = littleEndian ? 0 : 1;
  const hiWord = 1 - loWord;
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let idx = new Int32Array(n);
  const counts = new Int32Array(PASSES * RADIX);
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + hiWord]!;
    let l = words[2 * i + loWord]!;
    // Flip so that unsigned order is numeric order: negatives flip all bits, positives the sign.
    if (h >>> 31) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
    idx[i] = i;
    counts[l & MASK]!++;
    counts[RADIX + ((l >>> 11) & MASK)]!++;
    counts[2 * RADIX + ((l >>> 22) | ((h & 1) << 10))]!++;
    counts[3 * RADIX + ((h >>> 1) & MASK)]!++;
    counts[4 * RADIX + ((h >>> 12) & MASK)]!++;
    counts[5 * RADIX + (h >>> 23)]!++;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  for (let p = 0; p < PASSES; p++) {
    const offsets = counts.subarray(p * RADIX, (p + 1) * RADIX);
    // A pass where every key has the same digit would only copy: probabilities share top bits.
    if (offsets.includes(n)) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = offsets[d]!;
      offsets[d] = sum;
      sum += c;
    }
    if (p < 3) scatterLow(p, lo, hi, idx, lo2, hi2, idx2, offsets);
    else scatterHigh(p === 3 ? 1 : p === 4 ? 12 : 23, hi, idx, hi2, idx2, offsets);
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

/** One pass on a digit of the low word (pass 2 takes its top bit from the high word). */
function scatterLow(pass: number, lo: Uint32Array, hi: Uint32Array, idx: Int32Array, lo2: Uint32Array, hi2: Uint32Array, idx2: Int32Array, offsets: Int32Array): void {
  const n = lo.length;
  const shift = 11 * pass;
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    const d = pass === 2 ? (l >>> 22) | ((h & 1) << 10) : (l >>> shift) & MASK;
    const at = offsets[d]!++;
    lo2[at] = l;
    hi2[at] = h;
    idx2[at] = idx[i]!;
  }
}

/** One pass on a digit of the high word: the low word is no longer needed, so it is not moved. */
function scatterHigh(shift: number, hi: Uint32Array, idx: Int32Array, hi2: Uint32Array, idx2: Int32Array, offsets: Int32Array): void {
  const n = hi.length;
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    const at = offsets[(h >>> shift) & MASK]!++;
    hi2[at] = h;
    idx2[at] = idx[i]!;
  }
}
