/**
 * Markdown built from untrusted text (column names, values, metric names, file contents).
 * Everything that comes from data goes through escapeText/escapeCell so it can never inject
 * HTML, ping people with @mentions, or break a table.
 */

/** GitHub rejects issue and PR comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // An entity rather than the character: GitHub links @user and @org/team from the raw text.
  '@': '&#64;',
};

/** Characters that would start Markdown formatting, links or images. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;

/**
 * Escapes text for use anywhere in Markdown: no raw HTML, no @mentions, no formatting.
 * Newlines are kept (use escapeCell inside tables).
 */
export function escapeText(text: string): string {
  // Markdown escapes first, so the `#` and `;` of the entities added next stay as they are.
  return text
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/** Escapes text for one table cell: as escapeText, and line breaks become a space. */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/\r\n|\r|\n/g, ' ');
}

/** Inline code that shows the text literally, whatever backticks it contains. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\u2758');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export type Align = 'left' | 'right' | 'center';

/**
 * A GitHub table. Header and cells are Markdown the caller built with the helpers above
 * (so that links and emphasis of our own survive); each is flattened to one line and any
 * unescaped pipe is escaped so it cannot break the row.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const columns = header.length;
  const cell = (text: string): string => protectPipes(text.replace(/\r\n|\r|\n/g, ' ')) || ' ';
  const rule = header.map((_, i) => ({ left: ':---', right: '---:', center: ':---:' })[align[i] ?? 'left']);
  const line = (cells: readonly string[]) => {
    const padded = Array.from({ length: columns }, (_, i) => cell(cells[i] ?? ''));
    return `| ${padded.join(' | ')} |`;
  };
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Escapes every pipe not already escaped (an odd number of backslashes before it). */
function protectPipes(text: string): string {
  return text.replace(/(\\*)\|/g, (match, slashes: string) => (slashes.length % 2 === 1 ? match : `${slashes}\\|`));
}

/**
 * A folded section; `summary` is plain text and is escaped. The `<summary>` line is raw HTML,
 * where Markdown backslash escapes are shown as typed (`\(`), so it gets HTML entities only,
 * on one line (a line break could end the HTML block).
 */
export function details(summary: string, body: string, open = false): string {
  const text = summary
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
  return `<details${open ? ' open' : ''}><summary>${text}</summary>\n\n${body}\n\n</details>`;
}

/** A Markdown link whose visible text is escaped and whose URL is percent-encoded where needed. */
export function link(text: string, url: string): string {
  const safeUrl = encodeURI(decodeURIComponentSafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  return `[${escapeText(text)}](${safeUrl})`;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Caps Markdown to fit a comment: when too long, cuts at a line boundary and appends a note.
 * The result is at most `limit` characters.
 */
export function capLength(markdown: string, limit = COMMENT_LIMIT - 536, note = 'Truncated: see the job summary or the JSON report for the rest.'): string {
  if (markdown.length <= limit) return markdown;
  const suffix = `\n\n_${escapeText(note)}_\n`;
  let end = Math.max(0, limit - suffix.length);
  for (;;) {
    const lineEnd = markdown.lastIndexOf('\n', end);
    const body = markdown.slice(0, lineEnd > end / 2 ? lineEnd : end);
    // An open <details> or code fence left dangling would swallow the note: close them.
    const openDetails = Math.max(0, (body.match(/<details/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length);
    const openFence = (body.match(/^```/gm) ?? []).length % 2 === 1;
    const closing = `${openFence ? '\n```' : ''}${'\n</details>'.repeat(openDetails)}`;
    const result = `${body}${closing}${suffix}`;
    if (result.length <= limit || body.length === 0) return result;
    end = body.length - (result.length - limit) - 1;
  }
}
