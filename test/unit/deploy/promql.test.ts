/**
 * Scrape mode's PromQL: parsing (Prometheus' Lezer grammar) into the supported subset, refusals
 * naming the construct, and evaluation with Prometheus' semantics on hand-made series whose
 * results are worked out here by Prometheus' own formulas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketQuantile, Evaluator, type Value } from '../../../src/deploy/promql/evaluate.js';
import { parsePromql, PromqlError } from '../../../src/deploy/promql/parse.js';
import { SampleStore } from '../../../src/deploy/scrape/store.js';

const T0 = 1_700_000_000_000;

/** A store holding counters that grow by `perSecond` every scrape (1 s apart) from T0. */
function counters(series: Array<{ labels: Record<string, string>; perSecond: number; start?: number }>, seconds: number): SampleStore {
  const store = new SampleStore();
  for (let i = 0; i <= seconds; i++) {
    store.append('t', T0 + i * 1000, series.map((s) => ({ labels: s.labels, value: (s.start ?? 0) + s.perSecond * i })));
  }
  return store;
}

function evaluate(store: SampleStore, query: string, t: number): Value {
  return new Evaluator(store).evaluate(parsePromql(query), t);
}

function single(value: Value): number {
  if (value.type === 'scalar') return value.value;
  expect(value.samples).toHaveLength(1);
  return value.samples[0]!.value;
}

describe('parsePromql refuses what it cannot evaluate, naming it', () => {
  it.each([
    ['topk(3, x)', /aggregation topk \('topk\(3, x\)'\) is not supported without a Prometheus server; supported: selectors/],
    ['rate(x[5m:1m])', /a subquery \('x\[5m:1m\]'\)/],
    ['x @ 100', /the @ modifier/],
    ['predict_linear(x[1m], 60)', /function predict_linear\(\)/],
    ['a and b', /operator and/],
    ['a / ignoring(code) group_left b', /group_left\/group_right/],
    ['"text"', /a string/],
    ['sum((', /syntax error at character/],
    ['{code="500"} or x', /operator or/],
    ['{code=""}', /matches every series: give a metric name/],
    ['rate(x)', /rate\(\) needs a range selector such as metric\[1m\], got 'x'/],
    ['abs(x[1m])', /abs\(\) does not take a range selector/],
    ['x{a=~"("}', /is not a valid regular expression/],
  ])('%s', (query, message) => {
    expect(() => parsePromql(query)).toThrow(PromqlError);
    expect(() => parsePromql(query)).toThrow(message);
  });

  it('accepts every preset and the queries the README shows', () => {
    for (const query of [
      'sum(rate(http_requests_total{variant="canary",code=~"5.."}[1m])) / sum(rate(http_requests_total{variant="canary"}[1m]))',
      'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{variant="canary"}[1m])))',
      'sum(increase(http_requests_total{variant="canary"}[300s]))',
      'sum(rate(x[1m] offset 30s)) by (variant) * 100 > bool 2',
      '-max(x) + 2 ^ 3 % 5',
    ]) {
      expect(() => parsePromql(query)).not.toThrow();
    }
  });
});

