import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, lineChart, mermaidLabel } from '../../../src/report/mermaid.js';

describe('Mermaid charts', () => {
  it('draws a bar chart with a threshold line', () => {
    const chart = barChart({ title: 'Drift by column', categories: ['age', 'income'], yLabel: 'score', bars: [{ name: 'score', values: [0.05, 0.31] }], lines: [{ name: 'threshold', values: [0.1, 0.1] }] });
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "Drift by column"',
      '    x-axis ["age", "income"]',
      '    y-axis "score" 0 --> 0.31',
      '    bar [0.05, 0.31]',
      '    line [0.1, 0.1]',
      '```',
    ]);
  });

  it('draws a line chart', () => {
    expect(lineChart({ title: 't', categories: ['1', '2'], lines: [{ name: 'auc', values: [0.8, 0.9] }], yMin: 0, yMax: 1 })).toContain('line [0.8, 0.9]');
  });

  it('keeps labels from data inside their quotes and the fence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (label) => {
        const safe = mermaidLabel(label);
        expect(safe).not.toMatch(/["`\n\r<>]/);
        expect([...safe].length).toBeLessThanOrEqual(40);
        const chart = barChart({ title: label, categories: [label], bars: [{ name: 'x', values: [1] }] });
        expect(chart.match(/```/g)).toHaveLength(2);
      }),
    );
  });
});
