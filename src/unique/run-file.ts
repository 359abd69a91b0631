/**
 * Sorted runs on disk. A record is six 32-bit words (hi, lo, row, line, meta, key length) and
 * the key's bytes padded to a multiple of 4, so records stay aligned and are read through a
 * Uint32Array view. Runs are private temporary files read back by the same process, so the
 * platform's byte order is fine.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

export const HEADER_WORDS = 6;
export const HEADER_BYTES = HEADER_WORDS * 4;

/**
 * A run's records fall into BUCKETS ranges of hashes by the top bits of hi; the writer notes
 * where each range starts and how many records it holds, so the final scan can read the same
 * range of every run at once (bucket-scan.ts) instead of merging whole runs record by record.
 */
export const BUCKET_BITS = 10;
export const BUCKETS = 1 << BUCKET_BITS;

/** Where each hash range of a run lies: bytes [starts[b], starts[b + 1]) hold counts[b] records. */
export interface RunIndex {
  starts: Float64Array;
  counts: Float64Array;
}

/** The largest record for keys of at most maxKeyBytes bytes. */
export function maxRecordBytes(maxKeyBytes: number): number {
  return HEADER_BYTES + ((maxKeyBytes + 3) & ~3);
}

/** A write buffer for RunWriter. */
export function writeChunk(bytes: number): Uint8Array {
  return new Uint8Array(bytes & ~3);
}

/** Writes records to a new file synchronously (spills happen inside the synchronous add()). */
export class RunWriter {
  private readonly fd: number;
  private readonly chunk: Uint8Array;
  private readonly words: Uint32Array;
  private pos = 0;
  /** Bytes flushed to the file before the chunk's. */
  private flushed = 0;
  /** The bucket whose start is noted next (records arrive sorted by hash). */
  private bucket = 0;
  records = 0;
  /** Where each hash range starts and how many records it has (complete once closed). */
  readonly index: RunIndex = { starts: new Float64Array(BUCKETS + 1), counts: new Float64Array(BUCKETS) };

  /** `chunk`: the write buffer (its length a multiple of 4), reused across runs to spare the GC. */
  constructor(readonly path: string, chunk: Uint8Array) {
    this.fd = openSync(path, 'wx', 0o600);
    this.chunk = chunk;
    this.words = new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >>> 2);
  }

  /** Copies a record laid out in run format from `words` at word offset `at` (see EntryBuffer). */
  copy(words: Uint32Array, at: number): void {
    const size = HEADER_WORDS + ((words[at + 5]! + 3) >>> 2);
    if ((this.pos >>> 2) + size > this.words.length) this.flush();
    this.note(words[at]!);
    const out = this.words;
    const w = this.pos >>> 2;
    for (let k = 0; k < size; k++) out[w + k] = words[at + k]!;
    this.pos += size * 4;
    this.records++;
  }

  write(hi: number, lo: number, row: number, line: number, meta: number, key: Uint8Array, start: number, len: number): void {
    const size = HEADER_BYTES + ((len + 3) & ~3);
    if (this.pos + size > this.chunk.length) this.flush();
    this.note(hi);
    const w = this.pos >>> 2;
    const words = this.words;
    words[w] = hi;
    words[w + 1] = lo;
    words[w + 2] = row;
    words[w + 3] = line;
    words[w + 4] = meta;
    words[w + 5] = len;
    const chunk = this.chunk;
    const at = this.pos + HEADER_BYTES;
    for (let i = 0; i < len; i++) chunk[at + i] = key[start + i]!;
    this.pos += size;
    this.records++;
  }

  /** Flushes and closes the file. */
  close(): void {
    try {
      this.flush();
      const starts = this.index.starts;
      while (this.bucket <= BUCKETS) starts[this.bucket++] = this.flushed;
    } finally {
      closeSync(this.fd);
    }
  }

  /** Counts the record about to be written at pos, of hash word hi, in its bucket. */
  private note(hi: number): void {
    const b = hi >>> (32 - BUCKET_BITS);
    const starts = this.index.starts;
    while (this.bucket <= b) starts[this.bucket++] = this.flushed + this.pos;
    this.index.counts[b]!++;
  }

  private flush(): void {
    let done = 0;
    while (done < this.pos) done += writeSync(this.fd, this.chunk, done, this.pos - done);
    this.flushed += this.pos;
    this.pos = 0;
  }
}

/** Reads a run back record by record through a bounded buffer. */
export class RunReader {
  private readonly buf: Uint8Array;
  private readonly words: Uint32Array;
  private pos = 0;
  private end = 0;
  private eof = false;
  // The current record: its key bytes are buf[keyStart, keyStart + keyLength) until the next refill.
  hi = 0;
  lo = 0;
  row = 0;
  line = 0;
  meta = 0;
  keyStart = 0;
  keyLength = 0;

  private constructor(
    private readonly file: FileHandle,
    readonly path: string,
    readonly order: number,
    bufferBytes: number,
  ) {
    this.buf = new Uint8Array(bufferBytes & ~3);
    this.words = new Uint32Array(this.buf.buffer);
  }

  /** Opens a run; `order` breaks ties between equal hashes (earlier runs hold earlier rows). */
  static async open(path: string, order: number, bufferBytes: number): Promise<RunReader> {
    return new RunReader(await open(path, 'r'), path, order, bufferBytes);
  }

  get bytes(): number {
    return this.buf.byteLength;
  }

  get buffer(): Uint8Array {
    return this.buf;
  }

  /**
   * Moves to the next record: true when there is one, false at the end of the run, null when
   * the buffer must be refilled first (await refill(), then call next() again).
   */
  next(): boolean | null {
    const avail = this.end - this.pos;
    if (avail >= HEADER_BYTES) {
      const w = this.pos >>> 2;
      const len = this.words[w + 5]!;
      const size = HEADER_BYTES + ((len + 3) & ~3);
      if (avail >= size) {
        this.hi = this.words[w]!;
        this.lo = this.words[w + 1]!;
        this.row = this.words[w + 2]!;
        this.line = this.words[w + 3]!;
        this.meta = this.words[w + 4]!;
        this.keyStart = this.pos + HEADER_BYTES;
        this.keyLength = len;
        this.pos += size;
        return true;
      }
    }
    if (!this.eof) return null;
    if (avail === 0) return false;
    throw new Error(`Temporary run ${this.path} ends inside a record (${avail} bytes left)`);
  }

  /** Keeps the unread bytes and reads more behind them. */
  async refill(): Promise<void> {
    const rest = this.end - this.pos;
    this.buf.copyWithin(0, this.pos, this.end);
    this.pos = 0;
    this.end = rest;
    while (this.end < this.buf.length) {
      const { bytesRead } = await this.file.read(this.buf, this.end, this.buf.length - this.end, null);
      if (bytesRead === 0) {
        this.eof = true;
        break;
      }
      this.end += bytesRead;
    }
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}