describe('evaluation', () => {
  it('rate and increase of a steady counter scraped every second are exact (extrapolated to the window)', () => {
    const store = counters([{ labels: { __name__: 'req_total', variant: 'canary' }, perSecond: 10, start: 100 }], 120);
    const t = T0 + 100_000;
    expect(single(evaluate(store, 'rate(req_total[1m])', t))).toBeCloseTo(10, 9);
    expect(single(evaluate(store, 'increase(req_total[30s])', t))).toBeCloseTo(300, 9);
    expect(single(evaluate(store, 'irate(req_total[5s])', t))).toBeCloseTo(10, 9);
    expect(single(evaluate(store, 'delta(req_total[10s])', t))).toBeCloseTo(100, 9);
    expect(single(evaluate(store, 'req_total offset 10s', t))).toBe(100 + 10 * 90);
  });

  it('a counter reset is added back as Prometheus does', () => {
    const store = new SampleStore();
    [0, 10, 20, 5, 15].forEach((v, i) => store.append('t', T0 + i * 1000, [{ labels: { __name__: 'c' }, value: v }]));
    // Points in (T0, T0+4s]: 10, 20, 5, 15 -> raw 5, plus the reset's 20 = 25 over 3 s sampled,
    // extrapolated by 1 s to the window start (within 1.1 average intervals) -> 25 * 4/3.
    expect(single(evaluate(store, 'increase(c[4s])', T0 + 4000))).toBeCloseTo((25 * 4) / 3, 9);
  });

  it('extrapolation stops at zero for a counter that started inside the window', () => {
    const store = new SampleStore();
    // A new series: first seen at 2 with a rate of 2/s, so it started at 0 one second before.
    [2, 4, 6].forEach((v, i) => store.append('t', T0 + 10_000 + i * 1000, [{ labels: { __name__: 'c' }, value: v }]));
    // 4 over 2 s sampled, extended by the 1 s back to zero (not to the window's start); the end is the last sample.
    expect(single(evaluate(store, 'increase(c[1m])', T0 + 12_000))).toBeCloseTo((4 * 3) / 2, 9);
  });

  it('sum, sum by, avg, min, max, count and one-to-one division with on()', () => {
    const store = counters(
      [
        { labels: { __name__: 'r', variant: 'stable', code: '200' }, perSecond: 90 },
        { labels: { __name__: 'r', variant: 'stable', code: '500' }, perSecond: 10 },
        { labels: { __name__: 'r', variant: 'canary', code: '200' }, perSecond: 5 },
        { labels: { __name__: 'r', variant: 'canary', code: '500' }, perSecond: 5 },
      ],
      60,
    );
    const t = T0 + 60_000;
    expect(single(evaluate(store, 'sum(rate(r{variant="stable",code=~"5.."}[10s])) / sum(rate(r{variant="stable"}[10s]))', t))).toBeCloseTo(0.1, 9);
    const byVariant = evaluate(store, 'sum by (variant) (rate(r{code="500"}[10s])) / on(variant) sum by (variant) (rate(r[10s]))', t);
    expect(byVariant.type === 'vector' && Object.fromEntries(byVariant.samples.map((s) => [s.labels.variant, Number(s.value.toFixed(9))]))).toEqual({ stable: 0.1, canary: 0.5 });
    expect(single(evaluate(store, 'count(r)', t))).toBe(4);
    expect(single(evaluate(store, 'max(rate(r[10s]))', t))).toBeCloseTo(90, 9);
    expect(single(evaluate(store, 'min(rate(r[10s]))', t))).toBeCloseTo(5, 9);
    expect(single(evaluate(store, 'avg(rate(r[10s]))', t))).toBeCloseTo(27.5, 9);
    const without = evaluate(store, 'sum without (code) (r)', t);
    expect(without.type === 'vector' && without.samples.map((s) => s.labels).sort((a, b) => a.variant!.localeCompare(b.variant!))).toEqual([{ variant: 'canary' }, { variant: 'stable' }]);
    // Comparisons filter, or give 0/1 with bool; scalars on either side.
    expect(evaluate(store, 'rate(r[10s]) > 50', t).type === 'vector' && (evaluate(store, 'rate(r[10s]) > 50', t) as { samples: unknown[] }).samples).toHaveLength(1);
    expect(single(evaluate(store, 'sum(rate(r[10s])) > bool 1000', t))).toBe(0);
    expect(single(evaluate(store, '2 * 3 - 1', t))).toBe(5);
    expect(single(evaluate(store, 'scalar(sum(r{code="500"})) / 60', t))).toBeCloseTo(15, 9);
  });

  it('histogram_quantile interpolates within the bucket, as Prometheus does', () => {
    const buckets = [
      { le: '0.1', perSecond: 50 },
      { le: '0.25', perSecond: 90 },
      { le: '0.5', perSecond: 99 },
      { le: '+Inf', perSecond: 100 },
    ];
    const store = counters(buckets.map((b) => ({ labels: { __name__: 'd_bucket', variant: 'canary', le: b.le }, perSecond: b.perSecond })), 60);
    const t = T0 + 60_000;
    const q = (phi: number) => single(evaluate(store, `histogram_quantile(${phi}, sum by (le) (rate(d_bucket{variant="canary"}[30s])))`, t));
    expect(q(0.5)).toBeCloseTo(0.1, 9); // rank 50 is the first bucket's count
    expect(q(0.7)).toBeCloseTo(0.1 + 0.15 * (20 / 40), 9);
    expect(q(0.99)).toBeCloseTo(0.5, 9);
    expect(q(0.999)).toBeCloseTo(0.5, 9); // in the +Inf bucket: the highest finite bound
  });

  it('bucketQuantile: NaN without +Inf or observations, monotonicity forced, bounds for q outside [0, 1]', () => {
    expect(bucketQuantile(0.5, [{ upperBound: 1, count: 3 }])).toBeNaN();
    expect(bucketQuantile(0.5, [{ upperBound: 1, count: 0 }, { upperBound: Infinity, count: 0 }])).toBeNaN();
    expect(bucketQuantile(-1, [])).toBe(-Infinity);
    expect(bucketQuantile(2, [])).toBe(Infinity);
    // A bucket lower than the one before (a scrape between two bucket updates) counts as equal.
    expect(bucketQuantile(0.5, [{ upperBound: 1, count: 10 }, { upperBound: 2, count: 8 }, { upperBound: Infinity, count: 20 }])).toBeCloseTo(1, 9);
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 2, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (counts, phi) => {
        const sorted = [...counts].sort((a, b) => a - b);
        const buckets = sorted.map((count, i) => ({ upperBound: i === sorted.length - 1 ? Infinity : i + 1, count }));
        const value = bucketQuantile(phi, buckets);
        if (sorted.at(-1) === 0) return Number.isNaN(value);
        // NaN only where Prometheus divides 0 by 0 too: the rank falls on an empty first bucket.
        if (Number.isNaN(value)) return phi * sorted.at(-1)! <= sorted[0]! && sorted[0] === 0;
        return value >= 0 && value <= sorted.length - 1;
      }),
    );
  });

  it('a series that disappears goes stale; an instant selector looks back 5 minutes at most', () => {
    const store = new SampleStore();
    store.append('t', T0, [{ labels: { __name__: 'g', a: '1' }, value: 1 }, { labels: { __name__: 'g', a: '2' }, value: 2 }]);
    store.append('t', T0 + 1000, [{ labels: { __name__: 'g', a: '1' }, value: 1 }]);
    expect(evaluate(store, 'sum(g)', T0 + 500).type === 'vector' && single(evaluate(store, 'sum(g)', T0 + 500))).toBe(3);
    expect(single(evaluate(store, 'sum(g)', T0 + 1500))).toBe(1);
    expect(single(evaluate(store, 'count(g)', T0 + 4 * 60_000))).toBe(1);
    expect((evaluate(store, 'g', T0 + 6 * 60_000) as { samples: unknown[] }).samples).toEqual([]);
    store.targetDown('t', T0 + 2000);
    expect((evaluate(store, 'g', T0 + 2500) as { samples: unknown[] }).samples).toEqual([]);
  });
});
