#!/usr/bin/env node
/**
 * `npm run demo`: the five actions as one pipeline, run locally through the CLI on generated
 * sample data (scripts/demo-data.mjs), each step's summary printed as the step runs. Needs
 * nothing but Node and the repo: no token, no server to install. Everything it writes is in
 * demo-output/, every report in demo-output/reports/.
 *
 *  1. validate-data   the training set passes and its profile is written; a new batch with
 *                     planted problems fails, naming the rows and lines
 *  2. register-model  (setup) v1, the model in production today, into a file registry with the
 *                     training profile and its holdout predictions
 *  3. eval-gate       the candidate v2 against `registry:churn-classifier@production`
 *  4. register-model  v2 with the gate's report, the training profile and its predictions
 *  5. canary-deploy   v2 rolled out against v1: two local model processes behind a router the
 *                     `command` provider drives, under generated load, each step judged on the
 *                     servers' own /metrics (scrape mode); promotion moves `production` to v2
 *  6. eval-gate       a later, worse candidate v3 fails against production, now v2
 *  7. drift-check     next month's data against the profile recorded with the production model:
 *                     the planted drift is found; JSON and HTML reports
 *
 * `--bad-canary`: v2's server fails a quarter of its requests; the analysis rolls it back, and
 * the demo stops after that step (production stays v1).
 *
 * The model servers are always stopped, also when a step fails or the demo is interrupted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeDemoData } from './demo-data.mjs';
import { parseCsv } from './demo-model.mjs';
import { ProcessGroup } from './demo-processes.mjs';
import { startLoad, startRouter } from './demo-traffic.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'demo-output');
const cli = join(root, 'dist', 'cli', 'index.js');
const schema = relative(out, join(root, 'examples', 'demo', 'schema.yaml'));
const MODEL = 'churn-classifier';
const REGISTRY = 'file:registry';
const started = Date.now();
/** `npm run demo -- --bad-canary`: the candidate's server fails a quarter of its requests; the analysis rolls it back. */
const badCanary = process.argv.includes('--bad-canary');

const processes = new ProcessGroup();
/** The CLI step running now, to pass an interruption on to. */
let current;
let interrupted;
const outcomes = [];

/** Quotes for `sh -c` (the command provider runs its command with sh). */
const sh = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
const rel = (path) => relative(out, path);

class Interrupted extends Error {}

