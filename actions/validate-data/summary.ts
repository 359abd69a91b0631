/** The job summary of validate-data: verdict, failed checks with examples, column overview. */
import { details, escapeCell, escapeText, inlineCode, table } from '../../src/report/markdown.js';
import type { ColumnOverview, ValidationReport } from './result.js';
import type { FailedCheck } from './violations.js';

const MAX_CHECK_ROWS = 200;

function formatNumber(value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return escapeCell(value);
  return Number.isInteger(value) ? value.toLocaleString('en-US') : Number(value.toPrecision(6)).toString();
}

function exampleText(check: FailedCheck): string {
  if (check.observed !== undefined) return `observed ${escapeCell(String(check.observed))}, expected ${escapeCell(check.expected ?? '')}`;
  // A malformed file's example has no row: its message says where and what.
  if (check.message && (!check.examples.length || check.examples[0]!.row === undefined)) return escapeCell(check.message);
  return check.examples
    .map((e) => `row ${e.row}${e.line !== undefined ? ` (line ${e.line})` : ''}${e.value !== undefined ? `: ${e.value === '' ? '_(empty)_' : inlineCode(e.value.slice(0, 60))}` : ''}`)
    .join('; ');
}

function columnRow(column: ColumnOverview): string[] {
  const range = column.min !== undefined ? `${formatNumber(column.min)} … ${formatNumber(column.max)}` : '';
  const top = column.top?.slice(0, 3).map((t) => `${inlineCode(t.value.slice(0, 30))} (${t.count})`).join(', ') ?? '';
  const nullShare = column.count ? `${((100 * column.nulls) / column.count).toFixed(1)}%` : '';
  return [inlineCode(column.name), escapeCell(column.type), formatNumber(column.nulls), nullShare, range || top, formatNumber(column.distinct)];
}

/** The Markdown for the job summary. */
export function renderSummary(report: ValidationReport, dataSpec: string): string {
  const verdict = report.valid
    ? `### ✅ validate-data: ${escapeText(dataSpec)} is valid`
    : `### ❌ validate-data: ${report.errors.toLocaleString('en-US')} violation${report.errors === 1 ? '' : 's'} in ${escapeText(dataSpec)}`;
  const lines = [
    verdict,
    '',
    `${report.rows.toLocaleString('en-US')} rows in ${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${report.columns.length} columns, checked in ${report.seconds.toFixed(1)} s${report.schema ? ` against ${inlineCode(report.schema)}` : ' (no schema)'}.`,
    '',
  ];
  if (report.checks.length) {
    const rows = report.checks.slice(0, MAX_CHECK_ROWS).map((c) => [c.field !== undefined ? inlineCode(c.field) : '_dataset_', inlineCode(c.check), formatNumber(c.violations), exampleText(c)]);
    lines.push('#### Failed checks', '', table(['Field', 'Check', 'Violations', 'Examples'], rows, ['left', 'left', 'right', 'left']), '');
    if (report.checks.length > MAX_CHECK_ROWS) lines.push(`_…and ${report.checks.length - MAX_CHECK_ROWS} more failed checks in the JSON report._`, '');
  }
  lines.push(details(`Columns (${report.columns.length})`, table(['Column', 'Type', 'Nulls', 'Null %', 'Range or top values', 'Distinct'], report.columns.map(columnRow), ['left', 'left', 'right', 'right', 'left', 'right'])));
  const written = [report.profile && `profile ${inlineCode(report.profile)}`, report.inferredSchema && `inferred schema ${inlineCode(report.inferredSchema)}`].filter(Boolean);
  if (written.length) lines.push('', `Wrote ${written.join(' and ')}.`);
  return `${lines.join('\n')}\n`;
}
