/**
 * `enum` and `valuesIn` values no cell can equal are schema errors: YAML reads `[01, 02]` as
 * numbers and `[true, false]` as booleans, while a string field's cells are text, so every row
 * used to fail `enum`. Text values in typed fields are cast as cells are, as before.
 */
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../src/schema/load.js';
import { schemaError } from './schema-error.js';
import { FieldChecker } from '../../../actions/validate-data/field-checker.js';

describe('enum and valuesIn values of the wrong kind', () => {
  it('a number in a string field names the file, line, field and value as written, and says to quote it', () => {
    const error = schemaError('fields:\n  - name: code\n    constraints:\n      enum: [01, 02]\n');
    expect(error.message).toBe(
      "schema.yaml:4:14: schema key 'fields.0.constraints.enum.0': field 'code' is of type string, whose cells are text, but 01 is read as a number, so no cell can equal it: quote it (\"01\")",
    );
    expect(error.line).toBe(4);
    expect(error.column).toBe(14);
  });

  it('a boolean in a string field, in JSON, and in valuesIn', () => {
    expect(schemaError('{"fields": [{"name": "ok", "type": "string", "constraints": {"enum": ["yes", true]}}]}', 's.json').message).toBe(
      "s.json:1:78: schema key 'fields.0.constraints.enum.1': field 'ok' is of type string, whose cells are text, but true is read as a boolean, so no cell can equal it: quote it (\"true\")",
    );
    expect(schemaError('fields:\n  - name: tier\n    expectations:\n      valuesIn: {values: [gold, 2]}\n').message).toBe(
      "schema.yaml:4:33: schema key 'fields.0.expectations.valuesIn.values.1': field 'tier' is of type string, whose cells are text, but 2 is read as a number, so no cell can equal it: quote it (\"2\")",
    );
  });

  it('a value of the wrong kind for a typed field, and text that is not of the type', () => {
    expect(schemaError('fields:\n  - {name: n, type: integer, constraints: {enum: [1, 2.5]}}\n').message).toBe(
      "schema.yaml:2:54: schema key 'fields.0.constraints.enum.1': field 'n' is of type integer, but 2.5 is a decimal number, so no cell can equal it",
    );
    expect(schemaError('fields:\n  - {name: b, type: boolean, constraints: {enum: [yes]}}\n').message).toBe(
      "schema.yaml:2:51: schema key 'fields.0.constraints.enum.0': field 'b' is of type boolean, but 'yes' is not a valid boolean, so no cell can equal it",
    );
    expect(schemaError('fields:\n  - {name: m, type: string, format: email, constraints: {enum: [a@b.org, nobody]}}\n').message).toBe(
      "schema.yaml:2:74: schema key 'fields.0.constraints.enum.1': field 'm' is of type string (format email), but 'nobody' is not a valid string, so no cell can equal it",
    );
  });

  it('quoted text in a string field, and text or numbers in number, integer, boolean and date fields, are cast like cells (as before)', () => {
    const schema = parseSchema(
      [
        'fields:',
        "  - {name: code, constraints: {enum: ['01', '02', yes]}}",
        "  - {name: x, type: number, constraints: {enum: [1, '2.0', '1e1']}}",
        "  - {name: n, type: integer, constraints: {enum: ['+7', 8]}, expectations: {valuesIn: {values: [7, '08']}}}",
        "  - {name: b, type: boolean, constraints: {enum: ['1', false]}}",
        '  - {name: d, type: date, constraints: {enum: [2024-01-31]}}',
        '',
      ].join('\n'),
      'schema.yaml',
    );
    const check = (name: string, cell: string) => new FieldChecker(schema.fields.find((f) => f.name === name)!, [''], 'schema.yaml').check(cell);
    expect(check('code', '01')).toBeUndefined();
    expect(check('code', 'yes')).toBeUndefined();
    expect(check('code', '1')).toEqual(['enum']);
    expect(check('x', '2')).toBeUndefined();
    expect(check('x', '10')).toBeUndefined();
    expect(check('x', '3')).toEqual(['enum']);
    expect(check('n', '7')).toBeUndefined();
    expect(check('n', '9')).toEqual(['enum']);
    expect(check('b', 'TRUE')).toBeUndefined();
    expect(check('b', '0')).toBeUndefined();
    expect(check('d', '2024-01-31')).toBeUndefined();
    expect(check('d', '2024-02-01')).toEqual(['enum']);
  });
});
