/**
 * The JSON Schema of the schema format (Table Schema v1/v2 + expectations). It is the single
 * source of the published `validate-data/table-schema.schema.json` (written by
 * `npm run generate`) and of the runtime check that rejects misspelt keys with their line.
 * Field-level and constraint keys are closed (additionalProperties: false) so a typo is an
 * error, never silently ignored; `x-` keys stay open for users' own annotations.
 */
import { FIELD_TYPES, FIELDS_MATCH } from './descriptor.js';

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

const field = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    type: { enum: [...FIELD_TYPES] },
    format: { type: 'string' },
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
    categories: { type: 'array' },
    categoriesOrdered: { type: 'boolean' },
    itemType: { type: 'string' },
    delimiter: { type: 'string' },
    expectations: fieldExpectations,
  },
  patternProperties: { '^x-': {} },
  required: ['name'],
  additionalProperties: false,
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
