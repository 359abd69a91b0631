/**
 * canary-deploy with NGINX from Debian: the upstream include is written and NGINX reloaded at
 * each step; the share of real requests reaching the canary follows the weight.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RolloutReport } from '../../../src/deploy/rollout.js';
import { between, startLoad } from '../../fixtures/canary/load.js';
import { startModelServer, type ModelServer } from '../../fixtures/canary/model-server.js';
import { startNginx, type Nginx } from '../../fixtures/canary/processes.js';
import { runBundle } from '../../support/harness.js';
import { SHARE_TOLERANCE_PP } from './analysis.js';

let stable: ModelServer;
let canary: ModelServer;
let nginx: Nginx;

beforeAll(async () => {
  stable = await startModelServer('stable');
  canary = await startModelServer('canary');
  nginx = await startNginx(stable.port, canary.port);
}, 30_000);
afterAll(async () => {
  await nginx?.stop();
  await stable?.close();
  await canary?.close();
});

const target = () => `upstream-file: ${nginx.upstreamFile}\nupstream: model\nstable: 127.0.0.1:${stable.port}\ncanary: 127.0.0.1:${canary.port}\nreload: ${nginx.reload}\n`;

describe('canary-deploy with NGINX', () => {
  it('shifts 20 -> 50 -> 100 by rewriting the upstream and reloading; the canary gets its weight at each step', async () => {
    const load = startLoad(`http://127.0.0.1:${nginx.port}/predict`, { ratePerSecond: 100, maxRequests: 3000, timeLimitMs: 30_000 });
    const run = await runBundle('canary-deploy', { inputs: { provider: 'nginx', target: target(), steps: '20,50', interval: '3s' } });
    await new Promise((r) => setTimeout(r, 1500));
    const records = await load.stop();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('promoted');
    const report = JSON.parse(run.outputs.report!) as RolloutReport;
    expect(report.steps.map((s) => [s.weight, s.readBack])).toEqual([[20, 20], [50, 50], [100, 100]]);
    report.steps.forEach((step, i) => {
      // Skip half a second after each reload: old workers finish what they had.
      const end = i === report.steps.length - 1 ? Infinity : step.endedAt!;
      const window = between(records, step.weightSetAt + 500, end).filter((r) => r.ok);
      expect(window.length).toBeGreaterThan(50);
      const share = (100 * window.filter((r) => r.variant === 'canary').length) / window.length;
      expect(Math.abs(share - step.weight), `step ${step.weight}%: ${share.toFixed(1)}%`).toBeLessThanOrEqual(SHARE_TOLERANCE_PP);
    });
    expect(readFileSync(nginx.upstreamFile, 'utf8')).toMatch(new RegExp(`server 127.0.0.1:${stable.port} down;`));
  });

  it('the post step rolls back: stable gets everything again', async () => {
    const post = await runBundle('canary-deploy', {
      inputs: { provider: 'nginx', target: target() },
      state: {
        'mlops-actions-post': 'canary-deploy',
        'canary-provider': 'nginx',
        'canary-target': JSON.stringify({ 'upstream-file': nginx.upstreamFile, upstream: 'model', stable: `127.0.0.1:${stable.port}`, canary: `127.0.0.1:${canary.port}`, reload: nginx.reload }),
        'canary-phase': 'rolling',
      },
    });
    expect(post.exitCode, post.stdout).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    const load = startLoad(`http://127.0.0.1:${nginx.port}/predict`, { ratePerSecond: 100, maxRequests: 100, timeLimitMs: 5000 });
    await new Promise((r) => setTimeout(r, 1200));
    const records = await load.stop();
    expect(records.length).toBeGreaterThan(50);
    expect(records.filter((r) => r.variant === 'canary')).toHaveLength(0);
  });
});
