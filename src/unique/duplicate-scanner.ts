/**
 * Finds duplicates in a stream of records ordered by hash, rows ascending within a hash. Equal
 * hashes are confirmed by comparing the stored key bytes, so a hash collision between two
 * different keys is not counted; only keys longer than the stored limit are compared by
 * stored prefix and 64-bit hash, which is where the small false-positive bound comes from.
 * Number keys store no bytes: their hash is one-to-one (key-hash.ts), so it is the comparison.
 */
import type { Duplicate } from './examples.js';
import { ExampleKeeper } from './examples.js';
import { NUMBER_KEY, TRUNCATED } from './entry-buffer.js';
import { numberOfKeyHash } from './key-hash.js';
import type { RecordSink } from './merge.js';

/** A distinct key seen in the current hash group, with the first row that had it. */
interface Ref {
  bytes: Uint8Array;
  length: number;
  meta: number;
  row: number;
}

const decoder = new TextDecoder();

export class DuplicateScanner implements RecordSink {
  violations = 0;
  /** Violations confirmed only by stored prefix and 64-bit hash (keys longer than the stored limit). */
  unverified = 0;
  private readonly examples: ExampleKeeper;
  private readonly refs: Ref[] = [];
  private refCount = 0;
  private hi = 0;
  private lo = 0;

  constructor(
    maxExamples: number,
    private readonly maxKeyBytes: number,
  ) {
    this.examples = new ExampleKeeper(maxExamples);
  }

  push(hi: number, lo: number, row: number, line: number, meta: number, key: Uint8Array, start: number, length: number): void {
    if (this.refCount === 0 || hi !== this.hi || lo !== this.lo) {
      this.hi = hi;
      this.lo = lo;
      this.refCount = 0;
      this.remember(row, meta, key, start, length);
      return;
    }
    for (let r = 0; r < this.refCount; r++) {
      const ref = this.refs[r]!;
      if (ref.meta === meta && ref.length === length && sameBytes(ref.bytes, key, start, length)) {
        this.violations++;
        if (meta & TRUNCATED) this.unverified++;
        if (this.examples.wants(row)) {
          const example: Duplicate = { row, firstRow: ref.row, value: meta & NUMBER_KEY ? String(numberOfKeyHash(hi, lo)) : valueText(ref) };
          if (line > 0) example.line = line;
          this.examples.add(example);
        }
        return;
      }
    }
    // Same 64-bit hash, different key: a genuine collision, rightly not a duplicate.
    this.remember(row, meta, key, start, length);
  }

  /** The kept examples, in row order. */
  list(): Duplicate[] {
    return this.examples.list();
  }

  private remember(row: number, meta: number, key: Uint8Array, start: number, length: number): void {
    let ref = this.refs[this.refCount];
    if (ref === undefined) {
      ref = { bytes: new Uint8Array(this.maxKeyBytes), length: 0, meta: 0, row: 0 };
      this.refs.push(ref);
    }
    this.refCount++;
    const bytes = ref.bytes;
    for (let i = 0; i < length; i++) bytes[i] = key[start + i]!;
    ref.length = length;
    ref.meta = meta;
    ref.row = row;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[start + i]) return false;
  return true;
}

function valueText(ref: Ref): string {
  const text = decoder.decode(ref.bytes.subarray(0, ref.length));
  return ref.meta & TRUNCATED ? `${text}…` : text;
}
