/**
 * The schema format of validate-data: Frictionless Table Schema (v1 and v2) as published, plus
 * our documented `expectations` extension for statistical and dataset-level checks.
 */

export const FIELD_TYPES = [
  'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'yearmonth',
  'duration', 'object', 'array', 'list', 'geopoint', 'geojson', 'any',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * The named formats of each type (Table Schema v1 and v2). `date`, `datetime` and `time` also
 * take a strptime pattern (a format with a `%` directive, optionally written `fmt:<pattern>` as
 * v1 allowed); every other type has only `default`. A format outside these is a schema error.
 */
export const FIELD_FORMATS: Readonly<Record<FieldType, readonly string[]>> = {
  string: ['default', 'email', 'uri', 'binary', 'uuid'],
  number: ['default'],
  integer: ['default'],
  boolean: ['default'],
  date: ['default', 'any'],
  datetime: ['default', 'any'],
  time: ['default', 'any'],
  year: ['default'],
  yearmonth: ['default'],
  duration: ['default'],
  object: ['default'],
  array: ['default'],
  list: ['default'],
  geopoint: ['default', 'array', 'object'],
  geojson: ['default', 'topojson'],
  any: ['default'],
};

/** The types whose format may also be a strptime pattern. */
export const PATTERN_FORMAT_TYPES: readonly FieldType[] = ['date', 'datetime', 'time'];

/** The item types of a `list` field (Table Schema v2); items are in their types' default format. */
export const LIST_ITEM_TYPES = ['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'] as const;
export type ListItemType = (typeof LIST_ITEM_TYPES)[number];

export const FIELDS_MATCH = ['exact', 'equal', 'subset', 'superset', 'partial'] as const;
export type FieldsMatch = (typeof FIELDS_MATCH)[number];

/** Table Schema constraints; a violation's `check` is the constraint's name. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: unknown[];
}

/** A numeric bound of an expectation: min and/or max, inclusive. */
export interface Bound {
  min?: number;
  max?: number;
}

/** Statistical expectations on one field (our extension). */
export interface FieldExpectations {
  /** Share of missing values, 0..1. */
  nullFraction?: Bound;
  mean?: Bound;
  std?: Bound;
  min?: Bound;
  max?: Bound;
  /** Quantile bounds, e.g. `{ q: 0.99, max: 120 }`. */
  quantiles?: (Bound & { q: number })[];
  /** Number of distinct non-missing values. */
  distinct?: Bound;
  /** At least `mostly` (default 1) of the non-missing values are in the set. */
  valuesIn?: { values: unknown[]; mostly?: number };
  /** At least `mostly` (default 1) of the non-missing values lie within [min, max]. */
  between?: Bound & { mostly?: number };
}

/**
 * One of a field's Table Schema v2 `categories`: a value of the field's type, or an object with
 * that value and an optional label (src/schema/categories.ts).
 */
export type FieldCategory = string | number | { value: string | number; label?: string };

export interface FieldDescriptor {
  name: string;
  type?: FieldType;
  format?: string;
  title?: string;
  description?: string;
  example?: unknown;
  constraints?: FieldConstraints;
  missingValues?: (string | { value: string; label?: string })[];
  trueValues?: string[];
  falseValues?: string[];
  bareNumber?: boolean;
  decimalChar?: string;
  groupChar?: string;
  /** `list` fields: the text between items (default ","). */
  delimiter?: string;
  /** string and integer fields (Table Schema v2): the values a cell may take. */
  categories?: FieldCategory[];
  /** With `categories`: whether their order is the values' natural order (no check uses it). */
  categoriesOrdered?: boolean;
  /** `list` fields: the type of every item (default string). */
  itemType?: ListItemType;
  expectations?: FieldExpectations;
}

export interface TableSchema {
  $schema?: string;
  fields: FieldDescriptor[];
  missingValues?: (string | { value: string; label?: string })[];
  primaryKey?: string | string[];
  uniqueKeys?: string[][];
  fieldsMatch?: FieldsMatch;
  /** Dataset-level expectations (our extension). */
  expectations?: { rows?: Bound };
}

/** The names of the field-level expectations, for reports and errors. */
export const FIELD_EXPECTATIONS = ['nullFraction', 'mean', 'std', 'min', 'max', 'quantiles', 'distinct', 'valuesIn', 'between'] as const;
