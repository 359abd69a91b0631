/**
 * Keys encoded and hashed away from the index: a worker thread validating part of a file
 * records each row's key here (UTF-8 prefix and hash, as UniqueIndex.add would compute them),
 * sorted by hash when taken, and the thread that owns the index adds each part's records, parts
 * in row order, with addRecords. So the hashing runs on the workers and the index still sees
 * every key exactly once. The sort (on a part's records, which fit in the CPU cache) is for
 * the index's spills: it sorts its arena by hash and copies the records out in that order, and
 * with parts sorted already that copy reads a dozen parts front to back instead of one record
 * at random over the whole arena (at 1M keys and 16 MiB: 146-167 ms of adding and spilling
 * unsorted, 74-85 ms sorted).
 */
import { encodeKey, KEY, numberKeyHash, utf8PrefixLength } from './key-hash.js';
import { KEY_LENGTH_MASK, NUMBER_KEY, TRUNCATED } from './entry-buffer.js';
import { SortScratch, sortByHash } from './radix-sort.js';

/** Records as plain typed arrays (transferable between threads). */
export interface KeyRecords {
  count: number;
  /** Five words per record: hash hi, hash lo, row, line (0: none), meta (stored length | TRUNCATED, or NUMBER_KEY). */
  words: Uint32Array;
  /** Stored key bytes, record after record. */
  bytes: Uint8Array;
  /**
   * Records in blocks ordered by (hash hi, hash lo, row) rather than by row; the blocks in row
   * order (every row of a block below those of the next).
   */
  sorted?: boolean;
}

export const RECORD_WORDS = 5;

export class KeyRecorder {
  private words = new Uint32Array(RECORD_WORDS * 1024);
  private bytes = new Uint8Array(16 * 1024);
  private count = 0;
  private used = 0;
  /** Whether every key so far is an integer number key, and their range (see take). */
  private integersOnly = true;
  private min = Infinity;
  private max = -Infinity;

  /**
   * @param maxKeyBytes bytes of each key kept (the index's `maxKeyBytes`).
   * @param sortBlock records sorted at a time by take() (tests use small blocks).
   */
  constructor(
    private readonly maxKeyBytes: number,
    private readonly sortBlock = SORT_BLOCK,
  ) {}

  /** Same contract as UniqueIndex.add; rows are relative to the part (the owner offsets them). */
  add(key: string, row: number, line?: number): void {
    this.integersOnly = false;
    encodeKey(key);
    const stored = utf8PrefixLength(KEY.bytes, 0, KEY.length, this.maxKeyBytes);
    this.record(row, line, stored < KEY.length ? (stored | TRUNCATED) >>> 0 : stored, stored);
  }

  /** Same contract as UniqueIndex.addNumber. */
  addNumber(value: number, row: number, line?: number): void {
    if (Number.isSafeInteger(value)) {
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
    } else this.integersOnly = false;
    numberKeyHash(value);
    this.record(row, line, NUMBER_KEY, 0);
  }

