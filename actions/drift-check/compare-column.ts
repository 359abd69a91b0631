/**
 * Compares one column of the reference with the current data: its distribution with the
 * column's method, and its share of missing values (a change there is drift in itself).
 * Uses raw values when both sides kept them (exact, as scipy) and the sketches otherwise.
 */
import type { FrequentValue } from '../../src/profile/sketches/index.js';
import {
  categoricalBins, chi2Test, distanceTest, isResult, ksTest, numericBins, twoProportionZ, wassersteinTest, zTest,
  type Binned, type CategoricalInput, type NumericInput, type StatOutcome, type StatResult,
} from '../../src/stats/index.js';
import { decideKind, type ColumnKind } from './column-kind.js';
import type { ColumnRule } from './config.js';
import { autoMethod, DEFAULT_THRESHOLDS, P_VALUE_METHODS, unsuitable, type ConcreteMethod } from './methods.js';
import type { SideColumn } from './sides.js';

/** Missing values drift when their share changes significantly (p < 0.05) and by at least a small effect (Cohen's h >= 0.2). */
export const MISSING_ALPHA = 0.05;
export const MISSING_MIN_EFFECT = 0.2;

export interface SideSummary {
  rows: number;
  nulls: number;
  nullFraction: number;
}

export interface ColumnResult {
  column: string;
  type?: ColumnKind;
  method?: ConcreteMethod;
  statistic?: number;
  pValue?: number | null;
  adjustedPValue?: number;
  threshold?: number;
  effectSize?: { name: string; value: number } | null;
  /** Upper bound on the statistic's error when it came from sketches (0 when exact). */
  statisticError?: number;
  exact?: boolean;
  drifted: boolean;
  status: 'ok' | 'drift' | 'insufficient-data' | 'error';
  message?: string;
  reference: SideSummary;
  current: SideSummary;
  missing?: { pValue: number; cohensH: number; drifted: boolean };
  /** Binned shares of both sides, for the charts. */
  distribution?: { labels: string[]; reference: number[]; current: number[] };
}

function summary(column: SideColumn): SideSummary {
  const { total, nulls } = column.sketch;
  return { rows: total, nulls, nullFraction: total ? nulls / total : 0 };
}

function numericInputs(ref: SideColumn, cur: SideColumn): [NumericInput, NumericInput, boolean] {
  const a = ref.raw?.numericValues();
  const b = cur.raw?.numericValues();
  return a && b ? [a, b, true] : [ref.sketch.quantiles, cur.sketch.quantiles, false];
}

function categoricalInputs(ref: SideColumn, cur: SideColumn): [CategoricalInput, CategoricalInput, boolean] {
  const a = ref.raw?.categoryCounts();
  const b = cur.raw?.categoryCounts();
  if (a && b) return [expand(a), expand(b), true];
  return [ref.sketch.frequent, cur.sketch.frequent, ref.sketch.frequent.exact && cur.sketch.frequent.exact];
}

/** Raw category values from counts (the stats take values; counts keep memory small until here). */
function expand(counts: Map<string, number>): FrequentValue[] {
  const values: FrequentValue[] = [];
  for (const [value, count] of counts) for (let i = 0; i < count; i++) values.push(value);
  return values;
}

function shares(binned: Binned): ColumnResult['distribution'] {
  const total = (side: Float64Array, n: number) => [...side].map((c) => (n ? c / n : 0));
  const labels = binned.categories
    ? binned.categories.map((c) => (typeof c === 'symbol' ? '(other)' : String(c)))
    : Array.from({ length: binned.reference.length }, (_, j) => {
        const e = binned.edges!;
        const fmt = (x: number) => Number(x.toPrecision(4)).toString();
        return j === 0 ? `< ${fmt(e[0]!)}` : j === e.length ? `≥ ${fmt(e[e.length - 1]!)}` : `${fmt(e[j - 1]!)}–${fmt(e[j]!)}`;
      });
  return { labels, reference: total(binned.reference, binned.referenceTotal), current: total(binned.current, binned.currentTotal) };
}

