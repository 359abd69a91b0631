/**
 * canary-deploy with the command provider (the user's own command, any platform) and the
 * errors a user can make, run through the built bundle as the runner does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'canary-command-'));
  // The user's command: records its environment and keeps the weight in a file.
  writeFileSync(
    join(dir, 'set-weight.mjs'),
    `import { appendFileSync, writeFileSync } from 'node:fs';
const e = process.env;
appendFileSync('calls.log', [e.CANARY_WEIGHT, e.CANARY_STABLE_WEIGHT, e.CANARY_PHASE, e.CANARY_STABLE, e.CANARY_CANARY].join(' ') + '\\n');
writeFileSync('weight', e.CANARY_WEIGHT);
`,
  );
  writeFileSync(join(dir, 'weight'), '0');
});

const target = (extra = '') => `command: node set-weight.mjs\nread-command: cat weight\nstable: blue\ncanary: green\n${extra}`;
const calls = () => readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');
const errorsOf = (run: Awaited<ReturnType<typeof runBundle>>) => run.annotations.filter((a) => a.level === 'error');

describe('canary-deploy with the command provider', () => {
  it('runs the command with CANARY_WEIGHT and CANARY_PHASE at each step and promotes, verifying with read-command', async () => {
    const run = await runBundle('canary-deploy', { cwd: dir, inputs: { provider: 'command', target: target(), steps: '25,60', interval: '1s' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('promoted');
    expect(run.outputs['final-weight']).toBe('100');
    expect(calls()).toEqual(['25 75 step blue green', '60 40 step blue green', '100 0 promote blue green']);
    const report = JSON.parse(run.outputs.report!) as { steps: Array<{ readBack: number }> };
    expect(report.steps.map((s) => s.readBack)).toEqual([25, 60, 100]);
    // No analysis: said out loud.
    expect(run.annotations.some((a) => a.level === 'warning' && /no `analysis` given/.test(a.message))).toBe(true);
  });

  it('a weight that does not read back fails after retries, rolls back, and names the command', async () => {
    const run = await runBundle('canary-deploy', { cwd: dir, inputs: { provider: 'command', target: 'command: node set-weight.mjs\nread-command: echo 7\n', steps: '25', interval: '1s' } });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    // The rollback that followed cannot be verified either: that is the error, with its cause.
    expect(errors[0]!.message).toMatch(
      /command provider \(command `node set-weight.mjs`\): could not roll back \(canary weight 0\) after 5 attempt\(s\): the weight read back is 7, not 0; it was rolling back after: .*could not set the canary weight to 25 after 5 attempt\(s\): the weight read back is 7, not 25/,
    );
    expect(calls().filter((c) => c.endsWith('step stable canary'))).toHaveLength(5);
    expect(calls().filter((c) => c.endsWith('rollback stable canary'))).toHaveLength(5);
  });

  it('the post step rolls back an open rollout with CANARY_PHASE=rollback', async () => {
    writeFileSync(join(dir, 'weight'), '40');
    const post = await runBundle('canary-deploy', {
      cwd: dir,
      inputs: { provider: 'command', target: target() },
      state: { 'mlops-actions-post': 'canary-deploy', 'canary-provider': 'command', 'canary-target': JSON.stringify({ command: 'node set-weight.mjs', 'read-command': 'cat weight' }), 'canary-phase': 'rolling' },
    });
    expect(post.exitCode, post.stdout).toBe(0);
    expect(calls()).toEqual(['0 100 rollback stable canary']);
    expect(readFileSync(join(dir, 'weight'), 'utf8')).toBe('0');
  });

  it('a dry run runs nothing', async () => {
    const run = await runBundle('canary-deploy', { cwd: dir, inputs: { provider: 'command', target: target(), steps: '50', interval: '1s', 'dry-run': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/dry run: would set the canary weight to 50%/);
    expect(() => calls()).toThrow();
  });
});

describe('canary-deploy input errors (one annotation naming the input, nothing changed)', () => {
  it.each([
    [{ provider: 'istio', target: 'x: 1' }, /Input 'provider': expected one of 'haproxy', 'nginx', 'command', got 'istio'/],
    [{ provider: 'haproxy', target: 'runtime-api: tcp:127.0.0.1:9999\nbackend: model\nstable: v1\n' }, /Input 'target': the haproxy provider needs 'canary'/],
    [{ provider: 'haproxy', target: 'runtime-api: somewhere\nbackend: b\nstable: a\ncanary: c' }, /'runtime-api' must be tcp:HOST:PORT or unix:\/PATH, got 'somewhere'/],
    [{ provider: 'command', target: 'command: "true"', steps: '50,10' }, /Input 'steps': each step must be larger than the one before/],
    [{ provider: 'command', target: 'command: "true"', analysis: 'metrics: [{name: e, query: "x", max: 1}]' }, /Input 'prometheus-url': is needed to run the analysis/],
    [
      { provider: 'command', target: 'command: "true"', 'prometheus-url': 'http://127.0.0.1:9', analysis: 'metrics: [{name: e, query: "x{s=\\"{{ backend }}\\"}", max: 1}]' },
      /Input 'analysis': metric 'e' uses \{\{ backend \}\}, which is not known here/,
    ],
  ])('%j', async (inputs, message) => {
    const run = await runBundle('canary-deploy', { cwd: dir, inputs: { interval: '1s', ...inputs } });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(run.state['canary-phase']).toBeUndefined();
  });
});
