/**
 * Loads a schema file (YAML or JSON), checks it against the published JSON Schema and returns
 * it typed. Every problem is a UserError naming the file, the line and the key: a misspelt
 * expectation must never be silently ignored.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { isNode, parseDocument, type Document } from 'yaml';
import { UserError } from '../runner/errors.js';
import { FIELD_FORMATS, PATTERN_FORMAT_TYPES, type FieldDescriptor, type FieldType, type TableSchema } from './descriptor.js';
import { TABLE_SCHEMA_JSON_SCHEMA } from './json-schema.js';
import { casterFor, INVALID } from './cast.js';
import { parseDateWithPattern } from './strptime.js';
import { checkConstraintValues } from './constraint-values.js';
import { categoryValuePaths, categoryValues, checkCategoryForm, checkCategorySet } from './categories.js';
import { linePosition } from '../runner/text-position.js';

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(TABLE_SCHEMA_JSON_SCHEMA);
  return validator(value) ? [] : (validator.errors ?? []);
}

/** Reads and checks a schema file. */
export function loadSchemaFile(path: string, input = 'schema'): TableSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`Input '${input}': cannot read schema file '${path}': ${(error as Error).message}`, { file: path, input });
  }
  return parseSchema(text, path, input);
}

/** Parses and checks schema text; `file` names it in errors. */
export function parseSchema(text: string, file: string, input = 'schema'): TableSchema {
  // merge: YAML's `<<: *anchor` merge keys, which schemas use to share constraints between fields.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = linePosition(text, syntax.pos[0]);
    // The parser's own text for these names its API (parseAllDocuments) or YAML's grammar
    // (a plain `%` starts a directive): say what to change instead. An unquoted strptime
    // format (`format: %d/%m/%Y`) is the usual way to meet the second.
    const problem =
      syntax.code === 'MULTIPLE_DOCS'
        ? 'the file holds more than one YAML document (a second one starts at this `---`); keep one schema per file'
        : syntax.code === 'BAD_SCALAR_START' && text[syntax.pos[0]] === '%'
          ? 'a value starting with % must be quoted in YAML, e.g. format: "%d/%m/%Y"'
          : syntax.message.split('\n')[0];
    throw new UserError(`${file}:${line}:${col}: invalid YAML/JSON in the schema: ${problem}`, { file, line, column: col, input });
  }
  const value = doc.toJS() as unknown;
  const errors = validate(value);
  if (errors.length) throw schemaError(doc, text, file, input, pickMostUseful(errors), value);
  const schema = value as TableSchema;
  checkReferences(schema, doc, text, file, input);
  checkFieldValues(schema, doc, text, file, input);
  return schema;
}

/** Ajv reports every branch of an anyOf; the most specific message is the most useful one. */
function pickMostUseful(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : e.keyword === 'anyOf' ? 3 : 2);
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0] as ErrorObject;
}

function schemaError(doc: Document, text: string, file: string, input: string, error: ErrorObject, value: unknown): UserError {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let key = path.join('.');
  let problem: string;
  const field = formatOwner(path, error, value);
  if (field) {
    // A format outside the field type's (the per-type enum of json-schema.ts): name the field,
    // its type and the formats it takes, with the closest one.
    const type: FieldType = field.type ?? 'string';
    const format = String(field.format);
    const allowed = FIELD_FORMATS[type];
    const close = closest(format, allowed);
    problem = PATTERN_FORMAT_TYPES.includes(type)
      ? `field '${field.name}' (type ${type}) has no format '${format}'${close ? ` (did you mean '${close}'?)` : ''}; expected ${allowed.join(', ')} or a strptime pattern such as %d/%m/%Y`
      : `field '${field.name}' (type ${type}) has no format '${format}'${close ? ` (did you mean '${close}'?)` : ''}; expected one of ${allowed.join(', ')}`;
  } else if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    path.push(extra);
    key = path.join('.');
    problem = `unknown key '${extra}'${suggestion(extra, error)}`;
  } else if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    // A misspelt or miscased value (`type: Date`, `fieldsMatch: subsets`) gets the closest one.
    const close = typeof error.data === 'string' ? closest(error.data, allowed.filter((v): v is string => typeof v === 'string')) : undefined;
    problem = `expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${close ? ` (did you mean ${JSON.stringify(close)}?)` : ''}`;
  } else if (error.keyword === 'required') {
    problem = `missing required key '${(error.params as { missingProperty: string }).missingProperty}'`;
  } else {
    problem = error.message ?? 'is invalid';
  }
  const { line, col } = positionOf(doc, text, path, error.keyword === 'additionalProperties');
  return new UserError(`${file}:${line}:${col}: schema key '${key || '(root)'}': ${problem}`, { file, line, column: col, input, title: 'Invalid schema' });
}

