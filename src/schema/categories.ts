/**
 * Table Schema v2 `categories` and `categoriesOrdered`, as the standard words them
 * (https://datapackage.org/standard/table-schema/#categories, field properties):
 * - "`string` and `integer` field types MAY include a `categories` property"; it "MUST be either
 *   (a) an array of unique values or (b) an array of objects, each with a unique `value`
 *   property", and a `label`, when present, is a string and "Labels MUST be unique".
 * - "The logical representation of data in the field MUST exactly match one of the values in
 *   `categories`": FieldChecker's `categories` check, on the cast value like `enum`.
 * - "An `enum` constraint MAY be added to a field with a `categories` property, but if so, the
 *   `enum` values MUST be a subset of the values in `categories`."
 * - `categoriesOrdered` "MUST be `boolean`" (json-schema.ts); it says whether the categories'
 *   order is the values' natural order, which no check here uses.
 * frictionless-py (v5) does not read `categories` at all; frictionless-ts casts a cell outside
 * them to null and so reports a type error. We report a cell of the right type outside them as
 * the `categories` check, as `enum` is reported, so the report says which rule the cell broke.
 *
 * Values are compared as cast values, as cells are: in an integer field `'7'`, `'+7'` and `7` are
 * one category. Each value's fit with the field's type is checked with the enum values (load.ts).
 */
import { UserError } from '../runner/errors.js';
import { casterFor } from './cast.js';
import type { FieldCategory, FieldDescriptor, FieldType } from './descriptor.js';

/** The types that take `categories`; a field without `type` is a string field here. */
export const CATEGORY_TYPES: readonly FieldType[] = ['string', 'integer'];

/** Where a schema error points, and the `<file>:<line>:<column>: schema key '<key>'` it starts with. */
export type Locate = (path: string[]) => { line: number; col: number; where: string };

type CategoryObject = Extract<FieldCategory, object>;

function isObject(item: FieldCategory): item is CategoryObject {
  return typeof item === 'object' && item !== null && !Array.isArray(item);
}

/** The values of the field's categories in order (an object's `value`), or undefined without them. */
export function categoryValues(field: FieldDescriptor): unknown[] | undefined {
  return field.categories?.map((item) => (isObject(item) ? item.value : item));
}

/** The schema path of each category value (fields.N.categories.J, or .J.value for an object). */
export function categoryValuePaths(field: FieldDescriptor, index: number): string[][] {
  return (field.categories ?? []).map((item, j) => ['fields', String(index), 'categories', String(j), ...(isObject(item) ? ['value'] : [])]);
}

/**
 * What can be told before the values are read as the field's type: the field's type takes
 * categories, and they are all values or all objects.
 */
export function checkCategoryForm(field: FieldDescriptor, index: number, locate: Locate, file: string, input: string): void {
  const items = field.categories;
  if (items === undefined) return;
  const type: FieldType = field.type ?? 'string';
  if (!CATEGORY_TYPES.includes(type)) {
    const { line, col, where } = locate(['fields', String(index), 'categories']);
    throw new UserError(`${where}: field '${field.name}' is of type ${type}, but categories are for string and integer fields (Table Schema v2): use constraints.enum`, { file, line, column: col, input, title: 'Invalid schema' });
  }
  const objects = isObject(items[0] as FieldCategory);
  const other = items.findIndex((item) => isObject(item) !== objects);
  if (other >= 0) {
    const { line, col, where } = locate(['fields', String(index), 'categories', String(other)]);
    throw new UserError(
      `${where}: field '${field.name}': categories are either all values or all {value, label} objects (Table Schema v2), but the first is ${objects ? 'an object' : 'a value'} and this one is not`,
      { file, line, column: col, input, title: 'Invalid schema' },
    );
  }
}

/**
 * What needs the values read as the field's type (after load.ts has checked each can be):
 * no value or label given twice, and every enum value among the categories.
 * `written` gives a value as the file writes it.
 */
export function checkCategorySet(field: FieldDescriptor, index: number, locate: Locate, written: (path: string[]) => string, file: string, input: string): void {
  const values = categoryValues(field);
  if (values === undefined) return;
  const logical = logicalValue(field);
  const paths = categoryValuePaths(field, index);
  const seen = new Map<unknown, number>();
  values.forEach((value, j) => {
    const key = logical(value);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, j);
      return;
    }
    const earlier = locate(paths[first] as string[]);
    const { line, col, where } = locate(paths[j] as string[]);
    throw new UserError(
      `${where}: field '${field.name}': category ${written(paths[j] as string[])} is given twice (first at line ${earlier.line}, column ${earlier.col}); Table Schema v2 categories are unique`,
      { file, line, column: col, input, title: 'Invalid schema' },
    );
  });
  const labels = new Map<string, number>();
  (field.categories ?? []).forEach((item, j) => {
    if (!isObject(item) || item.label === undefined) return;
    const first = labels.get(item.label);
    if (first === undefined) {
      labels.set(item.label, j);
      return;
    }
    const earlier = locate(['fields', String(index), 'categories', String(first), 'label']);
    const { line, col, where } = locate(['fields', String(index), 'categories', String(j), 'label']);
    throw new UserError(
      `${where}: field '${field.name}': label '${item.label}' is given twice (first at line ${earlier.line}, column ${earlier.col}); Table Schema v2 category labels are unique`,
      { file, line, column: col, input, title: 'Invalid schema' },
    );
  });
  field.constraints?.enum?.forEach((value, j) => {
    if (seen.has(logical(value))) return;
    const path = ['fields', String(index), 'constraints', 'enum', String(j)];
    const { line, col, where } = locate(path);
    throw new UserError(
      `${where}: field '${field.name}': enum value ${written(path)} is not among the categories; Table Schema v2 requires enum to be a subset of categories`,
      { file, line, column: col, input, title: 'Invalid schema' },
    );
  });
}

/**
 * A schema value as the cast value it stands for, as FieldChecker compares it: text is cast
 * like a cell, and in an integer field a number too (so 7 and '+7' meet, and a bigint cell
 * meets the number). Categories are of string and integer fields, so no value is an object.
 */
function logicalValue(field: FieldDescriptor): (value: unknown) => unknown {
  const cast = casterFor(field);
  return (value) => (typeof value === 'string' || (field.type === 'integer' && typeof value === 'number') ? cast(value) : value);
}