/** Runs one action through the CLI, its output shown as it comes; resolves with its exit code and outputs. */
function step(title, action, args, expectExit) {
  if (interrupted) throw new Interrupted(interrupted);
  const shown = args.map((a) => (/[\s{}'"$`\\|&;<>()*?]/.test(a) ? sh(a) : a)).join(' ');
  console.log(`\n${'━'.repeat(78)}\n▶ ${title}\n  mlops ${action} ${shown}\n${'━'.repeat(78)}`);
  // Its own process group: a Ctrl-C reaches the demo, which passes it on exactly once (see below).
  const child = spawn(process.execPath, [cli, action, ...args], { cwd: out, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  current = child;
  let stdout = '';
  // Shown line by line; an output of a few kB (canary-deploy's `report`) is shortened on screen
  // only: the demo saves it whole in reports/.
  createInterface({ input: child.stdout }).on('line', (line) => {
    stdout += `${line}\n`;
    const long = /^(\s*"[\w-]+": )"(.{120}).*/.exec(line);
    console.log(long && line.length > 400 ? `${long[1]}"${long[2]}…" (${line.length.toLocaleString('en')} characters)` : line);
  });
  return new Promise((resolveStep, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      current = undefined;
      const status = code ?? 128;
      const ok = status === expectExit;
      const note = interrupted ? 'interrupted' : ok ? 'as expected' : `UNEXPECTED (wanted ${expectExit})`;
      console.log(`\n  exit code ${signal ? `${status} (${signal})` : status}: ${note}`);
      outcomes.push({ title, action, expected: expectExit, status, ok });
      if (interrupted) return reject(new Interrupted(interrupted));
      resolveStep({ status, ok, outputs: lastJson(stdout) });
    });
  });
}

/** The outputs the CLI prints last, as a JSON object. */
function lastJson(stdout) {
  const at = stdout.lastIndexOf('\n{\n');
  try {
    return at >= 0 ? JSON.parse(stdout.slice(at + 1)) : {};
  } catch {
    return {};
  }
}

async function pipeline() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'run'), { recursive: true });
  console.log('Generating the sample data and training three small models (scripts/demo-data.mjs)...');
  const data = writeDemoData(out);

  await step('validate-data: the training set against its schema, writing its profile (passes)', 'validate-data', [
    '--data', rel(data.train), '--schema', schema, '--profile', 'reports/train-profile.json', '--report', 'reports/validate-train.json',
  ], 0);

  await step('validate-data: a new batch with planted problems (fails, naming rows and lines)', 'validate-data', [
    '--data', rel(data.batch), '--schema', schema, '--report', 'reports/validate-new-batch.json',
  ], 1);

  const v1 = await step('register-model (setup): v1, the model in production today, into a file registry with its training profile and holdout predictions', 'register-model', [
    '--name', MODEL, '--path', rel(data.models.v1), '--registry', REGISTRY, '--data-profile', 'reports/train-profile.json',
    '--predictions', rel(data.predictions.v1), '--alias', 'production',
  ], 0);

  await step('eval-gate: the candidate v2 against the model in production, read from the registry (passes: significantly better)', 'eval-gate', [
    '--predictions', rel(data.predictions.v2), '--baseline', `registry:${MODEL}@production`, '--registry', REGISTRY, '--id-column', 'id',
    '--thresholds', 'roc_auc: {min: 0.7, max-regression: 0.005, significance: 0.05}\nlog_loss: {max-regression-pct: 2}',
    '--slice-columns', 'plan', '--slices', 'roc_auc: {min: 0.65}', '--report', 'reports/eval-gate.json',
  ], 0);

  const v2 = await step('register-model: v2 with the gate report (and its verdict), the training profile and its predictions, as staging', 'register-model', [
    '--name', MODEL, '--path', rel(data.models.v2), '--registry', REGISTRY, '--metrics', 'reports/eval-gate.json',
    '--data-profile', 'reports/train-profile.json', '--predictions', rel(data.predictions.v2), '--alias', 'staging',
  ], 0);
  if (!v1.ok || !v2.ok) throw new Error('registering v1 or v2 failed: the canary has no models to serve');

  const rollout = await canary(v1.outputs, v2.outputs, data);
  if (badCanary) {
    console.log(`\n--bad-canary: the canary was ${rollout.result ?? 'not run'}; production stays v1, so the demo stops here.`);
    return;
  }

  await step('eval-gate: a later candidate v3 against production, now v2 (fails: it lost a feature)', 'eval-gate', [
    '--predictions', rel(data.predictions.v3), '--baseline', `registry:${MODEL}@production`, '--registry', REGISTRY, '--id-column', 'id',
    '--thresholds', 'roc_auc: {min: 0.7, max-regression: 0.005, significance: 0.05}', '--report', 'reports/eval-gate-v3.json',
  ], 1);

  await step('drift-check: next month’s data against the data profile of the production model (planted drift in spend and plan mix)', 'drift-check', [
    '--reference', `registry:${MODEL}@production`, '--registry', REGISTRY, '--current', rel(data.nextMonth), '--exclude-columns', 'customer_id,email',
    '--drift-share', '0.25', '--report', 'reports/drift-check.json', '--html-report', 'reports/drift-check.html',
  ], 0);
}

