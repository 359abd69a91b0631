/**
 * Applies the rules: absolute bounds, non-inferiority margins and required improvements
 * against the baseline (optionally judged on bootstrap intervals), and the slice rules.
 */
import type { BootstrapInterval } from '../../src/metrics/significance/bootstrap.js';
import type { MetricValues } from './metrics-file.js';
import { higherIsBetter, type MetricRule, type SliceRules } from './rules.js';

export interface MetricVerdict {
  metric: string;
  candidate?: number;
  baseline?: number;
  delta?: number;
  deltaPct?: number;
  higherIsBetter: boolean;
  /** The rule as written, for the table. */
  rule: string;
  passed: boolean;
  reasons: string[];
  interval?: { low: number; high: number; confidence: number; pValue: number };
  test?: { name: string; pValue: number };
}

export interface SliceVerdict {
  column: string;
  value: string;
  rows: number;
  gated: boolean;
  metrics: MetricValues;
  failures: string[];
}

function describeRule(rule: MetricRule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`≥ ${rule.min}`);
  if (rule.max !== undefined) parts.push(`≤ ${rule.max}`);
  if (rule.maxRegression !== undefined) parts.push(`regression ≤ ${rule.maxRegression}`);
  if (rule.maxRegressionPct !== undefined) parts.push(`regression ≤ ${rule.maxRegressionPct}%`);
  if (rule.minImprovement !== undefined) parts.push(`improvement ≥ ${rule.minImprovement}`);
  if (rule.minImprovementPct !== undefined) parts.push(`improvement ≥ ${rule.minImprovementPct}%`);
  if (rule.significance !== undefined) parts.push(`α = ${rule.significance}`);
  return parts.join(', ');
}

const fmt = (x: number) => Number(x.toPrecision(6)).toString();

/** Rules compare decimal numbers: 0.8 - 0.795 is 0.005000000000000004 in binary floating point. */
const TOLERANCE = 1e-9;

/** Judges one metric. `interval` is the bootstrap interval of candidate - baseline, when computed. */
export function judgeMetric(metric: string, rule: MetricRule, candidate: MetricValues, baseline: MetricValues | undefined, interval?: BootstrapInterval, test?: { name: string; pValue: number }): MetricVerdict {
  const up = higherIsBetter(metric, rule);
  const c = candidate[metric];
  const b = baseline?.[metric];
  const verdict: MetricVerdict = { metric, higherIsBetter: up, rule: describeRule(rule), passed: true, reasons: [] };
  const fail = (reason: string) => {
    verdict.passed = false;
    verdict.reasons.push(reason);
  };
  if (c === undefined) {
    fail(`'${metric}' is missing from the candidate's metrics (it has: ${Object.keys(candidate).join(', ') || 'none'})`);
    return verdict;
  }
  verdict.candidate = c;
  const slack = (x: number) => TOLERANCE * Math.max(1, Math.abs(x));
  if (rule.min !== undefined && !(c >= rule.min - slack(rule.min))) fail(`${fmt(c)} is below the minimum ${rule.min}`);
  if (rule.max !== undefined && !(c <= rule.max + slack(rule.max))) fail(`${fmt(c)} is above the maximum ${rule.max}`);
  const relative = [rule.maxRegression, rule.maxRegressionPct, rule.minImprovement, rule.minImprovementPct].some((v) => v !== undefined);
  if (!relative && b === undefined) return verdict;
  if (b === undefined) {
    fail(baseline ? `'${metric}' is missing from the baseline's metrics (it has: ${Object.keys(baseline).join(', ') || 'none'})` : `'${metric}' has a rule relative to the baseline, but no baseline was given`);
    return verdict;
  }
  verdict.baseline = b;
  verdict.delta = c - b;
  if (b !== 0) verdict.deltaPct = (100 * (c - b)) / Math.abs(b);
  if (interval) verdict.interval = { low: interval.low, high: interval.high, confidence: interval.confidence, pValue: interval.pValue };
  if (test) verdict.test = test;
  // Improvement in the metric's good direction, and the interval of it.
  const sign = up ? 1 : -1;
  const improvement = sign * (c - b);
  const [worst, best] = interval ? [Math.min(sign * interval.low, sign * interval.high), Math.max(sign * interval.low, sign * interval.high)] : [improvement, improvement];
  const margins: [number | undefined, string][] = [
    [rule.maxRegression, `${rule.maxRegression}`],
    [rule.maxRegressionPct === undefined ? undefined : (rule.maxRegressionPct / 100) * Math.abs(b), `${rule.maxRegressionPct}% of the baseline`],
  ];
  for (const [margin, text] of margins) {
    if (margin === undefined) continue;
    // With an interval, only a regression beyond the margin that is significant fails (the whole interval is beyond it).
    const beyond = (interval ? best : improvement) < -margin - slack(b);
    if (beyond) fail(`regressed by ${fmt(-improvement)} (${up ? 'higher' : 'lower'} is better), more than the allowed ${text}${interval ? ` even at the interval's best end (${fmt(-best)})` : ''}`);
  }
  const required: [number | undefined, string][] = [
    [rule.minImprovement, `${rule.minImprovement}`],
    [rule.minImprovementPct === undefined ? undefined : (rule.minImprovementPct / 100) * Math.abs(b), `${rule.minImprovementPct}% of the baseline`],
  ];
  for (const [need, text] of required) {
    if (need === undefined) continue;
    // With an interval, the improvement must hold at the interval's worst end (a significant improvement).
    const enough = interval ? (need > 0 ? worst >= need - slack(b) : worst > 0) : improvement >= need - slack(b);
    if (!enough) fail(`improved by ${fmt(improvement)}, less than the required ${text}${interval ? ` at the interval's worst end (${fmt(worst)})` : ''}`);
  }
  return verdict;
}

/** Applies the slice rules to every slice with enough rows. */
export function judgeSlices(slices: SliceVerdict[], rules: SliceRules): string[] {
  const failed: string[] = [];
  for (const slice of slices) {
    slice.gated = slice.rows >= rules.minRows;
    if (!slice.gated) continue;
    for (const [metric, rule] of rules.metrics) {
      const value = slice.metrics[metric];
      if (value === undefined) slice.failures.push(`${metric} could not be computed`);
      else if (rule.min !== undefined && value < rule.min) slice.failures.push(`${metric} ${fmt(value)} < ${rule.min}`);
      else if (rule.max !== undefined && value > rule.max) slice.failures.push(`${metric} ${fmt(value)} > ${rule.max}`);
    }
    if (slice.failures.length) failed.push(`${slice.column}=${slice.value}`);
  }
  for (const [metric, rule] of rules.metrics) {
    if (rule.maxGap === undefined) continue;
    const byColumn = new Map<string, SliceVerdict[]>();
    for (const s of slices) if (s.gated && s.metrics[metric] !== undefined) byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
    for (const [column, group] of byColumn) {
      const values = group.map((s) => s.metrics[metric]!);
      const gap = Math.max(...values) - Math.min(...values);
      if (gap > rule.maxGap) failed.push(`${column}:${metric}-gap`);
    }
  }
  return failed;
}
