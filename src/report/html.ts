/**
 * Self-contained HTML reports (inline CSS and SVG, no scripts, no external requests), for
 * artifacts people open in a browser. All text from data goes through escapeHtml.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** A whole page. `body` is HTML built with the helpers here. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}th{background:#f6f8fa}
td.num{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#cf222e;font-weight:600}.ok{color:#1a7f37}
.muted{color:#656d76}.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
svg{display:block;margin:.5rem 0}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export interface HtmlTableCell {
  text: string;
  className?: string;
}

/** A table of plain-text cells (escaped). */
export function htmlTable(header: readonly string[], rows: readonly (readonly (string | HtmlTableCell)[])[]): string {
  const cell = (tag: string, c: string | HtmlTableCell) => {
    const { text, className } = typeof c === 'string' ? { text: c, className: undefined } : c;
    return `<${tag}${className ? ` class="${escapeHtml(className)}"` : ''}>${escapeHtml(text)}</${tag}>`;
  };
  return `<table><thead><tr>${header.map((h) => cell('th', h)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('')}</tbody></table>`;
}

export interface DistributionSeries {
  label: string;
  color: string;
  /** Shares (0..1) per bin or category, same length as the labels. */
  shares: readonly number[];
}

/** Side-by-side bars of two (or more) distributions over the same bins or categories. */
export function distributionChart(binLabels: readonly string[], series: readonly DistributionSeries[], width = 720, height = 220): string {
  const bins = Math.max(1, binLabels.length);
  const max = Math.max(1e-12, ...series.flatMap((s) => s.shares));
  const plotTop = 10;
  const plotBottom = height - 40;
  const slot = (width - 40) / bins;
  const barWidth = Math.max(1, (slot * 0.8) / Math.max(1, series.length));
  const bars = series
    .map((s, si) =>
      s.shares
        .map((share, i) => {
          const h = ((plotBottom - plotTop) * share) / max;
          const x = 30 + i * slot + slot * 0.1 + si * barWidth;
          return `<rect x="${x.toFixed(1)}" y="${(plotBottom - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${escapeHtml(s.color)}"><title>${escapeHtml(`${s.label} ${binLabels[i] ?? ''}: ${(share * 100).toFixed(2)}%`)}</title></rect>`;
        })
        .join(''),
    )
    .join('');
  const step = Math.ceil(bins / 12);
  const labels = binLabels
    .map((label, i) => (i % step === 0 ? `<text x="${(30 + i * slot + slot / 2).toFixed(1)}" y="${height - 22}" font-size="10" text-anchor="middle">${escapeHtml(label.length > 14 ? `${label.slice(0, 13)}…` : label)}</text>` : ''))
    .join('');
  const legend = `<div class="legend">${series.map((s) => `<span style="background:${escapeHtml(s.color)}"></span>${escapeHtml(s.label)}`).join('')}</div>`;
  return `${legend}<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img"><line x1="28" y1="${plotBottom}" x2="${width - 8}" y2="${plotBottom}" stroke="#8c959f"/>${bars}${labels}<text x="2" y="${plotTop + 8}" font-size="10">${(max * 100).toFixed(1)}%</text></svg>`;
}