/** Compares one column; never throws for the column's data (an error becomes status `error`). */
export function compareColumn(name: string, ref: SideColumn, cur: SideColumn, referenceRows: number, rule: Partial<ColumnRule>, minRows: number): ColumnResult {
  const base: ColumnResult = { column: name, drifted: false, status: 'ok', reference: summary(ref), current: summary(cur) };
  try {
    const m = twoProportionZ(ref.sketch.nulls, ref.sketch.total, cur.sketch.nulls, cur.sketch.total);
    base.missing = { pValue: m.pValue, cohensH: m.cohensH, drifted: m.pValue < MISSING_ALPHA && Math.abs(m.cohensH) >= MISSING_MIN_EFFECT };
  } catch {
    // No rows on a side: the distribution check below says insufficient-data.
  }
  const decision = decideKind(ref, cur);
  if ('error' in decision) return { ...base, status: 'error', message: decision.error };
  const kind = decision.kind;
  const categories = kind === 'categorical' ? new Set([...ref.sketch.frequent.top(), ...cur.sketch.frequent.top()].map((e) => String(e.value))).size : 0;
  const method = rule.method && rule.method !== 'auto' ? rule.method : autoMethod(kind, referenceRows, categories);
  const threshold = rule.threshold ?? DEFAULT_THRESHOLDS[method];
  const result: ColumnResult = { ...base, type: kind, method, threshold };
  const problem = unsuitable(method, kind, categories);
  if (problem) return { ...result, status: 'error', message: problem };

  const refPresent = ref.sketch.total - ref.sketch.nulls;
  const curPresent = cur.sketch.total - cur.sketch.nulls;
  if (refPresent < minRows || curPresent < minRows) {
    const side = refPresent < minRows ? `the reference has ${refPresent}` : `the current data has ${curPresent}`;
    return { ...result, status: 'insufficient-data', message: `${side} non-missing values; a verdict needs at least ${minRows} (min-rows)` };
  }

  let outcome: StatOutcome<StatResult>;
  let binned: Binned;
  let exact: boolean;
  if (kind === 'numeric') {
    const [a, b, raw] = numericInputs(ref, cur);
    exact = raw;
    binned = numericBins(a, b);
    outcome =
      method === 'ks' ? ksTest(a, b)
        : method === 'wasserstein' ? wassersteinTest(a, b, { referenceStd: ref.sketch.moments.std() })
          : distanceTest(method as 'psi' | 'jensen-shannon' | 'hellinger', binned);
  } else {
    const [a, b, raw] = categoricalInputs(ref, cur);
    exact = raw;
    binned = categoricalBins(a, b);
    outcome = method === 'chi2' ? chi2Test(a, b) : method === 'z' ? zTest(a, b) : distanceTest(method as 'psi' | 'jensen-shannon' | 'hellinger', binned);
  }
  result.distribution = shares(binned);
  result.exact = exact;
  if (!isResult(outcome)) return { ...result, status: 'insufficient-data', message: outcome.reason };
  const statistic = method === 'wasserstein' ? (outcome as StatResult & { normalized: number }).normalized : outcome.statistic;
  Object.assign(result, { statistic, pValue: outcome.pValue, effectSize: outcome.effectSize, statisticError: outcome.statisticError });
  return decide(result);
}

/** Sets drifted/status from the (possibly corrected) p-value or the distance, and missing values. */
export function decide(result: ColumnResult): ColumnResult {
  if (result.status === 'error' || result.status === 'insufficient-data') return result;
  const usesP = P_VALUE_METHODS.has(result.method!);
  const p = result.adjustedPValue ?? result.pValue ?? 1;
  const distributionDrift = usesP ? p < result.threshold! : (result.statistic ?? 0) >= result.threshold!;
  const drifted = distributionDrift || (result.missing?.drifted ?? false);
  const message = !distributionDrift && result.missing?.drifted ? `the share of missing values changed from ${(result.reference.nullFraction * 100).toFixed(1)}% to ${(result.current.nullFraction * 100).toFixed(1)}%` : result.message;
  return { ...result, drifted, status: drifted ? 'drift' : 'ok', ...(message ? { message } : {}) };
}
