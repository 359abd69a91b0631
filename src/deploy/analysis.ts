/**
 * One step's analysis: each metric's query run for the stable and the canary side over the
 * step's bake window, each side's requests counted, and the step's verdict.
 */
import { parseDuration } from '../runner/duration.js';
import type { AnalysisConfig } from './analysis-config.js';
import { judgeMetric, type MetricVerdict, type Verdict } from './judge.js';
import { fillQuery, promDuration } from './placeholders.js';
import type { PrometheusClient } from './prometheus.js';
import type { TrafficProvider, Variant } from './provider.js';
import { providerRequestsQuery } from './presets.js';

export interface StepWindow {
  startMs: number;
  endMs: number;
}

export interface StepAnalysis {
  verdict: Verdict;
  reason: string;
  /** Requests (or, without a requests query, the fewest observations of any metric) of each side. */
  samples: Record<Variant, number>;
  samplesOf: 'requests' | 'observations';
  metrics: Array<MetricVerdict & { queries: Record<Variant, string> }>;
}

export type Analyzer = (window: StepWindow) => Promise<StepAnalysis>;

const VARIANTS: readonly Variant[] = ['stable', 'canary'];

/** The range-query step: the configured resolution, else a thirtieth of the interval within 1 s..60 s. */
export function resolutionFor(config: AnalysisConfig, intervalMs: number): number {
  return config.resolutionMs ?? Math.min(60_000, Math.max(1000, Math.round(intervalMs / 30 / 1000) * 1000));
}

/** Fills a query for one side and window; throws an InputError for an unknown placeholder. */
export function queryFor(query: string, provider: TrafficProvider, variant: Variant, config: AnalysisConfig, windowMs: number, what: string): string {
  return fillQuery(query, { ...provider.placeholders(variant), variant, window: promDuration(windowMs), 'rate-window': config.rateWindow }, what);
}

/** The query counting each side's requests: the analysis' own, else the provider's, except in scrape mode, which sees only the variants' metrics. */
export function requestsQueryFor(config: AnalysisConfig, provider: TrafficProvider): string | undefined {
  return config.requests ?? (config.scrape ? undefined : providerRequestsQuery(provider.name));
}

/** Every filled query of the analysis, for checks before any weight changes. */
export function filledQueries(config: AnalysisConfig, provider: TrafficProvider): Array<{ what: string; query: string }> {
  const out: Array<{ what: string; query: string }> = [];
  for (const variant of VARIANTS) {
    for (const metric of config.metrics) out.push({ what: `metric '${metric.name}'`, query: queryFor(metric.query, provider, variant, config, 60_000, `metric '${metric.name}'`) });
    const requests = requestsQueryFor(config, provider);
    if (requests) out.push({ what: 'the requests query', query: queryFor(requests, provider, variant, config, 60_000, 'the requests query') });
  }
  return out;
}

/** Checks every query's placeholders before any weight changes. */
export function checkQueries(config: AnalysisConfig, provider: TrafficProvider): void {
  for (const variant of VARIANTS) {
    for (const metric of config.metrics) queryFor(metric.query, provider, variant, config, 60_000, `metric '${metric.name}'`);
    const requests = requestsQueryFor(config, provider);
    if (requests) queryFor(requests, provider, variant, config, 60_000, 'the requests query');
  }
}

/** An analyzer of steps with this configuration against this Prometheus. */
export function createAnalyzer(config: AnalysisConfig, provider: TrafficProvider, prometheus: PrometheusClient, options: { minSamples: number; intervalMs: number }): Analyzer {
  const stepMs = resolutionFor(config, options.intervalMs);
  const minSamples = config.minSamples ?? options.minSamples;
  const requestsQuery = requestsQueryFor(config, provider);
  const rateWindowMs = parseDuration(config.rateWindow) ?? 60_000;
  return async ({ startMs, endMs }) => {
    const windowMs = endMs - startMs;
    // Observations start one rate window after the weight changed, so that every rate() they
    // hold covers this step's traffic only (earlier points mix in the step before, or a few
    // first requests); with a bake shorter than that, the last point is all there is.
    const observeFrom = Math.min(startMs + rateWindowMs, endMs);
    const metrics: StepAnalysis['metrics'] = [];
    for (const metric of config.metrics) {
      const queries = {
        stable: queryFor(metric.query, provider, 'stable', config, windowMs, `metric '${metric.name}'`),
        canary: queryFor(metric.query, provider, 'canary', config, windowMs, `metric '${metric.name}'`),
      };
      const [stable, canary] = await Promise.all([prometheus.range(queries.stable, observeFrom, endMs, stepMs), prometheus.range(queries.canary, observeFrom, endMs, stepMs)]);
      metrics.push({ ...judgeMetric(metric, stable, canary), queries });
    }
    const samples = { stable: 0, canary: 0 };
    if (requestsQuery) {
      for (const variant of VARIANTS) {
        const value = await prometheus.instant(queryFor(requestsQuery, provider, variant, config, windowMs, 'the requests query'), endMs);
        samples[variant] = Math.round(value ?? 0);
      }
    } else {
      for (const variant of VARIANTS) samples[variant] = Math.min(...metrics.map((m) => m[variant].observations));
    }
    const samplesOf = requestsQuery ? 'requests' : 'observations';
    const short = VARIANTS.filter((v) => samples[v] < minSamples);
    if (short.length) {
      const reason = `too few ${samplesOf} for a verdict: ${short.map((v) => `${v} ${samples[v]}`).join(', ')} (min-samples ${minSamples})`;
      return { verdict: 'inconclusive', reason, samples, samplesOf, metrics };
    }
    const failed = metrics.filter((m) => m.verdict === 'fail');
    const open = metrics.filter((m) => m.verdict === 'inconclusive');
    if (failed.length) return { verdict: 'fail', reason: failed.map((m) => `${m.name}: ${m.reason}`).join('; '), samples, samplesOf, metrics };
    if (open.length) return { verdict: 'inconclusive', reason: open.map((m) => `${m.name}: ${m.reason}`).join('; '), samples, samplesOf, metrics };
    return { verdict: 'pass', reason: 'every metric passed', samples, samplesOf, metrics };
  };
}
