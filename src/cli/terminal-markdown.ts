/**
 * Renders the job-summary Markdown we write for a terminal: aligned tables, headings, folded
 * sections opened, entities and escapes undone, and Mermaid bar charts drawn with blocks.
 * It only has to handle what our own report helpers produce.
 */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#64;': '@' };

/** Undoes escapeText: entities, backslash escapes and our HTML tags. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<\/?(details|summary|sub|sup|b|i|code|p)[^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1')
    .replace(/&(amp|lt|gt|quot|#39|#64);/g, (entity) => ENTITIES[entity] ?? entity);
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] as string;
    if (char === '\\' && inner[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  return cells.map((cell) => plainText(cell.trim()).replace(/`/g, ''));
}

function renderTable(lines: string[]): string[] {
  const rows = lines.filter((_, i) => i !== 1).map(splitRow);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const format = (row: string[]) => row.map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c]! - [...cell].length))).join('  ').trimEnd();
  return [format(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(format)];
}

function renderBarChart(block: string[]): string[] {
  const title = /title "([^"]*)"/.exec(block.join('\n'))?.[1] ?? 'chart';
  const categories = [...(/x-axis \[(.*)\]/.exec(block.join('\n'))?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
  const bars = block.filter((l) => l.trim().startsWith('bar [')).map((l) => (/\[(.*)\]/.exec(l)?.[1] ?? '').split(',').map(Number));
  const lines = block.filter((l) => l.trim().startsWith('line [')).map((l) => (/\[(.*)\]/.exec(l)?.[1] ?? '').split(',').map(Number));
  if (!bars.length && !lines.length) return ['(chart)'];
  const series = [...bars, ...lines];
  const max = Math.max(...series.flat().filter(Number.isFinite), 1e-12);
  const labelWidth = Math.max(...categories.map((c) => c.length), 1);
  const out = [`${title}:`];
  categories.forEach((category, i) => {
    series.forEach((values, s) => {
      const value = values[i] ?? 0;
      const bar = '█'.repeat(Math.max(0, Math.round((value / max) * 30)));
      const label = s === 0 ? category.padEnd(labelWidth) : ' '.repeat(labelWidth);
      out.push(`  ${label}  ${s < bars.length ? bar : '·'.repeat(bar.length)} ${Number(value.toPrecision(4))}`);
    });
  });
  if (lines.length) out.push(`  (· = reference line)`);
  return out;
}

/** The whole summary as terminal text. */
export function renderMarkdownForTerminal(markdown: string): string {
  const input = markdown.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const line = input[i] as string;
    if (line.startsWith('```mermaid')) {
      const block: string[] = [];
      for (i++; i < input.length && !(input[i] as string).startsWith('```'); i++) block.push(input[i] as string);
      out.push(...renderBarChart(block));
    } else if (line.trim().startsWith('|') && /^\s*\|[\s:|-]+\|\s*$/.test(input[i + 1] ?? '')) {
      const block: string[] = [];
      for (; i < input.length && (input[i] as string).trim().startsWith('|'); i++) block.push(input[i] as string);
      i--;
      out.push(...renderTable(block));
    } else if (/^#{1,6} /.test(line)) {
      const text = plainText(line.replace(/^#+ /, ''));
      out.push(text, (line.startsWith('## ') || line.startsWith('# ') ? '═' : '─').repeat([...text].length));
    } else if (/<summary>/.test(line)) {
      out.push(`▸ ${plainText(line)}`);
    } else {
      const text = plainText(line).replace(/\*\*([^*]+)\*\*/g, '$1');
      if (text.trim() !== '' || out[out.length - 1] !== '') out.push(text);
    }
  }
  return out.join('\n').trim();
}
