/**
 * Typed cells: the CSV tokenizer reads the common shapes of number, datetime and boolean cells
 * straight from the text into typed arrays, instead of cutting a string per cell that a cast
 * and the profile then scan again (bench/README.md: the strings, their casts and checks were
 * three quarters of validate-data's pass).
 *
 * A consumer asks for it per column with a TypedPlan. The tokenizer takes a cell this way only
 * when the cell has a plain shape (below) and its value passes the plan's bounds and set: such
 * a cell is known to be present, of the right type and within every constraint, so it needs no
 * check, only its value. Every other cell is cut as text as before and goes through the full
 * cast and checks. The plain shapes are a subset of what the casts and the profile's
 * classification (src/profile/text-kind.ts) accept, read to the same values:
 * - integer: `-?(0|[1-9][0-9]{0,14})`, not `-0`;
 * - number: that, optionally followed by `.` and digits, 15 digits in all (Clinger's fast
 *   path: m / 10^k with both exact is the correctly rounded value, as Number() gives), not -0;
 * - datetime: exactly `YYYY-MM-DDTHH:MM:SS`, a day that exists (src/schema/civil-time.ts), hour
 *   up to 23, minute and second up to 59: epoch milliseconds, read as UTC as the cast and the
 *   profile do;
 * - boolean: `true` or `false`.
 */
import { K_BOOLEAN, K_DATETIME, K_INTEGER, K_NUMBER, two } from '../profile/text-kind.js';
import { utcFields } from '../schema/civil-time.js';

/** TypedPlan kinds (0: the column is read as text). */
export const TYPED_NONE = 0;
export const TYPED_INTEGER = 1;
export const TYPED_NUMBER = 2;
export const TYPED_DATETIME = 3;
export const TYPED_BOOLEAN = 4;

/** How one column's plain cells are read and which values may skip the checks. */
export interface TypedPlan {
  kind: number;
  /** Inclusive bounds (±Infinity when none). */
  min: number;
  max: number;
  /** Exclusive bounds (±Infinity when none). */
  xmin: number;
  xmax: number;
  /** The only values allowed (a constraint's enum), if any. */
  allowed?: ReadonlySet<number>;
}

/** The plans of a file's columns, given its header (undefined: read every cell as text). */
export type TypedPlanner = (columns: readonly string[]) => readonly (TypedPlan | undefined)[] | undefined;

/**
 * The typed cells of a batch, per column: for a column with a plan, `values[c][r]` is the value
 * of row r when the batch's text cell `values[c][r]` is undefined, and `textKinds[c][r]` the
 * profile's kind code of its text (K_INTEGER, K_NUMBER, K_DATETIME or K_BOOLEAN of
 * text-kind.ts: "80" is an integer, "80.0" a number, in a number column alike).
 */
export interface TypedCells {
  values: (Float64Array | undefined)[];
  textKinds: (Uint8Array | undefined)[];
}


/** Typed arrays for a batch of `rows` rows under `plans` (undefined when no column has one). */
export function allocateTypedCells(plans: readonly (TypedPlan | undefined)[] | undefined, rows: number): TypedCells | undefined {
  if (!plans || !plans.some((p) => p !== undefined && p.kind !== TYPED_NONE)) return undefined;
  const typed = (p: TypedPlan | undefined): boolean => p !== undefined && p.kind !== TYPED_NONE;
  return {
    values: plans.map((p) => (typed(p) ? new Float64Array(rows) : undefined)),
    textKinds: plans.map((p) => (typed(p) ? new Uint8Array(rows) : undefined)),
  };
}

/** The per-column view the tokenizer reads (arrays indexed by column, no objects per cell). */
export interface TypedReader {
  kinds: Uint8Array;
  plans: (TypedPlan | undefined)[];
  values: (Float64Array | undefined)[];
  textKinds: (Uint8Array | undefined)[];
}

/** A TypedReader for a batch, or undefined when nothing is typed. */
export function typedReader(plans: readonly (TypedPlan | undefined)[] | undefined, cells: TypedCells | undefined): TypedReader | undefined {
  if (!plans || !cells) return undefined;
  return { kinds: Uint8Array.from(plans, (p) => p?.kind ?? TYPED_NONE), plans: [...plans], values: cells.values, textKinds: cells.textKinds };
}

