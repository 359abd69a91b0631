import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionChart, escapeHtml, htmlPage, htmlTable } from '../../../src/report/html.js';

describe('HTML reports', () => {
  it('never lets data text open a tag or break out of an attribute', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 20 }), (text, label) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const html = htmlTable([text], [[{ text, className: label }]]) + distributionChart([text], [{ label, color: 'red" onload="x', shares: [0.5] }]);
        // Only our own tags appear: nothing from the data starts a tag or a handler attribute.
        expect(html).not.toMatch(/<(?!\/?(table|thead|tbody|tr|th|td|div|span|svg|rect|title|text|line)\b)/);
        expect(html).not.toMatch(/ on\w+="/);
      }),
    );
  });

  it('is a self-contained page: no script, no external reference', () => {
    const page = htmlPage('<Drift>', distributionChart(['a', 'b'], [{ label: 'ref', color: '#888', shares: [0.3, 0.7] }]));
    expect(page).toContain('<title>&lt;Drift&gt;</title>');
    expect(page).not.toMatch(/<script|src="http|href="http/);
    expect(page).toMatch(/<rect [^>]*height="170\.0"/);
  });
});
