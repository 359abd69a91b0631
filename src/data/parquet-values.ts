/**
 * The values of one Parquet page or dictionary, kept compact (typed arrays, or the page's
 * bytes and string offsets) and turned into Cells only a batch at a time.
 *
 * Why lazily: a page lives for several batches, so cells built for a whole page outlive V8's
 * young generation and are promoted; on the benchmark that garbage let the old space grow to
 * ~180 MB between full collections. Batch-sized cells die young. Numbers, strings and
 * millisecond timestamps take these compact stores; every other type goes through hyparquet's
 * own `convert` and `toCell` (CellStore), so each Parquet type reads as it did through
 * hyparquet's high-level API.
 */
import { convert } from 'hyparquet/src/convert.js';
import type { readDataPage } from 'hyparquet/src/datapage.js';
import type { DecodedArray } from 'hyparquet';
import type { Cell } from './types.js';

/** hyparquet's per-column decoding parameters (its type is not exported by name). */
export type ColumnDecoder = Parameters<typeof readDataPage>[2];

/** Integer-valued arrays that index a dictionary. */
export type Indices = Int32Array | Uint8Array | number[];

export interface ValueStore {
  readonly length: number;
  /** Value i as a cell. */
  cell(i: number): Cell;
  /** Values from..from+count into out[at..]. */
  copy(from: number, count: number, out: Cell[], at: number): void;
  /** Values indices[from..from+count] into out[at..] (dictionary lookups). */
  gather(indices: Indices, from: number, count: number, out: Cell[], at: number): void;
}

/** Already converted cells. */
export class CellStore implements ValueStore {
  constructor(private readonly cells: Cell[]) {}
  get length(): number {
    return this.cells.length;
  }
  cell(i: number): Cell {
    return this.cells[i] ?? null;
  }
  copy(from: number, count: number, out: Cell[], at: number): void {
    const cells = this.cells;
    for (let k = 0; k < count; k++) out[at + k] = cells[from + k] ?? null;
  }
  gather(indices: Indices, from: number, count: number, out: Cell[], at: number): void {
    const cells = this.cells;
    for (let k = 0; k < count; k++) out[at + k] = cells[indices[from + k] as number] ?? null;
  }
}

/**
 * Numbers (INT32, FLOAT, DOUBLE, INT64 within 2^53) or millisecond timestamps, read as Dates.
 * INT64 values beyond 2^53 stay bigint, as toCell gives them, kept aside by index.
 */
export class NumberStore implements ValueStore {
  constructor(
    private readonly values: Float64Array | Float32Array | Int32Array,
    private readonly asDate: boolean,
    private readonly big?: Map<number, bigint>,
  ) {}
  get length(): number {
    return this.values.length;
  }
  cell(i: number): Cell {
    const value = this.values[i];
    if (value === undefined) return null;
    if (this.asDate) return new Date(value);
    return this.big?.get(i) ?? value;
  }
  copy(from: number, count: number, out: Cell[], at: number): void {
    if (this.asDate || this.big) {
      for (let k = 0; k < count; k++) out[at + k] = this.cell(from + k);
      return;
    }
    const values = this.values;
    for (let k = 0; k < count; k++) out[at + k] = values[from + k] as number;
  }
  gather(indices: Indices, from: number, count: number, out: Cell[], at: number): void {
    for (let k = 0; k < count; k++) out[at + k] = this.cell(indices[from + k] as number);
  }
}

const utf8 = new TextDecoder();

/** UTF-8 strings as byte ranges of the page, decoded when asked for. */
export class StringStore implements ValueStore {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}
  get length(): number {
    return this.starts.length;
  }
  cell(i: number): Cell {
    const start = this.starts[i];
    if (start === undefined) return null;
    return decodeUtf8(this.bytes, start, this.ends[i] as number);
  }
  copy(from: number, count: number, out: Cell[], at: number): void {
    for (let k = 0; k < count; k++) out[at + k] = this.cell(from + k);
  }
  gather(indices: Indices, from: number, count: number, out: Cell[], at: number): void {
    for (let k = 0; k < count; k++) out[at + k] = this.cell(indices[from + k] as number);
  }
  /** Every value decoded once (dictionaries: each entry is looked up many times). */
  decodeAll(): CellStore {
    const cells = new Array<Cell>(this.length);
    this.copy(0, this.length, cells, 0);
    return new CellStore(cells);
  }
}