/** Exact powers of ten (10^15 is the largest needed: 15 digits at most). */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** The kind code (text-kind.ts) of the text plainNumber read last. */
let numberTextKind = K_INTEGER;

/**
 * Reads s[start, end) as column c's typed value into row r; false (and nothing written) when
 * the cell is not of a plain shape or its value does not pass the plan: then it is cut as text.
 */
export function readTypedCell(reader: TypedReader, c: number, r: number, s: string, start: number, end: number): boolean {
  const kind = reader.kinds[c]!;
  let value: number;
  let textKind: number;
  if (kind === TYPED_DATETIME) {
    value = plainDatetime(s, start, end);
    textKind = K_DATETIME;
  } else if (kind === TYPED_BOOLEAN) {
    value = plainBoolean(s, start, end);
    textKind = K_BOOLEAN;
  } else {
    value = plainNumber(s, start, end, kind === TYPED_INTEGER);
    textKind = numberTextKind;
  }
  if (value !== value) return false;
  const plan = reader.plans[c]!;
  if (value < plan.min || value > plan.max || value <= plan.xmin || value >= plan.xmax) return false;
  if (plan.allowed !== undefined && !plan.allowed.has(value)) return false;
  reader.values[c]![r] = value;
  reader.textKinds[c]![r] = textKind;
  return true;
}

/** The value of a plain integer or (unless `integer`) decimal in s[start, end), its kind in numberTextKind; NaN for any other text. */
function plainNumber(s: string, start: number, end: number, integer: boolean): number {
  let i = start;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  const intStart = i;
  let m = 0;
  let c = 0;
  while (i < end) {
    c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    m = m * 10 + (c - 48);
    i++;
  }
  const intDigits = i - intStart;
  // No digits, a leading zero before other digits, more than 15 digits, or -0 (a value of its
  // own to Number() and the casts): the cast decides.
  if (intDigits === 0 || intDigits > 15 || (intDigits > 1 && s.charCodeAt(intStart) === 48)) return NaN;
  if (i === end) {
    if (negative && m === 0) return NaN;
    numberTextKind = K_INTEGER;
    return negative ? -m : m;
  }
  if (integer || c !== 46) return NaN;
  const fracStart = ++i;
  while (i < end) {
    c = s.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    m = m * 10 + (c - 48);
    i++;
  }
  const fracDigits = end - fracStart;
  if (fracDigits === 0 || intDigits + fracDigits > 15 || (negative && m === 0)) return NaN;
  numberTextKind = K_NUMBER;
  const value = m / POW10[fracDigits]!;
  return negative ? -value : value;
}

/** 1 for exactly `true`, 0 for exactly `false`, NaN otherwise. */
function plainBoolean(s: string, start: number, end: number): number {
  const len = end - start;
  if (len === 4 && s.startsWith('true', start)) return 1;
  if (len === 5 && s.startsWith('false', start)) return 0;
  return NaN;
}

/** Epoch ms of exactly `YYYY-MM-DDTHH:MM:SS` (a real day and time) in s[start, end); NaN otherwise. */
function plainDatetime(s: string, start: number, end: number): number {
  if (end - start !== 19) return NaN;
  if (s.charCodeAt(start + 4) !== 45 || s.charCodeAt(start + 7) !== 45 || s.charCodeAt(start + 10) !== 84 || s.charCodeAt(start + 13) !== 58 || s.charCodeAt(start + 16) !== 58) return NaN;
  const y1 = two(s, start);
  const y2 = two(s, start + 2);
  const mo = two(s, start + 5);
  const d = two(s, start + 8);
  const h = two(s, start + 11);
  const mi = two(s, start + 14);
  const sec = two(s, start + 17);
  // Second 60 is left to the cast (it rolls over, or is refused at the end of a day).
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || sec > 59) return NaN;
  // The casts' calendar: NaN for a day or time that does not exist.
  return utcFields(y1 * 100 + y2, mo, d, h, mi, sec, 0);
}

/** True when `plan` would read `text`, as a whole cell, as a typed value (FieldChecker asks it of missing values). */
export function readsAsValue(plan: TypedPlan, text: string): boolean {
  const probe: TypedReader = { kinds: Uint8Array.of(plan.kind), plans: [plan], values: [new Float64Array(1)], textKinds: [new Uint8Array(1)] };
  return readTypedCell(probe, 0, 0, text, 0, text.length);
}