/** The field whose string `format` the error is about (an enum/pattern miss at fields.N.format). */
function formatOwner(path: string[], error: ErrorObject, value: unknown): FieldDescriptor | undefined {
  if (path.length !== 3 || path[0] !== 'fields' || path[2] !== 'format' || !['enum', 'pattern', 'anyOf'].includes(error.keyword)) return undefined;
  const field = (value as { fields?: unknown[] }).fields?.[Number(path[1])] as FieldDescriptor | undefined;
  // A format YAML read as a number or boolean (`format: 1`) is named as written, like a misspelt one.
  return field && ['string', 'number', 'boolean'].includes(typeof field.format) && typeof field.name === 'string' ? field : undefined;
}

function suggestion(extra: string, error: ErrorObject): string {
  const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const close = closest(extra, known);
  return close ? ` (did you mean '${close}'?)` : known.length ? `; expected one of ${known.join(', ')}` : '';
}

/**
 * The known word a misspelt one most likely means (case aside), if any: one it begins
 * (`int` for integer, `bool` for boolean), else the nearest within two edits that changes
 * less than half of it (so `int` is not taken for `any`, two edits away).
 */
function closest(word: string, known: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === w);
  if (same) return same;
  if (w.length >= 3) {
    const begun = known.find((k) => k.toLowerCase().startsWith(w));
    if (begun) return begun;
  }
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(k.toLowerCase(), w);
    if (d < bestDistance && 2 * d < w.length) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** Field names referenced by primaryKey/uniqueKeys must exist. */
function checkReferences(schema: TableSchema, doc: Document, text: string, file: string, input: string): void {
  const names = new Set(schema.fields.map((f) => f.name));
  const seen = new Set<string>();
  schema.fields.forEach((f, i) => {
    if (seen.has(f.name)) {
      const { line, col } = positionOf(doc, text, ['fields', String(i), 'name']);
      throw new UserError(`${file}:${line}:${col}: schema field '${f.name}' is declared twice`, { file, line, column: col, input });
    }
    seen.add(f.name);
  });
  const keys: [string[], string[]][] = [];
  if (schema.primaryKey !== undefined) keys.push([['primaryKey'], typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey]);
  (schema.uniqueKeys ?? []).forEach((k, i) => keys.push([['uniqueKeys', String(i)], k]));
  for (const [path, fields] of keys) {
    const missing = fields.find((f) => !names.has(f));
    if (missing !== undefined) {
      const { line, col } = positionOf(doc, text, path);
      throw new UserError(`${file}:${line}:${col}: schema key '${path.join('.')}' names field '${missing}', which is not among the fields`, { file, line, column: col, input });
    }
  }
}

/** Types whose cells are text to the cast: a schema value for them must be text too. */
const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'date', 'datetime', 'time', 'yearmonth', 'duration']);

/**
 * What the schema gives as values a cell is compared with (a strptime `format`, the bounds and
 * `pattern` of constraint-values.ts, `enum`, `valuesIn`, Table Schema v2 `categories`) must be
 * usable: a pattern with a directive we cannot read, or an enum value no cell can equal (YAML
 * reads `[01, 02]` and `[true]` as a number and a boolean, while a string field's cells are
 * text), would otherwise fail every row or none, silently. The rules of categories themselves
 * are in categories.ts.
 */
