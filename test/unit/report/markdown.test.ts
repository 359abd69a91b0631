import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capLength, COMMENT_LIMIT, escapeCell, escapeText, inlineCode, table } from '../../../src/report/markdown.js';

/** Text with the characters that cause trouble in Markdown, HTML and mentions. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '@', '|', '\\', '`', '*', '_', '[', ']', '(', ')', '#', '\n', '\r', '"', "'", '!', '-', ' ', 'a', 'b', 'Z', '1', 'é', '😀', '\u0000', '\u001b'),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 60,
});

/** Raw HTML: a tag opener, or an entity that is not one of ours. */
const RAW_HTML = /<[a-zA-Z!/?]/;
/** A GitHub mention: @ followed by a name character, not preceded by a word character. */
const MENTION = /(^|[^\w`])@[a-zA-Z0-9]/;

function cellsOf(row: string): string[] {
  // Split on pipes not escaped by an odd number of backslashes.
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i]!;
    if (char === '\\') {
      current += char + (row[i + 1] ?? '');
      i++;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  return cells;
}

describe('escaping untrusted text', () => {
  it('never yields raw HTML or an @mention', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(RAW_HTML);
        expect(escaped).not.toMatch(MENTION);
      }),
      { numRuns: 2000 },
    );
  });

  it('never breaks a table row, whatever the cells contain', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 6 }), fc.array(fc.array(nasty, { maxLength: 6 }), { maxLength: 5 }), (header, rows) => {
        const lines = table(header.map(escapeCell), rows.map((r) => r.map(escapeCell))).split('\n');
        expect(lines).toHaveLength(rows.length + 2);
        for (const line of lines) {
          // `| a | b |` splits into header.length + 2 pieces (empty ends).
          expect(cellsOf(line)).toHaveLength(header.length + 2);
          expect(line).not.toMatch(RAW_HTML);
          expect(line).not.toMatch(MENTION);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps an unescaped pipe in caller-built Markdown from breaking the row', () => {
    const [, , row] = table(['a', 'b'], [['`x|y`', 'ok']]).split('\n');
    expect(cellsOf(row!)).toHaveLength(4);
  });

  it('shows inline code literally, whatever backticks it holds', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const code = inlineCode(text);
        const fence = /^`+/.exec(code)![0];
        // The fence is longer than any run of backticks inside, so the span cannot end early.
        const inner = code.slice(fence.length, code.length - fence.length);
        expect(Math.max(0, ...(inner.match(/`+/g) ?? []).map((r) => r.length))).toBeLessThan(fence.length);
        expect(code).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('escapes known dangerous examples as expected', () => {
    expect(escapeText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeText('ping @octocat and @org/team')).toBe('ping &#64;octocat and &#64;org/team');
    expect(escapeCell('a|b\nc')).toBe('a\\|b c');
  });
});

describe('capLength', () => {
  it('keeps every result within the comment limit and says it truncated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.constantFrom('x', 'line\n', '<details><summary>s</summary>\n\n', '```\ncode\n'), (n, unit) => {
        const text = unit.repeat(Math.ceil(n / unit.length));
        const capped = capLength(text);
        expect(capped.length).toBeLessThanOrEqual(COMMENT_LIMIT);
        if (text.length <= COMMENT_LIMIT - 536) expect(capped).toBe(text);
        else {
          expect(capped).toContain('Truncated');
          // Folded sections and code fences are closed before the note.
          expect((capped.match(/<details/g) ?? []).length).toBe((capped.match(/<\/details>/g) ?? []).length);
          expect((capped.match(/^```/gm) ?? []).length % 2).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
