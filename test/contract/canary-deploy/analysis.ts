/** The analysis the HAProxy contract tests use: HAProxy's error rate, the model's p99 latency and its share of positive predictions. */
export const ANALYSIS = `# Seconds, not minutes: tests bake each step for a few seconds.
rate-window: 2s
resolution: 1s
min-samples: 20
metrics:
  - preset: error-rate
    max: 0.05
  - name: p99-latency
    preset: http-p99-latency
    max: 0.1
    compare:
      direction: increase
      confidence: 0.95
      allowed-increase: 2
  - name: positive-share
    query: >-
      sum(rate(model_positive_predictions_total{variant="{{ variant }}"}[{{ rate-window }}]))
      / sum(rate(model_predictions_total{variant="{{ variant }}"}[{{ rate-window }}]))
    max-increase-pct: 30
    max-decrease-pct: 30
    compare:
      direction: either
      confidence: 0.95
      allowed-increase: 1.3
      allowed-decrease: 0.7
`;

/** Tolerance on the share of requests that reached the canary at a step, in percentage points. */
export const SHARE_TOLERANCE_PP = 5;
