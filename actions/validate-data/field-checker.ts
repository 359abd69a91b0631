/**
 * Checks the cells of one schema field: missing values, type, every Frictionless constraint and
 * Table Schema v2 `categories`, plus the per-value expectations (valuesIn, between). Built once
 * per field so the per-cell path does no option lookups. The common casts and the constraints
 * are written out in check() rather than called as closures: the one call site per closure kind,
 * shared by all fields, was megamorphic (bench/validate-data: ~0.1 s per 1M rows x 12 columns).
 */
import { UserError } from '../../src/runner/errors.js';
import { TYPED_BOOLEAN, TYPED_DATETIME, TYPED_INTEGER, TYPED_NUMBER, readsAsValue, type TypedPlan } from '../../src/data/typed-cells.js';
import { castText, casterFor, INVALID, TEXT_CAST_BOOLEAN, TEXT_CAST_DATETIME, TEXT_CAST_INTEGER, TEXT_CAST_NUMBER, TEXT_CAST_OTHER, textCastOf, type Caster, type Comparable } from '../../src/schema/cast.js';
import { categoryValues } from '../../src/schema/categories.js';
import type { FieldDescriptor } from '../../src/schema/descriptor.js';

export class FieldChecker {
  readonly name: string;
  readonly required: boolean;
  readonly unique: boolean;
  private readonly cast: Caster;
  /** castText's code for this field's text cells (TEXT_CAST_OTHER: use `cast`). */
  private readonly textCast: number;
  private readonly missing: Set<string>;
  /** The constraints, checked in this order; undefined when absent. */
  private readonly min?: Comparable;
  private readonly max?: Comparable;
  private readonly xmin?: Comparable;
  private readonly xmax?: Comparable;
  private readonly minLength?: number;
  private readonly maxLength?: number;
  private readonly pattern?: RegExp;
  private readonly allowed?: Set<unknown>;
  /** Table Schema v2 `categories`, as keys (src/schema/categories.ts). */
  private readonly categories?: Set<unknown>;
  /** Some constraint (or categories) is set. */
  private readonly constrained: boolean;
  /** Counters for the expectations: cells seen, missing, and present ones in the set/range. */
  readonly shares = { cells: 0, missing: 0, inSet: 0, inRange: 0, present: 0 };
  private readonly inSet?: Set<unknown>;
  private readonly range?: { min?: number; max?: number };

  constructor(field: FieldDescriptor, missingValues: readonly string[], file: string) {
    this.name = field.name;
    const c = field.constraints ?? {};
    this.required = c.required === true;
    this.unique = c.unique === true;
    // The schema errors below name no line: load.ts refuses each such schema first, at the key's
    // line (the format check in checkFieldValues, constraint-values.ts). They stay as a backstop
    // for descriptors that did not come through it.
    try {
      this.cast = casterFor(field);
      if (field.format && /%/.test(field.format)) this.cast('');
    } catch (error) {
      throw new UserError(`${file}: field '${field.name}': format '${field.format}' is not supported: ${(error as Error).message}`, { file });
    }
    this.textCast = textCastOf(field);
    this.missing = new Set(field.missingValues?.map((m) => (typeof m === 'string' ? m : m.value)) ?? missingValues);
    this.onlyEmptyIsMissing = this.missing.size === 1 && this.missing.has('');
    const bound = (key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'): Comparable | undefined => {
      const given = c[key];
      if (given === undefined) return undefined;
      const value = typeof given === 'number' ? given : this.cast(given);
      if (value === INVALID) throw new UserError(`${file}: field '${field.name}': constraint ${key} '${given}' is not a valid ${field.type ?? 'string'}`, { file });
      return value;
    };
    this.min = bound('minimum');
    this.max = bound('maximum');
    this.xmin = bound('exclusiveMinimum');
    this.xmax = bound('exclusiveMaximum');
    this.minLength = c.minLength;
    this.maxLength = c.maxLength;
    if (c.pattern !== undefined) {
      try {
        // Table Schema patterns must match the whole value (XML Schema semantics).
        this.pattern = new RegExp(`^(?:${c.pattern})$`, 'u');
      } catch (error) {
        throw new UserError(`${file}: field '${field.name}': constraint pattern is not a valid regular expression: ${(error as Error).message}`, { file });
      }
    }
    // Schema values go through the cast as the cells do, so they meet in one form: text as any
    // cell's, and in an integer field numbers too (a number beyond 2^53 becomes the bigint a
    // cell of that value casts to; YAML and JSON already rounded it, so such values are exact
    // only when written as text: '9007199254740993').
    const schemaValue = (e: unknown): unknown => keyOf(typeof e === 'string' || (field.type === 'integer' && typeof e === 'number') ? this.cast(e) : (e as Comparable));
    if (c.enum !== undefined) this.allowed = new Set(c.enum.map(schemaValue));
    const categories = categoryValues(field);
    if (categories !== undefined) this.categories = new Set(categories.map(schemaValue));
    // A field without constraints or categories returns from check() before any of them is looked at.
    this.constrained = [this.min, this.max, this.xmin, this.xmax, this.minLength, this.maxLength, this.pattern, this.allowed, this.categories].some((x) => x !== undefined);
    const ex = field.expectations;
    if (ex?.valuesIn) this.inSet = new Set(ex.valuesIn.values.map(schemaValue));
    if (ex?.between) this.range = ex.between;
  }

