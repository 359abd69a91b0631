/** The self-contained HTML report: each column's reference and current distributions. */
import { distributionChart, escapeHtml, htmlPage, htmlTable } from '../../src/report/html.js';
import type { Analysis } from './analyze.js';

const REFERENCE_COLOR = '#8c959f';
const CURRENT_COLOR = '#8250df';

export function renderDriftHtml(analysis: Analysis, reference: string, current: string): string {
  const overview = htmlTable(
    ['Column', 'Method', 'Statistic', 'p-value', 'Threshold', 'Status'],
    analysis.columns.map((c) => [
      c.column,
      c.method ?? '',
      c.statistic === undefined ? '' : Number(c.statistic.toPrecision(4)).toString(),
      c.pValue === undefined || c.pValue === null ? '' : c.pValue.toPrecision(3),
      c.threshold === undefined ? '' : String(c.threshold),
      { text: c.message ? `${c.status}: ${c.message}` : c.status, className: c.drifted ? 'bad' : c.status === 'ok' ? 'ok' : 'muted' },
    ]),
  );
  const sections = analysis.columns
    .map((c) => {
      const chart = c.distribution
        ? distributionChart(c.distribution.labels, [
            { label: 'reference', color: REFERENCE_COLOR, shares: c.distribution.reference },
            { label: 'current', color: CURRENT_COLOR, shares: c.distribution.current },
          ])
        : '<p class="muted">No distribution to show.</p>';
      const missing = `Missing values: ${(c.reference.nullFraction * 100).toFixed(1)}% of ${c.reference.rows} → ${(c.current.nullFraction * 100).toFixed(1)}% of ${c.current.rows}`;
      return `<h2 class="${c.drifted ? 'bad' : ''}">${escapeHtml(c.column)} — ${escapeHtml(c.status)}</h2><p class="muted">${escapeHtml(`${c.type ?? ''} ${c.method ?? ''}`)}; ${escapeHtml(missing)}</p>${chart}`;
    })
    .join('\n');
  const verdict = analysis.drifted ? `The data drifted: ${analysis.driftedColumns.length} of ${analysis.judged} columns.` : `No dataset drift: ${analysis.driftedColumns.length} of ${analysis.judged} columns drifted.`;
  return htmlPage(
    'drift-check report',
    `<h1>drift-check</h1><p class="${analysis.drifted ? 'bad' : 'ok'}">${escapeHtml(verdict)}</p><p class="muted">Reference ${escapeHtml(reference)}; current ${escapeHtml(current)}.</p>${overview}${sections}`,
  );
}
