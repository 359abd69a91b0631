/**
 * FieldChecker.check (casts written out for the common types, constraints checked in line)
 * gives what the field's caster plus each constraint checked one after another gives: the same
 * failed checks in the same order, the same cast value and the same counters, on generated
 * fields (types, formats, number options, constraints, categories, missing values) and cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldChecker, keyOf } from '../../../actions/validate-data/field-checker.js';
import { casterFor, INVALID, type Comparable } from '../../../src/schema/cast.js';
import type { FieldDescriptor } from '../../../src/schema/descriptor.js';

/** The checks as separate steps, in the documented order. */
function reference(field: FieldDescriptor, missing: readonly string[], raw: unknown): { failed: string[] | undefined; value: unknown; present: boolean } {
  const c = field.constraints ?? {};
  const missingSet = new Set(field.missingValues?.map((m) => (typeof m === 'string' ? m : m.value)) ?? missing);
  if (raw === null || raw === undefined || (typeof raw === 'string' && missingSet.has(raw))) return { failed: c.required ? ['required'] : undefined, value: INVALID, present: false };
  const cast = casterFor(field);
  const value = cast(raw);
  if (value === INVALID) return { failed: ['type'], value, present: false };
  const bound = (x: unknown) => (x === undefined ? undefined : typeof x === 'number' ? x : (cast(x) as Comparable));
  // frictionless-py's len() of the read value: items, an object's keys, a text's code points.
  const length = () => (Array.isArray(value) ? value.length : typeof value === 'object' ? Object.keys(value).length : typeof raw === 'string' ? [...raw].length : String(value).length);
  const failed: string[] = [];
  const min = bound(c.minimum);
  const max = bound(c.maximum);
  const xmin = bound(c.exclusiveMinimum);
  const xmax = bound(c.exclusiveMaximum);
  if (min !== undefined && value < min) failed.push('minimum');
  if (max !== undefined && value > max) failed.push('maximum');
  if (xmin !== undefined && value <= xmin) failed.push('exclusiveMinimum');
  if (xmax !== undefined && value >= xmax) failed.push('exclusiveMaximum');
  if (c.minLength !== undefined && length() < c.minLength) failed.push('minLength');
  if (c.maxLength !== undefined && length() > c.maxLength) failed.push('maxLength');
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(typeof raw === 'string' ? raw : String(value))) failed.push('pattern');
  if (c.enum !== undefined && !new Set(c.enum.map((e) => keyOf(typeof e === 'string' ? cast(e) : (e as Comparable)))).has(keyOf(value))) failed.push('enum');
  const categories = field.categories?.map((item) => (typeof item === 'object' ? item.value : item));
  if (categories !== undefined && !new Set(categories.map((e) => keyOf(typeof e === 'string' ? cast(e) : e))).has(keyOf(value))) failed.push('categories');
  return { failed: failed.length > 0 ? failed : undefined, value, present: true };
}

const cellText = fc.oneof(
  fc.constantFrom('', 'NA', '-', '0', '1', '-1', '17', '18', '90', '91', '1.5', '-0', '1e3', 'NaN', 'INF', '-INF', '1,000', '1.000,5', '€ 12', 'true', 'False', 'no', 'x', 'ab', 'abc', 'u12', 'a@b.co', '😀😀'),
  fc.constantFrom('2023-09-25', '2023-02-30', '0099-01-01', '2023-09-25T05:38:48', '2023-09-25 05:38:48', '2023-09-25T05:38:48.5Z', '2023-09-25T05:38:48+02:00', '2023-09-25T24:00:00', '2023-13-01T00:00:00', '05:38:48', '2023', '2023-09'),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((x) => x.toFixed(2)),
  fc.string({ maxLength: 4 }),
);
const cell = fc.oneof({ weight: 10, arbitrary: cellText }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 5, 2.5, true) });

