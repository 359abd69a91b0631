/**
 * The in-memory part of the index: one record per added row in an arena laid out exactly as a
 * run file (see run-file.ts), plus each record's hash word and offset in flat arrays for the
 * sort. Spilling then copies whole records in sorted order, one random read each: keeping the
 * fields in separate column arrays made that gather miss the cache once per column, and tripled
 * the time of a spill at a 32 MiB budget.
 */
import { HEADER_WORDS } from './run-file.js';

/** Bytes each entry costs outside the arena: hi and offset here, four words of sort scratch. */
export const BYTES_PER_ENTRY = 24;

/** Top bit of `meta`: the stored key is a prefix of a longer key. The low bits: its UTF-8 length. */
export const TRUNCATED = 0x80000000;
/**
 * Next bit of `meta`: the key is a number, stored as nothing but its hash (numberKeyHash), which
 * is one-to-one, so equal hashes are equal numbers and the value is read back from the hash.
 */
export const NUMBER_KEY = 0x40000000;
/** The bits of `meta` below the flags: the stored key's UTF-8 length. */
export const KEY_LENGTH_MASK = 0x3fffffff;

export class EntryBuffer {
  /** The high 32 bits of each entry's hash, in row order. */
  hi: Uint32Array;
  /** Word offset of each entry's record in the arena, in row order (so increasing). */
  offsets: Uint32Array;
  words: Uint32Array;
  bytesView: Uint8Array;
  count = 0;
  /** Words of the arena in use. */
  used = 0;

  /** @param budget bytes it may grow to; lowered by the index while it is empty (UniqueIndex.sizeArena). */
  constructor(public budget: number) {
    const entries = Math.max(16, Math.min(4096, Math.floor(budget / 8 / BYTES_PER_ENTRY)));
    this.hi = new Uint32Array(entries);
    this.offsets = new Uint32Array(entries);
    this.words = new Uint32Array(Math.max(64, Math.min(16384, Math.floor(budget / 64))));
    this.bytesView = new Uint8Array(this.words.buffer);
  }

  get capacity(): number {
    return this.hi.length;
  }

  /** Bytes held, counting the sort scratch sized to the capacity. */
  get bytes(): number {
    return cost(this.capacity, this.words.length);
  }

  /** The low 32 bits of the hash of the record at a word offset. */
  readonly loOf = (offset: number): number => this.words[offset + 1]!;

  /**
   * Makes room for one more record with `keyBytes` bytes of key text; false when that would take
   * the buffer past its budget (spill, clear, then it fits).
   */
  reserve(keyBytes: number): boolean {
    if (this.count === this.capacity) {
      let entries = this.capacity * 2;
      if (cost(entries, this.words.length) > this.budget) {
        entries = Math.floor((this.budget - this.words.length * 4) / BYTES_PER_ENTRY);
      }
      if (entries <= this.capacity) return false;
      this.hi = grow(this.hi, entries, this.count);
      this.offsets = grow(this.offsets, entries, this.count);
    }
    const need = this.used + HEADER_WORDS + ((keyBytes + 3) >>> 2);
    if (need > this.words.length) {
      let size = Math.max(this.words.length * 2, need);
      if (cost(this.capacity, size) > this.budget) size = Math.floor((this.budget - this.capacity * BYTES_PER_ENTRY) / 4);
      if (size < need) return false;
      this.words = grow(this.words, size, this.used);
      this.bytesView = new Uint8Array(this.words.buffer);
    }
    return true;
  }

  /** Appends a record; reserve() must have said there is room. */
  append(hi: number, lo: number, row: number, line: number, meta: number, key: Uint8Array, keyLength: number, keyStart = 0): void {
    const i = this.count++;
    const at = this.used;
    this.hi[i] = hi;
    this.offsets[i] = at;
    const words = this.words;
    words[at] = hi;
    words[at + 1] = lo;
    words[at + 2] = row;
    words[at + 3] = line;
    words[at + 4] = meta;
    words[at + 5] = keyLength;
    const bytes = this.bytesView;
    const start = (at + HEADER_WORDS) * 4;
    for (let b = 0; b < keyLength; b++) bytes[start + b] = key[keyStart + b]!;
    this.used = at + HEADER_WORDS + ((keyLength + 3) >>> 2);
  }

  /**
   * The next `bytes` bytes of the arena (a multiple of 4), taken as used, for records read
   * straight into it (add each with addEntry); undefined when the arena has not that room.
   */
  arenaBytes(bytes: number): Uint8Array | undefined {
    const words = bytes >>> 2;
    if (words * 4 !== bytes || this.used + words > this.words.length) return undefined;
    const at = this.used;
    this.used += words;
    return this.bytesView.subarray(at * 4, (at + words) * 4);
  }

  /** Counts the record at word offset `at` of the arena, of hash word `hi`; false when the entry arrays are full. */
  addEntry(hi: number, at: number): boolean {
    if (this.count === this.hi.length) return false;
    this.hi[this.count] = hi;
    this.offsets[this.count++] = at;
    return true;
  }

  /**
   * Grows the arrays to hold `entries` records in `words` words of arena (never shrinks them;
   * the caller keeps the total within the budget): the bucket scan shapes the buffer once for
   * the ranges it loads, instead of letting append-time growth split the budget by chance.
   */
  growTo(entries: number, words: number): void {
    if (entries > this.hi.length) {
      this.hi = grow(this.hi, entries, this.count);
      this.offsets = grow(this.offsets, entries, this.count);
    }
    if (words > this.words.length) {
      this.words = grow(this.words, words, this.used);
      this.bytesView = new Uint8Array(this.words.buffer);
    }
  }

  /** Empties the buffer, keeping its arrays for the next run. */
  clear(): void {
    this.count = 0;
    this.used = 0;
  }
}

function grow(a: Uint32Array, size: number, keep: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a.subarray(0, keep));
  return b;
}

function cost(entries: number, words: number): number {
  return entries * BYTES_PER_ENTRY + words * 4;
}
