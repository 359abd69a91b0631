/**
 * Validation helpers for the sketches' fromJSON: profiles are files users hand us (a reference
 * for drift-check), so every malformed field is a UserError that names the sketch and field.
 */
import { UserError } from '../../runner/errors.js';

/** A plain JSON object, as read back from a profile. */
export type JsonObject = Record<string, unknown>;

/** Throws a UserError naming the sketch, the field and what was expected. */
export function invalid(sketch: string, field: string, expected: string, got: unknown): never {
  let shown: string;
  try {
    shown = JSON.stringify(got) ?? String(got);
  } catch {
    shown = String(got);
  }
  if (shown.length > 80) shown = `${shown.slice(0, 77)}...`;
  throw new UserError(`Invalid ${sketch} sketch: '${field}' must be ${expected}, got ${shown}`);
}

/** Checks that json is an object of the given kind and format version; returns it typed. */
export function expectSketch(json: unknown, sketch: string, kind: string, version: number): JsonObject {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) invalid(sketch, '(root)', 'an object', json);
  const obj = json as JsonObject;
  if (obj['kind'] !== kind) invalid(sketch, 'kind', `"${kind}"`, obj['kind']);
  if (obj['version'] !== version) invalid(sketch, 'version', `${version} (the only format version this code reads)`, obj['version']);
  return obj;
}

/** An integer in [min, max]. */
export function expectInt(obj: JsonObject, sketch: string, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = obj[field];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    invalid(sketch, field, `an integer in [${min}, ${max}]`, v);
  }
  return v;
}

/** A finite number, or null when allowNull (JSON has no Infinity/NaN, so absent extremes are null). */
export function expectFinite(obj: JsonObject, sketch: string, field: string, allowNull = false): number | null {
  const v = obj[field];
  if (v === null && allowNull) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) invalid(sketch, field, allowNull ? 'a finite number or null' : 'a finite number', v);
  return v;
}

/** An array (elements checked by the caller). */
export function expectArray(obj: JsonObject, sketch: string, field: string): unknown[] {
  const v = obj[field];
  if (!Array.isArray(v)) invalid(sketch, field, 'an array', v);
  return v;
}

/** An array of finite numbers, as a Float64Array. */
export function expectNumbers(value: unknown, sketch: string, field: string): Float64Array {
  if (!Array.isArray(value)) invalid(sketch, field, 'an array of numbers', value);
  const out = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const x: unknown = value[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) invalid(sketch, `${field}[${i}]`, 'a finite number', x);
    out[i] = x;
  }
  return out;
}
