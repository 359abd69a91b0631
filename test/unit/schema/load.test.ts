/** Schema files: YAML features users reach for, and a clear error for what cannot be read. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { parseSchema } from '../../../src/schema/load.js';
import { schemaError } from './schema-error.js';

describe('parseSchema', () => {
  it('reads YAML anchors and merge keys, so fields can share constraints', () => {
    const schema = parseSchema(
      ['fields:', '  - &score {name: a, type: number, constraints: {minimum: 0, maximum: 1}}', '  - <<: *score', '    name: b', ''].join('\n'),
      'schema.yaml',
    );
    expect(schema.fields).toEqual([
      { name: 'a', type: 'number', constraints: { minimum: 0, maximum: 1 } },
      { name: 'b', type: 'number', constraints: { minimum: 0, maximum: 1 } },
    ]);
  });

  it('refuses a file of several YAML documents at the second one, saying what to do rather than naming the parser API', () => {
    let thrown: unknown;
    try {
      parseSchema('fields:\n  - {name: a}\n---\nfields: []\n', 'two.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toBe('two.yaml:3:1: invalid YAML/JSON in the schema: the file holds more than one YAML document (a second one starts at this `---`); keep one schema per file');
    expect((thrown as UserError).line).toBe(3);
  });

  it('an unquoted strptime format (YAML reads a plain % as a directive) is an error saying to quote it', () => {
    const error = schemaError('fields:\n  - name: day\n    type: date\n    format: %d/%m/%Y\n');
    expect(error.message).toBe('schema.yaml:4:13: invalid YAML/JSON in the schema: a value starting with % must be quoted in YAML, e.g. format: "%d/%m/%Y"');
    expect(error.line).toBe(4);
  });

  it('a misspelt, miscased or abbreviated value of a closed key gets the value it most likely means', () => {
    const types = '"string", "number", "integer", "boolean", "date", "datetime", "time", "year", "yearmonth", "duration", "object", "array", "list", "geopoint", "geojson", "any"';
    expect(schemaError('fields:\n  - {name: d, type: Date}\n').message).toBe(`schema.yaml:2:21: schema key 'fields.0.type': expected one of ${types} (did you mean "date"?)`);
    // A prefix wins over a near word: `int` is two edits from `any`, but begins `integer`.
    expect(schemaError('fields:\n  - {name: n, type: int}\n').message).toBe(`schema.yaml:2:21: schema key 'fields.0.type': expected one of ${types} (did you mean "integer"?)`);
    expect(schemaError('fields:\n  - {name: n}\nfieldsMatch: subsets\n').message).toBe(
      `schema.yaml:3:14: schema key 'fieldsMatch': expected one of "exact", "equal", "subset", "superset", "partial" (did you mean "subset"?)`,
    );
    // Nothing close, or not text: the values alone.
    expect(schemaError('fields:\n  - {name: n, type: money}\n').message).toBe(`schema.yaml:2:21: schema key 'fields.0.type': expected one of ${types}`);
    expect(schemaError('fields:\n  - {name: n, type: 3}\n').message).toBe(`schema.yaml:2:21: schema key 'fields.0.type': expected one of ${types}`);
  });
});
