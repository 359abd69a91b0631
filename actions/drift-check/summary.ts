/** drift-check's Markdown: the verdict, a table of columns sorted by drift, and a chart. */
import { details, escapeCell, escapeText, inlineCode, table } from '../../src/report/markdown.js';
import { barChart } from '../../src/report/mermaid.js';
import { driftScore, type Analysis } from './analyze.js';
import type { ColumnResult } from './compare-column.js';

const MAX_ROWS = 100;
const MAX_CHART_COLUMNS = 20;

function number(value: number | null | undefined, digits = 4): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '';
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(2);
  return Number(value.toPrecision(digits)).toString();
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function statusCell(c: ColumnResult): string {
  const icon = { ok: '✅ ok', drift: '🔴 drift', 'insufficient-data': '⚪ insufficient data', error: '⚠️ error' }[c.status];
  return c.message ? `${icon}: ${escapeCell(c.message)}` : icon;
}

function row(c: ColumnResult): string[] {
  const p = c.adjustedPValue ?? c.pValue;
  return [
    inlineCode(c.column),
    c.type ?? '',
    c.method ?? '',
    number(c.statistic),
    p === undefined || p === null ? '' : number(p, 3),
    c.effectSize ? `${c.effectSize.name} ${number(c.effectSize.value, 3)}` : '',
    number(c.threshold, 3),
    `${percent(c.reference.nullFraction)} → ${percent(c.current.nullFraction)}`,
    statusCell(c),
  ];
}

/** The Markdown for the job summary and the issue. */
export function renderDriftSummary(analysis: Analysis, reference: string, current: string, rows: { reference: number; current: number }): string {
  const drifted = analysis.columns.filter((c) => c.drifted).length;
  const verdict = analysis.drifted
    ? `### 🔴 drift-check: the data drifted (${drifted} of ${analysis.judged} columns, ${percent(analysis.driftShare)})`
    : `### ✅ drift-check: no dataset drift (${drifted} of ${analysis.judged} columns drifted, ${percent(analysis.driftShare)})`;
  const lines = [
    verdict,
    '',
    `Reference ${inlineCode(reference)} (${rows.reference.toLocaleString('en-US')} rows) against current ${inlineCode(current)} (${rows.current.toLocaleString('en-US')} rows).`,
    '',
    table(
      ['Column', 'Type', 'Method', 'Statistic', 'p-value', 'Effect size', 'Threshold', 'Missing', 'Status'],
      analysis.columns.slice(0, MAX_ROWS).map(row),
      ['left', 'left', 'left', 'right', 'right', 'left', 'right', 'left', 'left'],
    ),
  ];
  if (analysis.columns.length > MAX_ROWS) lines.push('', `_…and ${analysis.columns.length - MAX_ROWS} more columns in the JSON report._`);
  const charted = analysis.columns.filter((c) => c.statistic !== undefined).slice(0, MAX_CHART_COLUMNS);
  if (charted.length) {
    lines.push(
      '',
      details(
        'Drift scores (1 = threshold: distances divided by their threshold; p-value tests log(p) / log(alpha))',
        barChart({
          title: 'Drift score by column',
          categories: charted.map((c) => c.column),
          yLabel: 'score',
          bars: [{ name: 'score', values: charted.map(driftScore) }],
          lines: [{ name: 'threshold', values: charted.map(() => 1) }],
        }),
        true,
      ),
    );
  }
  const unmatched = [
    analysis.onlyReference.length ? `only in the reference: ${analysis.onlyReference.map(inlineCode).join(', ')}` : '',
    analysis.onlyCurrent.length ? `only in the current data: ${analysis.onlyCurrent.map(inlineCode).join(', ')}` : '',
  ].filter(Boolean);
  if (unmatched.length) lines.push('', `Columns not compared: ${unmatched.join('; ')}.`);
  return `${lines.join('\n')}\n`;
}

/** One line for logs and the dispatch payload. */
export function oneLine(analysis: Analysis): string {
  return analysis.drifted
    ? `drift in ${analysis.driftedColumns.length} of ${analysis.judged} columns (${escapeText(analysis.driftedColumns.join(', '))})`
    : `no dataset drift (${analysis.driftedColumns.length} of ${analysis.judged} columns drifted)`;
}
