/**
 * Frequent values by Misra-Gries with the mergeable-summary merge of Agarwal et al. (2012).
 * Exact while a column has at most `capacity` distinct values (nothing was ever evicted): that
 * is how drift-check gets exact category distributions for low-cardinality columns, checked by
 * `exact`. Beyond that each reported count is a lower bound, and the true count lies in
 * [count, count + maxError] with maxError <= n / (capacity + 1); any value not listed occurs at
 * most maxError times.
 */
import { UserError } from '../../runner/errors.js';
import { HASH, hashBoolean, hashNumber, hashString, hashTime } from './hash.js';
import { expectArray, expectInt, expectSketch, invalid } from './json.js';

const NAME = 'frequent-values';

/** A value counted by the sketch: its identity is its type and value (42 and "42" differ). */
export type FrequentValue = number | string | boolean;

/** A listed value with its count bounds. */
export interface FrequentEntry {
  value: FrequentValue;
  /** Lower bound on the true count (the true count when the sketch is exact). */
  count: number;
  /** Upper bound on the true count: count + maxError. */
  upper: number;
}

/** The JSON form (format version 1). */
export interface FrequentJson {
  kind: 'frequent';
  version: 1;
  capacity: number;
  /** Number of values added. */
  n: number;
  /** Total amount subtracted from every counter: the bound on any count's undercount. */
  maxError: number;
  /** [value, lower-bound count] pairs, most frequent first. */
  items: Array<[FrequentValue, number]>;
}

/** Entry tags: a value's identity is its tag and its key (an ISO time is keyed by epoch ms). */
const NUMBER = 0;
const STRING = 1;
const BOOLEAN = 2;
const TIME = 3;

/** Mergeable heavy-hitters sketch. */
export class FrequentValues {
  readonly capacity: number;
  // An open-addressing table over dense entry arrays, probed with the value's hash (hash.ts),
  // which ColumnSketch has already computed for HyperLogLog. It replaces a Map<value, count>:
  // measured on bench/validate-data (1M rows, 12 columns) the Map's get/set/delete cost 1.4 s
  // of 14 s; see README.md for the figures after. Entries are confirmed by hash, tag and key,
  // so hash collisions never merge two values. An ISO time string is keyed by its epoch ms, so
  // a Date and its ISO text are one value, as before, without building the text per value.
  // Keys are stored by type: numbers, times and booleans (0/1) in a Float64Array, strings in
  // an array of their own, so each comparison is of one type (a mixed array compared with ===
  // cost ~20 ns per hit in a process profiling columns of several types).
  private nums = new Float64Array(16);
  private strs: (string | undefined)[] = [];
  private tags = new Uint8Array(16);
  private counts = new Float64Array(16);
  private hashes = new Int32Array(16);
  private live = 0;
  // Recently found strings: entry index + 1 by a signature of length and end characters (see
  // countIfListed). An index is trusted only once its entry is seen to hold the string, so
  // entries moving (subtract, merge) or being dropped never miscount.
  private recent = new Int32Array(RECENT);
  private slots: Int32Array;
  private mask: number;
  private n = 0;
  private error = 0;

