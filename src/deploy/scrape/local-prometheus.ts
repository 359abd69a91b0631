/**
 * The PrometheusClient of scrape mode: range and instant queries answered from the samples
 * the action scraped itself, with the results a Prometheus server would give (one series,
 * NaN and ±Inf dropped from ranges), so the analysis runs unchanged on either.
 */
import { UserError } from '../../runner/errors.js';
import { Evaluator, type Value } from '../promql/evaluate.js';
import { parsePromql, PromqlError, type Expr } from '../promql/parse.js';
import type { PrometheusClient } from '../prometheus.js';
import { labelsKey } from './store.js';
import type { Scraper } from './scraper.js';

function seriesOf(value: Value): Array<{ key: string; value: number }> {
  if (value.type === 'scalar') return [{ key: 'scalar', value: value.value }];
  return value.samples.map((s) => ({ key: labelsKey(s.labels), value: s.value }));
}

export function localPrometheus(scraper: Scraper): PrometheusClient {
  const evaluator = new Evaluator(scraper.store);
  const parsed = new Map<string, Expr>();
  const parse = (query: string): Expr => {
    let expr = parsed.get(query);
    if (!expr) {
      try {
        expr = parsePromql(query);
      } catch (error) {
        if (error instanceof PromqlError) throw new UserError(`scrape mode: ${error.message} (query: ${query})`);
        throw error;
      }
      parsed.set(query, expr);
    }
    return expr;
  };
  const evaluate = (query: string, t: number): Value => {
    try {
      return evaluator.evaluate(parse(query), t);
    } catch (error) {
      if (error instanceof PromqlError) throw new UserError(`scrape mode: ${error.message} (query: ${query})`);
      throw error;
    }
  };
  const one = (keys: Set<string>, query: string) => {
    if (keys.size > 1) throw new UserError(`the query returns ${keys.size} series; aggregate it to one (sum, avg, max): ${query}`);
  };
  return {
    async range(query, startMs, endMs, stepMs) {
      scraper.checkHealthy(endMs);
      const keys = new Set<string>();
      const values: number[] = [];
      for (let t = startMs; t <= endMs; t += stepMs) {
        for (const s of seriesOf(evaluate(query, t))) {
          keys.add(s.key);
          values.push(s.value);
        }
      }
      one(keys, query);
      return values.filter(Number.isFinite);
    },
    async instant(query, timeMs) {
      scraper.checkHealthy(timeMs);
      const series = seriesOf(evaluate(query, timeMs));
      one(new Set(series.map((s) => s.key)), query);
      return series[0]?.value;
    },
  };
}
