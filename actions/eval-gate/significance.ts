/**
 * Significance of candidate vs baseline on the same rows: paired bootstrap intervals of the
 * difference for every metric, McNemar's test for accuracy and DeLong's test for ROC AUC.
 */
import { BINARY_METRICS, type BinaryMetricName } from '../../src/metrics/binary.js';
import { multiclassMetricsPrepared, prepareMulticlass } from '../../src/metrics/multiclass.js';
import { prepareRegression, regressionScores, type RegressionScores } from '../../src/metrics/regression.js';
import { pairedBootstrap, type BootstrapInterval } from '../../src/metrics/significance/bootstrap.js';
import { pairedBootstrapBinary } from '../../src/metrics/significance/binary-bootstrap.js';
import { delongTest } from '../../src/metrics/significance/delong.js';
import { mcnemarBinary } from '../../src/metrics/significance/mcnemar.js';
import { UserError } from '../../src/runner/errors.js';
import type { Predictions, Value } from './predictions.js';

export interface Significance {
  intervals: Record<string, BootstrapInterval>;
  mcnemar?: { statistic: number; pValue: number; method: string };
  delong?: { z: number; pValue: number };
}

/** The baseline's rows in the candidate's order: joined on ids when given, else by position. */
export function alignBaseline(candidate: Predictions, baseline: Predictions): Predictions {
  let order: number[];
  if (candidate.ids && baseline.ids) {
    const where = new Map(baseline.ids.map((id, i) => [id, i]));
    order = candidate.ids.map((id) => {
      const i = where.get(id);
      if (i === undefined) throw new UserError(`id '${id}' of the candidate predictions is not in the baseline predictions (${baseline.file})`);
      return i;
    });
  } else {
    if (candidate.rows !== baseline.rows) throw new UserError(`the candidate has ${candidate.rows} predictions and the baseline ${baseline.rows}: give id-column to join them, or predictions on the same rows`);
    order = Array.from({ length: candidate.rows }, (_, i) => i);
  }
  const pick = <T>(values: readonly T[] | undefined) => (values ? order.map((i) => values[i] as T) : undefined);
  const aligned: Predictions = { ...baseline, rows: order.length, labels: pick(baseline.labels)!, slices: {} };
  if (baseline.predictions) aligned.predictions = pick(baseline.predictions);
  if (baseline.scores) aligned.scores = pick(baseline.scores);
  if (baseline.proba) aligned.proba = { classes: baseline.proba.classes, columns: baseline.proba.columns.map((c) => pick(c)!) };
  const mismatch = candidate.labels.findIndex((label, i) => label !== aligned.labels[i]);
  if (mismatch >= 0) throw new UserError(`candidate and baseline predictions disagree on the label of row ${mismatch + 1} (${String(candidate.labels[mismatch])} vs ${String(aligned.labels[mismatch])}): they must be on the same rows`);
  return aligned;
}

/** Bootstrap intervals at `confidence` for the metrics asked, and the paired tests. */
export async function significance(candidate: Predictions, baseline: Predictions, metrics: readonly string[], confidence: number, resamples: number): Promise<Significance> {
  const options = { resamples, confidence };
  const result: Significance = { intervals: {} };
  if (candidate.task === 'binary') {
    const wanted = metrics.filter((m): m is BinaryMetricName => (BINARY_METRICS as readonly string[]).includes(m));
    const input = {
      yTrue: candidate.labels as number[],
      candidate: { ...(candidate.scores ? { score: candidate.scores } : {}), ...(candidate.predictions ? { prediction: candidate.predictions as number[] } : {}) },
      baseline: { ...(baseline.scores ? { score: baseline.scores } : {}), ...(baseline.predictions ? { prediction: baseline.predictions as number[] } : {}) },
    };
    if (wanted.length) Object.assign(result.intervals, await pairedBootstrapBinary(input, { ...options, metrics: wanted }));
    const hard = (p: Predictions) => p.predictions ?? p.scores!.map((s) => (s >= 0.5 ? 1 : 0));
    const m = mcnemarBinary(candidate.labels as number[], hard(candidate) as number[], hard(baseline) as number[]);
    result.mcnemar = { statistic: m.statistic, pValue: m.pValue, method: m.method };
    if (candidate.scores && baseline.scores) {
      const d = delongTest(candidate.labels as number[], candidate.scores, baseline.scores);
      result.delong = { z: d.z, pValue: d.pValue };
    }
    return result;
  }
  if (candidate.task === 'multiclass') {
    const prep = (p: Predictions, name: string) => prepareMulticlass({ yTrue: p.labels, yPred: p.predictions as Value[], ...(p.proba ? { proba: p.proba } : {}) }, name);
    const c = prep(candidate, 'candidate');
    const b = prep(baseline, 'baseline');
    for (const metric of metrics) {
      const value = (p: typeof c) => (counts: Int32Array) => (multiclassMetricsPrepared(p, counts).metrics as Record<string, number>)[metric] ?? NaN;
      result.intervals[metric] = pairedBootstrap(candidate.rows, value(c), value(b), options);
    }
    return result;
  }
  const c = prepareRegression(candidate.labels as number[], candidate.predictions as number[], 'candidate');
  const b = prepareRegression(baseline.labels as number[], baseline.predictions as number[], 'baseline');
  for (const metric of metrics) {
    const value = (p: typeof c) => (counts: Int32Array) => regressionScores(p.y, p.yhat, counts)[metric as keyof RegressionScores];
    result.intervals[metric] = pairedBootstrap(candidate.rows, value(c), value(b), options);
  }
  return result;
}
