/**
 * Judging one metric of one step from the two sides' observations: absolute bounds and bounds
 * relative to stable on the means, and Kayenta's Mann-Whitney comparison of the samples. Pure.
 */
import { mannWhitneyU } from '../stats/mann-whitney.js';
import type { CompareRule, MetricConfig } from './analysis-config.js';

export type Verdict = 'pass' | 'fail' | 'inconclusive';

/** Observations fewer than this on a side leave a Mann-Whitney comparison inconclusive. */
export const MIN_COMPARE_OBSERVATIONS = 3;

export interface Check {
  rule: 'max' | 'min' | 'max-increase-pct' | 'max-decrease-pct' | 'mann-whitney';
  /** The bound the canary was held to (for the relative rules, in the metric's unit). */
  limit: number;
  passed: boolean;
  detail: string;
}

export interface ComparisonReport {
  u: number;
  pValue: number;
  /** Canary mean over stable mean (0/0 = 1); Kayenta's effect size. */
  meanRatio: number;
  /** Chance a canary observation exceeds a stable one. */
  cles: number;
  significant: boolean;
}

export interface MetricVerdict {
  name: string;
  verdict: Verdict;
  reason: string;
  stable: { mean: number | null; observations: number };
  canary: { mean: number | null; observations: number };
  checks: Check[];
  comparison?: ComparisonReport;
}

const mean = (values: readonly number[]): number | null => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);
const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString());

function ratio(canary: number, stable: number): number {
  if (stable === 0) return canary === 0 ? 1 : canary > 0 ? Infinity : -Infinity;
  return canary / stable;
}

function compare(rule: CompareRule, stable: readonly number[], canary: readonly number[], stableMean: number, canaryMean: number): { check: Check; report: ComparisonReport } {
  const test = mannWhitneyU(canary, stable);
  const significant = test.pValue < 1 - rule.confidence;
  const meanRatio = ratio(canaryMean, stableMean);
  const tooHigh = rule.direction !== 'decrease' && meanRatio > rule.allowedIncrease;
  const tooLow = rule.direction !== 'increase' && meanRatio < rule.allowedDecrease;
  const passed = !(significant && (tooHigh || tooLow));
  const limit = tooLow ? rule.allowedDecrease : rule.allowedIncrease;
  const detail = `Mann-Whitney p=${fmt(test.pValue)} (${significant ? 'significant' : 'not significant'} at ${fmt(rule.confidence * 100)}%), canary/stable mean ratio ${fmt(meanRatio)} (allowed ${fmt(rule.allowedDecrease)}..${fmt(rule.allowedIncrease)}, bad direction: ${rule.direction})`;
  return {
    check: { rule: 'mann-whitney', limit, passed, detail },
    report: { u: test.u, pValue: test.pValue, meanRatio, cles: test.cles, significant },
  };
}

/** The verdict on one metric from each side's observations in the step. */
export function judgeMetric(metric: MetricConfig, stable: readonly number[], canary: readonly number[]): MetricVerdict {
  const stableMean = mean(stable);
  const canaryMean = mean(canary);
  const base = { name: metric.name, stable: { mean: stableMean, observations: stable.length }, canary: { mean: canaryMean, observations: canary.length } };
  const needsStable = metric.maxIncreasePct !== undefined || metric.maxDecreasePct !== undefined || metric.compare !== undefined;
  if (canaryMean === null || (needsStable && stableMean === null)) {
    const side = canaryMean === null ? 'canary' : 'stable';
    return { ...base, verdict: 'inconclusive', reason: `no observations of the ${side} side`, checks: [] };
  }
  const checks: Check[] = [];
  if (metric.max !== undefined) checks.push({ rule: 'max', limit: metric.max, passed: canaryMean <= metric.max, detail: `canary ${fmt(canaryMean)} vs max ${fmt(metric.max)}` });
  if (metric.min !== undefined) checks.push({ rule: 'min', limit: metric.min, passed: canaryMean >= metric.min, detail: `canary ${fmt(canaryMean)} vs min ${fmt(metric.min)}` });
  if (stableMean !== null && metric.maxIncreasePct !== undefined) {
    const limit = stableMean + (Math.abs(stableMean) * metric.maxIncreasePct) / 100;
    checks.push({ rule: 'max-increase-pct', limit, passed: canaryMean <= limit, detail: `canary ${fmt(canaryMean)} vs stable ${fmt(stableMean)} +${fmt(metric.maxIncreasePct)}% = ${fmt(limit)}` });
  }
  if (stableMean !== null && metric.maxDecreasePct !== undefined) {
    const limit = stableMean - (Math.abs(stableMean) * metric.maxDecreasePct) / 100;
    checks.push({ rule: 'max-decrease-pct', limit, passed: canaryMean >= limit, detail: `canary ${fmt(canaryMean)} vs stable ${fmt(stableMean)} -${fmt(metric.maxDecreasePct)}% = ${fmt(limit)}` });
  }
  let comparison: ComparisonReport | undefined;
  if (metric.compare && stableMean !== null) {
    if (stable.length < MIN_COMPARE_OBSERVATIONS || canary.length < MIN_COMPARE_OBSERVATIONS) {
      return { ...base, verdict: 'inconclusive', reason: `Mann-Whitney needs at least ${MIN_COMPARE_OBSERVATIONS} observations a side (stable ${stable.length}, canary ${canary.length})`, checks };
    }
    const result = compare(metric.compare, stable, canary, stableMean, canaryMean);
    checks.push(result.check);
    comparison = result.report;
  }
  const failed = checks.filter((c) => !c.passed);
  return {
    ...base,
    verdict: failed.length ? 'fail' : 'pass',
    reason: failed.length ? failed.map((c) => `${c.rule}: ${c.detail}`).join('; ') : 'every rule holds',
    checks,
    ...(comparison ? { comparison } : {}),
  };
}
