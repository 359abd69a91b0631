/**
 * All sketches of one column plus its counts: what a dataset profile stores per column. Values
 * are routed by JavaScript type, as the readers produce them: numbers feed every sketch; strings
 * and booleans the distinct count and frequent values; Dates count as `date` and feed the numeric
 * sketches as epoch milliseconds and the others as ISO text. null, undefined, NaN, ±Infinity
 * and invalid Dates are missing values (an infinity has no place in a quantile or a mean, and
 * the JSON form has no spelling for it).
 */
import { expectInt, expectSketch, invalid, type JsonObject } from './json.js';
import { FrequentValues, isoTime, type FrequentJson } from './frequent.js';
import { hashBoolean, hashNumber, hashString, hashTime } from './hash.js';
import { HyperLogLog, type HllJson } from './hll.js';
import { KllSketch, type KllJson } from './kll.js';
import { Moments, type MomentsJson } from './moments.js';

const NAME = 'column';
const KINDS = ['number', 'integer', 'boolean', 'string', 'date'] as const;

/** Values seen per kind; `integer` counts the numbers that are integers (a subset of `number`). */
export type KindCounts = Record<(typeof KINDS)[number], number>;

/** A value as the readers hand it over. */
export type ColumnValue = number | string | boolean | Date | null | undefined;

/** Sketch parameters; the defaults are those stated in README.md. */
export interface ColumnSketchOptions {
  k?: number;
  seed?: number;
  precision?: number;
  capacity?: number;
}

/** The JSON form (format version 1). */
export interface ColumnJson {
  kind: 'column';
  version: 1;
  total: number;
  nulls: number;
  kinds: KindCounts;
  quantiles: KllJson;
  moments: MomentsJson;
  distinct: HllJson;
  frequent: FrequentJson;
}

/**
 * Mergeable summary of one column.
 *
 * Each value goes to the frequent values first: when it is already listed there it was added
 * to the distinct count before (both always take the same values, in add, merge and fromJSON),
 * and adding a seen hash changes neither form of HyperLogLog, so that update is skipped. On
 * low-cardinality columns this skips most distinct-count updates.
 */
export class ColumnSketch {
  total = 0;
  nulls = 0;
  readonly kinds: KindCounts = { number: 0, integer: 0, boolean: 0, string: 0, date: 0 };

  constructor(
    options: ColumnSketchOptions = {},
    readonly quantiles = new KllSketch(options.k, options.seed),
    readonly moments = new Moments(),
    readonly distinct = new HyperLogLog(options.precision),
    readonly frequent = new FrequentValues(options.capacity),
  ) {}

  /** Adds one value of the column (see the module comment for how each type is routed). */
  add(value: ColumnValue): void {
    if (typeof value === 'number') {
      if (value - value === 0) hashNumber(value);
      this.addNumberHashed(value);
    } else if (typeof value === 'string') {
      const t = isoTime(value);
      this.total++;
      this.kinds.string++;
      if (t === undefined) {
        if (this.frequent.countIfListed(value)) return; // listed, so counted as distinct already
        hashString(value);
        if (!this.frequent.addStringHashed(value)) this.distinct.addHash();
      } else {
        // The ISO text of a time: counted as a string, hashed as the time, listed as that text.
        hashTime(t);
        if (!this.frequent.addNumberHashed(t, 3)) this.distinct.addHash();
      }
    } else if (typeof value === 'boolean') {
      this.total++;
      this.kinds.boolean++;
      hashBoolean(value);
      if (!this.frequent.addNumberHashed(value ? 1 : 0, 2)) this.distinct.addHash();
    } else if (value instanceof Date) this.addTime(value.getTime());
    else {
      this.total++;
      this.nulls++;
    }
  }

  /** Adds a number (NaN, ±Infinity: missing): the same as add(value), without the type dispatch. */
  addNumber(value: number): void {
    if (value - value === 0) hashNumber(value);
    this.addNumberHashed(value);
  }

  /** Adds a time as epoch ms: the same as add(new Date(t)), without the Date (NaN: missing). */
  addTime(t: number): void {
    this.total++;
    if (t !== t) {
      this.nulls++;
      return;
    }
    this.kinds.date++;
    this.quantiles.add(t);
    this.moments.add(t);
    hashTime(t);
    if (!this.frequent.addNumberHashed(t, 3)) this.distinct.addHash();
  }

  /** A number whose hash is in HASH already (unless NaN or infinite). */
  private addNumberHashed(value: number): void {
    this.total++;
    // value - value is NaN for NaN and ±Infinity, 0 for every finite number.
    if (value - value !== 0) {
      this.nulls++;
      return;
    }
    if (value === 0) value = 0;
    this.kinds.number++;
    if (Number.isInteger(value)) this.kinds.integer++;
    this.quantiles.add(value);
    this.moments.add(value);
    if (!this.frequent.addNumberHashed(value, 0)) this.distinct.addHash();
  }

  /** Merges other (built with compatible options) into this column. */
  merge(other: ColumnSketch): this {
    this.total += other.total;
    this.nulls += other.nulls;
    for (const kind of KINDS) this.kinds[kind] += other.kinds[kind];
    this.quantiles.merge(other.quantiles);
    this.moments.merge(other.moments);
    this.distinct.merge(other.distinct);
    this.frequent.merge(other.frequent);
    return this;
  }

  /** Plain JSON (format version 1); see README.md. */
  toJSON(): ColumnJson {
    return {
      kind: 'column',
      version: 1,
      total: this.total,
      nulls: this.nulls,
      kinds: { ...this.kinds },
      quantiles: this.quantiles.toJSON(),
      moments: this.moments.toJSON(),
      distinct: this.distinct.toJSON(),
      frequent: this.frequent.toJSON(),
    };
  }

  /** Reads a column written by toJSON; throws UserError naming the field that is wrong. */
  static fromJSON(json: unknown): ColumnSketch {
    const obj = expectSketch(json, NAME, 'column', 1);
    const kindsJson = obj['kinds'];
    if (kindsJson === null || typeof kindsJson !== 'object' || Array.isArray(kindsJson)) invalid(NAME, 'kinds', 'an object of counts', kindsJson);
    const column = new ColumnSketch(
      {},
      KllSketch.fromJSON(obj['quantiles']),
      Moments.fromJSON(obj['moments']),
      HyperLogLog.fromJSON(obj['distinct']),
      FrequentValues.fromJSON(obj['frequent']),
    );
    column.total = expectInt(obj, NAME, 'total', 0);
    column.nulls = expectInt(obj, NAME, 'nulls', 0, column.total);
    for (const kind of KINDS) {
      const v = (kindsJson as JsonObject)[kind];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > column.total) invalid(NAME, `kinds.${kind}`, `an integer in [0, ${column.total}]`, v);
      column.kinds[kind] = v;
    }
    const { number, integer, boolean, string, date } = column.kinds;
    if (integer > number) invalid(NAME, 'kinds.integer', `at most kinds.number (${number})`, integer);
    if (column.nulls + number + boolean + string + date !== column.total) {
      invalid(NAME, 'total', 'nulls plus the number, boolean, string and date counts', column.total);
    }
    if (column.quantiles.count !== number + date) invalid(NAME, 'quantiles', `a sketch of ${number + date} values`, column.quantiles.count);
    return column;
  }
}
