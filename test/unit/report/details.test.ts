import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { details } from '../../../src/report/markdown.js';

/** The text of the `<summary>` line as a browser shows it: entities decoded, nothing else. */
function shown(markdown: string): string {
  const raw = /^<details(?: open)?><summary>(.*)<\/summary>$/m.exec(markdown)![1]!;
  return raw.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
}

describe('details()', () => {
  it('shows a summary as typed: raw HTML does not read Markdown backslash escapes', () => {
    const markdown = details('All slices (3) of data/predictions-v1.csv', 'body');
    expect(markdown.split('\n')[0]).toBe('<details><summary>All slices (3) of data/predictions-v1.csv</summary>');
    expect(markdown).not.toContain('\\(');
  });

  it('any summary stays one line of text: no tag, no mention, the block not ended early', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (summary) => {
        const markdown = details(summary, 'body', true);
        const first = markdown.split('\n')[0]!;
        expect(first.startsWith('<details open><summary>') && first.endsWith('</summary>')).toBe(true);
        const inner = first.slice('<details open><summary>'.length, -'</summary>'.length);
        expect(inner).not.toMatch(/[<>@]/);
        expect(shown(markdown)).toBe(summary.replace(/\r\n|\r|\n/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD'));
      }),
    );
  });
});