  /** Records the key in KEY (its first `stored` bytes). */
  private record(row: number, line: number | undefined, meta: number, stored: number): void {
    const at = this.count * RECORD_WORDS;
    if (at + RECORD_WORDS > this.words.length) {
      const bigger = new Uint32Array(this.words.length * 2);
      bigger.set(this.words);
      this.words = bigger;
    }
    if (this.used + stored > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + stored));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const words = this.words;
    words[at] = KEY.hi;
    words[at + 1] = KEY.lo;
    words[at + 2] = row;
    words[at + 3] = line !== undefined && line > 0 && line <= 0xffffffff ? line : 0;
    words[at + 4] = meta;
    const from = KEY.bytes;
    const to = this.bytes;
    const base = this.used;
    for (let b = 0; b < stored; b++) to[base + b] = from[b]!;
    this.used = base + stored;
    this.count++;
  }

  /** Forgets the records so far, keeping the arrays for the next part's. */
  reset(): void {
    this.count = 0;
    this.used = 0;
    this.integersOnly = true;
    this.min = Infinity;
    this.max = -Infinity;
  }

  /**
   * The records so far in new arrays, in blocks of up to `sortBlock` records in row order, each
   * ordered by hash (hi, lo), rows ascending among equal hashes (`sorted`), or simply in row
   * order when they are integers of a narrow range; the recorder must not be used afterwards,
   * until reset().
   */
  take(): KeyRecords {
    const n = this.count;
    const words = this.words;
    // Integer keys in a range about as wide as their count are what the index holds as bits
    // (dense-integers.ts), in any order: sorting them by hash would be work for nothing (about
    // 0.1 s of CPU per 1M rows), so they go in row order.
    if (this.integersOnly && this.max - this.min < DENSE_SPAN_PER_KEY * n + DENSE_SPAN_MIN) {
      return { count: n, words: words.slice(0, n * RECORD_WORDS), bytes: new Uint8Array(0), sorted: false };
    }
    const from = this.bytes;
    const out = new Uint32Array(n * RECORD_WORDS);
    const sortedBytes = new Uint8Array(this.used);
    const step = this.sortBlock;
    const { hi, tags, keyAt } = blockScratch(Math.min(n, step));
    let k = 0;
    let b = 0;
    for (let start = 0; start < n; start += step) {
      const count = Math.min(step, n - start);
      for (let i = 0; i < count; i++) {
        const at = (start + i) * RECORD_WORDS;
        hi[i] = words[at]!;
        tags[i] = start + i;
        keyAt[i] = k;
        k += words[at + 4]! & KEY_LENGTH_MASK;
      }
      const order = sortByHash(hi, tags, count, (r) => words[r * RECORD_WORDS + 1]!, SCRATCH);
      for (let i = 0; i < count; i++) {
        const r = order[i]!;
        const at = r * RECORD_WORDS;
        const to = (start + i) * RECORD_WORDS;
        out[to] = words[at]!;
        out[to + 1] = words[at + 1]!;
        out[to + 2] = words[at + 2]!;
        out[to + 3] = words[at + 3]!;
        const meta = words[at + 4]!;
        out[to + 4] = meta;
        const length = meta & KEY_LENGTH_MASK;
        const keyStart = keyAt[r - start]!;
        for (let c = 0; c < length; c++) sortedBytes[b + c] = from[keyStart + c]!;
        b += length;
      }
    }
    return { count: n, words: out, bytes: sortedBytes, sorted: true };
  }
}

/**
 * Records sorted at a time: a block's records, scratch and keys stay in the CPU cache (~1.5 MB
 * for short keys). Sorting a 256Ki-row Parquet part at once cost ~330 ns a record (13M rows on
 * two threads: 4.3 of 49 CPU s), against ~50-80 for a CSV part's few thousand. Blocks keep what
 * the index's spill needs: its copy-out reads a few dozen sorted stretches front to back.
 */
const SORT_BLOCK = 32 << 10;

/**
 * The widest range of integer keys, per key plus a constant, sent unsorted: 64 values a key is
 * a bitmap of 8 bytes a key, what the index's log of rows costs anyway.
 */
const DENSE_SPAN_PER_KEY = 64;
const DENSE_SPAN_MIN = 1 << 16;

/** Sort scratch shared by the recorders of a thread (one part's records at a time). */
const SCRATCH = new SortScratch();

/** A block's hashes, tags and key offsets (in `bytes`, so the sorted copy finds each key), reused. */
let BLOCK = { hi: new Uint32Array(0), tags: new Uint32Array(0), keyAt: new Uint32Array(0) };
function blockScratch(n: number): typeof BLOCK {
  if (BLOCK.hi.length < n) BLOCK = { hi: new Uint32Array(n), tags: new Uint32Array(n), keyAt: new Uint32Array(n) };
  return BLOCK;
}
