/**
 * Scrape mode against the real thing: the same analysis over the same window of the same two
 * model servers (behind HAProxy, under load), once evaluated by Prometheus 2.42 (scraping them
 * every second) and once by the action's own scraper and PromQL evaluator. Verdicts must be the
 * same and values close (the two scrape at different instants of each second).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAnalyzer, type StepAnalysis } from '../../../src/deploy/analysis.js';
import { parseAnalysis } from '../../../src/deploy/analysis-config.js';
import { prometheusClient } from '../../../src/deploy/prometheus.js';
import { createProvider } from '../../../src/deploy/providers/index.js';
import { localPrometheus } from '../../../src/deploy/scrape/local-prometheus.js';
import { Scraper } from '../../../src/deploy/scrape/scraper.js';
import { startLoad } from '../../fixtures/canary/load.js';
import type { Knobs } from '../../fixtures/canary/model-server.js';
import { startStack, type Stack } from '../../fixtures/canary/stack.js';

let stack: Stack;
/** One scraper for the whole run, as for a whole rollout: it has the history Prometheus has. */
let scraper: Scraper;
beforeAll(async () => {
  stack = await startStack();
  scraper = new Scraper(
    [
      { variant: 'stable', url: `http://127.0.0.1:${stack.stable.port}/metrics` },
      { variant: 'canary', url: `http://127.0.0.1:${stack.canary.port}/metrics` },
    ],
    1000,
    15 * 60_000,
  );
  await scraper.start();
}, 60_000);
afterAll(async () => {
  await scraper?.stop();
  await stack?.stop();
});

/** The HAProxy tests' analysis on the model servers' metrics, plus queries using more of the supported PromQL. */
const ANALYSIS = `rate-window: 2s
resolution: 1s
min-samples: 20
requests: http-requests
metrics:
  - preset: http-error-rate
    max: 0.05
  - name: p99-latency
    preset: http-p99-latency
    max: 0.1
    compare: {direction: increase, confidence: 0.95, allowed-increase: 2}
  - name: positive-share
    query: >-
      sum(rate(model_positive_predictions_total{variant="{{ variant }}"}[{{ rate-window }}]))
      / sum(rate(model_predictions_total{variant="{{ variant }}"}[{{ rate-window }}]))
    max-increase-pct: 30
    max-decrease-pct: 30
    compare: {direction: either, confidence: 0.95, allowed-increase: 1.3, allowed-decrease: 0.7}
  - name: mean-latency
    query: >-
      sum by (variant) (rate(http_request_duration_seconds_sum{variant="{{ variant }}"}[{{ rate-window }}]))
      / on (variant) sum by (variant) (rate(http_request_duration_seconds_count{variant="{{ variant }}"}[{{ rate-window }}]))
    max: 0.1
  - name: ok-per-second
    query: sum without (code, instance, job, exported_variant) (irate(http_requests_total{variant="{{ variant }}",code!~"5.."}[3s])) * 1
    min: 1
  - name: p50-latency-ms
    query: 1000 * histogram_quantile(0.5, sum by (le) (increase(http_request_duration_seconds_bucket{variant="{{ variant }}"}[{{ window }}])))
    max: 50
`;

const provider = createProvider('command', { command: 'true' });
const config = parseAnalysis(parse(ANALYSIS), 'command');

/** |a - b| within 15% of the larger, plus a small absolute slack for values near 0. */
function close(a: number | null, b: number | null, absolute: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 0.15 * Math.max(Math.abs(a), Math.abs(b)) + absolute;
}

const ABSOLUTE: Record<string, number> = { 'http-error-rate': 0.02, 'p99-latency': 0.005, 'positive-share': 0.03, 'mean-latency': 0.002, 'ok-per-second': 5, 'p50-latency-ms': 1 };

async function analyseBoth(knobs: Partial<Knobs>): Promise<{ prometheus: StepAnalysis; scrape: StepAnalysis }> {
  await stack.reset(knobs);
  await stack.haproxy.command('set weight model/v1 50');
  await stack.haproxy.command('set weight model/v2 50');
  const load = startLoad(`http://127.0.0.1:${stack.haproxy.frontend}/predict`, { ratePerSecond: 100, maxRequests: 2500, timeLimitMs: 18_000 });
  try {
    // Long enough that every query's range, `{{ window }}` included, covers this scenario's
    // traffic only: a range reaching into the previous scenario mixes two behaviours, and
    // where exactly it starts (the two scrape at different instants) would then matter.
    await new Promise((r) => setTimeout(r, 16_000));
    // Both have scraped past the window's end by then.
    const endMs = Date.now() - 2500;
    const window = { startMs: endMs - 6000, endMs };
    const options = { minSamples: 20, intervalMs: 6000 };
    const [prometheus, scrape] = await Promise.all([
      createAnalyzer(config, provider, prometheusClient(stack.prometheus.url), options)(window),
      createAnalyzer(config, provider, localPrometheus(scraper), options)(window),
    ]);
    return { prometheus, scrape };
  } finally {
    await load.stop();
  }
}

describe('scrape mode gives the verdicts and values Prometheus gives', () => {
  it.each([
    ['a healthy canary', {}, 'pass', []],
    ['a canary returning errors', { errorRate: 0.3 }, 'fail', ['http-error-rate']],
    ['a slower canary', { delayMs: 150 }, 'fail', ['p99-latency', 'mean-latency', 'p50-latency-ms']],
    ['a canary whose predictions shifted', { positiveShare: 0.7 }, 'fail', ['positive-share']],
  ] as const)('%s', async (_what, knobs, verdict, failing) => {
    const { prometheus, scrape } = await analyseBoth(knobs);
    const describe = (a: StepAnalysis) => JSON.stringify(a.metrics.map((m) => [m.name, m.verdict, m.stable.mean, m.canary.mean, m.stable.observations, m.canary.observations]));
    expect(prometheus.verdict, describe(prometheus)).toBe(verdict);
    expect(scrape.verdict, `scrape ${describe(scrape)}\nprometheus ${describe(prometheus)}`).toBe(verdict);
    expect(prometheus.metrics.filter((m) => m.verdict === 'fail').map((m) => m.name)).toEqual(failing);
    expect(scrape.metrics.map((m) => [m.name, m.verdict])).toEqual(prometheus.metrics.map((m) => [m.name, m.verdict]));
    for (const [i, m] of scrape.metrics.entries()) {
      const p = prometheus.metrics[i]!;
      for (const side of ['stable', 'canary'] as const) {
        expect(close(m[side].mean, p[side].mean, ABSOLUTE[m.name]!), `${m.name} ${side}: scrape ${m[side].mean} vs Prometheus ${p[side].mean}`).toBe(true);
        expect(Math.abs(m[side].observations - p[side].observations), `${m.name} ${side} observations: scrape ${describe(scrape)}\nprometheus ${describe(prometheus)}`).toBeLessThanOrEqual(1);
      }
    }
    for (const side of ['stable', 'canary'] as const) {
      expect(close(scrape.samples[side], prometheus.samples[side], 10), `requests ${side}: scrape ${scrape.samples[side]} vs Prometheus ${prometheus.samples[side]}`).toBe(true);
    }
  }, 60_000);
});
