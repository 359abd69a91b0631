/**
 * What kind of value a raw cell holds, for profiles and schema inference when no schema says
 * it: CSV cells are text and are recognised by their shape; JSONL and Parquet cells are typed.
 * Recognition is strict (the same rules validate-data's casts apply to the inferred types), so
 * an inferred schema validates the data it came from: a date-shaped text is a date only when
 * the date cast accepts it (2021-02-29 is text), and the number cast's NaN, INF and -INF are
 * numbers.
 */
import { casterFor, INVALID } from '../schema/cast.js';

export type ValueKind = 'null' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const BOOLEANS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const castDate = casterFor({ name: 'date', type: 'date' });
const castDatetime = casterFor({ name: 'datetime', type: 'datetime' });

/** Kind of a cell; `''` and null are missing. */
export function kindOf(cell: unknown): ValueKind {
  if (cell === null || cell === undefined || cell === '') return 'null';
  switch (typeof cell) {
    case 'number':
      return Number.isInteger(cell) ? 'integer' : 'number';
    case 'bigint':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'string': {
      if (cell === 'NaN' || cell === 'INF' || cell === '-INF') return 'number';
      const first = cell.charCodeAt(0);
      // Digits, signs and dots may start a number or a date; anything else skips the regexes.
      if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
        if (INTEGER.test(cell)) return 'integer';
        if (NUMBER.test(cell)) return 'number';
        if (DATE.test(cell)) return castDate(cell) === INVALID ? 'string' : 'date';
        if (DATETIME.test(cell)) return castDatetime(cell) === INVALID ? 'string' : 'datetime';
        return 'string';
      }
      return BOOLEANS.has(cell) ? 'boolean' : 'string';
    }
    default:
      return cell instanceof Date ? 'datetime' : 'string';
  }
}

/**
 * The profile's summary type of a column: the narrowest type describing every kind seen (dates
 * and datetimes together count as datetime, so the overview still shows a time range). Not
 * always a type whose cast accepts every value: schemas are inferred with schemaType.
 */
export function inferredType(counts: Partial<Record<ValueKind, number>>): string {
  const seen = seenKinds(counts);
  if (!seen.length) return 'any';
  if (seen.length === 1) return seen[0]!;
  if (seen.every((k) => k === 'integer' || k === 'number')) return 'number';
  if (seen.every((k) => k === 'date' || k === 'datetime')) return 'datetime';
  return 'string';
}

/**
 * Where a column's cells come from: `text` for CSV/TSV (every cell is text, so `string` accepts
 * any of them), `native` for JSONL and Parquet (cells keep their JSON/Parquet type, and a
 * `string` field refuses a number or a boolean).
 */
export type CellSource = 'text' | 'native';

/**
 * The narrowest Table Schema type whose cast (src/schema/cast.ts) accepts every value of the
 * kinds seen, for an inferred schema that validates the data it came from:
 * - one kind: that type (the casts accept the text shapes kindOf recognises, and the native
 *   values of that kind);
 * - integers and numbers: number;
 * - anything else mixed (dates with datetimes included: the datetime cast refuses a bare date):
 *   string for text cells; for native cells `any`, since the kinds do not tell the number 12345
 *   from the string "12345" and only `any` accepts both a native number and a native string.
 */
export function schemaType(counts: Partial<Record<ValueKind, number>>, source: CellSource): string {
  const seen = seenKinds(counts);
  if (!seen.length) return 'any';
  if (seen.length === 1) return seen[0]!;
  if (seen.every((k) => k === 'integer' || k === 'number')) return 'number';
  return source === 'text' ? 'string' : 'any';
}

function seenKinds(counts: Partial<Record<ValueKind, number>>): ValueKind[] {
  return (Object.keys(counts) as ValueKind[]).filter((k) => k !== 'null' && (counts[k] ?? 0) > 0);
}

/** The cell as a number when its kind is numeric (or boolean/date for ranges), else NaN. */
export function numericValue(cell: unknown, kind: ValueKind): number {
  if (kind === 'integer' || kind === 'number') return typeof cell === 'number' ? cell : Number(cell);
  return NaN;
}
