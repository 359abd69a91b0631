/**
 * Checks the cells of one schema field: missing values, type, and every Frictionless
 * constraint, plus the per-value expectations (valuesIn, between). Built once per field so the
 * per-cell path is a few closures with no option lookups.
 */
import { UserError } from '../../src/runner/errors.js';
import { casterFor, INVALID, type Caster, type Comparable } from '../../src/schema/cast.js';
import type { FieldDescriptor } from '../../src/schema/descriptor.js';

/** A constraint check on a cast value: returns the failed constraint's name, or undefined. */
type ValueCheck = (value: Comparable, raw: unknown) => string | undefined;

export interface CellOutcome {
  /** The failed checks' names, when the cell violates something (each counts once). */
  failed?: string[];
  /** The cast value, when the cell is present and of the right type. */
  value?: Comparable;
  missing: boolean;
}

export class FieldChecker {
  readonly name: string;
  readonly required: boolean;
  readonly unique: boolean;
  private readonly cast: Caster;
  private readonly missing: Set<string>;
  private readonly checks: ValueCheck[] = [];
  /** Counters for the expectations: cells seen, missing, and present ones in the set/range. */
  readonly shares = { cells: 0, missing: 0, inSet: 0, inRange: 0, present: 0 };
  private readonly inSet?: Set<unknown>;
  private readonly range?: { min?: number; max?: number };

  constructor(field: FieldDescriptor, missingValues: readonly string[], file: string) {
    this.name = field.name;
    const c = field.constraints ?? {};
    this.required = c.required === true;
    this.unique = c.unique === true;
    try {
      this.cast = casterFor(field);
      if (field.format && /%/.test(field.format)) this.cast('');
    } catch (error) {
      throw new UserError(`${file}: field '${field.name}': format '${field.format}' is not supported: ${(error as Error).message}`, { file });
    }
    this.missing = new Set(field.missingValues?.map((m) => (typeof m === 'string' ? m : m.value)) ?? missingValues);
    const bound = (key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'): Comparable | undefined => {
      const given = c[key];
      if (given === undefined) return undefined;
      const value = typeof given === 'number' ? given : this.cast(given);
      if (value === INVALID) throw new UserError(`${file}: field '${field.name}': constraint ${key} '${given}' is not a valid ${field.type ?? 'string'}`, { file });
      return value;
    };
    const min = bound('minimum');
    const max = bound('maximum');
    const xmin = bound('exclusiveMinimum');
    const xmax = bound('exclusiveMaximum');
    if (min !== undefined) this.checks.push((v) => (v < min ? 'minimum' : undefined));
    if (max !== undefined) this.checks.push((v) => (v > max ? 'maximum' : undefined));
    if (xmin !== undefined) this.checks.push((v) => (v <= xmin ? 'exclusiveMinimum' : undefined));
    if (xmax !== undefined) this.checks.push((v) => (v >= xmax ? 'exclusiveMaximum' : undefined));
    if (c.minLength !== undefined) this.checks.push((v, raw) => (lengthOf(v, raw) < c.minLength! ? 'minLength' : undefined));
    if (c.maxLength !== undefined) this.checks.push((v, raw) => (lengthOf(v, raw) > c.maxLength! ? 'maxLength' : undefined));
    if (c.pattern !== undefined) {
      let regex: RegExp;
      try {
        // Table Schema patterns must match the whole value (XML Schema semantics).
        regex = new RegExp(`^(?:${c.pattern})$`, 'u');
      } catch (error) {
        throw new UserError(`${file}: field '${field.name}': constraint pattern is not a valid regular expression: ${(error as Error).message}`, { file });
      }
      this.checks.push((v, raw) => (regex.test(typeof raw === 'string' ? raw : String(v)) ? undefined : 'pattern'));
    }
    if (c.enum !== undefined) {
      const allowed = new Set(c.enum.map((e) => keyOf(typeof e === 'string' ? this.cast(e) : (e as Comparable))));
      this.checks.push((v) => (allowed.has(keyOf(v)) ? undefined : 'enum'));
    }
    const ex = field.expectations;
    if (ex?.valuesIn) this.inSet = new Set(ex.valuesIn.values.map((e) => keyOf(typeof e === 'string' ? this.cast(e) : (e as Comparable))));
    if (ex?.between) this.range = ex.between;
  }

  /** Checks one cell. */
  check(raw: unknown): CellOutcome {
    this.shares.cells++;
    if (raw === null || raw === undefined || (typeof raw === 'string' && this.missing.has(raw))) {
      this.shares.missing++;
      return this.required ? { failed: ['required'], missing: true } : { missing: true };
    }
    const value = this.cast(raw);
    if (value === INVALID) return { failed: ['type'], missing: false };
    this.shares.present++;
    if (this.inSet && this.inSet.has(keyOf(value))) this.shares.inSet++;
    if (this.range && typeof value === 'number' && (this.range.min === undefined || value >= this.range.min) && (this.range.max === undefined || value <= this.range.max)) this.shares.inRange++;
    let failed: string[] | undefined;
    for (const check of this.checks) {
      const name = check(value, raw);
      if (name) (failed ??= []).push(name);
    }
    return failed ? { failed, value, missing: false } : { value, missing: false };
  }
}

function lengthOf(value: Comparable, raw: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof raw === 'string') return [...raw].length;
  return String(value).length;
}

/** A Set key under which equal logical values meet (1 and "1.0" in a number field, say). */
export function keyOf(value: Comparable | typeof INVALID): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}
