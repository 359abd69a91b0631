/**
 * Sorts buffered entries by their 64-bit hash (hi, lo), stably, so that entries of one key stay
 * in row order. Measured on 1M random hashes (bench/unique): the LSD radix sort below is many
 * times faster than Array.prototype.sort with a comparator over an index array.
 */

/** Reusable scratch arrays for sortByHash (16 bytes an entry), counted in the index's budget. */
export class SortScratch {
  keys = new Uint32Array(0);
  keys2 = new Uint32Array(0);
  perm = new Uint32Array(0);
  perm2 = new Uint32Array(0);
  readonly counts = new Uint32Array(3 * 2048);
  /** After sortByHash: the hash words in sorted order (the first n; valid until the next call). */
  sortedHi: Uint32Array<ArrayBufferLike> = new Uint32Array(0);

  /** Bytes held by the scratch arrays. */
  get bytes(): number {
    return (this.keys.length + this.keys2.length + this.perm.length + this.perm2.length) * 4 + this.counts.byteLength;
  }

  /** Frees the arrays (they are allocated again by the next sort). */
  release(): void {
    this.keys = this.keys2 = this.perm = this.perm2 = this.sortedHi = new Uint32Array(0);
  }

  ensure(n: number): void {
    if (this.keys.length >= n) return;
    this.keys = new Uint32Array(n);
    this.keys2 = new Uint32Array(n);
    this.perm = new Uint32Array(n);
    this.perm2 = new Uint32Array(n);
  }
}

const SHIFTS = [0, 11, 22] as const;

/**
 * Sorts the tags of entries 0..n-1 by (hi, lo(tag), tag) and returns them (a view into
 * scratch, valid until the next call). Tags must increase with the index (record offsets do),
 * so ties keep index order. Three 11-bit radix passes order by hi; the few entries whose hi
 * collide (birthday pairs, and repeats of one key) are then ordered by lo. Carrying the tag
 * rather than the index lets the caller reach each record with one random read.
 */
export function sortByHash(hi: Uint32Array, tags: Uint32Array, n: number, loOf: (tag: number) => number, scratch: SortScratch): Uint32Array {
  scratch.ensure(n);
  const counts = scratch.counts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    counts[h & 0x7ff]!++;
    counts[2048 + ((h >>> 11) & 0x7ff)]!++;
    counts[4096 + (h >>> 22)]!++;
  }
  let keysIn: Uint32Array = hi;
  let permIn: Uint32Array | undefined;
  let keysOut = scratch.keys;
  let permOut = scratch.perm;
  for (let pass = 0; pass < 3; pass++) {
    const base = pass * 2048;
    const shift = SHIFTS[pass]!;
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = counts[base + b]!;
      counts[base + b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = keysIn[i]!;
      const slot = counts[base + ((k >>> shift) & 0x7ff)]!++;
      keysOut[slot] = k;
      permOut[slot] = permIn === undefined ? tags[i]! : permIn[i]!;
    }
    keysIn = keysOut;
    permIn = permOut;
    keysOut = keysIn === scratch.keys ? scratch.keys2 : scratch.keys;
    permOut = permIn === scratch.perm ? scratch.perm2 : scratch.perm;
  }
  const perm = permIn!;
  scratch.sortedHi = keysIn;
  orderEqualHiByLo(keysIn, perm, loOf, n);
  return perm.subarray(0, n);
}

/** Within each stretch of equal hi, orders by lo, ties by tag (= row order). */
function orderEqualHiByLo(sortedHi: Uint32Array, perm: Uint32Array, loOf: (tag: number) => number, n: number): void {
  let start = 0;
  while (start < n) {
    const h = sortedHi[start]!;
    let end = start + 1;
    while (end < n && sortedHi[end] === h) end++;
    if (end - start > 1) sortStretch(perm, loOf, start, end);
    start = end;
  }
}

function sortStretch(perm: Uint32Array, loOf: (tag: number) => number, start: number, end: number): void {
  if (end - start > 32) {
    if (isOrdered(perm, loOf, start, end)) return; // the usual case: many repeats of one key
    // Long stretches are repeats of one key (or crafted input): a comparison sort bounds the cost.
    const part = Array.from(perm.subarray(start, end));
    part.sort((a, b) => loOf(a) - loOf(b) || a - b);
    perm.set(part, start);
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const p = perm[i]!;
    const l = loOf(p);
    let j = i - 1;
    while (j >= start && (loOf(perm[j]!) > l || (loOf(perm[j]!) === l && perm[j]! > p))) {
      perm[j + 1] = perm[j]!;
      j--;
    }
    perm[j + 1] = p;
  }
}

function isOrdered(perm: Uint32Array, loOf: (tag: number) => number, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const a = perm[i - 1]!;
    const b = perm[i]!;
    if (loOf(a) > loOf(b) || (loOf(a) === loOf(b) && a > b)) return false;
  }
  return true;
}
