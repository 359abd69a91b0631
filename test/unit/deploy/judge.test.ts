import { describe, expect, it } from 'vitest';
import { parseAnalysis } from '../../../src/deploy/analysis-config.js';
import { judgeMetric } from '../../../src/deploy/judge.js';
import { parseSteps } from '../../../src/deploy/steps.js';
import { InputError } from '../../../src/runner/errors.js';

const metric = (rules: Record<string, unknown>) => parseAnalysis({ metrics: [{ name: 'm', query: 'x{v="{{ variant }}"}', ...rules }] }, 'haproxy').metrics[0]!;

describe('judgeMetric', () => {
  it('max and min hold the canary mean to absolute bounds', () => {
    expect(judgeMetric(metric({ max: 0.05 }), [0], [0.04, 0.05]).verdict).toBe('pass');
    const over = judgeMetric(metric({ max: 0.05 }), [0], [0.06, 0.07]);
    expect(over.verdict).toBe('fail');
    expect(over.reason).toMatch(/max: canary 0.065 vs max 0.05/);
    expect(judgeMetric(metric({ min: 0.9 }), [], [0.8, 0.85]).verdict).toBe('fail');
  });

  it('relative bounds compare with the stable mean', () => {
    const rule = metric({ 'max-increase-pct': 20, 'max-decrease-pct': 10 });
    expect(judgeMetric(rule, [1, 1], [1.19, 1.19]).verdict).toBe('pass');
    expect(judgeMetric(rule, [1, 1], [1.21, 1.21]).verdict).toBe('fail');
    expect(judgeMetric(rule, [1, 1], [0.89, 0.89]).verdict).toBe('fail');
    expect(judgeMetric(rule, [1, 1], [0.91, 0.91]).verdict).toBe('pass');
  });

  it('Mann-Whitney fails only a significant difference whose effect exceeds the allowed ratio, in the bad direction', () => {
    const stable = [1, 1.1, 0.9, 1.05, 0.95, 1, 1.02, 0.98];
    const higher = stable.map((v) => v * 1.5);
    const slightlyHigher = stable.map((v) => v + 0.3);
    const rule = metric({ compare: { direction: 'increase', 'allowed-increase': 1.2 } });
    const fail = judgeMetric(rule, stable, higher);
    expect(fail.verdict).toBe('fail');
    expect(fail.comparison!.significant).toBe(true);
    expect(fail.comparison!.meanRatio).toBeCloseTo(1.5, 10);
    // Significant but within the allowed effect.
    const within = judgeMetric(metric({ compare: { direction: 'increase', 'allowed-increase': 1.4 } }), stable, slightlyHigher);
    expect(within.comparison!.significant).toBe(true);
    expect(within.verdict).toBe('pass');
    // Lower is not bad for direction increase; it is for either.
    expect(judgeMetric(rule, stable, stable.map((v) => v / 2)).verdict).toBe('pass');
    expect(judgeMetric(metric({ compare: { direction: 'either', 'allowed-decrease': 0.8 } }), stable, stable.map((v) => v / 2)).verdict).toBe('fail');
    // Same distribution: not significant.
    expect(judgeMetric(rule, stable, [...stable].reverse()).verdict).toBe('pass');
  });

  it('is inconclusive without observations, or with too few for Mann-Whitney', () => {
    expect(judgeMetric(metric({ max: 1 }), [1], []).verdict).toBe('inconclusive');
    expect(judgeMetric(metric({ 'max-increase-pct': 10 }), [], [1]).reason).toMatch(/no observations of the stable side/);
    expect(judgeMetric(metric({ compare: {} }), [1, 2], [3, 4, 5]).verdict).toBe('inconclusive');
  });
});

describe('parseAnalysis', () => {
  it('resolves presets of the provider and refuses those of another', () => {
    const config = parseAnalysis({ metrics: [{ preset: 'error-rate', max: 0.01 }] }, 'haproxy');
    expect(config.metrics[0]!.name).toBe('error-rate');
    expect(config.metrics[0]!.query).toContain('haproxy_server_http_responses_total');
    expect(() => parseAnalysis({ metrics: [{ preset: 'error-rate', max: 0.01 }] }, 'nginx')).toThrow(/nginx provider has no preset 'error-rate'; presets: http-error-rate/);
  });

  it.each([
    [{}, /'metrics' must be a non-empty list/],
    [{ metrics: [{ name: 'a', query: 'q' }] }, /has no rule/],
    [{ metrics: [{ name: 'a', query: 'q', max: 'high' }] }, /'max' must be a number/],
    [{ metrics: [{ name: 'a', query: 'q', maxx: 1 }] }, /unknown field\(s\) 'maxx'/],
    [{ metrics: [{ name: 'a', query: 'q', compare: { confidence: 1.5 } }] }, /'confidence' must be between 0 and 1/],
    [{ metrics: [{ name: 'a', query: 'q', compare: { direction: 'up' } }] }, /'direction' must be increase, decrease or either/],
    [{ metrics: [{ name: 'a', query: 'q', max: 1 }, { name: 'a', query: 'r', max: 1 }] }, /two metrics are named 'a'/],
    [{ metrics: [{ name: 'a', query: 'q', max: 1 }], 'rate-window': 'soon' }, /'rate-window' must be a PromQL duration/],
  ])('refuses %j naming the input', (value, message) => {
    expect(() => parseAnalysis(value, 'haproxy')).toThrow(InputError);
    expect(() => parseAnalysis(value, 'haproxy')).toThrow(message);
  });
});

describe('parseSteps', () => {
  it('takes ascending whole percents', () => {
    expect(parseSteps(['10', '50%', '100'])).toEqual([10, 50, 100]);
    expect(() => parseSteps(['50', '10'])).toThrow(/larger than the one before/);
    expect(() => parseSteps(['0'])).toThrow(/between 1 and 100/);
    expect(() => parseSteps(['12.5'])).toThrow(/whole percents/);
    expect(() => parseSteps([])).toThrow(/at least one/);
  });
});
