/** Scrape mode's check before any weight changes: every filled query must be PromQL it can evaluate. */
import { InputError } from '../../runner/errors.js';
import { filledQueries } from '../analysis.js';
import type { AnalysisConfig } from '../analysis-config.js';
import type { TrafficProvider } from '../provider.js';
import { parsePromql, PromqlError } from '../promql/parse.js';

export function checkScrapeQueries(config: AnalysisConfig, provider: TrafficProvider, file?: string): void {
  for (const { what, query } of filledQueries(config, provider)) {
    try {
      parsePromql(query);
    } catch (error) {
      if (!(error instanceof PromqlError)) throw error;
      throw new InputError('analysis', `${what}: scrape mode cannot evaluate '${query}': ${error.message}`, { file });
    }
  }
}
