/**
 * Ascending order of float64 scores by an LSD radix sort on their bit patterns: about 10x
 * faster than sorting an index array with a comparator at 1M rows, and ranking metrics,
 * DeLong and the bootstrap all start from this one order.
 */

const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const PASSES = 6; // 6 x 11 bits cover the 64-bit key

function digit(lo: number, hi: number, pass: number): number {
  switch (pass) {
    case 0:
      return lo & MASK;
    case 1:
      return (lo >>> 11) & MASK;
    case 2:
      return (lo >>> 22) | ((hi & 1) << 10);
    case 3:
      return (hi >>> 1) & MASK;
    case 4:
      return (hi >>> 12) & MASK;
    default:
      return hi >>> 23;
  }
}

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
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let idx = new Int32Array(n);
  // Flip so that unsigned order is numeric order: negatives flip all bits, positives the sign.
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const [loWord, hiWord] = littleEndian ? [0, 1] : [1, 0];
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiWord]!;
    const l = words[2 * i + loWord]!;
    if (h >>> 31) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
    idx[i] = i;
  }
  const counts = new Int32Array(PASSES * RADIX);
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    for (let p = 0; p < PASSES; p++) counts[p * RADIX + digit(l, h, p)]!++;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  for (let p = 0; p < PASSES; p++) {
    const base = p * RADIX;
    // A pass where every key has the same digit would only copy: probabilities share their top bits.
    if (counts[base + digit(lo[0]!, hi[0]!, p)] === n) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[base + d]!;
      counts[base + d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const l = lo[i]!;
      const h = hi[i]!;
      const at = counts[base + digit(l, h, p)]!++;
      lo2[at] = l;
      hi2[at] = h;
      idx2[at] = idx[i]!;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}