  /** @param capacity values tracked at once (default 100). */
  constructor(capacity = 100) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1_000_000) {
      throw new UserError(`Frequent-values capacity must be an integer in [1, 1000000], got ${capacity}`);
    }
    this.capacity = capacity;
    this.slots = new Int32Array(tableSize(capacity));
    this.mask = this.slots.length - 1;
  }

  /** Adds one value; NaN is ignored, -0 counts as 0. */
  add(value: FrequentValue): void {
    if (value !== value) return;
    if (value === 0) value = 0;
    const [tag, key] = identify(value);
    hashKey(key, tag);
    this.addHashed(key, tag);
  }

  /**
   * Adds a value whose hash (hash.ts: hashNumber, hashString, hashBoolean, hashTime) is in
   * HASH now: a number (`tag` 0, not NaN, -0 already 0), a string (1; not an ISO time text,
   * see ColumnSketch), a boolean (2) or a valid time as epoch ms (3). Returns true when the
   * value was listed already (so it was seen before).
   */
  addHashed(key: number | string | boolean, tag: number): boolean {
    if (tag === STRING) return this.addStringHashed(key as string);
    return this.addNumberHashed(tag === BOOLEAN ? (key ? 1 : 0) : (key as number), tag);
  }

  /** addHashed of a number (tag 0), a boolean as 0/1 (tag 2) or a time in epoch ms (tag 3). */
  addNumberHashed(x: number, tag: number): boolean {
    this.n++;
    const h = HASH[0]! | 0;
    const e = this.findNumber(x, tag, h);
    if (e >= 0) {
      this.counts[e]!++;
      return true;
    }
    if (this.live < this.capacity) this.insert(x, tag, h, 1);
    else this.evict();
    return false;
  }

  /** addHashed of a string (tag 1). */
  addStringHashed(s: string): boolean {
    this.n++;
    const h = HASH[0]! | 0;
    const e = this.findString(s, h);
    if (e >= 0) {
      this.counts[e]!++;
      this.recent[signature(s)] = e + 1;
      return true;
    }
    // Not cached on insert: most strings inserted in a high-cardinality column never repeat.
    if (this.live < this.capacity) this.insert(s, STRING, h, 1);
    else this.evict();
    return false;
  }

  /**
   * Adds the string s (tag 1) and returns true when it is listed and was found without its
   * hash: on columns of a few distinct strings (categories, country codes) most values are,
   * and comparing one candidate costs less than hashing the string. Otherwise adds nothing
   * and returns false: hash s and call addStringHashed.
   */
  countIfListed(s: string): boolean {
    const e = this.recent[signature(s)]! - 1;
    if (e < 0 || this.strs[e] !== s || this.tags[e] !== STRING || e >= this.live) return false;
    this.n++;
    this.counts[e]!++;
    return true;
  }

  /**
   * No room for a new value: it and every tracked one lose one occurrence. Each such step
   * removes capacity + 1 counts, so it happens at most n / (capacity + 1) times in total.
   */
  private evict(): void {
    this.error++;
    this.subtract(1);
  }

  /** Merges other into this sketch (capacities may differ; this one's is kept). */
  merge(other: FrequentValues): this {
    for (let e = 0; e < other.live; e++) {
      const tag = other.tags[e]!;
      const key = tag === STRING ? other.strs[e]! : other.nums[e]!;
      const h = other.hashes[e]!;
      const at = this.find(key, tag, h);
      if (at >= 0) this.counts[at]! += other.counts[e]!;
      else this.insert(key, tag, h, other.counts[e]!);
    }
    this.n += other.n;
    this.error += other.error;
    if (this.live > this.capacity) {
      const sorted = Array.from(this.counts.subarray(0, this.live)).sort((a, b) => b - a);
      const cut = sorted[this.capacity]!;
      this.error += cut;
      this.subtract(cut);
    }
    return this;
  }

  /** Index of the entry (key, tag) with hash h (key: a string for tag 1, else a number), or -1. */
  private find(key: number | string, tag: number, h: number): number {
    return tag === STRING ? this.findString(key as string, h) : this.findNumber(key as number, tag, h);
  }

  private findNumber(x: number, tag: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return -1;
      const e = s - 1;
      if (this.hashes[e] === h && this.nums[e] === x && this.tags[e] === tag) return e;
    }
  }

  private findString(str: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return -1;
      const e = s - 1;
      if (this.hashes[e] === h && this.tags[e] === STRING && this.strs[e] === str) return e;
    }
  }

  /** Adds an entry (key: a string for tag 1, else a number; see find). */
  private insert(key: number | string, tag: number, h: number, count: number): void {
    const e = this.live++;
    if (e === this.tags.length) this.widen(e * 2);
    if (tag === STRING) this.strs[e] = key as string;
    else this.nums[e] = key as number;
    this.tags[e] = tag;
    this.counts[e] = count;
    this.hashes[e] = h;
    if (this.live * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      this.mask = this.slots.length - 1;
      this.reindex();
    } else this.place(e);
  }

  /** Lowers every count by `by`, dropping entries that reach 0, and rebuilds the table. */
  private subtract(by: number): void {
    let kept = 0;
    for (let e = 0; e < this.live; e++) {
      const c = this.counts[e]! - by;
      if (c <= 0) continue;
      const tag = this.tags[e]!;
      if (tag === STRING) this.strs[kept] = this.strs[e];
      else this.nums[kept] = this.nums[e]!;
      this.tags[kept] = tag;
      this.hashes[kept] = this.hashes[e]!;
      this.counts[kept++] = c;
    }
    // Entries past `live` are never read; the strings array keeps its length (truncating and
    // growing it again on every eviction of a high-cardinality column reallocated it).
    this.live = kept;
    if (this.slots.length > tableSize(this.capacity) && kept * 4 < this.slots.length) {
      this.slots = new Int32Array(Math.max(tableSize(this.capacity), this.slots.length >> 1));
      this.mask = this.slots.length - 1;
    }
    this.reindex();
  }

  private reindex(): void {
    this.slots.fill(0);
    for (let e = 0; e < this.live; e++) this.place(e);
  }

  private place(e: number): void {
    const mask = this.mask;
    let i = this.hashes[e]! & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = e + 1;
  }

  private widen(size: number): void {
    const nums = new Float64Array(size);
    nums.set(this.nums);
    this.nums = nums;
    const tags = new Uint8Array(size);
    tags.set(this.tags);
    const counts = new Float64Array(size);
    counts.set(this.counts);
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    this.tags = tags;
    this.counts = counts;
    this.hashes = hashes;
  }

  /** The value of entry e as listed: an ISO time's text is built here, for output only. */
  private valueAt(e: number): FrequentValue {
    const tag = this.tags[e]!;
    if (tag === STRING) return this.strs[e]!;
    const x = this.nums[e]!;
    return tag === TIME ? new Date(x).toISOString() : tag === BOOLEAN ? x === 1 : x;
  }

  /** The listed entries as [value, count] pairs, in no particular order. */
  private entries(): Array<[FrequentValue, number]> {
    const out: Array<[FrequentValue, number]> = [];
    for (let e = 0; e < this.live; e++) out.push([this.valueAt(e), this.counts[e]!]);
    return out;
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }
  /** Bound on the undercount of any value (0 when exact). */
  get maxError(): number {
    return this.error;
  }
  /** True when every distinct value is listed with its exact count. */
  get exact(): boolean {
    return this.error === 0;
  }

  /** Bounds on the count of one value (listed or not). */
  countOf(value: FrequentValue): { count: number; upper: number } {
    let c = 0;
    if (value === value) {
      const [tag, key] = identify(value === 0 ? 0 : value);
      hashKey(key, tag);
      const e = this.find(key, tag, HASH[0]! | 0);
      if (e >= 0) c = this.counts[e]!;
    }
    return { count: c, upper: c + this.error };
  }

  /** The listed values, most frequent first (ties in a stable order), at most limit of them. */
  top(limit = this.capacity): FrequentEntry[] {
    return this.entries()
      .sort((a, b) => b[1] - a[1] || compareValues(a[0], b[0]))
      .slice(0, limit)
      .map(([value, count]) => ({ value, count, upper: count + this.error }));
  }

  /** Plain JSON (format version 1); see README.md. */
  toJSON(): FrequentJson {
    const items = this.top().map((e): [FrequentValue, number] => [e.value, e.count]);
    return { kind: 'frequent', version: 1, capacity: this.capacity, n: this.n, maxError: this.error, items };
  }

  /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
  static fromJSON(json: unknown): FrequentValues {
    const obj = expectSketch(json, NAME, 'frequent', 1);
    const sketch = new FrequentValues(expectInt(obj, NAME, 'capacity', 1, 1_000_000));
    sketch.n = expectInt(obj, NAME, 'n', 0);
    sketch.error = expectInt(obj, NAME, 'maxError', 0, sketch.n);
    const items = expectArray(obj, NAME, 'items');
    if (items.length > sketch.capacity) invalid(NAME, 'items', `at most capacity (${sketch.capacity}) entries`, items.length);
    let total = 0;
    items.forEach((item, i) => {
      if (!Array.isArray(item) || item.length !== 2) invalid(NAME, `items[${i}]`, 'a [value, count] pair', item);
      const [value, count] = item as [unknown, unknown];
      const okValue = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
      if (!okValue) invalid(NAME, `items[${i}][0]`, 'a string, boolean or finite number', value);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) invalid(NAME, `items[${i}][1]`, 'a positive integer count', count);
      const [tag, key] = identify(value === 0 ? 0 : (value as FrequentValue));
      hashKey(key, tag);
      if (sketch.find(key, tag, HASH[0]! | 0) >= 0) invalid(NAME, `items[${i}][0]`, 'a value listed once', value);
      sketch.insert(key, tag, HASH[0]! | 0, count);
      total += count;
    });
    if (total > sketch.n) invalid(NAME, 'items', `counts summing to at most n = ${sketch.n}`, total);
    return sketch;
  }
}

