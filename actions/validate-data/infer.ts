/**
 * A schema inferred from a profile, so users can start from their data: types, `required`
 * where no value is missing, min/max for numbers, and an enum for strings with few distinct
 * values (only when the frequent-values sketch is exact, so the enum is complete). Used as
 * `schema` on the same data, it validates it.
 */
import { stringify } from 'yaml';
import type { DatasetProfiler } from '../../src/profile/profile.js';
import { inferredType } from '../../src/profile/value-kind.js';
import type { FieldDescriptor, TableSchema } from '../../src/schema/descriptor.js';

const MAX_ENUM = 20;

export function inferSchema(profiler: DatasetProfiler, path: string): string {
  const fields: FieldDescriptor[] = profiler.columnNames().map((name) => {
    const column = profiler.column(name)!;
    const kinds = column.kindCounts();
    const type = inferredType(kinds);
    const field: FieldDescriptor = { name, type: type as FieldDescriptor['type'] };
    const constraints: NonNullable<FieldDescriptor['constraints']> = {};
    if (column.sketch.nulls === 0 && column.sketch.total > 0) constraints.required = true;
    const stats = profiler.numericStats(name);
    if ((type === 'integer' || type === 'number') && stats.count > 0) {
      constraints.minimum = stats.min!;
      constraints.maximum = stats.max!;
    }
    const frequent = column.sketch.frequent;
    if (type === 'string' && frequent.exact) {
      const values = frequent.top().map((e) => String(e.value));
      if (values.length > 0 && values.length <= MAX_ENUM && values.length * 2 <= column.sketch.total - column.sketch.nulls) constraints.enum = values.sort();
    }
    if (Object.keys(constraints).length) field.constraints = constraints;
    return field;
  });
  const schema: TableSchema = { fields };
  const header = `# Inferred by mlops-actions validate-data from ${profiler.rows} rows; review before use.\n# Written to ${path}. Format: Frictionless Table Schema (see validate-data/README.md).\n`;
  return header + stringify(schema, { lineWidth: 0 });
}
