/**
 * Scrape mode through the built bundle, with no Prometheus server: the command provider, two
 * local model servers whose /metrics the action scrapes itself, a client-side load split by
 * the weight the command writes, a file registry filled by register-model, and the fake GitHub API.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RolloutReport } from '../../../src/deploy/rollout.js';
import { startModelServer, type ModelServer } from '../../fixtures/canary/model-server.js';
import { freePort } from '../../fixtures/canary/processes.js';
import { startSplitLoad } from '../../fixtures/canary/split-load.js';
import { HEALTHY } from '../../fixtures/canary/stack.js';
import { startFakeGitHub, type FakeGitHub, type Json } from '../../support/fake-github/index.js';
import { runBundle } from '../../support/harness.js';

let gh: FakeGitHub;
let stable: ModelServer;
let canary: ModelServer;
let dir: string;
let registry: string;

beforeAll(async () => {
  [gh, stable, canary] = await Promise.all([startFakeGitHub(), startModelServer('stable', HEALTHY), startModelServer('canary', HEALTHY)]);
}, 30_000);
afterAll(async () => {
  await Promise.all([gh?.close(), stable?.close(), canary?.close()]);
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'canary-scrape-'));
  registry = join(dir, 'registry');
  for (const [content, alias] of [['weights of v1', 'production'], ['weights of v2', 'staging']] as const) {
    writeFileSync(join(dir, 'model.bin'), content);
    const run = await runBundle('register-model', { cwd: dir, inputs: { name: 'churn', path: 'model.bin', registry: `file:${registry}`, alias } });
    expect(run.exitCode, run.stdout).toBe(0);
  }
  writeFileSync(join(dir, 'set-weight.mjs'), "import { writeFileSync } from 'node:fs';\nwriteFileSync('weight', process.env.CANARY_WEIGHT);\n");
  writeFileSync(join(dir, 'weight'), '0');
  Object.assign(canary.knobs, HEALTHY);
});

/** The HAProxy tests' analysis, on the model servers' own metrics (no proxy exporter here). */
const analysis = () => `rate-window: 2s
resolution: 1s
min-samples: 20
requests: http-requests
scrape:
  stable: http://127.0.0.1:${stable.port}/metrics
  canary: http://127.0.0.1:${canary.port}/metrics
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
`;

const aliasOf = (alias: string) => (JSON.parse(readFileSync(join(registry, 'models', 'churn', 'aliases', `${alias}.json`), 'utf8')) as { version: string }).version;
const repo = () => gh.state.repo('octo-org', 'octo-repo');
const statusesOf = (id: number) => repo().deploymentStatuses.filter((s: Json) => s.deployment_id === id).map((s: Json) => s.state);
const weightNow = () => (existsSync(join(dir, 'weight')) ? Number(readFileSync(join(dir, 'weight'), 'utf8')) || 0 : 0);

async function rollout(extra: Record<string, string>, runId: string) {
  const load = startSplitLoad({ stable: `http://127.0.0.1:${stable.port}/predict`, canary: `http://127.0.0.1:${canary.port}/predict` }, weightNow, { ratePerSecond: 100, timeLimitMs: 50_000 });
  const run = await runBundle('canary-deploy', {
    cwd: dir,
    env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: runId },
    inputs: {
      provider: 'command',
      target: 'command: node set-weight.mjs\nread-command: cat weight\n',
      steps: '10,50',
      interval: '5s',
      'max-wait': '4s',
      analysis: analysis(),
      model: 'churn@2',
      registry: `file:${registry}`,
      'promote-alias': 'production',
      environment: 'production',
      'github-token': gh.token,
      ...extra,
    },
  });
  const records = await load.stop();
  return { run, records, report: run.outputs.report ? (JSON.parse(run.outputs.report) as RolloutReport & { alias: Json; model: Json }) : undefined };
}

