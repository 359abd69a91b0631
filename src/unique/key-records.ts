/**
 * Keys encoded and hashed away from the index: a worker thread validating part of a file
 * records each row's key here (UTF-8 prefix and hash, as UniqueIndex.add would compute them),
 * and the thread that owns the index adds the records in row order with addRecords. So the
 * hashing runs on the workers and the index still sees every key exactly once.
 */
import { encodeKey, KEY, utf8PrefixLength } from './key-hash.js';
import { TRUNCATED } from './entry-buffer.js';

/** Records as plain typed arrays (transferable between threads). */
export interface KeyRecords {
  count: number;
  /** Five words per record: hash hi, hash lo, row, line (0: none), meta (stored length | TRUNCATED). */
  words: Uint32Array;
  /** Stored key bytes, record after record. */
  bytes: Uint8Array;
}

export const RECORD_WORDS = 5;

export class KeyRecorder {
  private words = new Uint32Array(RECORD_WORDS * 1024);
  private bytes = new Uint8Array(16 * 1024);
  private count = 0;
  private used = 0;

  /** @param maxKeyBytes bytes of each key kept (the index's `maxKeyBytes`). */
  constructor(private readonly maxKeyBytes: number) {}

  /** Same contract as UniqueIndex.add; rows are relative to the part (the owner offsets them). */
  add(key: string, row: number, line?: number): void {
    encodeKey(key);
    const stored = utf8PrefixLength(KEY.bytes, 0, KEY.length, this.maxKeyBytes);
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
    words[at + 4] = stored < KEY.length ? (stored | TRUNCATED) >>> 0 : stored;
    const from = KEY.bytes;
    const to = this.bytes;
    const base = this.used;
    for (let b = 0; b < stored; b++) to[base + b] = from[b]!;
    this.used = base + stored;
    this.count++;
  }

  /** The records so far (trimmed copies' views; the recorder must not be used afterwards). */
  take(): KeyRecords {
    return { count: this.count, words: this.words.slice(0, this.count * RECORD_WORDS), bytes: this.bytes.slice(0, this.used) };
  }
}
