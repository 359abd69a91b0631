/**
 * The values of one Parquet page or dictionary, kept compact (typed arrays, or the page's
 * bytes and string offsets) and turned into Cells only a batch at a time.
 *
 * Why lazily: a page lives for several batches, so cells built for a whole page outlive V8's
 * young generation and are promoted; on the benchmark that garbage let the old space grow to
 * ~180 MB between full collections. Batch-sized cells die young. Numbers, strings, millisecond
 * timestamps, dates and times of day take these compact stores; every other type goes through
 * hyparquet's own `convert` and `toCell` (CellStore), so it reads as through hyparquet's
 * high-level API, except for the temporal values of parquet-temporal.ts (CELL_PARSERS).
 */
import { convert } from 'hyparquet/src/convert.js';
import type { readDataPage } from 'hyparquet/src/datapage.js';
import type { DecodedArray } from 'hyparquet';
import { CELL_PARSERS, dateText, isDate, timeCell, timestampCell, timeText, timeUnitOf } from './parquet-temporal.js';
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
 * Numbers (INT32, FLOAT, DOUBLE, INT64 within 2^53), or integers that `asCell` turns into
 * cells a batch at a time: millisecond timestamps into Dates, dates and times of day into their
 * text (parquet-temporal.ts). INT64 values beyond 2^53 are kept aside by index, exact: as
 * bigint for integers (as toCell gives them), for `asCell` as its `exact` argument.
 */
export class NumberStore implements ValueStore {
  constructor(
    private readonly values: Float64Array | Float32Array | Int32Array,
    private readonly asCell?: (value: number, exact: bigint | undefined) => Cell,
    private readonly big?: Map<number, bigint>,
  ) {}
  get length(): number {
    return this.values.length;
  }
  cell(i: number): Cell {
    const value = this.values[i];
    if (value === undefined) return null;
    if (this.asCell) return this.asCell(value, this.big?.get(i));
    return this.big?.get(i) ?? value;
  }
  copy(from: number, count: number, out: Cell[], at: number): void {
    if (this.asCell || this.big) {
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
export type ValueKind = 'int32' | 'int64' | 'timestamp-ms' | 'date' | 'time-ms' | 'time-us' | 'time-ns' | 'float' | 'string' | 'other';

export function valueKind(decoder: ColumnDecoder): ValueKind {
  const { element } = decoder;
  const { type, converted_type: ctype, logical_type: ltype } = element;
  if (isDate(element)) return 'date';
  const timeUnit = timeUnitOf(element);
  if (timeUnit) return `time-${timeUnit}`;
  switch (type) {
    case 'INT32':
      // UINT_32 and the other converted types (decimals) are remapped by convert.
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

/** How the integers of each kind that is not a plain number become cells. */
const AS_CELL: Partial<Record<ValueKind, (value: number, exact: bigint | undefined) => Cell>> = {
  // As hyparquet's parser, new Date(Number(millis)), within a Date's range.
  'timestamp-ms': (value, exact) => timestampCell(value, exact ?? value, 'ms'),
  date: (days) => dateText(days),
  'time-ms': (value) => timeText(value, 'ms'),
  'time-us': (value, exact) => timeText(value, 'us', exact),
  'time-ns': (value, exact) => timeText(value, 'ns', exact),
};

/**
 * A store for PLAIN-encoded values already decoded by hyparquet's readPlain (or any decoder);
 * `buffers` (data pages only, not dictionaries) lends a reused array for INT64 values. Other
 * types go through hyparquet's `convert` (with CELL_PARSERS, whatever the decoder's) and toCell.
 */
export function storeOf(raw: DecodedArray, kind: ValueKind, decoder: ColumnDecoder, buffers?: { numbers(n: number): Float64Array }): ValueStore {
  const asCell = AS_CELL[kind];
  if ((kind === 'int64' || kind === 'timestamp-ms' || kind === 'time-us' || kind === 'time-ns') && raw instanceof BigInt64Array) {
    return int64Store(raw, asCell, buffers ? buffers.numbers(raw.length) : new Float64Array(raw.length));
  }
  if ((kind === 'int32' || kind === 'float' || kind === 'date' || kind === 'time-ms') && (raw instanceof Int32Array || raw instanceof Float64Array || raw instanceof Float32Array)) {
    return new NumberStore(raw, asCell);
  }
  if (kind === 'time-ms' || kind === 'time-us' || kind === 'time-ns') {
    // convert leaves TIME values as they are stored (number or bigint).
    const unit = kind === 'time-ms' ? 'ms' : kind === 'time-us' ? 'us' : 'ns';
    return new CellStore(Array.from(raw as ArrayLike<unknown>, (value) => timeCell(value, unit)));
  }
  const converted = convert(raw, decoder.parsers === CELL_PARSERS ? decoder : { ...decoder, parsers: CELL_PARSERS });
  const cells = new Array<Cell>(converted.length);
  for (let i = 0; i < converted.length; i++) cells[i] = toCell(converted[i]);
  return new CellStore(cells);
}

/**
 * INT64 values as doubles, read as two 32-bit halves (each read from a BigInt64Array
 * allocates a BigInt). hi * 2^32 is exact, and so is the sum whenever the true value is
 * within 2^53; beyond, it rounds to at least 2^53 (and the exact value is kept aside).
 */
function int64Store(raw: BigInt64Array, asCell: ((value: number, exact: bigint | undefined) => Cell) | undefined, values: Float64Array): NumberStore {
  const halves = new Int32Array(raw.buffer, raw.byteOffset, raw.length * 2);
  let big: Map<number, bigint> | undefined;
  for (let i = 0; i < raw.length; i++) {
    const value = (halves[2 * i + 1] as number) * 4294967296 + ((halves[2 * i] as number) >>> 0);
    if (value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER) {
      values[i] = value;
    } else {
      const exact = raw[i] as bigint;
      values[i] = Number(exact);
      (big ??= new Map()).set(i, exact);
    }
  }
  return new NumberStore(values, asCell, big);
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