function checkFieldValues(schema: TableSchema, doc: Document, text: string, file: string, input: string): void {
  schema.fields.forEach((field, i) => {
    const type: FieldType = field.type ?? 'string';
    const at = (path: string[]) => {
      const { line, col } = positionOf(doc, text, path);
      return { line, col, where: `${file}:${line}:${col}: schema key '${path.join('.')}'` };
    };
    const format = field.format;
    if (format !== undefined && PATTERN_FORMAT_TYPES.includes(type) && format !== 'default' && format !== 'any') {
      try {
        parseDateWithPattern('', format.replace(/^fmt:/, ''));
      } catch (error) {
        const { line, col, where } = at(['fields', String(i), 'format']);
        throw new UserError(`${where}: field '${field.name}': format '${format}' is not a pattern we can read: ${(error as Error).message} (supported: %Y %y %m %d %H %I %p %M %S %f %z %b %B %j %%)`, { file, line, column: col, input, title: 'Invalid schema' });
      }
    }
    checkConstraintValues(field, i, at, file, input);
    checkCategoryForm(field, i, at, file, input);
    // Each value with the path of its node: enum, valuesIn and (v2) categories values.
    const values: [unknown, string[]][] = [];
    field.constraints?.enum?.forEach((value, j) => values.push([value, ['fields', String(i), 'constraints', 'enum', String(j)]]));
    field.expectations?.valuesIn?.values.forEach((value, j) => values.push([value, ['fields', String(i), 'expectations', 'valuesIn', 'values', String(j)]]));
    const categoryPaths = categoryValuePaths(field, i);
    categoryValues(field)?.forEach((value, j) => values.push([value, categoryPaths[j] as string[]]));
    if (values.length === 0) return;
    const cast = casterFor(field);
    for (const [value, valuePath] of values) {
      if (typeof value === 'string') {
        if (cast(value) !== INVALID) continue;
        const { line, col, where } = at(valuePath);
        throw new UserError(`${where}: field '${field.name}' is of type ${type}${format ? ` (format ${format})` : ''}, but '${value}' is not a valid ${type}, so no cell can equal it`, { file, line, column: col, input, title: 'Invalid schema' });
      }
      if (fitsType(value, type)) continue;
      const { line, col, where } = at(valuePath);
      const written = writtenAs(doc, text, valuePath) ?? JSON.stringify(value);
      if (TEXT_TYPES.has(type)) {
        throw new UserError(`${where}: field '${field.name}' is of type ${type}, whose cells are text, but ${written} is read as ${kindOf(value)}, so no cell can equal it: quote it ("${written}")`, { file, line, column: col, input, title: 'Invalid schema' });
      }
      throw new UserError(`${where}: field '${field.name}' is of type ${type}, but ${written} is ${kindOf(value)}, so no cell can equal it`, { file, line, column: col, input, title: 'Invalid schema' });
    }
    checkCategorySet(field, i, at, (path) => writtenAs(doc, text, path) ?? JSON.stringify(doc.getIn(nodePath(path))), file, input);
  });
}

/** Whether a non-text schema value can equal a cast cell of the type (see FieldChecker's schemaValue). */
function fitsType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number';
    case 'integer':
    case 'year':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
    case 'array':
    case 'list':
    case 'geopoint':
    case 'geojson':
    case 'any':
      // Compared as JSON (objects, arrays) or as they are: not checked here.
      return true;
    default:
      return false;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/** A key path as the YAML document's getIn takes it (list indexes as numbers). */
function nodePath(path: string[]): (string | number)[] {
  return path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The text of the node at `path` as the file writes it (`01` rather than 1). */
function writtenAs(doc: Document, text: string, path: string[]): string | undefined {
  const node = doc.getIn(nodePath(path), true);
  return isNode(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
}

/** Line and column of the node at `path`, or of its nearest existing parent. */
function positionOf(doc: Document, text: string, path: string[], atKey = false): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const keyPath = nodePath(path.slice(0, depth));
    const parent = depth > 0 ? doc.getIn(keyPath.slice(0, -1), true) : undefined;
    // An unknown key is pointed at itself (where the typo is); a bad value at the value.
    if (depth > 0 && isNode(parent) && 'items' in parent && (atKey || depth < path.length)) {
      const pair = (parent.items as { key: unknown }[]).find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === keyPath[depth - 1]);
      const range = pair && isNode(pair.key) ? pair.key.range : undefined;
      if (range) return linePosition(text, range[0]);
    }
    const node = depth > 0 ? doc.getIn(keyPath, true) : doc.contents;
    if (isNode(node) && node.range) return linePosition(text, node.range[0]);
  }
  return { line: 1, col: 1 };
}
