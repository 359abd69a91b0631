/**
 * canary-deploy end to end with real components: HAProxy (runtime API) in front of a stable and
 * a canary model server, Prometheus scraping HAProxy's exporter and the model servers every
 * second, a bounded load generator sending requests throughout, and the fake GitHub API.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RolloutReport } from '../../../src/deploy/rollout.js';
import { between, startLoad, type LoadRecord } from '../../fixtures/canary/load.js';
import { startStack, type Stack } from '../../fixtures/canary/stack.js';
import { startFakeGitHub, type FakeGitHub, type Json } from '../../support/fake-github/index.js';
import { runBundle, type RunOptions } from '../../support/harness.js';
import { ANALYSIS, SHARE_TOLERANCE_PP } from './analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'canary-haproxy-test-'));
let stack: Stack;
let gh: FakeGitHub;

beforeAll(async () => {
  [stack, gh] = await Promise.all([startStack(), startFakeGitHub()]);
  writeFileSync(join(dir, 'analysis.yaml'), ANALYSIS);
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  await gh?.close();
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    provider: 'haproxy',
    target: `runtime-api: ${stack.haproxy.runtimeApi}\nbackend: model\nstable: v1\ncanary: v2\n`,
    steps: '10,50,100',
    interval: '5s',
    'max-wait': '4s',
    'prometheus-url': stack.prometheus.url,
    analysis: 'analysis.yaml',
    ...extra,
  };
}

/** Runs the action (or its post step) while the load generator sends ~100 requests a second. */
async function underLoad(options: RunOptions, afterMs = 1500, runId = '1658821493') {
  const load = startLoad(`http://127.0.0.1:${stack.haproxy.frontend}/predict`, { ratePerSecond: 100, maxRequests: 6000, timeLimitMs: 50_000 });
  await new Promise((r) => setTimeout(r, 1000));
  const run = await runBundle('canary-deploy', { cwd: dir, env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: runId }, ...options });
  await new Promise((r) => setTimeout(r, afterMs));
  const records = await load.stop();
  const report = run.outputs.report ? (JSON.parse(run.outputs.report) as RolloutReport) : undefined;
  return { run, records, report, endedAt: Date.now() };
}

/** Share of answered requests that came from the canary, in percent. */
function canaryShare(records: readonly LoadRecord[]): number {
  return (100 * records.filter((r) => r.variant === 'canary').length) / records.length;
}

/** The rollback step of the report; checks that no request sent after it reached the canary. */
function expectNothingReachesCanaryAfterRollback(report: RolloutReport, records: readonly LoadRecord[]) {
  const back = report.steps.find((s) => s.phase === 'rollback');
  expect(back, 'a rollback step').toBeDefined();
  const after = records.filter((r) => r.sentAt > back!.weightSetAt);
  expect(after.length).toBeGreaterThan(50);
  expect(after.filter((r) => r.variant === 'canary')).toHaveLength(0);
}

const repo = () => gh.state.repo('octo-org', 'octo-repo');
const statusesOf = (id: number) => repo().deploymentStatuses.filter((s: Json) => s.deployment_id === id).map((s: Json) => s.state);

