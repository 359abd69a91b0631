/** The `tags` input: a YAML map of tag names to scalar values. */
import type { StructuredValue } from '../../src/runner/inputs.js';
import { InputError } from '../../src/runner/errors.js';

/** Checks the parsed `tags` input and turns every value into a string. */
export function parseTags(structured: StructuredValue | undefined, input = 'tags'): Record<string, string> {
  if (!structured || structured.value === null || structured.value === undefined) return {};
  const { value } = structured;
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError(input, 'expected a map of tag names to values, such as `{team: churn, dataset: 2024-06}`');
  const tags: Record<string, string> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (!/^[\w.\-/ ]{1,250}$/.test(key)) throw new InputError(input, `tag name '${key}' may hold letters, digits, '_', '-', '.', '/' and spaces only`);
    if (inner !== null && typeof inner === 'object') throw new InputError(input, `tag '${key}' must be a single value, not a list or map`);
    tags[key] = inner === null || inner === undefined ? '' : String(inner);
  }
  return tags;
}
