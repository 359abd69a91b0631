/**
 * Loads a schema file (YAML or JSON), checks it against the published JSON Schema and returns
 * it typed. Every problem is a UserError naming the file, the line and the key: a misspelt
 * expectation must never be silently ignored.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { isNode, parseDocument, type Document } from 'yaml';
import { UserError } from '../runner/errors.js';
import type { TableSchema } from './descriptor.js';
import { TABLE_SCHEMA_JSON_SCHEMA } from './json-schema.js';
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
    // The parser's own text for this one names its API (parseAllDocuments): say what to change instead.
    const problem = syntax.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document (a second one starts at this `---`); keep one schema per file' : syntax.message.split('\n')[0];
    throw new UserError(`${file}:${line}:${col}: invalid YAML/JSON in the schema: ${problem}`, { file, line, column: col, input });
  }
  const value = doc.toJS() as unknown;
  const errors = validate(value);
  if (errors.length) throw schemaError(doc, text, file, input, pickMostUseful(errors));
  const schema = value as TableSchema;
  checkReferences(schema, doc, text, file, input);
  return schema;
}

/** Ajv reports every branch of an anyOf; the most specific message is the most useful one. */
function pickMostUseful(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : e.keyword === 'anyOf' ? 3 : 2);
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0] as ErrorObject;
}

function schemaError(doc: Document, text: string, file: string, input: string, error: ErrorObject): UserError {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let key = path.join('.');
  let problem: string;
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    path.push(extra);
    key = path.join('.');
    problem = `unknown key '${extra}'${suggestion(extra, error)}`;
  } else if (error.keyword === 'enum') {
    problem = `expected one of ${((error.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (error.keyword === 'required') {
    problem = `missing required key '${(error.params as { missingProperty: string }).missingProperty}'`;
  } else {
    problem = error.message ?? 'is invalid';
  }
  const { line, col } = positionOf(doc, text, path, error.keyword === 'additionalProperties');
  return new UserError(`${file}:${line}:${col}: schema key '${key || '(root)'}': ${problem}`, { file, line, column: col, input, title: 'Invalid schema' });
}

function suggestion(extra: string, error: ErrorObject): string {
  const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const close = known.find((k) => editDistance(k.toLowerCase(), extra.toLowerCase()) <= 2);
  return close ? ` (did you mean '${close}'?)` : known.length ? `; expected one of ${known.join(', ')}` : '';
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

/** Line and column of the node at `path`, or of its nearest existing parent. */
function positionOf(doc: Document, text: string, path: string[], atKey = false): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const keyPath = path.slice(0, depth).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
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
