/**
 * The analysis format (the `analysis` input, YAML inline or in a file): which metrics judge the
 * canary, each a PromQL query with placeholders (or a preset), and its rules. See the README.
 */
import { parseDuration } from '../runner/duration.js';
import { InputError } from '../runner/errors.js';
import { presetsFor, providerPresetNames } from './presets.js';
import type { Variant } from './provider.js';

export type Direction = 'increase' | 'decrease' | 'either';

/** Kayenta-style statistical comparison of the two sides' observations. */
export interface CompareRule {
  test: 'mann-whitney';
  /** A difference counts when the two-sided p-value is below 1 - confidence. */
  confidence: number;
  /** Which change is bad: a higher canary (latency, errors), a lower one (accuracy), or either. */
  direction: Direction;
  /** Tolerated ratio of canary mean to stable mean upward (Kayenta's effect size), e.g. 1.1. */
  allowedIncrease: number;
  /** Tolerated ratio downward, e.g. 0.9. */
  allowedDecrease: number;
}

export interface MetricConfig {
  name: string;
  /** The PromQL with placeholders, after resolving a preset. */
  query: string;
  max?: number;
  min?: number;
  maxIncreasePct?: number;
  maxDecreasePct?: number;
  compare?: CompareRule;
}

export interface AnalysisConfig {
  metrics: MetricConfig[];
  /** Counts each side's requests in the step; absent when observations are counted instead. */
  requests?: string;
  minSamples?: number;
  /** Step of the range queries, ms; default from the interval. */
  resolutionMs?: number;
  /** The `{{ rate-window }}` of queries, as PromQL writes it. */
  rateWindow: string;
  /** Scrape mode: each side's /metrics URLs, scraped by the action itself instead of asking a Prometheus server. */
  scrape?: Record<Variant, string[]>;
}

const METRIC_FIELDS = ['name', 'query', 'preset', 'max', 'min', 'max-increase-pct', 'max-decrease-pct', 'compare'];
const COMPARE_FIELDS = ['test', 'confidence', 'direction', 'allowed-increase', 'allowed-decrease'];
const TOP_FIELDS = ['metrics', 'requests', 'min-samples', 'resolution', 'rate-window', 'scrape'];

function fail(where: string, problem: string, file?: string): never {
  throw new InputError('analysis', `${where}: ${problem}`, { file });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFields(value: Record<string, unknown>, known: string[], where: string, file?: string): void {
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length) fail(where, `unknown field(s) ${unknown.map((k) => `'${k}'`).join(', ')}; expected ${known.join(', ')}`, file);
}

function numberField(value: Record<string, unknown>, field: string, where: string, file?: string, min?: number): number | undefined {
  const raw = value[field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) fail(where, `'${field}' must be a number, got ${JSON.stringify(raw)}`, file);
  if (min !== undefined && raw < min) fail(where, `'${field}' must be at least ${min}, got ${raw}`, file);
  return raw;
}

function parseCompare(raw: unknown, where: string, file?: string): CompareRule {
  if (!isMapping(raw)) fail(where, `'compare' must be a mapping such as {confidence: 0.95, direction: increase}`, file);
  checkFields(raw, COMPARE_FIELDS, `${where}.compare`, file);
  const test = raw.test ?? 'mann-whitney';
  if (test !== 'mann-whitney') fail(`${where}.compare`, `'test' must be mann-whitney, got '${String(test)}'`, file);
  const confidence = numberField(raw, 'confidence', `${where}.compare`, file) ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) fail(`${where}.compare`, `'confidence' must be between 0 and 1 exclusive, got ${confidence}`, file);
  const direction = raw.direction ?? 'increase';
  if (direction !== 'increase' && direction !== 'decrease' && direction !== 'either') {
    fail(`${where}.compare`, `'direction' must be increase, decrease or either, got '${String(direction)}'`, file);
  }
  const allowedIncrease = numberField(raw, 'allowed-increase', `${where}.compare`, file, 1) ?? 1;
  const allowedDecrease = numberField(raw, 'allowed-decrease', `${where}.compare`, file, 0) ?? 1;
  if (allowedDecrease > 1) fail(`${where}.compare`, `'allowed-decrease' must be at most 1, got ${allowedDecrease}`, file);
  return { test: 'mann-whitney', confidence, direction, allowedIncrease, allowedDecrease };
}

