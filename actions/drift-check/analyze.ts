/**
 * The whole comparison: load both sides, pick the columns, compare each, correct p-values
 * across columns, and decide whether the dataset drifted. Knows nothing about GitHub.
 */
import { benjaminiHochberg, bonferroni } from '../../src/stats/index.js';
import { compareColumn, decide, type ColumnResult } from './compare-column.js';
import { selectColumns, type ColumnConfig, type DriftMethod } from './config.js';
import { P_VALUE_METHODS } from './methods.js';
import type { Side } from './sides.js';
import type { CORRECTIONS } from './spec.js';

export interface AnalysisOptions {
  columns: string[];
  excludeColumns: string[];
  method: DriftMethod;
  threshold?: number;
  config: ColumnConfig;
  correction: (typeof CORRECTIONS)[number];
  driftShare: number;
  minRows: number;
}

export interface Analysis {
  drifted: boolean;
  driftShare: number;
  driftedColumns: string[];
  /** Columns with a verdict (ok or drift): the denominator of the share. */
  judged: number;
  columns: ColumnResult[];
  onlyReference: string[];
  onlyCurrent: string[];
}

/** Orders columns for reports: drifted first, then by how far past (or close to) the threshold. */
export function driftScore(c: ColumnResult): number {
  if (c.statistic === undefined || c.threshold === undefined) return c.drifted ? 1 : 0;
  if (P_VALUE_METHODS.has(c.method!)) {
    const p = Math.max(c.adjustedPValue ?? c.pValue ?? 1, 1e-300);
    return Math.log(p) / Math.log(c.threshold);
  }
  return c.threshold > 0 ? c.statistic / c.threshold : c.statistic;
}

export function analyze(reference: Side, current: Side, options: AnalysisOptions): Analysis {
  const selection = selectColumns([...reference.columns.keys()], [...current.columns.keys()], options.columns, options.excludeColumns);
  let results = selection.compared.map((name) => {
    const configured = options.config.byColumn.get(name) ?? {};
    const rule = {
      method: configured.method ?? options.method,
      ...((configured.threshold ?? options.threshold) !== undefined ? { threshold: configured.threshold ?? options.threshold } : {}),
    };
    return compareColumn(name, reference.columns.get(name)!, current.columns.get(name)!, reference.rows, rule, options.minRows);
  });

  if (options.correction !== 'none') {
    const tested = results.filter((r) => r.pValue !== undefined && r.pValue !== null && P_VALUE_METHODS.has(r.method!));
    const adjusted = (options.correction === 'bonferroni' ? bonferroni : benjaminiHochberg)(tested.map((r) => r.pValue as number));
    tested.forEach((r, i) => (r.adjustedPValue = adjusted[i]));
    results = results.map((r) => (r.adjustedPValue !== undefined ? decide({ ...r, drifted: false, status: 'ok' }) : r));
  }

  const judged = results.filter((r) => r.status === 'ok' || r.status === 'drift');
  const driftedColumns = results.filter((r) => r.drifted).map((r) => r.column);
  const share = judged.length ? judged.filter((r) => r.drifted).length / judged.length : 0;
  results.sort((a, b) => Number(b.drifted) - Number(a.drifted) || driftScore(b) - driftScore(a));
  return {
    drifted: judged.length > 0 && share >= options.driftShare,
    driftShare: share,
    driftedColumns,
    judged: judged.length,
    columns: results,
    onlyReference: selection.onlyReference,
    onlyCurrent: selection.onlyCurrent,
  };
}
