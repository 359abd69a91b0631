/**
 * HyperLogLog distinct count over the stable value hash (hash.ts). Written here because the npm
 * HLL packages are unmaintained or need native builds, and none fixes a documented hash, which a
 * saved profile must (so a reference and a current profile count the same values alike).
 *
 * The sketch uses the top 52 bits of the 64-bit hash: p bits pick the register, the other
 * 52 - p give the rank. Below a threshold it stays sparse, keeping the distinct 52-bit hashes
 * themselves, so small cardinalities (up to max(1024, m/4) distinct values) are exact barring a
 * 52-bit hash collision (odds about d^2 / 2^53). Above it, the standard error is 1.04 / sqrt(m):
 * 1.63% at p = 12, 0.81% at p = 14 (the default).
 */
import { Buffer } from 'node:buffer';
import { UserError } from '../../runner/errors.js';
import { ertlEstimate } from './hll-estimate.js';
import { HASH, hashValue } from './hash.js';
import { expectArray, expectInt, expectSketch, invalid, type JsonObject } from './json.js';

const NAME = 'HyperLogLog';
const HASH_NAME = 'murmur3_x86_128/typed' as const;
const VERSION = 2;
/** The hash of format version 1, which no longer counts the same values alike. */
const OLD_HASH_NAME = 'murmur3_x86_128/canonical-text';
const TWO20 = 1048576;

/**
 * The JSON form of a HyperLogLog sketch (format version 2: version 1 hashed values' canonical
 * text, so its keys and registers cannot be merged with these): sparse keys or dense registers.
 */
export interface HllJson {
  kind: 'hll';
  version: 2;
  /** Names the value hash, which is part of the format. */
  hash: typeof HASH_NAME;
  /** Precision: m = 2^p registers. */
  p: number;
  /** Sparse: the distinct 52-bit hash prefixes (h1 * 2^20 + (h2 >>> 12)), sorted. */
  keys?: number[];
  /** Dense: the m registers (one byte each, 0..53-p), base64. */
  registers?: string;
}

/**
 * The sparse form's keys (52-bit integers): an open-addressing set over a Float64Array. A
 * Set<number> boxed each key and cost ~100 ns per add, in the sparse phase of every column's
 * sketch. Iteration order is the table's,
 * which nothing depends on (toJSON sorts; merging and densifying are order-free).
 */
class SparseKeys {
  size = 0;
  private table = new Float64Array(64).fill(-1);
  private mask = 63;

  add(key: number): void {
    const table = this.table;
    const mask = this.mask;
    // The low 20 bits come from the hash's second word: uniformly spread.
    for (let i = key % TWO20 & mask; ; i = (i + 1) & mask) {
      const k = table[i]!;
      if (k === key) return;
      if (k < 0) {
        table[i] = key;
        if (++this.size * 2 > table.length) this.grow();
        return;
      }
    }
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (const k of this.table) if (k >= 0) yield k;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    this.size = 0;
    for (const k of old) if (k >= 0) this.add(k);
  }
}

/** Mergeable distinct-count sketch of any column. */
export class HyperLogLog {
  readonly p: number;
  private keys: SparseKeys | null = new SparseKeys();
  private registers: Uint8Array | null = null;
  private readonly sparseLimit: number;

  /** @param p precision, 4..16 (default 14: m = 16384 registers, 16 KB, 0.81% standard error). */
  constructor(p = 14) {
    if (!Number.isInteger(p) || p < 4 || p > 16) throw new UserError(`HyperLogLog precision p must be an integer in [4, 16], got ${p}`);
    this.p = p;
    this.sparseLimit = Math.max(1024, (1 << p) >> 2);
  }

  /** Relative standard error of the estimate once dense: 1.04 / sqrt(2^p). */
  get standardError(): number {
    return 1.04 / Math.sqrt(2 ** this.p);
  }

  /** True while the count is exact (sparse mode). */
  get exact(): boolean {
    return this.keys !== null;
  }

  /** Adds a value, hashed by hash.ts's hashValue (the number 42 and the string "42" are two values). */
  add(value: number | string | boolean): void {
    hashValue(value);
    this.addHash();
  }

  /** Adds the value whose hash (hash.ts) is in HASH now: lets a column hash each value once. */
  addHash(): void {
    if (this.registers !== null) this.update(HASH[0]!, HASH[1]! >>> 12);
    else {
      this.keys!.add(HASH[0]! * TWO20 + (HASH[1]! >>> 12));
      if (this.keys!.size > this.sparseLimit) this.densify();
    }
  }

