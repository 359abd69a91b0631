/**
 * Casting cell values to Table Schema field types, following the Frictionless rules (formats,
 * bareNumber, groupChar/decimalChar, trueValues/falseValues). A cast returns the logical value
 * in a comparable form (numbers; epoch milliseconds for dates and times; strings), or INVALID.
 * Cells from CSV arrive as text; JSONL and Parquet cells arrive typed and are accepted when
 * they already are of the right kind.
 *
 * An integer is a number when it is a safe integer (|n| <= 2^53 - 1) and a bigint otherwise,
 * always so (exactInteger), so one value has one form: a double would round 9007199254740993 to
 * ...992, and then valid data fails `unique` and bounds. `<`/`>` compare a bigint with a number
 * exactly, so the bounds need no conversion. A `number` field's values stay doubles: a number
 * is a double by definition (Table Schema), and so are its keys.
 */
import type { FieldDescriptor, FieldType } from './descriptor.js';
import { classifyText, K_BOOLEAN, K_DATE, K_DATETIME, K_INTEGER, K_NUMBER, TEXT_VALUE } from '../profile/text-kind.js';
import { offsetMs, utcFields } from './civil-time.js';
import { parseDateWithPattern } from './strptime.js';

export const INVALID: unique symbol = Symbol('invalid');
export type Comparable = number | bigint | string | boolean | object;
export type CastResult = Comparable | typeof INVALID;
export type Caster = (value: unknown) => CastResult;

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DURATION = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caster of a field, built once per field so the per-cell path does no option lookups. */
export function casterFor(field: FieldDescriptor): Caster {
  const type: FieldType = field.type ?? 'string';
  switch (type) {
    case 'string':
      return stringCaster(field.format);
    case 'number':
      return numberCaster(field, false);
    case 'integer':
      return numberCaster(field, true);
    case 'boolean': {
      if (textCastOf(field) === TEXT_CAST_BOOLEAN) return (v) => (typeof v === 'boolean' ? v : typeof v === 'string' ? castText(TEXT_CAST_BOOLEAN, v)! : INVALID);
      const yes = new Set(field.trueValues ?? DEFAULT_TRUE);
      const no = new Set(field.falseValues ?? DEFAULT_FALSE);
      return (v) => (typeof v === 'boolean' ? v : typeof v === 'string' ? (yes.has(v) ? true : no.has(v) ? false : INVALID) : INVALID);
    }
    case 'date':
      return temporalCaster(field.format, 'date');
    case 'datetime':
      return temporalCaster(field.format, 'datetime');
    case 'time':
      return temporalCaster(field.format, 'time');
    case 'year':
      return (v) => {
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{4}$/.test(v) ? Number(v) : NaN;
        return Number.isInteger(n) ? n : INVALID;
      };
    case 'yearmonth':
      return (v) => {
        const m = typeof v === 'string' ? /^(\d{4})-(\d{2})$/.exec(v) : null;
        return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) * 12 + Number(m[2]) - 1 : INVALID;
      };
    case 'duration':
      return (v) => (typeof v === 'string' && ISO_DURATION.test(v) ? durationMs(v) : INVALID);
    case 'object':
      return jsonCaster((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
    case 'array':
      return jsonCaster(Array.isArray);
    case 'list':
      return listCaster(field.delimiter ?? ',', casterFor({ name: field.name, type: field.itemType ?? 'string' }));
    case 'geopoint':
      return geopointCaster(field.format);
    case 'geojson':
      return jsonCaster((x) => typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string');
    case 'any':
      return (v) => (v instanceof Date ? v.getTime() : typeof v === 'bigint' ? exactInteger(v) : (v as Comparable));
  }
}

function stringCaster(format: string | undefined): Caster {
  const check = (s: string): boolean => {
    switch (format) {
      case 'email':
        return EMAIL.test(s);
      case 'uri':
        return /^[a-zA-Z][a-zA-Z\d+.-]*:[^\s]*$/.test(s);
      case 'uuid':
        return UUID.test(s);
      case 'binary':
        return /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0;
      default:
        return true;
    }
  };
  return (v) => (typeof v === 'string' ? (check(v) ? v : INVALID) : INVALID);
}

/** Codes of the text casts castText does without a closure (TEXT_CAST_OTHER: use the caster). */
export const TEXT_CAST_OTHER = 0;
export const TEXT_CAST_STRING = 1;
export const TEXT_CAST_INTEGER = 2;
export const TEXT_CAST_NUMBER = 3;
export const TEXT_CAST_DATE = 4;
export const TEXT_CAST_DATETIME = 5;
export const TEXT_CAST_BOOLEAN = 6;

/** The castText code of a field: its type with the default options, else TEXT_CAST_OTHER. */
export function textCastOf(field: FieldDescriptor): number {
  const defaultFormat = field.format === undefined || field.format === 'default';
  switch (field.type ?? 'string') {
    case 'string':
      return defaultFormat ? TEXT_CAST_STRING : TEXT_CAST_OTHER;
    case 'integer':
    case 'number':
      if (!(field.bareNumber ?? true) || field.groupChar || (field.decimalChar ?? '.') !== '.') return TEXT_CAST_OTHER;
      return field.type === 'integer' ? TEXT_CAST_INTEGER : TEXT_CAST_NUMBER;
    case 'date':
      return defaultFormat ? TEXT_CAST_DATE : TEXT_CAST_OTHER;
    case 'datetime':
      return defaultFormat ? TEXT_CAST_DATETIME : TEXT_CAST_OTHER;
    case 'boolean':
      return field.trueValues === undefined && field.falseValues === undefined ? TEXT_CAST_BOOLEAN : TEXT_CAST_OTHER;
    default:
      return TEXT_CAST_OTHER;
  }
}

/**
 * casterFor(field)(text) for a field whose textCastOf is `code`, as a plain function the
 * checkers call per cell (a closure per field made that call site megamorphic); undefined
 * when the field's caster must decide (TEXT_CAST_OTHER, and dates in unusual shapes).
 */
export function castText(code: number, v: string): CastResult | undefined {
  switch (code) {
    case TEXT_CAST_STRING:
      return v;
    case TEXT_CAST_INTEGER: {
      // classifyText recognises exactly /^[+-]?\d+$/ and reads Number(text) without the regex
      // (bench/validate-data: the regex casts cost ~0.9 s per 1M rows).
      if (classifyText(v) !== K_INTEGER) return INVALID;
      // Number() rounds monotonically and 2^53 is a double, so the double is beyond the safe
      // range exactly when the text's value is: only those are read again, exactly.
      const n = TEXT_VALUE[0]!;
      return n <= MAX_SAFE && n >= -MAX_SAFE ? n : BigInt(v);
    }
    case TEXT_CAST_NUMBER: {
      const kind = classifyText(v);
      if (kind === K_INTEGER || kind === K_NUMBER) return TEXT_VALUE[0]!;
      if (v === 'NaN' || v === 'INF' || v === '-INF') return v === 'NaN' ? NaN : v === 'INF' ? Infinity : -Infinity;
      return INVALID;
    }
    case TEXT_CAST_DATE:
    case TEXT_CAST_DATETIME: {
      // ISO text is read by classifyText without the regex, as this cast reads it.
      const kind = classifyText(v);
      return kind === (code === TEXT_CAST_DATE ? K_DATE : K_DATETIME) ? TEXT_VALUE[0]! : undefined;
    }
    case TEXT_CAST_BOOLEAN:
      // The default true/false values: classifyText recognises true/True/TRUE and
      // false/False/FALSE (and the profile then reuses that); '1' and '0' are integers there.
      if (classifyText(v) === K_BOOLEAN) return TEXT_VALUE[0] === 1;
      return v === '1' ? true : v === '0' ? false : INVALID;
    default:
      return undefined;
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The one form of an integer value (see the top of this file): a number when it is a safe
 * integer, else a bigint. `value` is an integer: a bigint, an integer number, or the decimal
 * text of one (/^[+-]?\d+$/, leading zeros allowed). A number beyond 2^53 was rounded before
 * it got here (JSON.parse does so): its bigint is that rounded value, exact from then on.
 */
export function exactInteger(value: bigint | number | string): number | bigint {
  if (typeof value === 'number') return value <= MAX_SAFE && value >= -MAX_SAFE ? value : BigInt(value);
  if (typeof value === 'bigint') return value <= MAX_SAFE_BIG && value >= -MAX_SAFE_BIG ? Number(value) : value;
  const n = Number(value);
  return n <= MAX_SAFE && n >= -MAX_SAFE ? n : BigInt(value);
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

function numberCaster(field: FieldDescriptor, integer: boolean): Caster {
  const bare = field.bareNumber ?? true;
  const group = field.groupChar;
  const decimal = field.decimalChar ?? '.';
  const plain = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  if (bare && !group && decimal === '.') {
    const code = integer ? TEXT_CAST_INTEGER : TEXT_CAST_NUMBER;
    return (v) => {
      if (typeof v === 'string') return castText(code, v)!;
      return typedNumber(v, integer);
    };
  }
  return (v) => {
    if (typeof v !== 'string') return typedNumber(v, integer);
    let text = v;
    if (!integer && (text === 'NaN' || text === 'INF' || text === '-INF')) return text === 'NaN' ? NaN : text === 'INF' ? Infinity : -Infinity;
    if (group) text = text.split(group).join('');
    if (decimal !== '.') text = text.replace(decimal, '.');
    if (!bare) text = text.replace(/^[^\d+.-]+/, '').replace(/[^\d.]+$/, '');
    if (!plain.test(text)) return INVALID;
    return integer ? exactInteger(text) : Number(text);
  };
}

/** The cast of a typed (JSONL, Parquet) cell to number or integer. */
function typedNumber(v: unknown, integer: boolean): CastResult {
  if (typeof v === 'number') return !integer ? v : Number.isInteger(v) ? exactInteger(v) : INVALID;
  if (typeof v === 'bigint') return integer ? exactInteger(v) : Number(v);
  return INVALID;
}

function temporalCaster(format: string | undefined, kind: 'date' | 'datetime' | 'time'): Caster {
  const pattern = format && format !== 'default' && format !== 'any' ? format.replace(/^fmt:/, '') : undefined;
  return (v) => {
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? INVALID : v.getTime();
    if (typeof v !== 'string') return INVALID;
    if (pattern) return parseDateWithPattern(v, pattern) ?? INVALID;
    if (kind !== 'time') {
      const fast = castText(kind === 'date' ? TEXT_CAST_DATE : TEXT_CAST_DATETIME, v);
      if (fast !== undefined) return fast;
    }
    if (kind === 'date') {
      const m = ISO_DATE.exec(v);
      return m ? utc(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, 0) : format === 'any' ? anyDate(v) : INVALID;
    }
    if (kind === 'time') {
      const m = ISO_TIME.exec(v);
      return m && +m[1]! < 24 && +m[2]! < 60 && +m[3]! < 61 ? (+m[1]! * 3600 + +m[2]! * 60 + +m[3]!) * 1000 + fraction(m[4]) : INVALID;
    }
    const m = ISO_DATETIME.exec(v);
    if (!m) return format === 'any' ? anyDate(v) : INVALID;
    const local = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, fraction(m[7]));
    const offset = offsetMs(m[8]);
    return local === INVALID || offset !== offset ? INVALID : local - offset;
  };
}

/** The fields as UTC (years 1-9999 exactly; days and times that do not exist refused), or INVALID. */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | typeof INVALID {
  const t = utcFields(y, mo, d, h, mi, s, ms);
  return t === t ? t : INVALID;
}

function fraction(text: string | undefined): number {
  return text ? Math.round(Number(`0${text}`) * 1000) : 0;
}

function anyDate(text: string): number | typeof INVALID {
  const t = Date.parse(text);
  return Number.isNaN(t) ? INVALID : t;
}

function durationMs(text: string): number {
  const m = ISO_DURATION.exec(text)!;
  const n = (part: string | undefined) => (part ? parseFloat(part) : 0);
  // Months and years have no fixed length: use the mean Gregorian lengths, for ordering only.
  const days = n(m[1]) * 365.2425 + n(m[2]) * 30.436875 + n(m[3]) * 7 + n(m[4]);
  return ((days * 24 + n(m[6])) * 60 + n(m[7])) * 60_000 + n(m[8]) * 1000;
}

/**
 * A `list` cell: text split on the delimiter (every piece an item, as written: no trimming),
 * or an array; each item cast with the item type's default format. The JSON Lines and Parquet
 * readers hand an array over as its JSON text, so text that is a JSON array is read as that
 * array (a CSV cell `["a","b"]` too: the spec's lists have no brackets, so such a cell is
 * hardly meant as the one item it would otherwise be). The value is the array of cast items,
 * so `minLength`/`maxLength` count items and equal lists meet in `unique` and `enum` however
 * their items were written.
 */
function listCaster(delimiter: string, item: Caster): Caster {
  return (v) => {
    const items = typeof v === 'string' ? (jsonArray(v) ?? v.split(delimiter)) : Array.isArray(v) ? (v as unknown[]) : undefined;
    if (items === undefined) return INVALID;
    const cast: Comparable[] = new Array<Comparable>(items.length);
    for (let i = 0; i < items.length; i++) {
      const value = item(items[i]);
      if (value === INVALID) return INVALID;
      cast[i] = value;
    }
    return cast;
  };
}

/** The array a text holds as JSON, or undefined. */
function jsonArray(text: string): unknown[] | undefined {
  if (text.charCodeAt(0) !== 0x5b /* [ */ || text.charCodeAt(text.length - 1) !== 0x5d /* ] */) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const COORDINATE = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * A `geopoint` cell as [lon, lat], whatever its format, so equal points meet in `unique` and
 * `enum`: `default` is the text "lon, lat"; `array` a JSON array [lon, lat] (text or typed);
 * `object` a JSON object of exactly the keys lon and lat (text or typed). JSON Lines and
 * Parquet hand arrays and objects over as their JSON text, so under `default` such a cell is
 * not a point: the field says `format: array` or `object` for them. The spec calls the numbers a
 * longitude and a latitude: outside [-180, 180] and [-90, 90] they are not (frictionless-py
 * rejects them too).
 */
function geopointCaster(format: string | undefined): Caster {
  const point = (lon: unknown, lat: unknown): CastResult =>
    typeof lon === 'number' && typeof lat === 'number' && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 ? [lon, lat] : INVALID;
  const pair = (x: unknown): CastResult => (Array.isArray(x) && x.length === 2 ? point(x[0], x[1]) : INVALID);
  const json = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return INVALID;
    }
  };
  if (format === 'array') return (v) => pair(json(v));
  if (format === 'object') {
    return (v) => {
      const x = json(v);
      if (typeof x !== 'object' || x === null || Array.isArray(x)) return INVALID;
      const keys = Object.keys(x);
      return keys.length === 2 && 'lon' in x && 'lat' in x ? point((x as { lon: unknown }).lon, (x as { lat: unknown }).lat) : INVALID;
    };
  }
  return (v) => {
    if (typeof v !== 'string') return INVALID;
    const comma = v.indexOf(',');
    if (comma < 0) return INVALID;
    const lon = v.slice(0, comma);
    const lat = v.slice(comma + 1);
    return COORDINATE.test(lon) && COORDINATE.test(lat) ? point(Number(lon), Number(lat)) : INVALID;
  };
}

function jsonCaster(accept: (x: unknown) => boolean): Caster {
  return (v) => {
    let value = v;
    if (typeof v === 'string') {
      try {
        value = JSON.parse(v);
      } catch {
        return INVALID;
      }
    }
    return accept(value) ? (value as object) : INVALID;
  };
}
