/**
 * Built-in metrics: error rate, latency and request counts from each provider's own Prometheus
 * metrics, and from the conventional HTTP metrics of a model server labelled by `variant`.
 * `{{ rate-window }}` is the analysis' rate window, `{{ window }}` the step's bake window.
 */

export interface Preset {
  query: string;
  description: string;
}

const HAPROXY_SERVER = 'proxy="{{ backend }}",server="{{ server }}"';

/** Presets any provider can use: a model server exporting http_requests_total{variant, code} and http_request_duration_seconds{variant}. */
const HTTP_PRESETS: Record<string, Preset> = {
  'http-error-rate': {
    query: 'sum(rate(http_requests_total{variant="{{ variant }}",code=~"5.."}[{{ rate-window }}])) / sum(rate(http_requests_total{variant="{{ variant }}"}[{{ rate-window }}]))',
    description: 'share of 5xx answers among the model server\'s requests',
  },
  'http-p99-latency': {
    query: 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{variant="{{ variant }}"}[{{ rate-window }}])))',
    description: '99th percentile of the model server\'s request duration (seconds), from its histogram',
  },
  'http-requests': {
    query: 'sum(increase(http_requests_total{variant="{{ variant }}"}[{{ window }}]))',
    description: 'requests the model server answered during the step',
  },
};

const PROVIDER_PRESETS: Record<string, Record<string, Preset>> = {
  haproxy: {
    'error-rate': {
      query: `sum(rate(haproxy_server_http_responses_total{${HAPROXY_SERVER},code="5xx"}[{{ rate-window }}])) / sum(rate(haproxy_server_http_responses_total{${HAPROXY_SERVER}}[{{ rate-window }}]))`,
      description: 'share of 5xx answers of the server, from HAProxy\'s exporter',
    },
    // HAProxy 2.6's exporter has no latency histogram: a per-server average of the last 1024
    // responses and a maximum. Use http-p99-latency (the model server's histogram) for a p99.
    latency: {
      query: `max(haproxy_server_response_time_average_seconds{${HAPROXY_SERVER}})`,
      description: 'average response time of the server\'s last 1024 requests (seconds), from HAProxy\'s exporter',
    },
    requests: {
      query: `sum(increase(haproxy_server_http_responses_total{${HAPROXY_SERVER}}[{{ window }}]))`,
      description: 'HTTP responses of the server during the step, from HAProxy\'s exporter',
    },
  },
  // Open-source NGINX exports no per-upstream Prometheus metrics; the http-* presets apply.
  nginx: {},
  command: {},
};

/** The presets a provider offers: its own and the HTTP ones. */
export function presetsFor(provider: string): Record<string, Preset> {
  return { ...(PROVIDER_PRESETS[provider] ?? {}), ...HTTP_PRESETS };
}

/**
 * The query counting a side's requests for min-samples when the analysis names none: the
 * provider's own count where it has one (HAProxy); otherwise undefined, and observations count.
 */
export function providerRequestsQuery(provider: string): string | undefined {
  return PROVIDER_PRESETS[provider]?.requests?.query;
}

/** The presets that read the provider's own metrics (not the model servers'). */
export function providerPresetNames(provider: string): string[] {
  return Object.keys(PROVIDER_PRESETS[provider] ?? {});
}