describe('canary-deploy with HAProxy, Prometheus and real traffic', () => {
  it('promotes a healthy canary 10 -> 50 -> 100; each step sends the canary its weight; no request fails; the Deployment goes in_progress -> success', async () => {
    await stack.reset();
    const { run, records, report } = await underLoad({ inputs: inputs({ environment: 'production', 'environment-url': 'https://model.example.com', 'github-token': gh.token }) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('promoted');
    expect(run.outputs['final-weight']).toBe('100');
    expect(report!.steps.map((s) => [s.weight, s.phase, s.verdict ?? null])).toEqual([[10, 'step', 'pass'], [50, 'step', 'pass'], [100, 'promote', null]]);
    // Each step read its weight back from HAProxy, and each analysis had the samples it needed.
    expect(report!.steps.map((s) => s.readBack)).toEqual([10, 50, 100]);
    for (const step of report!.steps.slice(0, 2)) {
      const analysis = step.analyses.at(-1)!;
      expect(analysis.samples.canary).toBeGreaterThanOrEqual(20);
      expect(analysis.metrics.map((m) => m.verdict)).toEqual(['pass', 'pass', 'pass']);
    }
    // The share of requests that actually reached the canary, step by step.
    const shares = report!.steps.map((step, i) => {
      // The promotion lasts until the load stops.
      const end = i === report!.steps.length - 1 ? Infinity : step.endedAt!;
      const window = between(records, step.weightSetAt, end);
      expect(window.length, `requests during the ${step.weight}% step`).toBeGreaterThan(step.phase === 'promote' ? 50 : 200);
      return canaryShare(window);
    });
    shares.forEach((share, i) => expect(Math.abs(share - report!.steps[i]!.weight), `step ${report!.steps[i]!.weight}%: ${share.toFixed(1)}% reached the canary`).toBeLessThanOrEqual(SHARE_TOLERANCE_PP));
    // Hitless: not one request failed across the three weight changes.
    expect(records.length).toBeGreaterThan(1000);
    expect(records.filter((r) => !r.ok)).toEqual([]);
    expect(await stack.haproxy.weight('v2')).toBe(100);
    expect(await stack.haproxy.weight('v1')).toBe(0);
    // The GitHub Deployment.
    const id = Number(run.outputs['deployment-id']);
    const created = gh.requestsFor('repos/create-deployment').at(-1)!.body as Json;
    expect(created).toMatchObject({ environment: 'production', auto_merge: false, required_contexts: [], ref: 'ffac537e6cbbf934b08745a378932722df287a53' });
    expect(statusesOf(id)).toEqual(['in_progress', 'success']);
    const success = repo().deploymentStatuses.filter((s: Json) => s.deployment_id === id).at(-1)!;
    expect(success.log_url).toBe('https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1');
    expect(success.environment_url).toBe('https://model.example.com');
    expect(run.summary).toContain('promoted');
  });

  it('a post step after a finished rollout changes nothing', async () => {
    const before = [await stack.haproxy.weight('v1'), await stack.haproxy.weight('v2')];
    const post = await runBundle('canary-deploy', { cwd: dir, inputs: inputs(), state: { 'mlops-actions-post': 'canary-deploy', 'canary-provider': 'haproxy', 'canary-target': '{}', 'canary-phase': 'finished' } });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/nothing to roll back/);
    expect([await stack.haproxy.weight('v1'), await stack.haproxy.weight('v2')]).toEqual(before);
  });

  it('rolls back a canary returning errors at the first step (error rate); after that no request reaches it; the Deployment ends in failure', async () => {
    await stack.reset({ errorRate: 0.5 });
    // Another run: a canary-deploy later in the same run attempt would reuse that run's deployment.
    const { run, records, report } = await underLoad({ inputs: inputs({ environment: 'production', 'github-token': gh.token }) }, 1500, '1658821494');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    expect(run.outputs['final-weight']).toBe('0');
    expect(report!.steps.map((s) => [s.weight, s.phase])).toEqual([[10, 'step'], [0, 'rollback']]);
    const failed = report!.steps[0]!.analyses.at(-1)!.metrics.filter((m) => m.verdict === 'fail').map((m) => m.name);
    expect(failed).toEqual(['error-rate']);
    expectNothingReachesCanaryAfterRollback(report!, records);
    expect(await stack.haproxy.weight('v2')).toBe(0);
    expect(statusesOf(Number(run.outputs['deployment-id']))).toEqual(['in_progress', 'failure']);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n')).toMatch(/rolled-back .*error-rate/);
  });

  it('rolls back a slower canary at the first step (p99 latency)', async () => {
    await stack.reset({ delayMs: 150 });
    const { run, records, report } = await underLoad({ inputs: inputs() });
    expect(run.outputs.result).toBe('rolled-back');
    const metrics = report!.steps[0]!.analyses.at(-1)!.metrics;
    expect(metrics.filter((m) => m.verdict === 'fail').map((m) => m.name), JSON.stringify(metrics.map(({ queries: _q, ...m }) => m))).toEqual(['p99-latency']);
    const latency = metrics.find((m) => m.name === 'p99-latency')!;
    expect(latency.canary.mean!).toBeGreaterThan(0.1);
    expect(latency.comparison!.significant).toBe(true);
    expectNothingReachesCanaryAfterRollback(report!, records);
  });

  it('rolls back a canary whose predictions shifted at the first step (share of positives), reusing the job\'s deployment', async () => {
    await stack.reset({ positiveShare: 0.7 });
    // What a job-level `environment:` makes before the first step: a deployment with GitHub's
    // empty payload whose in_progress status links this run's job.
    const job = { id: 990001, url: `${gh.url}/repos/octo-org/octo-repo/deployments/990001`, sha: 'ffac537e6cbbf934b08745a378932722df287a53', ref: 'main', environment: 'staging', payload: {}, task: 'deploy' };
    repo().deployments.push(job as Json);
    repo().deploymentStatuses.push({ id: 990002, deployment_id: 990001, state: 'in_progress', log_url: 'https://github.com/octo-org/octo-repo/actions/runs/1658821495/job/77', target_url: '' } as Json);
    const creations = gh.requestsFor('repos/create-deployment').length;
    const { run, records, report } = await underLoad({ inputs: inputs({ environment: 'staging', 'github-token': gh.token }) }, 1500, '1658821495');
    expect(run.outputs.result).toBe('rolled-back');
    const metrics = report!.steps[0]!.analyses.at(-1)!.metrics;
    expect(metrics.filter((m) => m.verdict === 'fail').map((m) => m.name)).toEqual(['positive-share']);
    expect(metrics.find((m) => m.name === 'positive-share')!.canary.mean!).toBeGreaterThan(0.6);
    expectNothingReachesCanaryAfterRollback(report!, records);
    expect(run.outputs['deployment-id']).toBe('990001');
    expect(gh.requestsFor('repos/create-deployment').length).toBe(creations);
    expect(statusesOf(990001)).toEqual(['in_progress', 'in_progress', 'failure']);
  });

  it('a main step killed with SIGTERM mid-rollout leaves the canary in place, and the post step rolls it back', async () => {
    await stack.reset();
    const { run, records: during } = await underLoad(
      {
        inputs: inputs({ environment: 'production', 'github-token': gh.token }),
        onSpawn: (child) => {
          const poll = setInterval(() => {
            void stack.haproxy.weight('v2').then((w) => {
              if (w > 0) {
                clearInterval(poll);
                setTimeout(() => child.kill('SIGTERM'), 1000);
              }
            }, () => undefined);
          }, 100);
        },
      },
      0,
      '1658821496',
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('aborted');
    expect(run.state['canary-phase']).toBe('rolling');
    // Main only stopped: the canary still has its 10%.
    expect(await stack.haproxy.weight('v2')).toBe(10);
    expect(canaryShare(during.slice(-50))).toBeGreaterThan(0);
    const { run: post, records } = await underLoad({ inputs: inputs({ environment: 'production', 'github-token': gh.token }), state: run.state }, 1500, '1658821496');
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.stdout).toMatch(/rolled back: canary weight 0%, verified/);
    expect(await stack.haproxy.weight('v2')).toBe(0);
    expect(await stack.haproxy.weight('v1')).toBe(100);
    const postEnded = records.at(-1)!.at - 1500;
    expect(records.filter((r) => r.sentAt > postEnded && r.variant === 'canary')).toHaveLength(0);
    expect(statusesOf(Number(run.state['canary-deployment-id'])).at(-1)).toBe('failure');
  });

  it('a rollback that cannot reach HAProxy fails the job loudly, naming the provider', async () => {
    const target = JSON.stringify({ 'runtime-api': 'tcp:127.0.0.1:9', backend: 'model', stable: 'v1', canary: 'v2' });
    const post = await runBundle('canary-deploy', { cwd: dir, inputs: inputs(), state: { 'mlops-actions-post': 'canary-deploy', 'canary-provider': 'haproxy', 'canary-target': target, 'canary-phase': 'rolling' } });
    expect(post.exitCode).toBe(1);
    const errors = post.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/haproxy provider \(HAProxy runtime API tcp:127\.0\.0\.1:9 \(backend model\)\): could not roll back .* after 5 attempt\(s\): .*ECONNREFUSED/);
  });
});