const typed = fc.oneof(
  fc.record({ type: fc.constantFrom('integer', 'number'), bareNumber: fc.constantFrom(undefined, true, false), groupChar: fc.constantFrom(undefined, ','), decimalChar: fc.constantFrom(undefined, '.', ','), bound: fc.constantFrom<unknown>(0, 18, 90, -1.5, '10') }),
  fc.record({ type: fc.constantFrom('date', 'datetime'), format: fc.constantFrom(undefined, 'default', 'any', '%Y-%m-%d'), bound: fc.constantFrom<unknown>('2023-01-01', '2023-06-01T00:00:00') }),
  fc.record({ type: fc.constantFrom('string', undefined), format: fc.constantFrom(undefined, 'default', 'email', 'uri'), bound: fc.constantFrom<unknown>('b', 'm') }),
  fc.record({ type: fc.constantFrom('boolean', 'year', 'time', 'any'), bound: fc.constantFrom<unknown>(undefined) }),
);

const fieldArb = fc
  .record({
    typed,
    required: fc.boolean(),
    bounds: fc.subarray(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const),
    minLength: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
    maxLength: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
    pattern: fc.constantFrom(undefined, 'u[0-9]+', '-?[0-9]+', '.*b.*'),
    enumValues: fc.option(fc.subarray(['0', '1', '17', 'x', 'ab', '2023-09-25', 'true']), { nil: undefined }),
    // Table Schema v2 categories (string and integer fields): values or {value, label} objects.
    categories: fc.option(fc.record({ values: fc.subarray<string | number>(['0', '1', 17, '18', 'x', 'ab', 'u12'], { minLength: 1 }), objects: fc.boolean() }), { nil: undefined }),
    missingValues: fc.constantFrom(undefined, [''], ['', 'NA'], ['-']),
  })
  .map(({ typed: t, required, bounds, minLength, maxLength, pattern, enumValues, categories, missingValues }) => {
    const { type, bound, ...options } = t as { type?: string; bound: unknown } & Record<string, unknown>;
    const constraints: Record<string, unknown> = { required, minLength, maxLength, pattern, enum: enumValues };
    if (bound !== undefined) for (const key of bounds) constraints[key] = bound;
    const field = { name: 'f', ...(type === undefined ? {} : { type }), ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)), constraints: Object.fromEntries(Object.entries(constraints).filter(([, v]) => v !== undefined)) };
    if (categories && (type === undefined || type === 'string' || type === 'integer')) {
      Object.assign(field, { categories: categories.objects ? categories.values.map((value, i) => ({ value, ...(i % 2 ? { label: `c${i}` } : {}) })) : categories.values });
    }
    return { field: field as FieldDescriptor, missingValues };
  });

describe('FieldChecker.check', () => {
  it('agrees with the caster and the constraints checked one by one', () => {
    let checked = 0;
    fc.assert(
      fc.property(fieldArb, fc.array(cell, { minLength: 1, maxLength: 20 }), ({ field, missingValues }, cells) => {
        const missing = missingValues ?? [''];
        let checker: FieldChecker;
        try {
          checker = new FieldChecker(field, missing, 'schema.yaml');
        } catch {
          return; // a bound that is not a value of the type: refused when built, as before
        }
        let present = 0;
        for (const raw of cells) {
          const want = reference(field, missing, raw);
          const got = checker.check(raw);
          expect(got === undefined ? undefined : [...got], `${JSON.stringify(field)} ${JSON.stringify(raw)}`).toEqual(want.failed);
          expect(Object.is(checker.value, want.value) || (typeof want.value === 'object' && JSON.stringify(checker.value) === JSON.stringify(want.value))).toBe(true);
          if (want.present) present++;
          checked++;
        }
        expect(checker.shares.cells).toBe(cells.length);
        expect(checker.shares.present).toBe(present);
      }),
      { numRuns: 3_000 },
    );
    expect(checked).toBeGreaterThan(10_000);
  });
});
