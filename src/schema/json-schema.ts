/**
 * The JSON Schema of the schema format (Table Schema v1/v2 + expectations). It is the single
 * source of the published `validate-data/table-schema.schema.json` (written by
 * `npm run generate`) and of the runtime check that rejects misspelt keys with their line.
 * Field-level and constraint keys are closed (additionalProperties: false) so a typo is an
 * error, never silently ignored; `x-` keys stay open for users' own annotations.
 */
import { FIELD_FORMATS, FIELD_TYPES, FIELDS_MATCH, LIST_ITEM_TYPES, PATTERN_FORMAT_TYPES } from './descriptor.js';

const bound = {
  type: 'object',
  description: 'Inclusive bounds: min and/or max.',
  properties: { min: { type: 'number' }, max: { type: 'number' } },
  additionalProperties: false,
  minProperties: 1,
};
const missingValues = {
  type: 'array',
  description: 'Strings that stand for a missing value (default [""]).',
  items: {
    anyOf: [
      { type: 'string' },
      { type: 'object', properties: { value: { type: 'string' }, label: { type: 'string' } }, required: ['value'], additionalProperties: false },
    ],
  },
};
const comparable = { type: ['number', 'string'] };

/**
 * Table Schema v2 `categories` (https://datapackage.org/standard/table-schema/#categories):
 * either values or `{value, label}` objects, on string and integer fields. An object item is
 * checked here (a missing `value`, a misspelt `label`); every value is checked in load.ts against
 * the field's type, like an enum value, together with what JSON Schema cannot say with a clear
 * message: one form per list, unique values and labels, string and integer fields only, enum a
 * subset of the categories.
 */
const categories = {
  type: 'array',
  minItems: 1,
  description: 'string and integer fields (Table Schema v2): the values a cell may take, as values or {value, label} objects.',
  items: {
    if: { type: 'object' },
    then: {
      type: 'object',
      properties: { value: { description: 'A value of the field\'s type.' }, label: { type: 'string' } },
      required: ['value'],
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
  },
};
const mostly = { type: 'number', minimum: 0, maximum: 1, description: 'Share of values that must pass (default 1).' };

const fieldExpectations = {
  type: 'object',
  description: 'Statistical expectations on this field (mlops-actions extension).',
  properties: {
    nullFraction: { ...bound, description: 'Share of missing values, 0..1.' },
    mean: bound,
    std: bound,
    min: bound,
    max: bound,
    quantiles: {
      type: 'array',
      items: {
        type: 'object',
        properties: { q: { type: 'number', minimum: 0, maximum: 1 }, min: { type: 'number' }, max: { type: 'number' } },
        required: ['q'],
        additionalProperties: false,
      },
    },
    distinct: { ...bound, description: 'Number of distinct non-missing values.' },
    valuesIn: {
      type: 'object',
      properties: { values: { type: 'array' }, mostly },
      required: ['values'],
      additionalProperties: false,
    },
    between: {
      type: 'object',
      properties: { min: { type: 'number' }, max: { type: 'number' }, mostly },
      additionalProperties: false,
      minProperties: 1,
    },
  },
  additionalProperties: false,
};

const constraints = {
  type: 'object',
  properties: {
    required: { type: 'boolean' },
    unique: { type: 'boolean' },
    minimum: comparable,
    maximum: comparable,
    exclusiveMinimum: comparable,
    exclusiveMaximum: comparable,
    minLength: { type: 'integer', minimum: 0 },
    maxLength: { type: 'integer', minimum: 0 },
    pattern: { type: 'string' },
    enum: { type: 'array', minItems: 1 },
    jsonSchema: { type: 'object' },
  },
  additionalProperties: false,
};

/**
 * The `format` of each type, as an if/then per type so editors complete the formats the field's
 * type takes. A field without `type` is a string: the string case matches it too (`properties`
 * holds when the key is absent). The error for a format outside these is made in load.ts,
 * which names the field, its type and the closest format.
 */
const formatsByType = FIELD_TYPES.map((type) => {
  const named = { enum: [...FIELD_FORMATS[type]] };
  const format = PATTERN_FORMAT_TYPES.includes(type)
    ? { anyOf: [named, { type: 'string', pattern: '%', description: 'A strptime pattern such as %d/%m/%Y.' }] }
    : named;
  return {
    if: type === 'string' ? { properties: { type: { const: type } } } : { properties: { type: { const: type } }, required: ['type'] },
    then: { properties: { format } },
  };
});

const field = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    type: { enum: [...FIELD_TYPES] },
    format: { type: 'string', description: 'string: default, email, uri, binary, uuid; date, datetime, time: default, any or a strptime pattern; geopoint: default ("lon, lat"), array, object; geojson: default, topojson; other types: default.' },
    title: { type: 'string' },
    description: { type: 'string' },
    example: {},
    rdfType: { type: 'string' },
    constraints,
    missingValues,
    trueValues: { type: 'array', items: { type: 'string' } },
    falseValues: { type: 'array', items: { type: 'string' } },
    bareNumber: { type: 'boolean' },
    decimalChar: { type: 'string', minLength: 1 },
    groupChar: { type: 'string', minLength: 1 },
    categories,
    categoriesOrdered: { type: 'boolean', description: 'With categories: whether their order is their natural order (no check depends on it).' },
    itemType: { enum: [...LIST_ITEM_TYPES], description: 'list fields: the type of every item (default string).' },
    delimiter: { type: 'string', minLength: 1, description: 'list fields: the text between items (default ",").' },
    expectations: fieldExpectations,
  },
  patternProperties: { '^x-': {} },
  required: ['name'],
  additionalProperties: false,
  allOf: formatsByType,
};

export const TABLE_SCHEMA_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/mlops-actions/validate-data/table-schema.schema.json',
  title: 'validate-data schema: Frictionless Table Schema with mlops-actions expectations',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    fields: { type: 'array', items: field, minItems: 1 },
    missingValues,
    primaryKey: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
    uniqueKeys: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 1 } },
    foreignKeys: { type: 'array' },
    fieldsMatch: { enum: [...FIELDS_MATCH] },
    expectations: {
      type: 'object',
      description: 'Dataset-level expectations (mlops-actions extension).',
      properties: { rows: { ...bound, description: 'Number of data rows.' } },
      additionalProperties: false,
    },
  },
  patternProperties: { '^x-': {} },
  required: ['fields'],
  additionalProperties: false,
} as const;
