/**
 * A schema that loads builds its checkers: FieldChecker's own schema errors (a bound that is no
 * value of the type, a strptime format we cannot read, a pattern that is no regular expression),
 * which name no line, are never reached from a loaded schema, because load.ts refuses each such
 * schema first, with the line. Generated fields mix good and bad formats, bounds and patterns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldChecker } from '../../../actions/validate-data/field-checker.js';
import { buildCheckers } from '../../../actions/validate-data/pass.js';
import { UserError } from '../../../src/runner/errors.js';
import { FIELD_FORMATS, FIELD_TYPES, PATTERN_FORMAT_TYPES, type FieldType } from '../../../src/schema/descriptor.js';
import { parseSchema } from '../../../src/schema/load.js';

const STRPTIME = ['%d/%m/%Y', '%Y-%m-%d %H:%M', '%H:%M', 'fmt:%Y%m%d', '%Y-%m-%dT%Q', '%e.%m.%Y', '%'];
const BOUNDS: (string | number)[] = ['abc', '2023-13-45', '2024-01-31', '31/01/2023', '2024-01-31T12:00:00Z', '12:30:00', '25:00:00', '2024-01', '2024', 'P1D', 'true', 'yes', '10', '1.5', '1,5', '9007199254740993', '10, 20', '', 5, -1.5];
const PATTERNS = ['[a-z', 'a)|(b', 'a\\-b', '(', '\\', '\\d+', '[A-Z]{2}-\\d*', '\\p{L}+', 'x|y', '(?<y>\\d{4})'];

const field = fc
  .record(
    {
      type: fc.constantFrom<FieldType | undefined>(undefined, ...FIELD_TYPES),
      format: fc.option(fc.constantFrom(...new Set([...Object.values(FIELD_FORMATS).flat(), ...STRPTIME])), { nil: undefined }),
      decimalChar: fc.option(fc.constant(','), { nil: undefined }),
      bounds: fc.dictionary(fc.constantFrom('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'), fc.constantFrom(...BOUNDS), { maxKeys: 2 }),
      pattern: fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }),
    },
    { requiredKeys: ['bounds'] },
  )
  .map(({ type, format, decimalChar, bounds, pattern }) => {
    const constraints = { ...bounds, ...(pattern === undefined ? {} : { pattern }) };
    return {
      name: 'f',
      ...(type === undefined ? {} : { type }),
      // A strptime pattern only where the type takes one, so most fields get past the format.
      ...(format === undefined || (format.includes('%') && !PATTERN_FORMAT_TYPES.includes(type ?? 'string')) ? {} : { format }),
      ...(decimalChar && (type === 'number' || type === 'integer') ? { decimalChar } : {}),
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });

describe('a loaded schema builds its checkers', () => {
  it('either load.ts refuses the schema with file and line, or buildCheckers succeeds', () => {
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 3 }), (fields) => {
        const text = JSON.stringify({ fields: fields.map((f, i) => ({ ...f, name: `f${i}` })) }, null, 2);
        let schema;
        try {
          schema = parseSchema(text, 'schema.json');
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          const e = error as UserError;
          expect(e.file).toBe('schema.json');
          expect(e.line).toBeGreaterThan(1);
          expect(e.message).toMatch(/^schema\.json:\d+:\d+: schema key 'fields\.\d/);
          refused++;
          return;
        }
        expect(() => buildCheckers(schema, 'schema.json')).not.toThrow();
        loaded++;
      }),
      { numRuns: 2000 },
    );
    // Both sides were exercised (the generator is not stuck on one).
    expect(Math.min(loaded, refused)).toBeGreaterThan(100);
  });
});

describe('FieldChecker keeps its checks for descriptors built in code', () => {
  it('a bound, a format and a pattern it cannot use are still UserErrors naming file and field', () => {
    const thrown = (f: object) => {
      try {
        new FieldChecker({ name: 'f', ...f }, [''], 'in-code');
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return [(error as UserError).message, (error as UserError).file];
      }
      throw new Error('the descriptor was accepted');
    };
    expect(thrown({ type: 'integer', constraints: { minimum: 'abc' } })).toEqual(["in-code: field 'f': constraint minimum 'abc' is not a valid integer", 'in-code']);
    expect(thrown({ type: 'date', format: '%Q' })).toEqual(["in-code: field 'f': format '%Q' is not supported: unsupported date directive %Q", 'in-code']);
    expect(thrown({ constraints: { pattern: '[a-z' } })).toEqual(["in-code: field 'f': constraint pattern is not a valid regular expression: Invalid regular expression: /^(?:[a-z)$/u: Unterminated character class", 'in-code']);
  });
});