/** Size of FrequentValues' recent-strings cache (a power of two). */
const RECENT = 64;

/** Cache slot of a string: its length and first and last code units, mixed. */
function signature(s: string): number {
  const len = s.length;
  return (len === 0 ? 0 : Math.imul(len, 0x9e3779b1) ^ Math.imul(s.charCodeAt(0), 31) ^ s.charCodeAt(len - 1)) & (RECENT - 1);
}

/** Slots for `capacity` entries: a power of two at least 4x, so probes stay short. */
function tableSize(capacity: number): number {
  return 1 << Math.max(4, Math.ceil(Math.log2(capacity * 4)));
}

/**
 * Tag and key of a value: a boolean is keyed as 1/0, an ISO time text
 * ("2023-09-25T05:38:48.000Z") by its time.
 */
function identify(value: FrequentValue): [number, number | string] {
  if (typeof value === 'number') return [NUMBER, value];
  if (typeof value === 'boolean') return [BOOLEAN, value ? 1 : 0];
  const t = isoTime(value);
  return t === undefined ? [STRING, value] : [TIME, t];
}

/** Hashes a value by its tag and key into HASH, as ColumnSketch does. */
function hashKey(key: number | string, tag: number): void {
  if (tag === NUMBER) hashNumber(key as number);
  else if (tag === STRING) hashString(key as string);
  else if (tag === BOOLEAN) hashBoolean(key === 1);
  else hashTime(key as number);
}

/** The time of text that is exactly some Date's toISOString(), else undefined. */
export function isoTime(text: string): number | undefined {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 || text.charCodeAt(10) !== 84) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) || new Date(t).toISOString() !== text ? undefined : t;
}

/** A total order on values for stable output: numbers, then strings, then booleans. */
function compareValues(a: FrequentValue, b: FrequentValue): number {
  const rank = (v: FrequentValue): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
