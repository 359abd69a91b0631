/**
 * Parquet's DATE, TIME and TIMESTAMP values as Cells (see Cell in types.ts), so a Parquet file
 * reads as the same data in a CSV does: a DATE is the text "2019-12-04", a TIME the text
 * "12:30:01" (with the unit's fraction digits when not zero: "12:30:01.500" for milliseconds,
 * "12:30:01.000250" for microseconds), a TIMESTAMP a Date.
 *
 * A value no Date can hold (beyond ±8.64e15 ms, years -271821..275760; INT64 max is a common
 * "no end" marker) or outside a day for a TIME reads as the text of the stored integer and what
 * it counts, e.g. "9223372036854775807 us since 1970-01-01": a readable value that fails a
 * date, datetime or time check like any other invalid value, and that profiles count as a
 * text value, neither null nor a time.
 */
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import type { ColumnDecoder } from './parquet-values.js';
import type { Cell } from './types.js';

/** The largest distance from 1970 a Date holds, in milliseconds (ECMAScript's time values). */
export const MAX_DATE_MS = 8.64e15;
const DAY_MS = 86_400_000;

export type TimeUnit = 'ms' | 'us' | 'ns';

const PER_SECOND: Record<TimeUnit, number> = { ms: 1e3, us: 1e6, ns: 1e9 };
const FRACTION_DIGITS: Record<TimeUnit, number> = { ms: 3, us: 6, ns: 9 };

/** A timestamp `ms` milliseconds from 1970 as a Date; `raw` (in `unit`) as text beyond a Date's range. */
export function timestampCell(ms: number, raw: bigint | number, unit: TimeUnit): Date | string {
  return ms >= -MAX_DATE_MS && ms <= MAX_DATE_MS ? new Date(ms) : `${raw} ${unit} since 1970-01-01`;
}

/**
 * Days since 1970-01-01 as the ISO date text, as a CSV holds it. Years 0..9999 are built by
 * arithmetic (H. Hinnant's civil_from_days; a Date and its toISOString per cell cost several
 * times more); other years in a Date's range take toISOString's signed six-digit form.
 */
export function dateText(days: number): string {
  if (!(Math.abs(days) <= MAX_DATE_MS / DAY_MS) || !Number.isInteger(days)) return `${days} days since 1970-01-01`;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) {
    const iso = new Date(days * DAY_MS).toISOString();
    return iso.slice(0, iso.indexOf('T'));
  }
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * A time of day, `value` units after midnight, as "HH:MM:SS" with the unit's fraction digits
 * when not zero; `exact` is the stored integer when it is beyond 2^53 (`value` then rounded).
 * A value outside the day (negative, or 24:00:00 and after) reads as the stored integer.
 */
export function timeText(value: number, unit: TimeUnit, exact?: bigint): string {
  const perSecond = PER_SECOND[unit];
  if (exact !== undefined || !(value >= 0 && value < 86_400 * perSecond) || !Number.isInteger(value)) return `${exact ?? value} ${unit} since midnight`;
  const seconds = Math.floor(value / perSecond);
  const fraction = value - seconds * perSecond;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  const text = `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`;
  return fraction === 0 ? text : `${text}.${String(fraction).padStart(FRACTION_DIGITS[unit], '0')}`;
}

/** A TIME value as hyparquet hands it over (INT32 number, INT64 bigint), as a Cell. */
export function timeCell(value: unknown, unit: TimeUnit): Cell {
  if (typeof value === 'number') return timeText(value, unit);
  if (typeof value !== 'bigint') return null;
  return value <= 9007199254740991n && value >= -9007199254740991n ? timeText(Number(value), unit) : timeText(Number(value), unit, value);
}

/** The unit of a TIME column (converted or logical type), else undefined. */
export function timeUnitOf(element: ColumnDecoder['element']): TimeUnit | undefined {
  const { type, converted_type: ctype, logical_type: ltype } = element;
  if (type === 'INT32' && (ctype === 'TIME_MILLIS' || (ltype?.type === 'TIME' && ltype.unit === 'MILLIS'))) return 'ms';
  if (type !== 'INT64') return undefined;
  if (ctype === 'TIME_MICROS' || (ltype?.type === 'TIME' && ltype.unit === 'MICROS')) return 'us';
  return ltype?.type === 'TIME' && ltype.unit === 'NANOS' ? 'ns' : undefined;
}

/** Whether a column holds DATE values (days since 1970 in an INT32). */
export function isDate(element: ColumnDecoder['element']): boolean {
  return element.type === 'INT32' && (element.converted_type === 'DATE' || element.logical_type?.type === 'DATE');
}

/**
 * hyparquet's parsers for the values its `convert` turns into rich types, with timestamps out
 * of a Date's range and dates as above (its own give an Invalid Date and a Date at midnight).
 * As hyparquet, micro- and nanoseconds are truncated towards zero to milliseconds.
 */
export const CELL_PARSERS: ColumnDecoder['parsers'] = {
  ...DEFAULT_PARSERS,
  timestampFromMilliseconds: (millis: bigint) => timestampCell(Number(millis), millis, 'ms'),
  timestampFromMicroseconds: (micros: bigint) => timestampCell(Number(micros / 1000n), micros, 'us'),
  timestampFromNanoseconds: (nanos: bigint) => timestampCell(Number(nanos / 1_000_000n), nanos, 'ns'),
  dateFromDays: (days: number) => dateText(days),
};
