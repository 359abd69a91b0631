/** Reading a provider's settings from the `target` input (YAML), with errors naming the field. */
import { InputError } from '../runner/errors.js';

/** The `target` mapping, checked to be one. */
export function targetObject(value: unknown, provider: string): Record<string, unknown> {
  if (value === undefined || value === null) throw new InputError('target', `the ${provider} provider needs its settings (YAML), but none were given`);
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError('target', `expected a YAML mapping of ${provider} settings, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  return value as Record<string, unknown>;
}

/** A required text field of the target. */
export function requiredField(target: Record<string, unknown>, field: string, provider: string, example: string): string {
  const value = target[field];
  if (value === undefined || value === null || String(value).trim() === '') {
    throw new InputError('target', `the ${provider} provider needs '${field}' (for example '${field}: ${example}')`);
  }
  if (typeof value === 'object') throw new InputError('target', `'${field}' must be text, got a ${Array.isArray(value) ? 'list' : 'mapping'}`);
  return String(value).trim();
}

/** An optional text field of the target. */
export function optionalField(target: Record<string, unknown>, field: string): string | undefined {
  const value = target[field];
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  if (typeof value === 'object') throw new InputError('target', `'${field}' must be text, got a ${Array.isArray(value) ? 'list' : 'mapping'}`);
  return String(value).trim();
}

/** Refuses fields the provider does not know, so a typo is not silently ignored. */
export function onlyFields(target: Record<string, unknown>, known: readonly string[], provider: string): void {
  const unknown = Object.keys(target).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new InputError('target', `unknown ${provider} setting(s) ${unknown.map((k) => `'${k}'`).join(', ')}; expected ${known.map((k) => `'${k}'`).join(', ')}`);
  }
}
