/**
 * The rows of the keys a DenseIntegerSet holds, so a duplicate's first row can be found once the
 * pass is over. A bit says a value was seen, not where: the report's message names the first row
 * of the first duplicate, so each (value, row) is appended here, 8 bytes a row (the value as its
 * offset from the first one, which the set's window of under 2^31 values keeps within 32 bits),
 * in a bounded chunk written to a temporary file when full. It is read back only when there are
 * duplicates, once, for the few values of the examples; otherwise it is just removed. At 13M ids
 * that is 104 MB written, against the 470 MB of sorted runs of the hashed index.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir, removeTempDir } from './temp-dir.js';
import { spillError } from './spill-error.js';

export class FirstRowLog {
  private readonly pairs: Int32Array;
  private readonly bytes: Uint8Array;
  /** Entries in the chunk now. */
  private count = 0;
  private origin = NaN;
  private dir: string | undefined;
  private fd = -1;

  /** @param chunkBytes the in-memory chunk (at least 8 bytes: one entry). */
  constructor(
    chunkBytes: number,
    private readonly tempParent?: string,
  ) {
    this.pairs = new Int32Array(Math.max(2, Math.floor(chunkBytes / 8) * 2));
    this.bytes = new Uint8Array(this.pairs.buffer);
  }

  get chunkBytes(): number {
    return this.pairs.byteLength;
  }

  /** Notes that `value` (an integer within 2^31 of every other value added) was on `row`. */
  append(value: number, row: number): void {
    if (this.origin !== this.origin) this.origin = value;
    if (this.count * 2 === this.pairs.length) this.flush();
    const at = this.count * 2;
    this.pairs[at] = value - this.origin;
    this.pairs[at + 1] = row;
    this.count++;
  }

  /**
   * The first (lowest) row of each of `values` in the log; values never added are left out.
   * Called once, at the end: it reads the file through the chunk, which holds nothing after.
   */
  firstRows(values: readonly number[]): Map<number, number> {
    // Only values within 2^31 of the origin can be in the log (their offsets are 32-bit).
    const held = values.filter((v) => Number.isInteger(v) && Math.abs(v - this.origin) < 2 ** 31);
    const wanted = Int32Array.from(held, (v) => v - this.origin);
    const first = new Float64Array(wanted.length).fill(Infinity);
    const scan = (pairs: Int32Array, n: number): void => {
      for (let i = 0; i < 2 * n; i += 2) {
        const offset = pairs[i]!;
        for (let w = 0; w < wanted.length; w++) {
          if (offset === wanted[w] && pairs[i + 1]! >>> 0 < first[w]!) first[w] = pairs[i + 1]! >>> 0;
        }
      }
    };
    if (wanted.length > 0) {
      // The chunk's entries come after the file's; scan them first, as the file is read through the chunk.
      scan(this.pairs, this.count);
      if (this.fd >= 0) {
        for (let position = 0; ; ) {
          const read = readFully(this.fd, this.bytes, position);
          if (read === 0) break;
          position += read;
          scan(this.pairs, read / 8);
        }
        this.count = 0;
      }
    }
    const result = new Map<number, number>();
    held.forEach((value, w) => {
      if (first[w] !== Infinity) result.set(value, first[w]!);
    });
    return result;
  }

  /** Removes the temporary file; the log must not be used afterwards. */
  release(): void {
    if (this.fd >= 0) {
      try {
        closeSync(this.fd);
      } catch {
        // Closing a file being removed anyway: nothing to do.
      }
      this.fd = -1;
    }
    if (this.dir !== undefined) removeTempDir(this.dir);
    this.dir = undefined;
  }

  /** Writes the chunk at the end of the file (created on the first flush) and empties it. */
  private flush(): void {
    try {
      if (this.fd < 0) {
        this.dir = createTempDir(this.tempParent);
        this.fd = openSync(join(this.dir, 'first-rows'), 'wx+', 0o600);
      }
      const size = this.count * 8;
      for (let done = 0; done < size; ) done += writeSync(this.fd, this.bytes, done, size - done, null);
    } catch (error) {
      // createTempDir's own errors are UserErrors already; spillError passes those through.
      throw spillError(error, this.dir ?? this.tempParent ?? '');
    }
    this.count = 0;
  }
}

/** Reads into `into` from `position` until it is full or the file ends; returns the bytes read (a multiple of 8). */
function readFully(fd: number, into: Uint8Array, position: number): number {
  let got = 0;
  while (got < into.length) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got - (got % 8);
}
