/**
 * What kind of value a raw cell holds, for profiles and schema inference when no schema says
 * it: CSV cells are text and are recognised by their shape; JSONL and Parquet cells are typed.
 * Recognition is strict (the same rules validate-data's casts apply to the inferred types), so
 * an inferred schema validates the data it came from.
 */

export type ValueKind = 'null' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const BOOLEANS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

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
      const first = cell.charCodeAt(0);
      // Digits, signs and dots may start a number or a date; anything else skips the regexes.
      if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
        if (INTEGER.test(cell)) return 'integer';
        if (NUMBER.test(cell)) return 'number';
        if (DATE.test(cell)) return 'date';
        if (DATETIME.test(cell)) return 'datetime';
        return 'string';
      }
      return BOOLEANS.has(cell) ? 'boolean' : 'string';
    }
    default:
      return cell instanceof Date ? 'datetime' : 'string';
  }
}

/** The narrowest Table Schema type that accepts every kind seen. */
export function inferredType(counts: Partial<Record<ValueKind, number>>): string {
  const seen = (Object.keys(counts) as ValueKind[]).filter((k) => k !== 'null' && (counts[k] ?? 0) > 0);
  if (!seen.length) return 'any';
  if (seen.length === 1) return seen[0] === 'integer' ? 'integer' : (seen[0] as string);
  if (seen.every((k) => k === 'integer' || k === 'number')) return 'number';
  if (seen.every((k) => k === 'date' || k === 'datetime')) return 'datetime';
  return 'string';
}

/** The cell as a number when its kind is numeric (or boolean/date for ranges), else NaN. */
export function numericValue(cell: unknown, kind: ValueKind): number {
  if (kind === 'integer' || kind === 'number') return typeof cell === 'number' ? cell : Number(cell);
  return NaN;
}
