#!/usr/bin/env node
/**
 * One of the demo's two model processes: serves a churn model's predictions over HTTP and
 * exports Prometheus text metrics, the conventional ones canary-deploy's `http-*` presets read.
 *
 *   node scripts/demo-model-server.mjs --model <dir with model.json> --variant stable|canary
 *        [--version N] [--port 0] [--latency-ms 4] [--error-rate 0] [--exit-on-stdin-close]
 *
 * POST /predict  a JSON row (or {"rows": [...]}) -> {"variant", "version", "scores": [...]}
 * GET  /metrics  http_requests_total{variant,code}, http_request_errors_total{variant},
 *                http_request_duration_seconds{variant} (histogram), model_predictions_total
 * GET  /healthz  "ok"
 *
 * Prints `listening http://127.0.0.1:<port>` once it accepts requests (port 0: a free one).
 * Hand-written on node:http rather than with prom-client and a web framework: the demo must
 * run from a fresh clone with nothing but Node, and the text format needs a few lines.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { score } from './demo-model.mjs';

const { values: options } = parseArgs({
  options: {
    model: { type: 'string' },
    variant: { type: 'string', default: 'stable' },
    version: { type: 'string', default: '' },
    port: { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '4' },
    'error-rate': { type: 'string', default: '0' },
    'exit-on-stdin-close': { type: 'boolean', default: false },
  },
});
if (!options.model) {
  console.error('usage: demo-model-server.mjs --model <dir> --variant <name> [--port 0]');
  process.exit(2);
}
const model = JSON.parse(readFileSync(join(options.model, 'model.json'), 'utf8'));
const variant = options.variant;
const latencyMs = Number(options['latency-ms']);
const errorRate = Number(options['error-rate']);

// Prometheus client defaults, in seconds.
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const requests = new Map([['200', 0], ['500', 0]]);
let errors = 0;
let served = 0;
const predicted = { churn: 0, stay: 0 };
const histogram = { counts: new Array(BUCKETS.length).fill(0), sum: 0, count: 0 };

function observe(seconds, code) {
  requests.set(code, (requests.get(code) ?? 0) + 1);
  if (code.startsWith('5')) errors++;
  histogram.sum += seconds;
  histogram.count++;
  BUCKETS.forEach((le, i) => {
    if (seconds <= le) histogram.counts[i]++;
  });
}

function metricsText() {
  const label = `variant="${variant}"`;
  const lines = [
    '# HELP http_requests_total Prediction requests answered, by HTTP status code.',
    '# TYPE http_requests_total counter',
    ...[...requests].map(([code, n]) => `http_requests_total{${label},code="${code}"} ${n}`),
    '# HELP http_request_errors_total Prediction requests that failed (5xx).',
    '# TYPE http_request_errors_total counter',
    `http_request_errors_total{${label}} ${errors}`,
    '# HELP http_request_duration_seconds Time to answer a prediction request.',
    '# TYPE http_request_duration_seconds histogram',
    ...BUCKETS.map((le, i) => `http_request_duration_seconds_bucket{${label},le="${le}"} ${histogram.counts[i]}`),
    `http_request_duration_seconds_bucket{${label},le="+Inf"} ${histogram.count}`,
    `http_request_duration_seconds_sum{${label}} ${histogram.sum}`,
    `http_request_duration_seconds_count{${label}} ${histogram.count}`,
    '# HELP model_predictions_total Predictions made, by predicted class (score >= 0.5 is churn).',
    '# TYPE model_predictions_total counter',
    `model_predictions_total{${label},class="churn"} ${predicted.churn}`,
    `model_predictions_total{${label},class="stay"} ${predicted.stay}`,
  ];
  return `${lines.join('\n')}\n`;
}

function reply(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': type });
  response.end(type === 'application/json' ? JSON.stringify(body) : body);
}

async function predict(request, response) {
  const started = process.hrtime.bigint();
  let code = '200';
  try {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = JSON.parse(text);
    const rows = Array.isArray(body.rows) ? body.rows : [body];
    // A model takes a little while; the jitter gives the latency histogram a shape.
    await new Promise((resolve) => setTimeout(resolve, latencyMs * (0.5 + Math.random())));
    // Exactly every (1 / error-rate)-th request fails, not at random: the analysis sees the same share every run.
    served++;
    if (Math.floor(served * errorRate) > Math.floor((served - 1) * errorRate)) throw new Error('the model failed (planted by --error-rate)');
    const scores = rows.map((row) => score(model, row));
    for (const s of scores) predicted[s >= 0.5 ? 'churn' : 'stay']++;
    reply(response, 200, { variant, version: options.version, scores });
  } catch (error) {
    code = error instanceof SyntaxError ? '400' : '500';
    reply(response, Number(code), { error: error.message });
  } finally {
    observe(Number(process.hrtime.bigint() - started) / 1e9, code);
  }
}

const server = createServer((request, response) => {
  const path = request.url?.split('?')[0];
  if (request.method === 'POST' && path === '/predict') return void predict(request, response);
  if (request.method === 'GET' && path === '/metrics') return reply(response, 200, metricsText(), 'text/plain; version=0.0.4');
  if (request.method === 'GET' && path === '/healthz') return reply(response, 200, 'ok\n', 'text/plain');
  reply(response, 404, { error: `no route ${request.method} ${path}` });
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
// Started by the demo: when the demo dies (even by SIGKILL) its end of stdin closes; so do we.
if (options['exit-on-stdin-close']) {
  process.stdin.on('end', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}

server.listen(Number(options.port), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
