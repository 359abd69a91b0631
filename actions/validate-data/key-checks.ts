/**
 * Uniqueness across rows: `unique` constraints on single fields, the `primaryKey` and each of
 * the `uniqueKeys`. Each key has its own bounded-memory index (src/unique), so memory stays
 * flat however many rows there are.
 */
import type { TableSchema } from '../../src/schema/descriptor.js';
import { UniqueIndex } from '../../src/unique/index.js';
import { jsonKeyPart } from './field-checker.js';
import type { FailedCheck } from './violations.js';

export interface KeyDefinition {
  /** The check name reported: `unique`, `primaryKey` or `uniqueKeys`. */
  check: 'unique' | 'primaryKey' | 'uniqueKeys';
  fields: string[];
  /** See PassKey.numeric. */
  numeric: boolean;
  /** A one-field key on a date or datetime field: its keys are epoch ms, shown as ISO text. */
  temporal?: 'date' | 'datetime';
  index: UniqueIndex;
}

/** The keys the schema asks to be unique. */
export function keyDefinitions(schema: TableSchema, maxExamples: number, budgetBytes = KEYS_BUDGET): KeyDefinition[] {
  const wanted: [KeyDefinition['check'], string[]][] = [];
  for (const field of schema.fields) if (field.constraints?.unique) wanted.push(['unique', [field.name]]);
  if (schema.primaryKey !== undefined) wanted.push(['primaryKey', typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey]);
  for (const fields of schema.uniqueKeys ?? []) wanted.push(['uniqueKeys', fields]);
  // The indexes share one memory budget, so peak memory does not grow with the number of keys.
  const budget = Math.max(MIN_INDEX_BUDGET, Math.floor(budgetBytes / Math.max(1, wanted.length)));
  const types = new Map(schema.fields.map((f) => [f.name, f.type]));
  return wanted.map(([check, fields]) => ({
    check,
    fields,
    numeric: fields.length === 1 && NUMERIC_TYPES.has(types.get(fields[0]!) ?? ''),
    ...temporalOf(fields, types),
    index: new UniqueIndex({ maxExamples, memoryBudgetBytes: budget, tempDir: process.env.RUNNER_TEMP }),
  }));
}

/**
 * Memory for all uniqueness indexes together; beyond it they spill sorted runs to disk. 64 MiB
 * keeps a one-thread run of the 13M-row benchmark at 273-286 MB peak (96 MiB: 295-321 MB).
 */
const KEYS_BUDGET = 64 << 20;
/** The same with a worker thread's heap beside the main thread's (parallel.ts). */
export const PARALLEL_KEYS_BUDGET = 16 << 20;
const MIN_INDEX_BUDGET = 8 << 20;
/** Field types whose cast values are numbers (or invalid): their one-field keys are number keys. */
const NUMERIC_TYPES = new Set(['number', 'integer']);

/**
 * The canonical text of a key: of the cast values, so `1` and `1.0` in a number field are the
 * same key. One part: a string as it is, a number as String() gives it (as JSON does for finite
 * numbers, and twice as fast; JSON would write NaN, Infinity and -Infinity all as `null`, one
 * key), a bigint (an integer beyond 2^53, cast.ts) as its decimal digits (canonical: no '+',
 * no leading zeros), anything else as JSON. Several parts: the JSON array of the parts,
 * non-finite numbers written as their String() text and bigints as the JSON string of their
 * digits, so parts cannot run into each other (a field's parts are all of one type: a
 * number's text cannot meet the same string in that position, and an integer field's bigint,
 * quoted, cannot meet its numbers, unquoted; nor the same value: the cast gives each integer
 * one form).
 */
export function keyText(values: readonly unknown[]): string {
  if (values.length === 1) return keyPartText(values[0]);
  return JSON.stringify(values, jsonKeyPart);
}

/** The key text of a one-field key (see keyText). */
export function keyPartText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : typeof value === 'bigint' ? value.toString() : JSON.stringify(value, jsonKeyPart);
}

function temporalOf(fields: string[], types: Map<string, string | undefined>): Pick<KeyDefinition, 'temporal'> {
  const type = fields.length === 1 ? types.get(fields[0]!) : undefined;
  return type === 'date' || type === 'datetime' ? { temporal: type } : {};
}

/** A duplicate's value as the report shows it: a date or datetime key (epoch ms) as ISO text. */
function shownValue(key: KeyDefinition, value: string): string {
  const ms = key.temporal === undefined ? NaN : Number(value);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return value;
  const iso = new Date(ms).toISOString();
  return key.temporal === 'date' ? iso.slice(0, 10) : iso;
}

/** Finishes every index and turns duplicates into failed checks. */
export async function finishKeys(keys: readonly KeyDefinition[], fileOfRow: (row: number) => string | undefined): Promise<FailedCheck[]> {
  const failed: FailedCheck[] = [];
  for (const key of keys) {
    const result = await key.index.finish();
    if (!result.violations) continue;
    failed.push({
      ...(key.check === 'unique' ? { field: key.fields[0] as string } : {}),
      check: key.check,
      violations: result.violations,
      examples: result.examples.map((d) => {
        const file = fileOfRow(d.row);
        return { row: d.row, ...(d.line !== undefined ? { line: d.line } : {}), ...(file ? { file } : {}), value: shownValue(key, d.value) };
      }),
      // With max-examples 0 there is no example to name a first row from.
      message: `${key.fields.join(', ')} must be unique; duplicates repeat an earlier row${result.examples[0] ? ` (first duplicate of row ${result.examples[0].firstRow})` : ''}`,
    });
  }
  return failed;
}