/** Serves v1 (stable) and v2 (canary) from the registry, routes load to them, and runs canary-deploy. */
async function canary(stableVersion, canaryVersion, data) {
  const stable = await processes.startServer('stable v' + stableVersion.version, join(root, 'scripts', 'demo-model-server.mjs'), [
    '--model', resolve(out, stableVersion.uri), '--variant', 'stable', '--version', stableVersion.version,
  ]);
  const candidate = await processes.startServer('canary v' + canaryVersion.version, join(root, 'scripts', 'demo-model-server.mjs'), [
    '--model', resolve(out, canaryVersion.uri), '--variant', 'canary', '--version', canaryVersion.version,
    ...(badCanary ? ['--error-rate', '0.25'] : []),
  ]);
  const router = await startRouter({ stable: stable.url, canary: candidate.url });
  writeFileSync(join(out, 'run', 'processes.json'), `${JSON.stringify({ demo: process.pid, ...processes.pids(), stableUrl: stable.url, canaryUrl: candidate.url, routerUrl: router.url }, null, 2)}\n`);
  console.log(`\nModel servers: stable v${stableVersion.version} at ${stable.url}, canary v${canaryVersion.version} at ${candidate.url}; router at ${router.url}`);
  const load = startLoad(router.url, parseCsv(readFileSync(data.holdout, 'utf8')), { perSecond: 40 });
  const setWeight = `${sh(process.execPath)} ${sh(join(root, 'scripts', 'demo-set-weight.mjs'))} ${router.url}`;
  // The provider's settings in a file, as a workflow would keep them (the router's port changes each run).
  const target = join(out, 'run', 'canary-target.yaml');
  writeFileSync(target, [
    '# canary-deploy `command` provider: the demo router\'s weight, set and read back by a small Node script',
    `command: ${JSON.stringify(setWeight)}`,
    `read-command: ${JSON.stringify(`${setWeight} --read`)}`,
    'timeout: 30s',
    '',
  ].join('\n'));
  // The analysis, fed by the two servers' own /metrics: canary-deploy scrapes them every second
  // (scrape mode: no Prometheus server) and judges each step on errors, latency and a model
  // metric, after at least 25 requests a side.
  const analysis = join(out, 'run', 'canary-analysis.yaml');
  writeFileSync(analysis, `# canary-deploy analysis: each step judged on the model servers' own metrics
scrape:
  stable: ${stable.url}/metrics
  canary: ${candidate.url}/metrics
resolution: 1s
rate-window: 3s
requests: http-requests
min-samples: 25
metrics:
  - preset: http-error-rate
    max: 0.02
  # generous: the servers answer in a few ms, but a busy laptop (or CI machine) has pauses
  - name: p99-latency
    preset: http-p99-latency
    max: 0.5
  # model quality too: a model that calls most customers churners is broken, whatever its latency
  - name: churn-prediction-share
    query: sum(rate(model_predictions_total{variant="{{ variant }}",class="churn"}[{{ rate-window }}])) / sum(rate(model_predictions_total{variant="{{ variant }}"}[{{ rate-window }}]))
    max: 0.6
`);
  const title = badCanary
    ? `canary-deploy: v${canaryVersion.version} against v${stableVersion.version}, its server failing 25% of requests (--bad-canary): rolled back at 20%`
    : `canary-deploy: v${canaryVersion.version} against v${stableVersion.version}, 20% then 50% under load, judged on both servers' metrics; promotion moves production to v${canaryVersion.version}`;
  try {
    const result = await step(title, 'canary-deploy', [
      '--provider', 'command', '--target', rel(target), '--steps', '20,50', '--interval', '5s', '--analysis', rel(analysis), '--max-wait', '10s',
      '--model', `${MODEL}@${canaryVersion.version}`, '--registry', REGISTRY, '--promote-alias', 'production',
    ], badCanary ? 1 : 0);
    // canary-deploy has no report file of its own: its `report` output is the record.
    if (result.outputs.report) writeFileSync(join(out, 'reports', 'canary-deploy.json'), `${JSON.stringify(JSON.parse(result.outputs.report), null, 2)}\n`);
    console.log(`  traffic: ${load.stats.sent} requests sent, ${load.stats.ok} answered, ${load.stats.failed} failed; router sent ${router.forwarded.stable} to stable, ${router.forwarded.canary} to canary; canary weight now ${router.weight()}%`);
    writeFileSync(join(out, 'reports', 'canary-traffic.json'), `${JSON.stringify({ ...load.stats, forwarded: router.forwarded, finalWeight: router.weight() }, null, 2)}\n`);
    return result.outputs;
  } finally {
    load.stop();
    await router.close();
    await processes.stopAll();
  }
}

function summary() {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${'━'.repeat(78)}\nDemo summary (${seconds} s)\n`);
  const width = Math.max(...outcomes.map((o) => o.title.indexOf(':')));
  for (const o of outcomes) {
    const verdict = o.ok ? (o.expected ? 'failed, as planted' : 'passed') : `UNEXPECTED exit ${o.status}`;
    const [name, ...what] = o.title.split(':');
    console.log(`  ${o.ok ? '✅' : '❌'} ${name.padEnd(width)}  ${verdict.padEnd(18)}  ${what.join(':').trim()}`);
  }
  const html = join(out, 'reports', 'drift-check.html');
  console.log(`\nReports are in ${relative(process.cwd(), join(out, 'reports')) || '.'}/${existsSync(html) ? ` (the HTML drift report: ${relative(process.cwd(), html)})` : ''}`);
}

// Ctrl-C or SIGTERM: pass it on to the step running (canary-deploy rolls back in its post step),
// let it finish, then stop the servers. A second one stops waiting.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) {
      processes.killAllNow();
      process.exit(130);
    }
    interrupted = signal;
    console.error(`\ndemo: ${signal} received: stopping${current ? ' the running step' : ''}, then the model servers`);
    if (current) current.kill('SIGINT');
  });
}
process.on('exit', () => processes.killAllNow());

try {
  await pipeline();
  summary();
  process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
} catch (error) {
  await processes.stopAll();
  if (error instanceof Interrupted) {
    console.error(`demo: interrupted (${error.message}); the model servers are stopped`);
    process.exitCode = 130;
  } else {
    console.error(`demo failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  }
}
