/** Metrics of one set of predictions (all rows, or a slice), with scikit-learn's definitions. */
import { binaryMetrics } from '../../src/metrics/binary.js';
import { multiclassMetrics } from '../../src/metrics/multiclass.js';
import { regressionMetrics } from '../../src/metrics/regression.js';
import { UserError } from '../../src/runner/errors.js';
import type { MetricValues } from './metrics-file.js';
import type { Predictions } from './predictions.js';

export interface ComputedMetrics {
  metrics: MetricValues;
  rows: number;
  /** Confusion matrix (classification) and support per class. */
  confusion?: number[][];
  classes?: (number | string)[];
  support?: Record<string, number>;
  warnings: string[];
}

const pick = <T>(values: readonly T[] | undefined, rows: readonly number[] | undefined): T[] | undefined =>
  values === undefined ? undefined : rows === undefined ? [...values] : rows.map((i) => values[i] as T);

/** Computes the task's metrics on `rows` (default all). */
export function computeMetrics(p: Predictions, rows?: readonly number[]): ComputedMetrics {
  const labels = pick(p.labels, rows)!;
  const predictions = pick(p.predictions, rows);
  if (p.task === 'binary') {
    const scores = pick(p.scores, rows);
    const result = binaryMetrics({ yTrue: labels as number[], ...(scores ? { score: scores } : {}), ...(predictions ? { prediction: predictions as number[] } : {}) });
    const c = result.confusion;
    return {
      metrics: result.metrics as MetricValues,
      rows: labels.length,
      confusion: [[c.tn, c.fp], [c.fn, c.tp]],
      classes: [0, 1],
      support: { '0': result.support.negative, '1': result.support.positive },
      warnings: result.warnings,
    };
  }
  if (p.task === 'multiclass') {
    if (!predictions) throw new UserError(`${p.file}: multiclass metrics need predictions or per-class probabilities`);
    const proba = p.proba ? { classes: p.proba.classes, columns: p.proba.columns.map((c) => pick(c, rows)!) } : undefined;
    const result = multiclassMetrics({ yTrue: labels, yPred: predictions, ...(proba ? { proba } : {}) });
    const support: Record<string, number> = {};
    result.classes.forEach((cls, t) => (support[String(cls)] = result.confusion[t]!.reduce((a, b) => a + b, 0)));
    return { metrics: result.metrics as MetricValues, rows: labels.length, confusion: result.confusion, classes: result.classes, support, warnings: result.warnings };
  }
  const numbers = (values: (number | string)[], what: string) =>
    values.map((v, i) => {
      if (typeof v !== 'number') throw new UserError(`${p.file}: row ${i + 1}: regression ${what} '${v}' is not a number`);
      return v;
    });
  const result = regressionMetrics(numbers(labels, 'target'), numbers(predictions!, 'prediction'));
  return { metrics: result.metrics as unknown as MetricValues, rows: labels.length, warnings: result.warnings };
}

/** Row indices per slice value, in first-seen order. */
export function sliceRows(values: readonly string[]): Map<string, number[]> {
  const slices = new Map<string, number[]>();
  values.forEach((value, i) => {
    let rows = slices.get(value);
    if (!rows) slices.set(value, (rows = []));
    rows.push(i);
  });
  return slices;
}
