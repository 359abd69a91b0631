/**
 * A constraint bound that is no value of the field's type, and a `pattern` that is no regular
 * expression, are schema errors naming the file, line, column, key and field, and saying what
 * was expected (they used to stop the run only when FieldChecker was built, without a line).
 */
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../src/schema/load.js';
import { schemaError } from './schema-error.js';

describe('constraint bounds', () => {
  it('a bound that is no integer on an integer field names file, line, key, field and an example', () => {
    const error = schemaError('fields:\n  - name: id\n    type: integer\n    constraints:\n      minimum: abc\n');
    expect(error.message).toBe("schema.yaml:5:16: schema key 'fields.0.constraints.minimum': field 'id' is of type integer, but minimum 'abc' is not a valid integer; expected an integer written as the field's cells are, e.g. 10");
    expect([error.file, error.line, error.column, error.title]).toEqual(['schema.yaml', 5, 16, 'Invalid schema']);
  });

  it('a date that does not exist, in each bound key, points at that key', () => {
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
      const error = schemaError(`fields:\n  - name: id\n  - name: day\n    type: date\n    constraints: {${key}: '2023-13-45'}\n`);
      expect(error.message).toBe(`schema.yaml:5:${21 + key.length}: schema key 'fields.1.constraints.${key}': field 'day' is of type date, but ${key} '2023-13-45' is not a valid date; expected a date written as the field's cells are, e.g. 2024-01-31`);
      expect(error.line).toBe(5);
    }
  });

  it('with a strptime format the bound is read in that format, and the message names it', () => {
    const text = (bound: string) => `fields:\n  - name: day\n    type: date\n    format: "%d/%m/%Y"\n    constraints:\n      maximum: "${bound}"\n`;
    expect(schemaError(text('2023-01-31')).message).toBe(
      "schema.yaml:6:16: schema key 'fields.0.constraints.maximum': field 'day' is of type date, but maximum '2023-01-31' is not a valid date; expected a date written in the field's format %d/%m/%Y, as its cells are",
    );
    expect(parseSchema(text('31/01/2023'), 's.yaml').fields[0]?.constraints?.maximum).toBe('31/01/2023');
  });

  it('a field with number options gets no default-format example (it would mislead)', () => {
    const error = schemaError('{"fields": [{"name": "price", "type": "number", "decimalChar": ",",\n  "constraints": {"exclusiveMaximum": "1.5.0"}}]}', 'schema.json');
    expect(error.message).toBe(
      "schema.json:2:39: schema key 'fields.0.constraints.exclusiveMaximum': field 'price' is of type number, but exclusiveMaximum '1.5.0' is not a valid number; expected a number written as the field's cells are",
    );
    expect(parseSchema('{"fields": [{"name": "price", "type": "number", "decimalChar": ",", "constraints": {"exclusiveMaximum": "1,5"}}]}', 's.json').fields).toHaveLength(1);
  });

  it('bounds that are values of the type are accepted, numbers as they are', () => {
    const schema = parseSchema(
      [
        'fields:',
        '  - {name: n, type: integer, constraints: {minimum: 0, maximum: "9007199254740993"}}',
        '  - {name: x, type: number, constraints: {exclusiveMinimum: "-1e3", exclusiveMaximum: 2.5}}',
        '  - {name: at, type: datetime, constraints: {minimum: "2024-01-31T12:00:00Z"}}',
        '  - {name: t, type: time, constraints: {maximum: "12:30:00"}}',
        '  - {name: ym, type: yearmonth, constraints: {minimum: "2024-01"}}',
        '  - {name: s, constraints: {minimum: "b"}}',
        '',
      ].join('\n'),
      's.yaml',
    );
    expect(schema.fields).toHaveLength(6);
  });
});

describe('constraint pattern', () => {
  it('a pattern that is no regular expression names file, line, field, the reason and what is expected', () => {
    const error = schemaError("fields:\n  - name: id\n  - name: code\n    constraints: {pattern: '[a-z'}\n");
    expect(error.message).toBe(
      "schema.yaml:4:28: schema key 'fields.1.constraints.pattern': field 'code': pattern '[a-z' is not a regular expression we can read: Unterminated character class; expected JavaScript regular expression syntax (with the u flag), which must match the whole value",
    );
    expect([error.file, error.line, error.column]).toEqual(['schema.yaml', 4, 28]);
  });

  it('a pattern is compiled alone too: wrapped in ^(?:…)$, a)|(b would compile and match part of a value', () => {
    expect(schemaError("fields:\n  - {name: code, constraints: {pattern: 'a)|(b'}}\n").message).toMatch(/pattern 'a\)\|\(b' is not a regular expression we can read: Unmatched '\)'; expected/);
  });

  it('the u flag is part of the syntax: an escape it refuses is an error', () => {
    expect(schemaError("fields:\n  - {name: code, constraints: {pattern: 'a\\-b'}}\n").message).toMatch(/pattern 'a\\-b' is not a regular expression we can read: Invalid escape; expected/);
  });

  it('valid patterns are accepted', () => {
    expect(parseSchema("fields:\n  - {name: code, constraints: {pattern: '[A-Z]{2}-\\d+|n/a'}}\n  - {name: e, constraints: {pattern: '\\p{L}+'}}\n", 's.yaml').fields).toHaveLength(2);
  });
});