  /**
   * The cast value of the cell last checked; INVALID when it was missing or of the wrong type.
   * check() sets it instead of returning an object: an object per cell cost ~0.8 s of GC and
   * allocation per 1M rows x 12 columns (bench/validate-data).
   */
  value: Comparable | typeof INVALID = INVALID;
  /** The array check() returns (reused: read it before the next call). */
  private readonly failed: string[] = [];
  private readonly onlyEmptyIsMissing: boolean;

  /** Adds the counters of the same field's checker on another part of the data. */
  addShares(other: FieldChecker['shares']): void {
    const s = this.shares;
    s.cells += other.cells;
    s.missing += other.missing;
    s.inSet += other.inSet;
    s.inRange += other.inRange;
    s.present += other.present;
  }

  /**
   * How the CSV reader may read this field's plain cells as typed values (src/data/typed-cells.ts),
   * or undefined when every cell must come as text: the plan lets through only values that
   * pass every check, so such a cell is only counted (addTypedCells, countTypedValue). Built once.
   */
  typedPlan(): TypedPlan | undefined {
    if (this.plan === null) this.plan = this.buildTypedPlan();
    return this.plan;
  }

  private plan: TypedPlan | undefined | null = null;

  private buildTypedPlan(): TypedPlan | undefined {
    const kind = TYPED_KIND[this.textCast];
    if (kind === undefined) return undefined;
    // Length and pattern constraints read the text; a boolean's bounds or set compare booleans.
    if (this.minLength !== undefined || this.maxLength !== undefined || this.pattern !== undefined) return undefined;
    if (kind === TYPED_BOOLEAN && (this.constrained || this.inSet !== undefined)) return undefined;
    const bound = (value: Comparable | undefined, none: number): number | undefined => (value === undefined ? none : typeof value === 'number' ? value : undefined);
    const min = bound(this.min, -Infinity);
    const max = bound(this.max, Infinity);
    const xmin = bound(this.xmin, -Infinity);
    const xmax = bound(this.xmax, Infinity);
    if (min === undefined || max === undefined || xmin === undefined || xmax === undefined) return undefined;
    // The values an enum and v2 categories allow (both, when both are given); values that are
    // not numbers never equal a typed value (keyOf keeps numbers as they are).
    const numbers = (values: Set<unknown>) => new Set([...values].filter((v): v is number => typeof v === 'number'));
    let allowed = this.allowed === undefined ? undefined : numbers(this.allowed);
    if (this.categories !== undefined) {
      const categories = numbers(this.categories);
      allowed = allowed === undefined ? categories : new Set([...allowed].filter((v) => categories.has(v)));
    }
    const plan: TypedPlan = { kind, min, max, xmin, xmax, ...(allowed ? { allowed } : {}) };
    // A missing value the plan would read as a value (missingValues: ['-1']) must stay text.
    if ([...this.missing].some((m) => readsAsValue(plan, m))) return undefined;
    return plan;
  }

  /**
   * Counts `n` cells the reader read through typedPlan (present, of the type, within the
   * constraints), as check() would count them; countTypedValue adds what depends on each value.
   */
  addTypedCells(n: number): void {
    this.shares.cells += n;
    this.shares.present += n;
  }

  /** The expectations count values in a set or range: call countTypedValue for each typed cell. */
  get countsTypedValues(): boolean {
    return this.inSet !== undefined || this.range !== undefined;
  }

