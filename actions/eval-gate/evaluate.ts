/**
 * The whole gate without GitHub: load the candidate and the baseline, compute metrics, test
 * significance where asked, apply the rules to metrics and slices.
 */
import { UserError, InputError } from '../../src/runner/errors.js';
import { computeMetrics, sliceRows } from './compute.js';
import { judgeMetric, judgeSlices, type MetricVerdict, type SliceVerdict } from './gate.js';
import { readMetricsFile, type MetricValues } from './metrics-file.js';
import { readPredictions, type ColumnNames, type Predictions, type Task } from './predictions.js';
import type { MetricRule, SliceRules } from './rules.js';
import { alignBaseline, significance, type Significance } from './significance.js';

export interface GateInput {
  metricsFile?: string;
  predictionsFile?: string;
  baselineFile?: string;
  task?: Task;
  columns: ColumnNames;
  rules: Map<string, MetricRule>;
  sliceRules: SliceRules;
  resamples: number;
}

export interface GateOutcome {
  passed: boolean;
  failed: string[];
  candidate: MetricValues;
  baseline?: MetricValues;
  verdicts: MetricVerdict[];
  slices: SliceVerdict[];
  task?: Task;
  details?: { confusion?: number[][]; classes?: (number | string)[]; support?: Record<string, number>; warnings: string[] };
  significance?: Significance;
}

const PREDICTION_FILE = /\.(jsonl|ndjson|parquet)(\.gz)?$/i;

async function isPredictionsFile(file: string, label: string): Promise<boolean> {
  if (PREDICTION_FILE.test(file)) return true;
  if (!/\.(csv|tsv)(\.gz)?$/i.test(file)) return false;
  // A CSV is predictions when it has the label column, metrics otherwise.
  const { readDataset } = await import('../../src/data/index.js');
  for await (const batch of readDataset([file], { batchRows: 1 })) return batch.columns.includes(label);
  return false;
}

export async function evaluateGate(input: GateInput): Promise<GateOutcome> {
  let candidate: MetricValues;
  let predictions: Predictions | undefined;
  let details: GateOutcome['details'];
  if (input.predictionsFile) {
    predictions = await readPredictions(input.predictionsFile, input.columns, input.task, 'candidate');
    const computed = computeMetrics(predictions);
    candidate = computed.metrics;
    details = { confusion: computed.confusion, classes: computed.classes, support: computed.support, warnings: computed.warnings };
    for (const metric of input.rules.keys()) {
      if (!(metric in candidate)) throw new InputError('thresholds', `unknown metric '${metric}' for a ${predictions.task} task; the metrics computed from the predictions are: ${Object.keys(candidate).join(', ')}`);
    }
  } else candidate = readMetricsFile(input.metricsFile!, 'candidate');

  let baseline: MetricValues | undefined;
  let baselinePredictions: Predictions | undefined;
  if (input.baselineFile) {
    if (predictions && (await isPredictionsFile(input.baselineFile, input.columns.label))) {
      baselinePredictions = await readPredictions(input.baselineFile, { ...input.columns, slices: [] }, predictions.task, 'baseline');
      baseline = computeMetrics(baselinePredictions).metrics;
    } else baseline = readMetricsFile(input.baselineFile, 'baseline');
  }

  let tests: Significance | undefined;
  const significant = [...input.rules].filter(([, rule]) => rule.significance !== undefined);
  if (significant.length) {
    if (!predictions || !baselinePredictions) throw new InputError('thresholds', `significance (for ${significant.map(([m]) => m).join(', ')}) needs predictions for both the candidate and the baseline`);
    const aligned = alignBaseline(predictions, baselinePredictions);
    tests = { intervals: {} };
    for (const alpha of new Set(significant.map(([, rule]) => rule.significance!))) {
      const metrics = significant.filter(([, rule]) => rule.significance === alpha).map(([m]) => m);
      const part = await significance(predictions, aligned, metrics, 1 - alpha, input.resamples);
      Object.assign(tests.intervals, part.intervals);
      tests.mcnemar ??= part.mcnemar;
      tests.delong ??= part.delong;
    }
  }

  const names = [...new Set([...input.rules.keys(), ...Object.keys(candidate).filter((m) => baseline?.[m] !== undefined)])];
  const verdicts = names.map((metric) => {
    const rule = input.rules.get(metric) ?? {};
    const interval = rule.significance !== undefined ? tests?.intervals[metric] : undefined;
    const test = interval && metric === 'accuracy' && tests?.mcnemar ? { name: 'McNemar', pValue: tests.mcnemar.pValue } : interval && metric === 'roc_auc' && tests?.delong ? { name: 'DeLong', pValue: tests.delong.pValue } : undefined;
    if (rule.significance !== undefined && !interval) throw new UserError(`no bootstrap interval could be computed for '${metric}'`);
    return judgeMetric(metric, rule, candidate, baseline, interval, test);
  });

  const slices: SliceVerdict[] = [];
  if (predictions) {
    for (const [column, values] of Object.entries(predictions.slices)) {
      for (const [value, rows] of sliceRows(values)) {
        let metrics: MetricValues = {};
        try {
          metrics = computeMetrics(predictions, rows).metrics;
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
        }
        slices.push({ column, value, rows: rows.length, gated: false, metrics, failures: [] });
      }
    }
  }
  const failedSlices = judgeSlices(slices, input.sliceRules);
  const failed = [...verdicts.filter((v) => !v.passed).map((v) => v.metric), ...failedSlices];
  return { passed: failed.length === 0, failed, candidate, ...(baseline ? { baseline } : {}), verdicts, slices, ...(predictions ? { task: predictions.task } : {}), ...(details ? { details } : {}), ...(tests ? { significance: tests } : {}) };
}
