import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/harness.js';

const OUT = join(REPO_ROOT, 'demo-output');
const REPORTS = join(OUT, 'reports');
const REGISTRY = join(OUT, 'registry', 'models', 'churn-classifier');

const readJson = <T = Record<string, unknown>>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Starts scripts/demo.mjs (what `npm run demo` runs after building) and collects its output. */
function startDemo(...args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.mjs'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = once(child, 'close').then(([code]) => code as number | null);
  return { child, output: () => text, exited };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The model servers the demo started (it records their pids when they are up). */
function serverPids(): number[] {
  const recorded = readJson<Record<string, unknown>>(join(OUT, 'run', 'processes.json'));
  const pids = Object.entries(recorded)
    .filter(([name, value]) => /^(stable|canary) v\d+$/.test(name) && typeof value === 'number')
    .map(([, value]) => value as number);
  expect(pids).toHaveLength(2);
  return pids;
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Traffic = { sent: number; failed: number; forwarded: { stable: number; canary: number }; finalWeight: number };
type MetricResult = { name: string; stable: { mean: number; observations: number }; canary: { mean: number; observations: number }; verdict: string };
type CanaryReport = {
  result: string;
  finalWeight: number;
  reason: string;
  steps: { weight: number; phase: string; readBack?: number; verdict?: string; analyses: { verdict: string; samples: { stable: number; canary: number }; metrics: MetricResult[] }[] }[];
};

describe('npm run demo (the README’s first command, on the built bundles)', () => {
  it('runs the whole pipeline with the expected outcome of every step and leaves the reports', async () => {
    const demo = startDemo();
    const code = await demo.exited;
    const stdout = demo.output();
    expect(code, stdout).toBe(0);
    expect(stdout).not.toContain('UNEXPECTED');

    // validate-data: the training set passes and leaves its profile.
    expect(readJson(join(REPORTS, 'validate-train.json'))).toMatchObject({ valid: true, rows: 2000 });
    expect(readJson(join(REPORTS, 'train-profile.json'))).toHaveProperty('columns');
    // The bad batch fails on exactly the planted rows: age -1 on every 97th row from row 6, a
    // broken email on every 131st from row 8; the terminal names their rows and lines.
    const batch = readJson<{ valid: boolean; checks: { field?: string; check: string; violations: number }[] }>(join(REPORTS, 'validate-new-batch.json'));
    expect(batch.valid).toBe(false);
    expect(batch.checks.filter((c) => c.violations > 0)).toEqual([
      expect.objectContaining({ field: 'age', check: 'minimum', violations: Math.ceil((1000 - 5) / 97) }),
      expect.objectContaining({ field: 'email', check: 'type', violations: Math.ceil((1000 - 7) / 131) }),
    ]);
    expect(stdout).toContain('❌ validate-data');
    expect(stdout).toContain('row 6 (line 7): -1');
    expect(stdout).toContain('row 8 (line 9): customer5008-at-example.com');

    // eval-gate: v2 beats the production model v1, whose predictions it read from the registry;
    // the later v3 regresses against production, which by then is v2.
    type GateReport = { passed: boolean; failed: string[]; baselineSource: string; candidate: { roc_auc: number }; baseline: { roc_auc: number } };
    const gate = readJson<GateReport>(join(REPORTS, 'eval-gate.json'));
    expect(gate.passed).toBe(true);
    expect(gate.baselineSource).toMatch(/^registry:churn-classifier@production \(version 1 .*its predictions/);
    expect(gate.candidate.roc_auc).toBeGreaterThan(gate.baseline.roc_auc + 0.1);
    const worse = readJson<GateReport>(join(REPORTS, 'eval-gate-v3.json'));
    expect(worse).toMatchObject({ passed: false, failed: ['roc_auc'] });
    expect(worse.baselineSource).toMatch(/^registry:churn-classifier@production \(version 2 .*its predictions/);
    // v2's predictions, recorded with it, give the same AUC v2 had as the candidate
    expect(worse.baseline.roc_auc).toBeCloseTo(gate.candidate.roc_auc, 10);

    // register-model: v1 then v2 in the file registry; canary-deploy's promotion moved production to v2.
    expect(readdirSync(join(REGISTRY, 'versions')).sort()).toEqual(['1', '2']);
    expect(readJson(join(REGISTRY, 'aliases', 'production.json'))).toMatchObject({ version: '2' });
    expect(readJson(join(REGISTRY, 'aliases', 'staging.json'))).toMatchObject({ version: '2' });
    type Version = { metrics?: Record<string, number>; lineage: { dataProfiles: { path: string; rows: number }[] }; attachments: { kind: string; name: string }[] };
    for (const version of ['1', '2']) {
      const recorded = readJson<Version>(join(REGISTRY, 'versions', version, 'version.json'));
      expect(recorded.lineage.dataProfiles).toEqual([expect.objectContaining({ path: 'reports/train-profile.json', rows: 2000 })]);
      expect(recorded.attachments.map((a) => [a.kind, a.name])).toEqual([
        ['data-profile', 'data-profile/train-profile.json'],
        ['predictions', `predictions/predictions-v${version}.csv`],
      ]);
    }
    const v2 = readJson<Version>(join(REGISTRY, 'versions', '2', 'version.json'));
    // From an eval-gate report, register-model records the candidate's metrics under their own names.
    expect(v2.metrics!.roc_auc).toBeCloseTo(gate.candidate.roc_auc, 10);
    // the gate's verdict, recorded with the version
    expect(readJson(join(REGISTRY, 'versions', '2', 'tags.json'))).toMatchObject({ 'mlops.gate.passed': 'true', 'mlops.gate.failed': '' });

    // canary-deploy: both steps baked under load, promoted; the servers answered every request.
    const canary = readJson<CanaryReport>(join(REPORTS, 'canary-deploy.json'));
    expect(canary).toMatchObject({
      result: 'promoted',
      finalWeight: 100,
      model: { name: 'churn-classifier', version: '2' },
      alias: { alias: 'production', from: '1', to: '2', outcome: 'moved' },
    });
    expect(canary.steps.map((s) => [s.weight, s.phase, s.readBack, s.verdict])).toEqual([
      [20, 'step', 20, 'pass'],
      [50, 'step', 50, 'pass'],
      [100, 'promote', 100, undefined],
    ]);
    const traffic = readJson<Traffic>(join(REPORTS, 'canary-traffic.json'));
    expect(traffic.failed).toBe(0);
    expect(traffic.finalWeight).toBe(100);
    // Each step's analysis was fed by the two servers' own /metrics, scraped by canary-deploy:
    // the requests it counted are the router's split of the generated load, and every metric
    // has observations on both sides.
    const [at20, at50] = canary.steps.map((s) => s.analyses[0]!);
    expect(at20!.samples.canary).toBeGreaterThanOrEqual(25);
    expect(at20!.samples.stable).toBeGreaterThan(2.5 * at20!.samples.canary);
    expect(at50!.samples.canary).toBeGreaterThanOrEqual(25);
    expect(at50!.samples.stable / at50!.samples.canary).toBeGreaterThan(0.6);
    expect(at50!.samples.stable / at50!.samples.canary).toBeLessThan(1.6);
    for (const analysis of [at20!, at50!]) {
      expect(analysis.metrics.map((m) => m.name)).toEqual(['http-error-rate', 'p99-latency', 'churn-prediction-share']);
      for (const metric of analysis.metrics) {
        expect(metric.stable.observations, metric.name).toBeGreaterThan(0);
        expect(metric.canary.observations, metric.name).toBeGreaterThan(0);
      }
      expect(analysis.metrics[0]!.canary.mean).toBe(0); // no errors
      expect(analysis.metrics[1]!.canary.mean).toBeGreaterThan(0.001); // the servers' latency histogram
    }
    // v2 predicts churners where v1, on age and plan only, hardly ever does
    expect(at50!.metrics[2]!.canary.mean).toBeGreaterThan(at50!.metrics[2]!.stable.mean);
    for (const pid of serverPids()) expect(alive(pid), `model server ${pid} still running`).toBe(false);

    // drift-check: the planted drift (spend, plan mix) and nothing else, with a self-contained HTML report.
    const drift = readJson<{ drifted: boolean; driftedColumns: string[]; reference: { source: string; kind: string; rows: number } }>(join(REPORTS, 'drift-check.json'));
    expect(drift.drifted).toBe(true);
    // the reference is the training profile recorded with the production model
    expect(drift.reference).toEqual({ source: 'registry:churn-classifier@production', kind: 'profile', rows: 2000 });
    expect([...drift.driftedColumns].sort()).toEqual(['monthly_spend', 'plan']);
    const html = readFileSync(join(REPORTS, 'drift-check.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('monthly_spend');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);

    // Every step's job summary was printed in the terminal, in pipeline order.
    const headings = [
      '✅ validate-data: data/train.csv is valid',
      '❌ validate-data: 19 violations in data/new-batch.csv',
      '✅ Registered churn-classifier version 1',
      '✅ eval-gate `default`: passed',
      '✅ Registered churn-classifier version 2',
      '🟢 canary-deploy (command): churn-classifier@2 promoted at canary weight 100%: every step passed its analysis',
      '❌ eval-gate `default`: failed (`roc_auc`)',
      '🔴 drift-check: the data drifted (2 of 7 columns',
    ];
    const positions = headings.map((h) => stdout.indexOf(`\n${h}`));
    expect(positions.every((p) => p > 0), headings.filter((_, i) => positions[i]! < 0).join('; ')).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(stdout).toContain('"errors": "19"'); // the bad batch's output: 11 ages + 8 emails
    expect(stdout).toMatch(/Demo summary \([\d.]+ s\)/);
  }, 180_000);

  it('stops the model servers and rolls the canary back when interrupted mid-rollout (Ctrl-C)', async () => {
    const demo = startDemo();
    await waitFor(() => /baking 20% for/.test(demo.output()), 120_000, 'the canary rollout to start');
    const pids = serverPids();
    for (const pid of pids) expect(alive(pid)).toBe(true);
    demo.child.kill('SIGINT');
    const code = await demo.exited;
    const output = demo.output();
    expect(code, output).toBe(130);
    expect(output).toMatch(/canary-deploy post: rolled back: canary weight 0%, verified/);
    expect(output).toContain('demo: interrupted');
    expect(output).toMatch(/exit code 1: interrupted/);
    expect(output).not.toContain('UNEXPECTED');
    for (const pid of pids) expect(alive(pid), `model server ${pid} still running`).toBe(false);
    // nothing ran after the interrupted step
    expect(output).not.toContain('drift-check');
    expect(existsSync(join(REPORTS, 'drift-check.json'))).toBe(false);
  }, 180_000);

  it('rolls a canary whose server fails back on its metrics and keeps production (npm run demo -- --bad-canary)', async () => {
    const demo = startDemo('--bad-canary');
    const code = await demo.exited;
    const output = demo.output();
    expect(code, output).toBe(0);
    expect(output).not.toContain('UNEXPECTED');
    const canary = readJson<CanaryReport>(join(REPORTS, 'canary-deploy.json'));
    expect(canary).toMatchObject({ result: 'rolled-back', finalWeight: 0, alias: { alias: 'production', outcome: 'not-moved' } });
    expect(canary.reason).toMatch(/^step 20% failed: http-error-rate: max: canary 0\.\d+ vs max 0\.02/);
    expect(canary.steps.map((s) => [s.weight, s.phase, s.verdict])).toEqual([[20, 'step', 'fail'], [0, 'rollback', undefined]]);
    const errorRate = canary.steps[0]!.analyses[0]!.metrics[0]!;
    expect(errorRate.stable.mean).toBe(0);
    // the server fails every 4th request; rates over a few seconds' windows land near a quarter
    expect(errorRate.canary.mean).toBeGreaterThan(0.15);
    expect(errorRate.canary.mean).toBeLessThan(0.35);
    expect(readJson(join(REGISTRY, 'aliases', 'production.json'))).toMatchObject({ version: '1' });
    expect(readJson<Traffic>(join(REPORTS, 'canary-traffic.json')).finalWeight).toBe(0);
    for (const pid of serverPids()) expect(alive(pid), `model server ${pid} still running`).toBe(false);
    // the pipeline stops there: the rest needs v2 in production
    expect(output).toContain('production stays v1, so the demo stops here');
    expect(existsSync(join(REPORTS, 'drift-check.json'))).toBe(false);
  }, 180_000);

  it('serves predictions from a model server whose /metrics Prometheus accepts, counting requests, errors and latency', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-model-'));
    const model = { kind: 'logistic-regression', features: ['age', 'plan'], scaling: { age: { mean: 40, sd: 10 } }, intercept: -1, weights: [0.5, -1, -2] };
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    const server = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'demo-model-server.mjs'), '--model', dir, '--variant', 'canary', '--version', '7', '--exit-on-stdin-close'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(server.stdout!, 'data')) as [Buffer];
      const url = /listening (http:\/\/\S+)/.exec(line.toString())![1]!;
      const predict = (body: string) => fetch(`${url}/predict`, { method: 'POST', body });
      const answer = (await (await predict(JSON.stringify({ age: 50, plan: 'free' }))).json()) as { variant: string; version: string; scores: number[] };
      // free is the reference level: z = -1 + 0.5 * (50 - 40) / 10
      expect(answer).toEqual({ variant: 'canary', version: '7', scores: [1 / (1 + Math.exp(0.5))] });
      expect((await predict(JSON.stringify({ rows: [{ age: 40, plan: 'pro' }, { age: 40, plan: 'enterprise' }] }))).status).toBe(200);
      expect((await predict('not json')).status).toBe(400);
      const text = await (await fetch(`${url}/metrics`)).text();
      expect(text).toContain('http_requests_total{variant="canary",code="200"} 2');
      expect(text).toContain('http_requests_total{variant="canary",code="400"} 1');
      expect(text).toContain('http_request_errors_total{variant="canary"} 0');
      expect(text).toContain('http_request_duration_seconds_count{variant="canary"} 3');
      expect(text).toContain('http_request_duration_seconds_bucket{variant="canary",le="+Inf"} 3');
      expect(text).toContain('model_predictions_total{variant="canary",class="stay"} 3');
      const buckets = [...text.matchAll(/_bucket\{[^}]*\} (\d+)/g)].map((m) => Number(m[1]));
      expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
      // Prometheus' own linter for the exposition format (Debian's prometheus package, see test/setup).
      const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect(lint.status, lint.stdout + lint.stderr).toBe(0);
      // Started by the demo, a server exits when the demo's end of its stdin closes (even after a SIGKILL of the demo).
      server.stdin!.end();
      const [code] = await once(server, 'exit');
      expect(code).toBe(0);
    } finally {
      server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
