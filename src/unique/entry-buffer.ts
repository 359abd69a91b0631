/**
 * The in-memory part of the index: one entry per added row (hash, row, line, key bytes) in
 * typed arrays, grown by doubling but never past the memory budget. When it cannot grow any
 * more the index sorts it and spills it to disk as a run.
 */

/** Bytes each entry costs: six 32-bit columns here, four in the sort's scratch arrays. */
export const BYTES_PER_ENTRY = 40;

/** Top bit of `meta`: the stored key is a prefix of a longer key. The low bits: its UTF-8 length. */
export const TRUNCATED = 0x80000000;

export class EntryBuffer {
  hi: Uint32Array;
  lo: Uint32Array;
  row: Uint32Array;
  line: Uint32Array;
  meta: Uint32Array;
  /** keyStart[i]..keyStart[i+1] are entry i's bytes in `keys` (one extra slot for the end). */
  keyStart: Uint32Array;
  keys: Uint8Array;
  count = 0;

  constructor(
    private readonly budget: number,
    maxKeyBytes: number,
  ) {
    const entries = Math.max(16, Math.min(4096, Math.floor(budget / 8 / BYTES_PER_ENTRY)));
    this.hi = new Uint32Array(entries);
    this.lo = new Uint32Array(entries);
    this.row = new Uint32Array(entries);
    this.line = new Uint32Array(entries);
    this.meta = new Uint32Array(entries);
    this.keyStart = new Uint32Array(entries + 1);
    this.keys = new Uint8Array(Math.max(maxKeyBytes, Math.min(65536, Math.floor(budget / 8))));
  }

  get capacity(): number {
    return this.hi.length;
  }

  /** Bytes held, counting the sort scratch sized to the capacity. */
  get bytes(): number {
    return cost(this.capacity, this.keys.length);
  }

  /**
   * Makes room for one more entry with up to `keyBytes` bytes of key text; false when that
   * would take the buffer past its budget (spill, clear, then it fits).
   */
  reserve(keyBytes: number): boolean {
    if (this.count === this.capacity) {
      let entries = this.capacity * 2;
      if (cost(entries, this.keys.length) > this.budget) {
        entries = Math.floor((this.budget - this.keys.length) / BYTES_PER_ENTRY);
      }
      if (entries <= this.capacity) return false;
      this.growEntries(entries);
    }
    const used = this.keyStart[this.count]!;
    if (used + keyBytes > this.keys.length) {
      let size = Math.max(this.keys.length * 2, used + keyBytes);
      if (cost(this.capacity, size) > this.budget) size = this.budget - this.capacity * BYTES_PER_ENTRY;
      if (size < used + keyBytes) return false;
      const keys = new Uint8Array(size);
      keys.set(this.keys.subarray(0, used));
      this.keys = keys;
    }
    return true;
  }

  /** Appends an entry; reserve() must have said there is room. */
  append(hi: number, lo: number, row: number, line: number, meta: number, key: Uint8Array, keyLength: number): void {
    const i = this.count++;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.row[i] = row;
    this.line[i] = line;
    this.meta[i] = meta;
    const start = this.keyStart[i]!;
    this.keys.set(key.subarray(0, keyLength), start);
    this.keyStart[i + 1] = start + keyLength;
  }

  /** Empties the buffer, keeping its arrays for the next run. */
  clear(): void {
    this.count = 0;
  }

  private growEntries(entries: number): void {
    const n = this.count;
    const grow = (a: Uint32Array, extra = 0): Uint32Array => {
      const b = new Uint32Array(entries + extra);
      b.set(a.subarray(0, n + extra));
      return b;
    };
    this.hi = grow(this.hi);
    this.lo = grow(this.lo);
    this.row = grow(this.row);
    this.line = grow(this.line);
    this.meta = grow(this.meta);
    this.keyStart = grow(this.keyStart, 1);
  }
}

function cost(entries: number, keyBytes: number): number {
  return entries * BYTES_PER_ENTRY + keyBytes;
}
