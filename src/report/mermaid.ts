/**
 * Mermaid charts for job summaries and PR comments: GitHub renders them from the Markdown
 * itself, so no image has to be hosted anywhere. Labels come from data and are sanitised so
 * they can neither end the quoted string nor the code fence.
 */

export interface Series {
  /** Shown in the chart title legend text (xychart has no legend: keep series few). */
  name: string;
  values: readonly number[];
}

export interface XYChartOptions {
  title: string;
  categories: readonly string[];
  yLabel?: string;
  yMin?: number;
  yMax?: number;
  bars?: readonly Series[];
  lines?: readonly Series[];
  horizontal?: boolean;
}

/** A bar chart (one or more series of bars, optional reference lines). */
export function barChart(options: Omit<XYChartOptions, 'lines'> & { lines?: readonly Series[] }): string {
  return xyChart(options);
}

/** A line chart. */
export function lineChart(options: Omit<XYChartOptions, 'bars'>): string {
  return xyChart({ ...options, bars: [] });
}

/** The raw fenced block of an xychart-beta. */
export function xyChart(options: XYChartOptions): string {
  const all = [...(options.bars ?? []), ...(options.lines ?? [])].flatMap((s) => s.values).filter(Number.isFinite);
  const low = options.yMin ?? Math.min(0, ...all);
  const high = options.yMax ?? (all.length ? Math.max(...all) : 1);
  const lines = [
    '```mermaid',
    `xychart-beta${options.horizontal ? ' horizontal' : ''}`,
    `    title "${mermaidLabel(options.title)}"`,
    `    x-axis [${options.categories.map((c) => `"${mermaidLabel(c)}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(options.yLabel ?? '')}" ${formatNumber(low)} --> ${formatNumber(high === low ? low + 1 : high)}`,
    ...(options.bars ?? []).map((s) => `    bar [${s.values.map(formatNumber).join(', ')}]`),
    ...(options.lines ?? []).map((s) => `    line [${s.values.map(formatNumber).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}

/** Text safe inside a Mermaid double-quoted label and a Markdown code fence. */
export function mermaidLabel(text: string): string {
  const flat = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/"/g, "'")
    .replace(/`/g, "'")
    .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
    .replace(/[#;]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return Number(value.toPrecision(6)).toString();
}
