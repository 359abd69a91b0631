/**
 * The per-row work of one pass over (part of) a dataset: type and constraint checks per cell,
 * keys for the uniqueness indexes, and the profile. The same code runs on the main thread for
 * a sequential read and on worker threads for parts of a large CSV (parallel.ts).
 */
import type { Batch } from '../../src/data/index.js';
import type { TypedPlanner } from '../../src/data/typed-cells.js';
import { DatasetProfiler, type CellObserver } from '../../src/profile/profile.js';
import { INVALID } from '../../src/schema/cast.js';
import type { TableSchema } from '../../src/schema/descriptor.js';
import { FieldChecker } from './field-checker.js';
import { keyPartText, keyText } from './key-checks.js';
import { displayValue, ViolationCollector } from './violations.js';

/** Where the keys of one uniqueness check go: a UniqueIndex, or a KeyRecorder on a worker. */
export interface KeySink {
  add(key: string, row: number, line?: number): void;
  addNumber(value: number, row: number, line?: number): void;
}

export interface PassKey {
  fields: readonly string[];
  /**
   * One field of type number or integer: its keys that are numbers go to the index as numbers
   * (addNumber), not as text. An integer field's values beyond 2^53 are bigints (cast.ts): they
   * go as their decimal text (add). One index may take both: a number key never equals a text
   * key (their records differ in `meta`, see src/unique/duplicate-scanner.ts), and no integer
   * is ever both (the cast gives a safe integer as a number, any other as a bigint).
   */
  numeric: boolean;
  index: KeySink;
}

/** One checker per schema field (primary-key fields are implicitly required, as Table Schema says). */
export function buildCheckers(schema: TableSchema | undefined, schemaFile: string): Map<string, FieldChecker> {
  const schemaMissing = (schema?.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
  const primary = new Set(schema?.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey);
  return new Map(
    (schema?.fields ?? []).map((f) => {
      const field = primary.has(f.name) ? { ...f, constraints: { ...f.constraints, required: true } } : f;
      return [f.name, new FieldChecker(field, schemaMissing, schemaFile)];
    }),
  );
}

/** The typed plans of a header's columns: each checked field's own (FieldChecker.typedPlan). */
export function typedPlanner(checkers: Map<string, FieldChecker>): TypedPlanner {
  return (columns) => columns.map((name) => checkers.get(name)?.typedPlan());
}

/** Checks and profiles batches; its state is merged across parts by parallel.ts. */
export class Pass {
  readonly profiler = new DatasetProfiler();

  constructor(
    readonly checkers: Map<string, FieldChecker>,
    readonly keys: readonly PassKey[],
    readonly violations: ViolationCollector,
    private readonly validating: boolean,
  ) {}

  /** What the CSV reader may read as typed values for this pass (only when it checks cells). */
  typedPlanner(): TypedPlanner | undefined {
    return this.validating ? typedPlanner(this.checkers) : undefined;
  }

  observe(batch: Batch): void {
    if (!this.validating) {
      this.profiler.observeBatch(batch);
      return;
    }
    checkBatch(batch, this.checkers, this.keys, this.violations, this.profiler.columnsOf(batch));
    this.profiler.endBatch(batch);
  }
}

/**
 * Checks every cell of the batch; with `profiles` (the profiler's columns, see columnsOf) each
 * cell is also profiled right after its check, while its classification is still cached.
 */
export function checkBatch(batch: Batch, checkers: Map<string, FieldChecker>, keys: readonly PassKey[], violations: ViolationCollector, profiles?: readonly CellObserver[]): void {
  const { columns, values, firstRow, lines, file, rowCount } = batch;
  const castKeyColumns = new Map<string, unknown[]>();
  const keyFields = new Set(keys.flatMap((k) => k.fields));
  columns.forEach((name, c) => {
    const checker = checkers.get(name);
    const cells = values[c];
    const profile = profiles?.[c];
    if (!checker || !cells) {
      if (profile && cells) for (let i = 0; i < rowCount; i++) profile.observe(cells[i]);
      return;
    }
    const cast = keyFields.has(name) ? new Array<unknown>(rowCount) : undefined;
    if (cast) castKeyColumns.set(name, cast);
    // Cells the reader read as typed values (undefined text) passed every check already.
    const typedValues = batch.typed?.values[c];
    const typedKinds = batch.typed?.textKinds[c];
    const countsValues = checker.countsTypedValues;
    let typed = 0;
    for (let i = 0; i < rowCount; i++) {
      const raw = cells[i];
      if (raw === undefined && typedValues !== undefined) {
        typed++;
        const value = typedValues[i]!;
        if (profile) profile.observeTyped(typedKinds![i]!, value);
        if (countsValues) checker.countTypedValue(value);
        if (cast) cast[i] = checker.typedCast(value);
        continue;
      }
      const failed = checker.check(raw);
      if (profile) profile.observe(raw);
      if (cast) cast[i] = checker.value;
      if (failed !== undefined) {
        for (const check of failed) {
          violations.add(name, check, () => ({ row: firstRow + i, ...(lines ? { line: lines[i] as number } : {}), file, value: displayValue(raw) }));
        }
      }
    }
    if (typed > 0) checker.addTypedCells(typed);
  });
  for (const key of keys) {
    const parts = key.fields.map((f) => castKeyColumns.get(f));
    if (parts.some((p) => p === undefined)) continue;
    if (parts.length === 1) {
      // One field (the common case): no array per row.
      const only = parts[0]!;
      for (let i = 0; i < rowCount; i++) {
        const value = only[i];
        if (value === INVALID) continue;
        const line = lines ? (lines[i] as number) : undefined;
        if (key.numeric && typeof value === 'number') key.index.addNumber(value, firstRow + i, line);
        else key.index.add(keyPartText(value), firstRow + i, line);
      }
      continue;
    }
    for (let i = 0; i < rowCount; i++) {
      const values = parts.map((p) => (p as unknown[])[i]);
      // Rows with a missing or invalid key part are reported by `required`/`type`, not as duplicates.
      if (values.some((v) => v === INVALID)) continue;
      key.index.add(keyText(values), firstRow + i, lines ? (lines[i] as number) : undefined);
    }
  }
}
