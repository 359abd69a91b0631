/**
 * The Prometheus HTTP API calls the analysis makes: range queries for each side's observations
 * in a step, instant queries for request counts. Retried with backoff; a failure names the
 * endpoint and the query.
 */
import { ServiceError } from '../runner/errors.js';
import { withRetry, type RetryOptions } from './retry.js';

const SERVICE = 'Prometheus';

export interface PrometheusClient {
  /** The values of the query's one series at each step from start to end (ms); NaN and ±Inf dropped. */
  range(query: string, startMs: number, endMs: number, stepMs: number): Promise<number[]>;
  /** The value of the query's one series at `timeMs`; undefined when it returns no series. */
  instant(query: string, timeMs: number): Promise<number | undefined>;
}

interface ApiAnswer {
  status: string;
  error?: string;
  data?: { resultType: string; result: Array<{ metric: Record<string, string>; value?: [number, string]; values?: Array<[number, string]> }> };
}

async function call(base: string, path: string, params: Record<string, string>, timeoutMs: number): Promise<NonNullable<ApiAnswer['data']>> {
  const url = `${base}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new ServiceError(SERVICE, `POST ${url}`, undefined, `${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message} (query: ${params.query})`, error);
  }
  const text = await response.text();
  let answer: ApiAnswer | undefined;
  try {
    answer = JSON.parse(text) as ApiAnswer;
  } catch {
    answer = undefined;
  }
  if (!response.ok || answer?.status !== 'success' || !answer.data) {
    throw new ServiceError(SERVICE, `POST ${url}`, response.status, `${answer?.error ?? text.slice(0, 200)} (query: ${params.query})`);
  }
  return answer.data;
}

function oneSeries<T>(result: T[], query: string): T | undefined {
  if (result.length > 1) throw new Error(`the query returns ${result.length} series; aggregate it to one (sum, avg, max): ${query}`);
  return result[0];
}

const finite = (text: string): number => Number(text);

/** A client of the Prometheus at `url` (e.g. http://127.0.0.1:9090). */
export function prometheusClient(url: string, retry: RetryOptions = { attempts: 3, baseMs: 500 }, timeoutMs = 30_000): PrometheusClient {
  const base = url.replace(/\/+$/, '');
  // Client errors (400: bad PromQL, 422) will not get better by asking again.
  const retried = <T>(work: () => Promise<T>) =>
    withRetry(work, { ...retry, shouldRetry: (error) => !(error instanceof ServiceError && error.status !== undefined && error.status < 500) });
  return {
    async range(query, startMs, endMs, stepMs) {
      const data = await retried(() =>
        call(base, '/api/v1/query_range', { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) }, timeoutMs),
      );
      const series = oneSeries(data.result, query);
      return (series?.values ?? []).map(([, v]) => finite(v)).filter(Number.isFinite);
    },
    async instant(query, timeMs) {
      const data = await retried(() => call(base, '/api/v1/query', { query, time: String(timeMs / 1000) }, timeoutMs));
      if (data.resultType === 'scalar') {
        const scalar = data.result as unknown as [number, string];
        return finite(scalar[1]);
      }
      const series = oneSeries(data.result, query);
      return series?.value ? finite(series.value[1]) : undefined;
    },
  };
}
