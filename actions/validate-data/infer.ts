/**
 * A schema inferred from a profile, so users can start from their data: types, `required`
 * where no value is missing, min/max for numbers, and an enum for strings with few distinct
 * values. Used as `schema` on the same data, it validates it: every rule below keeps to what
 * the casts and checks of src/schema accept.
 */
import { stringify } from 'yaml';
import type { DatasetProfiler } from '../../src/profile/profile.js';
import type { FrequentValues } from '../../src/profile/sketches/index.js';
import { schemaType, type CellSource, type ValueKind } from '../../src/profile/value-kind.js';
import type { FieldDescriptor, TableSchema } from '../../src/schema/descriptor.js';

const MAX_ENUM = 20;
/** Formats whose cells are all text; the others (JSONL, Parquet) keep native types. */
const TEXT_FORMATS = new Set(['csv', 'tsv']);

/** Where the dataset's cells come from, given the formats of its files. */
export function cellSource(formats: readonly string[]): CellSource {
  return formats.every((f) => TEXT_FORMATS.has(f)) ? 'text' : 'native';
}

/** The inferred schema as file text: JSON (2-space indent) for a `.json` path, else YAML. */
export function inferSchema(profiler: DatasetProfiler, path: string, formats: readonly string[]): string {
  const schema = inferredSchema(profiler, cellSource(formats));
  if (path.toLowerCase().endsWith('.json')) return `${JSON.stringify(schema, null, 2)}\n`;
  const header = `# Inferred by mlops-actions validate-data from ${profiler.rows} rows; review before use.\n# Written to ${path}. Format: Frictionless Table Schema (see validate-data/README.md).\n`;
  return header + stringify(schema, { lineWidth: 0 });
}

export function inferredSchema(profiler: DatasetProfiler, source: CellSource): TableSchema {
  const fields: FieldDescriptor[] = profiler.columnNames().map((name) => {
    const column = profiler.column(name)!;
    const kinds = column.kindCounts();
    const sketch = column.sketch;
    let type = schemaType(kinds, source);
    // An invalid Date (a native cell) is counted as a datetime kind and as missing by the
    // sketch: the casts refuse it, so fall back. (Text naming a day that does not exist,
    // 2023-02-30, is a string kind already: see src/profile/text-kind.ts.)
    if ((type === 'date' || type === 'datetime') && sketch.nulls > (kinds.null ?? 0)) type = source === 'text' ? 'string' : 'any';
    const field: FieldDescriptor = { name, type: type as FieldDescriptor['type'] };
    const constraints: NonNullable<FieldDescriptor['constraints']> = {};
    if (sketch.nulls === 0 && sketch.total > 0) constraints.required = true;
    const stats = profiler.numericStats(name);
    // NaN and ±Infinity are numbers to the kinds but missing to the sketches, so the sketches'
    // extremes leave out an infinity the bounds would then refuse: no bounds for such a column
    // (the sketches do not tell NaN, which every bound accepts, from an infinity).
    const nonFinite = (kinds.integer ?? 0) + (kinds.number ?? 0) > sketch.kinds.number;
    if ((type === 'integer' || type === 'number') && stats.count > 0 && !nonFinite) {
      if (exactBound(stats.min!, type)) constraints.minimum = stats.min!;
      if (exactBound(stats.max!, type)) constraints.maximum = stats.max!;
    }
    const values = enumValues(kinds, column.sketch.frequent, sketch.total - sketch.nulls);
    if (values) constraints.enum = values;
    if (Object.keys(constraints).length) field.constraints = constraints;
    return field;
  });
  return { fields };
}

/**
 * A bound the data is sure to meet once written and read back: finite (JSON has no Infinity),
 * and for integers within 2^53, since the sketch holds larger ones as the nearest double, which
 * may lie on the wrong side of the exact value.
 */
function exactBound(value: number, type: string): boolean {
  return Number.isFinite(value) && (type !== 'integer' || Number.isSafeInteger(value));
}

/**
 * The enum of a low-cardinality column, or undefined. Only when every present value was kept
 * as its text (all of kind `string`): the profile reads numeric- or date-looking text as
 * numbers and times, so their original text ('007', '1.0') is gone and an enum of them would
 * refuse the data. And only when the frequent-values sketch is exact, so the enum is complete.
 */
function enumValues(kinds: Partial<Record<ValueKind, number>>, frequent: FrequentValues, present: number): string[] | undefined {
  const onlyText = Object.entries(kinds).every(([kind, n]) => kind === 'null' || kind === 'string' || !n);
  if (!onlyText || !(kinds.string ?? 0) || !frequent.exact) return undefined;
  const top = frequent.top();
  if (top.length > MAX_ENUM || top.length * 2 > present || !top.every((e) => typeof e.value === 'string')) return undefined;
  return top.map((e) => e.value as string).sort();
}