describe('canary-deploy in scrape mode (no Prometheus server)', () => {
  it('promotes a healthy canary, moves the alias, and records the model in the deployment', async () => {
    const { run, report, records } = await rollout({}, '1758821001');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('promoted');
    expect(report!.steps.map((s) => [s.weight, s.phase, s.verdict ?? null])).toEqual([[10, 'step', 'pass'], [50, 'step', 'pass'], [100, 'promote', null]]);
    for (const step of report!.steps.slice(0, 2)) {
      const analysis = step.analyses.at(-1)!;
      expect(analysis.samplesOf).toBe('requests');
      expect(analysis.samples.canary).toBeGreaterThanOrEqual(20);
      expect(analysis.metrics.map((m) => [m.name, m.verdict])).toEqual([['http-error-rate', 'pass'], ['p99-latency', 'pass'], ['positive-share', 'pass']]);
      // The model servers answer 30% positives: the scraped rates see it on both sides.
      const share = analysis.metrics.find((m) => m.name === 'positive-share')!;
      expect(share.stable.mean!).toBeCloseTo(0.3, 1);
      expect(share.canary.mean!).toBeCloseTo(0.3, 1);
    }
    // The requests counted match what was sent to each side within the step, roughly.
    const first = report!.steps[0]!;
    const sentToCanary = records.filter((r) => r.variant === 'canary' && r.sentAt >= first.weightSetAt && r.at <= first.endedAt!).length;
    expect(Math.abs(first.analyses.at(-1)!.samples.canary - sentToCanary)).toBeLessThanOrEqual(Math.max(10, sentToCanary * 0.35));
    expect(aliasOf('production')).toBe('2');
    expect(report!.alias).toEqual({ alias: 'production', from: '1', to: '2', outcome: 'moved' });
    const id = Number(run.outputs['deployment-id']);
    expect(statusesOf(id)).toEqual(['in_progress', 'success']);
    const deployment = repo().deployments.find((d: Json) => d.id === id) as Json;
    expect((deployment.payload as Json).model).toMatchObject({ name: 'churn', version: '2' });
    expect(run.stdout).toMatch(/analysis: http-error-rate, p99-latency, positive-share from the variants' metrics, scraped every 1 s/);
    expect(run.summary).toContain('**Alias** `production` moved to version 2 (it pointed at version 1)');
    expect(run.summary).toContain(`**Metrics** scraped by the action (no Prometheus server): stable \`http://127.0.0.1:${stable.port}/metrics\`; canary \`http://127.0.0.1:${canary.port}/metrics\``);
    expect((report as unknown as Json).analysisSource).toEqual({ scrape: { stable: [`http://127.0.0.1:${stable.port}/metrics`], canary: [`http://127.0.0.1:${canary.port}/metrics`] } });
  });

  it('rolls back a canary returning errors; the alias stays', async () => {
    canary.knobs.errorRate = 0.5;
    const { run, report } = await rollout({}, '1758821002');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    expect(report!.steps.map((s) => [s.weight, s.phase])).toEqual([[10, 'step'], [0, 'rollback']]);
    const metrics = report!.steps[0]!.analyses.at(-1)!.metrics;
    expect(metrics.filter((m) => m.verdict === 'fail').map((m) => m.name)).toEqual(['http-error-rate']);
    expect(metrics.find((m) => m.name === 'http-error-rate')!.canary.mean!).toBeGreaterThan(0.3);
    expect(weightNow()).toBe(0);
    expect(aliasOf('production')).toBe('1');
    expect(report!.alias).toEqual({ alias: 'production', from: '1', to: '2', outcome: 'not-moved' });
    expect(statusesOf(Number(run.outputs['deployment-id']))).toEqual(['in_progress', 'failure']);
    expect(run.summary).toContain('**Alias** `production` not moved: it stays on version 1');
  });

  it('rolls back a slower canary (p99 latency from the scraped histogram)', async () => {
    canary.knobs.delayMs = 150;
    const { run, report } = await rollout({ environment: '' }, '1758821003');
    expect(run.outputs.result).toBe('rolled-back');
    const metrics = report!.steps[0]!.analyses.at(-1)!.metrics;
    expect(metrics.filter((m) => m.verdict === 'fail').map((m) => m.name)).toEqual(['p99-latency']);
    expect(metrics.find((m) => m.name === 'p99-latency')!.canary.mean!).toBeGreaterThan(0.1);
    expect(aliasOf('production')).toBe('1');
  });

  it('an endpoint that does not answer fails before anything changes', async () => {
    const closed = await freePort();
    const run = await runBundle('canary-deploy', {
      cwd: dir,
      env: { GITHUB_API_URL: gh.url },
      inputs: {
        provider: 'command',
        target: 'command: node set-weight.mjs',
        interval: '1s',
        environment: 'production',
        'github-token': gh.token,
        analysis: `scrape: {stable: "http://127.0.0.1:${stable.port}/metrics", canary: "http://127.0.0.1:${closed}/metrics"}\nmetrics: [{preset: http-error-rate, max: 0.05}]`,
      },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(new RegExp(`^Metrics endpoint GET http://127\\.0\\.0\\.1:${closed}/metrics \\(canary\\) could not be reached: .*ECONNREFUSED.*must answer before the rollout starts`));
    expect(run.state['canary-provider']).toBeUndefined();
    expect(readFileSync(join(dir, 'weight'), 'utf8')).toBe('0');
  });

  it.each([
    [`scrape: {stable: "http://a/metrics"}\nmetrics: [{preset: http-error-rate, max: 1}]`, /Input 'analysis': analysis.scrape: 'canary' needs the \/metrics URL\(s\) of the canary model/],
    [`scrape: {stable: "ftp://a", canary: "http://b/metrics"}\nmetrics: [{preset: http-error-rate, max: 1}]`, /analysis.scrape: 'stable': expected http\(s\) URLs of \/metrics endpoints, got 'ftp:\/\/a'/],
    [
      `scrape: {stable: "http://a/metrics", canary: "http://b/metrics"}\nmetrics: [{name: top, query: 'topk(1, x{variant="{{ variant }}"})', max: 1}]`,
      /Input 'analysis': metric 'top': scrape mode cannot evaluate 'topk\(1, x\{variant="stable"\}\)': aggregation topk \('topk\(1, x\{variant="stable"\}\)'\) is not supported without a Prometheus server; supported: /,
    ],
    [
      `scrape: {stable: "http://a/metrics", canary: "http://b/metrics"}\nmetrics: [{name: sub, query: 'max_over_time(rate(x{variant="{{ variant }}"}[1m])[5m:])', max: 1}]`,
      /metric 'sub': scrape mode cannot evaluate .*: a subquery/,
    ],
  ])('analysis error %#', async (text, message) => {
    const run = await runBundle('canary-deploy', { cwd: dir, inputs: { provider: 'command', target: 'command: node set-weight.mjs', interval: '1s', analysis: text } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
  });

  it('prometheus-url and scrape together are refused', async () => {
    const run = await runBundle('canary-deploy', {
      cwd: dir,
      inputs: { provider: 'command', target: 'command: "true"', 'prometheus-url': 'http://127.0.0.1:9090', analysis: `scrape: {stable: "http://a/metrics", canary: "http://b/metrics"}\nmetrics: [{preset: http-error-rate, max: 1}]` },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error')[0]!.message).toMatch(/Input 'prometheus-url': is not used when the analysis scrapes the variants itself/);
  });
});