  countTypedValue(value: number): void {
    this.countInSetAndRange(this.typedCast(value));
  }

  /** The expectations' counts of a present value: in valuesIn's set, within between's range. */
  private countInSetAndRange(value: Comparable): void {
    if (this.inSet && this.inSet.has(keyOf(value))) this.shares.inSet++;
    if (this.range && (typeof value === 'number' || typeof value === 'bigint') && (this.range.min === undefined || value >= this.range.min) && (this.range.max === undefined || value <= this.range.max)) this.shares.inRange++;
  }

  /** The cast value of a typed cell: the number itself, or a boolean field's boolean. */
  typedCast(value: number): number | boolean {
    return this.textCast === TEXT_CAST_BOOLEAN ? value === 1 : value;
  }

  /** Checks one cell: returns the names of the failed checks (each counts once), or undefined. */
  check(raw: unknown): readonly string[] | undefined {
    this.shares.cells++;
    if (raw === null || raw === undefined || (typeof raw === 'string' && (this.onlyEmptyIsMissing ? raw === '' : this.missing.has(raw)))) {
      this.shares.missing++;
      this.value = INVALID;
      return this.required ? REQUIRED : undefined;
    }
    let value: Comparable | typeof INVALID | undefined;
    if (this.textCast !== TEXT_CAST_OTHER && typeof raw === 'string') value = castText(this.textCast, raw);
    if (value === undefined) value = this.cast(raw);
    this.value = value;
    if (value === INVALID) return TYPE;
    this.shares.present++;
    this.countInSetAndRange(value);
    if (!this.constrained) return undefined;
    const failed = this.failed;
    // Setting length costs a builtin call per cell (~0.3 s per 1M rows x 12 columns): only when needed.
    if (failed.length !== 0) failed.length = 0;
    if (this.min !== undefined && value < this.min) failed.push('minimum');
    if (this.max !== undefined && value > this.max) failed.push('maximum');
    if (this.xmin !== undefined && value <= this.xmin) failed.push('exclusiveMinimum');
    if (this.xmax !== undefined && value >= this.xmax) failed.push('exclusiveMaximum');
    if (this.minLength !== undefined || this.maxLength !== undefined) {
      const length = lengthOf(value, raw);
      if (this.minLength !== undefined && length < this.minLength) failed.push('minLength');
      if (this.maxLength !== undefined && length > this.maxLength) failed.push('maxLength');
    }
    if (this.pattern !== undefined && !this.pattern.test(typeof raw === 'string' ? raw : String(value))) failed.push('pattern');
    if (this.allowed !== undefined && !this.allowed.has(keyOf(value))) failed.push('enum');
    if (this.categories !== undefined && !this.categories.has(keyOf(value))) failed.push('categories');
    return failed.length > 0 ? failed : undefined;
  }
}

/** The typed-cell kind of each castText code that has one. */
const TYPED_KIND: Partial<Record<number, number>> = {
  [TEXT_CAST_INTEGER]: TYPED_INTEGER,
  [TEXT_CAST_NUMBER]: TYPED_NUMBER,
  [TEXT_CAST_DATETIME]: TYPED_DATETIME,
  [TEXT_CAST_BOOLEAN]: TYPED_BOOLEAN,
};

const REQUIRED: readonly string[] = Object.freeze(['required']);
const TYPE: readonly string[] = Object.freeze(['type']);

/**
 * What `minLength`/`maxLength` count, as frictionless-py's len() of the read value does: an
 * array's or list's items, an object's keys (not its JSON text's characters), a text's code
 * points.
 */
function lengthOf(value: Comparable, raw: unknown): number {
  if (typeof value === 'object') return Array.isArray(value) ? value.length : Object.keys(value).length;
  if (typeof raw === 'string') return codePoints(raw);
  return String(value).length;
}

/** Length in code points ([...s].length without building the array). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** A Set key under which equal logical values meet (1 and "1.0" in a number field, say). */
export function keyOf(value: Comparable | typeof INVALID): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value, jsonKeyPart) : value;
}

/**
 * JSON.stringify's replacer for values inside a key (a list's items): a bigint (an integer
 * item beyond 2^53) as its digits, which JSON.stringify would throw on, and NaN/Infinity as
 * their text rather than null.
 */
export function jsonKeyPart(_: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}