/** `scrape: {stable: <url or list>, canary: <url or list>}`. */
function parseScrape(raw: unknown, file?: string): Record<Variant, string[]> {
  const example = 'such as {stable: http://127.0.0.1:8001/metrics, canary: http://127.0.0.1:8002/metrics}';
  if (!isMapping(raw)) fail('analysis.scrape', `expected a mapping of each side's /metrics URL(s), ${example}`, file);
  checkFields(raw, ['stable', 'canary'], 'analysis.scrape', file);
  const urls = (variant: Variant): string[] => {
    const value = raw[variant];
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    if (list.length === 0) fail('analysis.scrape', `'${variant}' needs the /metrics URL(s) of the ${variant} model, ${example}`, file);
    return list.map((item) => {
      const url = String(item).trim();
      if (!/^https?:\/\/[^\s/]+/.test(url)) fail('analysis.scrape', `'${variant}': expected http(s) URLs of /metrics endpoints, got '${url}'`, file);
      return url;
    });
  };
  const scrape = { stable: urls('stable'), canary: urls('canary') };
  const shared = scrape.stable.find((u) => scrape.canary.includes(u));
  if (shared) fail('analysis.scrape', `'${shared}' is listed for both sides: each side's metrics must come from its own endpoint`, file);
  return scrape;
}

function parseMetric(raw: unknown, index: number, provider: string, file?: string, scrape?: boolean): MetricConfig {
  const where = `metrics[${index}]`;
  if (!isMapping(raw)) fail(where, 'each metric must be a mapping with a query or preset', file);
  checkFields(raw, METRIC_FIELDS, where, file);
  const presets = presetsFor(provider);
  let query: string;
  if (raw.preset !== undefined) {
    if (raw.query !== undefined) fail(where, `give 'query' or 'preset', not both`, file);
    const preset = presets[String(raw.preset)];
    if (!preset) fail(where, `the ${provider} provider has no preset '${String(raw.preset)}'; presets: ${Object.keys(presets).join(', ')}`, file);
    if (scrape && providerPresetNames(provider).includes(String(raw.preset))) {
      fail(where, `preset '${String(raw.preset)}' reads the ${provider} provider's own exporter, which scrape mode does not scrape (only the variants' endpoints); use an http-* preset or a query on the model servers' metrics`, file);
    }
    query = preset.query;
  } else if (typeof raw.query === 'string' && raw.query.trim()) {
    query = raw.query.trim();
  } else fail(where, `needs a 'query' (PromQL with {{ variant }}) or a 'preset' (${Object.keys(presets).join(', ')})`, file);
  const name = raw.name !== undefined ? String(raw.name) : raw.preset !== undefined ? String(raw.preset) : fail(where, `needs a 'name'`, file);
  const metric: MetricConfig = {
    name,
    query,
    max: numberField(raw, 'max', where, file),
    min: numberField(raw, 'min', where, file),
    maxIncreasePct: numberField(raw, 'max-increase-pct', where, file, 0),
    maxDecreasePct: numberField(raw, 'max-decrease-pct', where, file, 0),
    compare: raw.compare === undefined ? undefined : parseCompare(raw.compare, where, file),
  };
  if ([metric.max, metric.min, metric.maxIncreasePct, metric.maxDecreasePct, metric.compare].every((r) => r === undefined)) {
    fail(`${where} (${name})`, 'has no rule: give max, min, max-increase-pct, max-decrease-pct and/or compare', file);
  }
  return metric;
}

/** Parses and checks the analysis; presets are resolved for the provider. */
export function parseAnalysis(value: unknown, provider: string, file?: string): AnalysisConfig {
  if (!isMapping(value)) fail('analysis', 'expected a mapping with `metrics:`', file);
  checkFields(value, TOP_FIELDS, 'analysis', file);
  if (!Array.isArray(value.metrics) || value.metrics.length === 0) fail('analysis', "'metrics' must be a non-empty list", file);
  const scrape = value.scrape === undefined || value.scrape === null ? undefined : parseScrape(value.scrape, file);
  const metrics = value.metrics.map((m, i) => parseMetric(m, i, provider, file, scrape !== undefined));
  const names = metrics.map((m) => m.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) fail('analysis', `two metrics are named '${duplicate}'`, file);
  let requests: string | undefined;
  if (value.requests !== undefined && value.requests !== null) {
    const text = String(value.requests).trim();
    requests = presetsFor(provider)[text]?.query ?? text;
  }
  const resolutionText = value.resolution === undefined ? undefined : String(value.resolution);
  const resolutionMs = resolutionText === undefined ? undefined : parseDuration(resolutionText);
  if (resolutionText !== undefined && !(resolutionMs && resolutionMs >= 1000)) fail('analysis', `'resolution' must be a duration of at least 1s, got '${resolutionText}'`, file);
  const rateWindow = value['rate-window'] === undefined ? '1m' : String(value['rate-window']).trim();
  if (!/^(\d+(ms|s|m|h|d))+$/.test(rateWindow)) fail('analysis', `'rate-window' must be a PromQL duration such as 30s or 1m, got '${rateWindow}'`, file);
  return { metrics, requests, minSamples: numberField(value, 'min-samples', 'analysis', file, 0), resolutionMs, rateWindow, ...(scrape ? { scrape } : {}) };
}
