/**
 * One streaming pass over a dataset: header checks per file, type and constraint checks per
 * cell, uniqueness of keys, and the profile; then the statistical expectations. Knows nothing
 * about GitHub: main.ts turns the result into outputs, summary and annotations.
 */
import { expandDataPaths, readDataset, type Batch } from '../../src/data/index.js';
import { DatasetProfiler } from '../../src/profile/profile.js';
import { Progress } from '../../src/runner/progress.js';
import { INVALID } from '../../src/schema/cast.js';
import type { TableSchema } from '../../src/schema/descriptor.js';
import { evaluateExpectations } from './expectations.js';
import { FieldChecker } from './field-checker.js';
import { checkHeader } from './header-check.js';
import { finishKeys, keyDefinitions, keyText, type KeyDefinition } from './key-checks.js';
import { displayValue, ViolationCollector } from './violations.js';

export interface ValidateOptions {
  data: string;
  format?: string;
  schema?: TableSchema;
  schemaFile?: string;
  maxExamples: number;
}

export interface ValidationOutcome {
  rows: number;
  files: { path: string; format: string; rows: number }[];
  violations: ViolationCollector;
  profiler: DatasetProfiler;
}

/** Validates (when a schema is given) and profiles the dataset. */
export async function validateData(options: ValidateOptions): Promise<ValidationOutcome> {
  const paths = await expandDataPaths(options.data);
  const violations = new ViolationCollector(options.maxExamples);
  const profiler = new DatasetProfiler();
  const schema = options.schema;
  const file = options.schemaFile ?? 'schema';
  const schemaMissing = (schema?.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
  const primary = new Set(schema?.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey);
  const checkers = new Map(
    (schema?.fields ?? []).map((f) => {
      // Primary-key fields are implicitly required (Table Schema).
      const field = primary.has(f.name) ? { ...f, constraints: { ...f.constraints, required: true } } : f;
      return [f.name, new FieldChecker(field, schemaMissing, file)];
    }),
  );
  const keys = schema ? keyDefinitions(schema, options.maxExamples) : [];
  const files: ValidationOutcome['files'] = [];
  const progress = new Progress(`validate-data ${options.data}`);
  let rows = 0;

  for await (const batch of readDataset(paths, options.format ? { format: options.format as never } : {})) {
    let current = files[files.length - 1];
    if (!current || current.path !== batch.file) {
      current = { path: batch.file, format: batch.format, rows: 0 };
      files.push(current);
      if (schema) {
        for (const problem of checkHeader(batch.columns, schema.fields.map((f) => f.name), schema.fieldsMatch)) {
          violations.addCheck({ ...(problem.field !== undefined ? { field: problem.field } : {}), check: problem.check, violations: 1, examples: [{ row: batch.firstRow, file: batch.file, ...(batch.lines ? { line: 1 } : {}) }], message: `${batch.file}: ${problem.message}` });
        }
      }
    }
    if (schema) checkBatch(batch, checkers, keys, violations);
    profiler.observeBatch(batch);
    current.rows += batch.rowCount;
    rows += batch.rowCount;
    progress.update(rows, batch.bytesRead);
  }
  progress.done();
  for (const file of files) {
    if (file.rows > 0) continue;
    // A header with no rows is almost always a broken export: say so rather than pass.
    violations.addCheck({ check: 'no-rows', violations: 1, examples: [{ row: 0, line: 1, file: file.path }], message: `${file.path}: header only, no data rows` });
  }

  const fileOfRow = (row: number) => {
    let end = 0;
    return files.find((f) => row <= (end += f.rows))?.path;
  };
  for (const failed of await finishKeys(keys, fileOfRow)) violations.addCheck(failed);
  if (schema) for (const failed of evaluateExpectations(schema, rows, checkers, profiler)) violations.addCheck(failed);
  return { rows, files, violations, profiler };
}

function checkBatch(batch: Batch, checkers: Map<string, FieldChecker>, keys: readonly KeyDefinition[], violations: ViolationCollector): void {
  const { columns, values, firstRow, lines, file, rowCount } = batch;
  const castKeyColumns = new Map<string, unknown[]>();
  const keyFields = new Set(keys.flatMap((k) => k.fields));
  columns.forEach((name, c) => {
    const checker = checkers.get(name);
    const cells = values[c];
    if (!checker || !cells) return;
    const cast = keyFields.has(name) ? new Array<unknown>(rowCount) : undefined;
    if (cast) castKeyColumns.set(name, cast);
    for (let i = 0; i < rowCount; i++) {
      const raw = cells[i];
      const failed = checker.check(raw);
      if (cast) cast[i] = checker.value;
      if (failed !== undefined) {
        for (const check of failed) {
          violations.add(name, check, () => ({ row: firstRow + i, ...(lines ? { line: lines[i] as number } : {}), file, value: displayValue(raw) }));
        }
      }
    }
  });
  for (const key of keys) {
    const parts = key.fields.map((f) => castKeyColumns.get(f));
    if (parts.some((p) => p === undefined)) continue;
    for (let i = 0; i < rowCount; i++) {
      const values = parts.map((p) => (p as unknown[])[i]);
      // Rows with a missing or invalid key part are reported by `required`/`type`, not as duplicates.
      if (values.some((v) => v === INVALID)) continue;
      key.index.add(keyText(values), firstRow + i, lines ? (lines[i] as number) : undefined);
    }
  }
}
