/**
 * Statistical and dataset-level expectations (our Table Schema extension). Counts and shares
 * are exact; mean, std, min and max are exact (streaming moments); quantiles come from the KLL
 * sketch and distinct counts from HyperLogLog, within the error bounds in the profile docs.
 */
import type { DatasetProfiler } from '../../src/profile/profile.js';
import type { Bound, TableSchema } from '../../src/schema/descriptor.js';
import type { FieldChecker } from './field-checker.js';
import type { FailedCheck } from './violations.js';

function outside(value: number, bound: Bound): boolean {
  return (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
}

function describe(bound: Bound): string {
  if (bound.min !== undefined && bound.max !== undefined) return `between ${bound.min} and ${bound.max}`;
  return bound.min !== undefined ? `at least ${bound.min}` : `at most ${bound.max}`;
}

function round(value: number): number {
  return Number(value.toPrecision(8));
}

/** The expectations that failed, each as a failed check with what was observed and expected. */
export function evaluateExpectations(schema: TableSchema, rows: number, checkers: Map<string, FieldChecker>, profiler: DatasetProfiler): FailedCheck[] {
  const failed: FailedCheck[] = [];
  const fail = (field: string | undefined, check: string, observed: number | string, expected: string) =>
    failed.push({ ...(field !== undefined ? { field } : {}), check, violations: 1, examples: [], observed, expected });

  const rowBound = schema.expectations?.rows;
  if (rowBound && outside(rows, rowBound)) fail(undefined, 'rows', rows, describe(rowBound));

  for (const field of schema.fields) {
    const ex = field.expectations;
    const checker = checkers.get(field.name);
    if (!ex || !checker) continue;
    const { cells, missing, present, inSet, inRange } = checker.shares;
    const stats = profiler.numericStats(field.name);
    if (ex.nullFraction) {
      const share = cells ? missing / cells : 0;
      if (outside(share, ex.nullFraction)) fail(field.name, 'nullFraction', round(share), describe(ex.nullFraction));
    }
    const numeric: [keyof typeof stats & ('mean' | 'std' | 'min' | 'max'), Bound | undefined][] = [
      ['mean', ex.mean],
      ['std', ex.std],
      ['min', ex.min],
      ['max', ex.max],
    ];
    for (const [name, bound] of numeric) {
      if (!bound) continue;
      const value = stats[name];
      if (value === undefined) fail(field.name, name, 'no numeric values', describe(bound));
      else if (outside(value, bound)) fail(field.name, name, round(value), describe(bound));
    }
    for (const q of ex.quantiles ?? []) {
      const value = stats.quantile(q.q);
      if (value === undefined) fail(field.name, `quantile(${q.q})`, 'no numeric values', describe(q));
      else if (outside(value, q)) fail(field.name, `quantile(${q.q})`, round(value), describe(q));
    }
    if (ex.distinct) {
      const distinct = profiler.distinct(field.name);
      if (outside(distinct, ex.distinct)) fail(field.name, 'distinct', distinct, describe(ex.distinct));
    }
    if (ex.valuesIn) {
      const mostly = ex.valuesIn.mostly ?? 1;
      const share = present ? inSet / present : 1;
      if (share < mostly) fail(field.name, 'valuesIn', round(share), `at least ${mostly} of values in the set`);
    }
    if (ex.between) {
      const mostly = ex.between.mostly ?? 1;
      const share = present ? inRange / present : 1;
      if (share < mostly) fail(field.name, 'between', round(share), `at least ${mostly} of values ${describe(ex.between)}`);
    }
  }
  return failed;
}
