/**
 * Table Schema v2 `categories` and `categoriesOrdered` (src/schema/categories.ts): the forms the
 * standard allows load, every rule it states is a schema error naming the file, line, field and
 * what was expected, and a present cell outside the categories fails the `categories` check.
 */
import { describe, expect, it } from 'vitest';
import { FieldChecker } from '../../../actions/validate-data/field-checker.js';
import { parseSchema } from '../../../src/schema/load.js';
import { schemaError } from './schema-error.js';

/** The checker of the schema's field `name`, with the default missing values. */
function checkerOf(text: string, name: string): FieldChecker {
  const schema = parseSchema(text, 'schema.yaml');
  return new FieldChecker(schema.fields.find((f) => f.name === name)!, [''], 'schema.yaml');
}

describe('categories that load', () => {
  it("the standard's own examples, in JSON: values, and {value, label} objects with categoriesOrdered", () => {
    const schema = parseSchema(
      JSON.stringify({
        fields: [
          { name: 'fruit', type: 'string', categories: ['apple', 'orange', 'banana'] },
          { name: 'fruitCode', type: 'integer', categories: [{ value: 0, label: 'apple' }, { value: 1, label: 'orange' }, { value: 2, label: 'banana' }] },
          { name: 'agreementLevel', type: 'integer', categories: [{ value: 1, label: 'Strongly Disagree' }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5, label: 'Strongly Agree' }], categoriesOrdered: true },
        ],
      }),
      'schema.json',
    );
    expect(schema.fields.map((f) => [f.name, f.categories?.length, f.categoriesOrdered])).toEqual([
      ['fruit', 3, undefined],
      ['fruitCode', 3, undefined],
      ['agreementLevel', 5, true],
    ]);
  });

  it('a field without type is a string field; an enum that is a subset; integers as text; x- keys on an object', () => {
    const schema = parseSchema(
      [
        'fields:',
        '  - {name: size, categories: [S, M, L], categoriesOrdered: false, constraints: {enum: [M, L]}}',
        "  - {name: code, type: integer, categories: ['7', 8, 9]}",
        '  - name: grade',
        '    type: integer',
        '    categories:',
        "      - {value: '9007199254740993', label: big, x-note: written as text to stay exact}",
        '      - {value: 1}',
        '',
      ].join('\n'),
      'schema.yaml',
    );
    expect(schema.fields.map((f) => f.categories)).toEqual([['S', 'M', 'L'], ['7', 8, 9], [{ value: '9007199254740993', label: 'big', 'x-note': 'written as text to stay exact' }, { value: 1 }]]);
  });
});

describe('categories on each cell', () => {
  it('a present value outside the categories fails `categories`; missing values and type errors do not', () => {
    const fruit = checkerOf('fields:\n  - {name: fruit, type: string, categories: [apple, orange]}\n', 'fruit');
    expect(fruit.check('apple')).toBeUndefined();
    expect(fruit.check('pear')).toEqual(['categories']);
    expect(fruit.check('Apple')).toEqual(['categories']);
    expect(fruit.check('')).toBeUndefined();
    expect(fruit.check(null)).toBeUndefined();
  });

  it('integer categories compare cast values: text, JSON numbers and bigints beyond 2^53 meet', () => {
    const level = checkerOf(
      "fields:\n  - name: level\n    type: integer\n    categories: [{value: 1, label: low}, {value: '+2'}, {value: '9007199254740993'}]\n",
      'level',
    );
    expect(level.check('1')).toBeUndefined();
    expect(level.check(1)).toBeUndefined();
    expect(level.check('2')).toBeUndefined();
    expect(level.check('9007199254740993')).toBeUndefined();
    expect(level.check(9007199254740993n)).toBeUndefined();
    expect(level.check('9007199254740992')).toEqual(['categories']);
    expect(level.check('3')).toEqual(['categories']);
    expect(level.check('low')).toEqual(['type']);
  });

  it('with enum, and required: each rule counts once', () => {
    const size = checkerOf('fields:\n  - {name: size, categories: [S, M, L], constraints: {enum: [M, L], required: true}}\n', 'size');
    expect(size.check('M')).toBeUndefined();
    expect(size.check('S')).toEqual(['enum']);
    expect(size.check('XL')).toEqual(['enum', 'categories']);
    expect(size.check('')).toEqual(['required']);
  });

  it('a string format applies to categories and cells alike', () => {
    const mail = checkerOf('fields:\n  - {name: mail, format: email, categories: [a@b.org, c@d.org]}\n', 'mail');
    expect(mail.check('a@b.org')).toBeUndefined();
    expect(mail.check('e@f.org')).toEqual(['categories']);
    expect(mail.check('nobody')).toEqual(['type']);
  });
});

