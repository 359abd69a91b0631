/** The Prometheus text exposition parser of scrape mode: round trips of any labels and values, and its errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExpositionError, parseExposition } from '../../../src/deploy/scrape/exposition.js';

/** Writes a sample as client libraries do (Prometheus' escaping of label values). */
function render(name: string, labels: Record<string, string>, value: number): string {
  const escaped = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  const text = Number.isNaN(value) ? 'NaN' : value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value);
  return `${name}${escaped.length ? `{${escaped.join(',')}}` : ''} ${text}`;
}

const metricName = fc.stringMatching(/^[a-zA-Z_:][a-zA-Z0-9_:]{0,20}$/);
const labelName = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,10}$/);
const labels = fc.dictionary(labelName, fc.string({ maxLength: 12, unit: 'binary' }), { maxKeys: 4 });
const value = fc.oneof(fc.double(), fc.integer().map(Number), fc.constantFrom(NaN, Infinity, -Infinity, 0));

describe('parseExposition', () => {
  it('reads back any samples as written, with comments and blank lines between them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(metricName, labels, value), { maxLength: 8 }), (samples) => {
        const text = ['# HELP x anything', ...samples.flatMap(([n, l, v]) => [render(n, l, v), '', `# TYPE ${n} untyped`])].join('\n');
        const parsed = parseExposition(text);
        expect(parsed).toHaveLength(samples.length);
        parsed.forEach((p, i) => {
          const [n, l, v] = samples[i]!;
          expect(p.name).toBe(n);
          expect(p.labels).toEqual(l);
          if (Number.isNaN(v)) expect(p.value).toBeNaN();
          else expect(p.value).toBe(v === 0 ? 0 : v);
        });
      }),
    );
  });

  it('reads a histogram as the flat series Prometheus stores, timestamps, exemplars and # EOF', () => {
    const text = `# TYPE h histogram
h_bucket{variant="stable",le="0.1"} 3 1700000000000
h_bucket{variant="stable",le="+Inf"} 5
h_sum{variant="stable"} 1.5e-1
h_count{variant="stable"} 5
h_bucket{variant="canary",le="0.1"} 1 # {trace_id="x"} 0.05
h_bucket{variant="canary",le="+Inf"} 2
# EOF
ignored{ after EOF
`;
    expect(parseExposition(text)).toEqual([
      { name: 'h_bucket', labels: { variant: 'stable', le: '0.1' }, value: 3 },
      { name: 'h_bucket', labels: { variant: 'stable', le: '+Inf' }, value: 5 },
      { name: 'h_sum', labels: { variant: 'stable' }, value: 0.15 },
      { name: 'h_count', labels: { variant: 'stable' }, value: 5 },
      { name: 'h_bucket', labels: { variant: 'canary', le: '0.1' }, value: 1 },
      { name: 'h_bucket', labels: { variant: 'canary', le: '+Inf' }, value: 2 },
    ]);
  });

  it.each([
    ['x{a="1"', /line 1: expected ',' or '}' after the value of label 'a'/],
    ['x{a=1} 2', /line 1: expected '"' to open the value of label 'a'/],
    ['ok 1\nx{a="b\\q"} 1', /line 2: unknown escape '\\q'/],
    ['x{a="1",a="2"} 1', /label 'a' appears twice/],
    ['x one', /line 1: 'one' is not a number \(the value of x\)/],
    ['x', /line 1: expected '<value> \[timestamp\]' after x/],
    ['9x 1', /line 1: expected a metric name, got '9x 1'/],
    ['x{a="unterminated} 1', /unterminated value of label 'a'/],
  ])('%j: %s', (text, message) => {
    expect(() => parseExposition(text)).toThrow(ExpositionError);
    expect(() => parseExposition(text)).toThrow(message);
  });
});