/**
 * The same text as hyparquet's TextDecoder().decode(bytes): ASCII, the common case, is built
 * directly (a TextDecoder call per short string costs more than the string); anything else,
 * including a leading BOM that TextDecoder drops, goes through TextDecoder.
 */
function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 64) return utf8.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80) return utf8.decode(bytes.subarray(start, end));
    text += String.fromCharCode(byte);
  }
  return text;
}

/** How a column's values are stored, from its physical and logical type. */
export type ValueKind = 'int32' | 'int64' | 'timestamp-ms' | 'float' | 'string' | 'other';

export function valueKind(decoder: ColumnDecoder): ValueKind {
  const { type, converted_type: ctype, logical_type: ltype } = decoder.element;
  switch (type) {
    case 'INT32':
      // UINT_32 and the other converted types (dates, decimals) are remapped by convert.
      return !ctype && (!ltype || (ltype.type === 'INTEGER' && (ltype.isSigned || ltype.bitWidth < 32))) ? 'int32' : 'other';
    case 'INT64':
      if ((!ctype || ctype === 'INT_64') && (!ltype || (ltype.type === 'INTEGER' && ltype.isSigned))) return 'int64';
      return ctype === 'TIMESTAMP_MILLIS' || (ltype?.type === 'TIMESTAMP' && ltype.unit === 'MILLIS') ? 'timestamp-ms' : 'other';
    case 'FLOAT':
    case 'DOUBLE':
      return !ctype && !ltype ? 'float' : 'other';
    case 'BYTE_ARRAY':
      return (!ctype || ctype === 'UTF8' || ctype === 'ENUM') && (!ltype || ltype.type === 'STRING' || ltype.type === 'ENUM') ? 'string' : 'other';
    default:
      return 'other';
  }
}

/**
 * A store for PLAIN-encoded values already decoded by hyparquet's readPlain (or any decoder);
 * `buffers` (data pages only, not dictionaries) lends a reused array for INT64 values.
 */
export function storeOf(raw: DecodedArray, kind: ValueKind, decoder: ColumnDecoder, buffers?: { numbers(n: number): Float64Array }): ValueStore {
  if ((kind === 'int64' || kind === 'timestamp-ms') && raw instanceof BigInt64Array) {
    return int64Store(raw, kind === 'timestamp-ms', buffers ? buffers.numbers(raw.length) : new Float64Array(raw.length));
  }
  if ((kind === 'int32' || kind === 'float') && (raw instanceof Int32Array || raw instanceof Float64Array || raw instanceof Float32Array)) {
    return new NumberStore(raw, false);
  }
  const converted = convert(raw, decoder);
  const cells = new Array<Cell>(converted.length);
  for (let i = 0; i < converted.length; i++) cells[i] = toCell(converted[i]);
  return new CellStore(cells);
}

/**
 * INT64 values as doubles, read as two 32-bit halves (each read from a BigInt64Array
 * allocates a BigInt). hi * 2^32 is exact, and so is the sum whenever the true value is
 * within 2^53; beyond, it rounds to at least 2^53 and fails the check.
 */
function int64Store(raw: BigInt64Array, asDate: boolean, values: Float64Array): NumberStore {
  const halves = new Int32Array(raw.buffer, raw.byteOffset, raw.length * 2);
  let big: Map<number, bigint> | undefined;
  for (let i = 0; i < raw.length; i++) {
    const value = (halves[2 * i + 1] as number) * 4294967296 + ((halves[2 * i] as number) >>> 0);
    if (value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER) {
      values[i] = value;
    } else {
      const exact = raw[i] as bigint;
      // As hyparquet: a timestamp is new Date(Number(millis)); an integer stays bigint.
      values[i] = Number(exact);
      if (!asDate) (big ??= new Map()).set(i, exact);
    }
  }
  return new NumberStore(values, asDate, big);
}

/** One value as hyparquet converts it, as a Cell (see Cell in types.ts). */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return value <= 9007199254740991n && value >= -9007199254740991n ? Number(value) : value;
    default:
      if (value instanceof Date) return value;
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
  }
}