describe('categories that are schema errors', () => {
  it('on a type other than string and integer', () => {
    const error = schemaError('fields:\n  - {name: x, type: number, categories: [1, 2]}\n');
    expect(error.message).toBe(
      "schema.yaml:2:41: schema key 'fields.0.categories': field 'x' is of type number, but categories are for string and integer fields (Table Schema v2): use constraints.enum",
    );
    expect([error.line, error.column]).toEqual([2, 41]);
    expect(schemaError('fields:\n  - {name: d, type: date, categories: ["2024-01-01"]}\n').message).toMatch(/field 'd' is of type date, but categories are for string and integer fields/);
  });

  it('values and objects mixed, at the first item of the other form', () => {
    expect(schemaError('fields:\n  - name: x\n    categories:\n      - a\n      - {value: b}\n').message).toBe(
      "schema.yaml:5:9: schema key 'fields.0.categories.1': field 'x': categories are either all values or all {value, label} objects (Table Schema v2), but the first is a value and this one is not",
    );
    expect(schemaError('fields:\n  - {name: x, categories: [{value: a}, {value: b}, c]}\n').message).toMatch(
      /^schema\.yaml:2:52: schema key 'fields\.0\.categories\.2': .*but the first is an object and this one is not$/,
    );
  });

  it('an object without value, with a misspelt or unknown key, or a label that is not text', () => {
    expect(schemaError('fields:\n  - name: x\n    type: integer\n    categories:\n      - {value: 1, label: one}\n      - {label: two}\n').message).toBe(
      "schema.yaml:6:9: schema key 'fields.0.categories.1': missing required key 'value'",
    );
    expect(schemaError('fields:\n  - name: x\n    type: integer\n    categories:\n      - {value: 1, lable: one}\n').message).toBe(
      "schema.yaml:5:20: schema key 'fields.0.categories.0.lable': unknown key 'lable' (did you mean 'label'?)",
    );
    expect(schemaError('fields:\n  - name: x\n    type: integer\n    categories:\n      - {value: 1, label: 1}\n').message).toBe(
      "schema.yaml:5:27: schema key 'fields.0.categories.0.label': must be string",
    );
  });

  it('an empty list, and categoriesOrdered that is not a boolean', () => {
    expect(schemaError('fields:\n  - {name: x, categories: []}\n').message).toBe("schema.yaml:2:27: schema key 'fields.0.categories': must NOT have fewer than 1 items");
    expect(schemaError('fields:\n  - {name: x, categories: [a, b], categoriesOrdered: "true"}\n').message).toBe(
      "schema.yaml:2:54: schema key 'fields.0.categoriesOrdered': must be boolean",
    );
  });

  it('a value no cell can equal, as for enum: YAML numbers in a string field, text or decimals in an integer field', () => {
    expect(schemaError('fields:\n  - {name: x, categories: [a, 01]}\n').message).toBe(
      "schema.yaml:2:31: schema key 'fields.0.categories.1': field 'x' is of type string, whose cells are text, but 01 is read as a number, so no cell can equal it: quote it (\"01\")",
    );
    expect(schemaError('fields:\n  - {name: x, type: integer, categories: [1, a]}\n').message).toBe(
      "schema.yaml:2:46: schema key 'fields.0.categories.1': field 'x' is of type integer, but 'a' is not a valid integer, so no cell can equal it",
    );
    expect(schemaError('fields:\n  - {name: x, type: integer, categories: [{value: 2.5}]}\n').message).toBe(
      "schema.yaml:2:51: schema key 'fields.0.categories.0.value': field 'x' is of type integer, but 2.5 is a decimal number, so no cell can equal it",
    );
    expect(schemaError('fields:\n  - {name: x, format: uuid, categories: [not-a-uuid]}\n').message).toMatch(/field 'x' is of type string \(format uuid\), but 'not-a-uuid' is not a valid string/);
  });

  it('a value given twice, compared as cast values, pointing at both places', () => {
    const error = schemaError('fields:\n  - name: x\n    type: integer\n    categories:\n      - 7\n      - "+7"\n');
    expect(error.message).toBe(
      "schema.yaml:6:9: schema key 'fields.0.categories.1': field 'x': category \"+7\" is given twice (first at line 5, column 9); Table Schema v2 categories are unique",
    );
    expect(error.line).toBe(6);
    expect(schemaError('fields:\n  - {name: x, categories: [{value: a}, {value: a}]}\n').message).toMatch(/schema key 'fields\.0\.categories\.1\.value': field 'x': category a is given twice \(first at line 2, column 36\)/);
  });

  it('a label given twice', () => {
    expect(schemaError('fields:\n  - name: x\n    type: integer\n    categories:\n      - {value: 1, label: one}\n      - {value: 2, label: one}\n').message).toBe(
      "schema.yaml:6:27: schema key 'fields.0.categories.1.label': field 'x': label 'one' is given twice (first at line 5, column 27); Table Schema v2 category labels are unique",
    );
  });

  it('an enum value that is not among the categories', () => {
    expect(schemaError('fields:\n  - {name: x, categories: [a, b], constraints: {enum: [a, c]}}\n').message).toBe(
      "schema.yaml:2:59: schema key 'fields.0.constraints.enum.1': field 'x': enum value c is not among the categories; Table Schema v2 requires enum to be a subset of categories",
    );
    // Compared as cast values: '2' is the category 2.
    expect(parseSchema('fields:\n  - {name: n, type: integer, categories: [1, 2], constraints: {enum: ["2"]}}\n', 'schema.yaml').fields[0]!.constraints?.enum).toEqual(['2']);
  });
});