  /** Merges other (same p) into this sketch; other is unchanged. */
  merge(other: HyperLogLog): this {
    if (other.p !== this.p) throw new UserError(`Cannot merge HyperLogLog sketches of different precision (${this.p} and ${other.p})`);
    if (other.keys !== null) {
      for (const key of other.keys) this.addKey(key);
    } else {
      if (this.registers === null) this.densify();
      const mine = this.registers!;
      // A plain loop (forEach cost a call per register).
      const theirs = other.registers!;
      for (let i = 0; i < theirs.length; i++) if (theirs[i]! > mine[i]!) mine[i] = theirs[i]!;
    }
    return this;
  }

  /** Estimated number of distinct values (exact while sparse). */
  estimate(): number {
    if (this.keys !== null) return this.keys.size;
    return ertlEstimate(this.registers!, 52 - this.p);
  }

  /** Plain JSON (format version 2); see README.md. */
  toJSON(): HllJson {
    const base = { kind: 'hll' as const, version: VERSION as 2, hash: HASH_NAME as typeof HASH_NAME, p: this.p };
    if (this.keys !== null) return { ...base, keys: [...this.keys].sort((a, b) => a - b) };
    return { ...base, registers: Buffer.from(this.registers!).toString('base64') };
  }

  /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
  static fromJSON(json: unknown): HyperLogLog {
    const old = json as JsonObject | null;
    if (old !== null && typeof old === 'object' && old['kind'] === 'hll' && (old['version'] === 1 || old['hash'] === OLD_HASH_NAME)) {
      // Not a damaged file: a profile from before the hash changed. Say so, and what to do.
      throw new UserError(
        `Invalid ${NAME} sketch: it was written by an earlier version, which hashed values differently ("${OLD_HASH_NAME}"), so its distinct count cannot be merged or compared with this version's ("${HASH_NAME}"); write the profile again with this version of validate-data`,
      );
    }
    const obj = expectSketch(json, NAME, 'hll', VERSION);
    if (obj['hash'] !== HASH_NAME) invalid(NAME, 'hash', `"${HASH_NAME}"`, obj['hash']);
    const sketch = new HyperLogLog(expectInt(obj, NAME, 'p', 4, 16));
    const m = 1 << sketch.p;
    if (('keys' in obj) === ('registers' in obj)) invalid(NAME, 'keys/registers', 'exactly one of the two', Object.keys(obj));
    if ('keys' in obj) {
      const keys = expectArray(obj, NAME, 'keys');
      if (keys.length > sketch.sparseLimit) invalid(NAME, 'keys', `at most ${sketch.sparseLimit} keys at p = ${sketch.p}`, keys.length);
      keys.forEach((key, i) => {
        if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= 2 ** 52) invalid(NAME, `keys[${i}]`, 'an integer in [0, 2^52)', key);
        sketch.keys!.add(key);
      });
      return sketch;
    }
    const text = obj['registers'];
    if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) invalid(NAME, 'registers', 'a base64 string', text);
    const registers = new Uint8Array(Buffer.from(text, 'base64'));
    if (registers.length !== m) invalid(NAME, 'registers', `${m} bytes for p = ${sketch.p}`, `${registers.length} bytes`);
    const top = 53 - sketch.p;
    // A plain loop (forEach cost a call per register).
    for (let i = 0; i < registers.length; i++) if (registers[i]! > top) invalid(NAME, `registers[${i}]`, `at most ${top}`, registers[i]);
    sketch.keys = null;
    sketch.registers = registers;
    return sketch;
  }

  private addKey(key: number): void {
    if (this.registers !== null) this.update(Math.floor(key / TWO20), key % TWO20);
    else {
      this.keys!.add(key);
      if (this.keys!.size > this.sparseLimit) this.densify();
    }
  }

  /** Updates the register of a hash given as its top 32 bits and the next 20. */
  private update(hi: number, next20: number): void {
    const p = this.p;
    const index = hi >>> (32 - p);
    const rest = (hi << p) >>> 0;
    let rank: number;
    if (rest !== 0) rank = Math.clz32(rest) + 1;
    else if (next20 !== 0) rank = 32 - p + Math.clz32(next20) - 12 + 1;
    else rank = 53 - p;
    const registers = this.registers!;
    if (rank > registers[index]!) registers[index] = rank;
  }

  private densify(): void {
    this.registers = new Uint8Array(1 << this.p);
    const keys = this.keys!;
    this.keys = null;
    for (const key of keys) this.update(Math.floor(key / TWO20), key % TWO20);
  }
}
