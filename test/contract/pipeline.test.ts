/**
 * The five actions as one pipeline (issue #8), every step a built bundle run as the runner runs
 * it (test/support/harness.ts), GitHub the fake API checked against GitHub's OpenAPI
 * description, the model registry a real MLflow tracking server:
 *
 *   validate-data (training profile) -> eval-gate (good candidate vs production v1, on a PR)
 *   -> register-model (v2 with the gate's report, the profile, the predictions)
 *   -> canary-deploy (v2 against v1 on two model server processes, scrape-mode analysis,
 *      promoted: MLflow's `production` alias moves to v2)
 *   -> eval-gate (a worse candidate vs the new production fails, same PR comment)
 *   -> drift-check (new data vs the production model's profile: the planted columns drift,
 *      one repository_dispatch).
 *
 * The steps share state (each uses what the last one left in MLflow and the fake GitHub), so
 * they run in order; a failing step makes the later ones fail too.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type Json } from '../support/fake-github/index.js';
import { runBundle, type BundleRun, type RunOptions } from '../support/harness.js';
import { startMlflow, type Server } from './register-model/servers.js';
import { DRIFTED_COLUMNS, STABLE_COLUMNS, writePipelineData, type PipelineData } from './pipeline/data.js';
import { startLoad, startModelServer, type Load, type ModelServer } from './pipeline/traffic.js';

const MODEL = 'churn-classifier';
const OWNER = 'octo-org';
const REPO = 'octo-repo';
/** The gate's rules: a minimum quality, and no significant ROC AUC regression against production. */
const THRESHOLDS = 'roc_auc: {min: 0.6, max-regression: 0, significance: 0.05}';
/** The PR the candidates are pushed to; the second candidate is a later push (another head SHA). */
const prEvent = (sha: string) => ({
  number: 12,
  pull_request: { number: 12, head: { sha, repo: { full_name: `${OWNER}/${REPO}` } }, base: { repo: { full_name: `${OWNER}/${REPO}` } } },
});
/** Per step: a few bundle runs each, slow when the full suite loads the machine's 2 cores. */
const STEP_TIMEOUT_MS = 120_000;
const GOOD_SHA = '1111111111111111111111111111111111111111';
const WORSE_SHA = '3333333333333333333333333333333333333333';

let dir: string;
let data: PipelineData;
let gh: FakeGitHub;
let mlflow: Server;
let registry: string;
const servers: ModelServer[] = [];
let load: Load | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  const starting = Promise.all([startFakeGitHub(), startMlflow()]).then(([fake, server]) => {
    [gh, mlflow] = [fake, server];
  });
  try {
    // Generated while MLflow starts (its own process).
    data = writePipelineData(dir);
  } finally {
    // Also when the data failed: afterAll stops what started.
    await starting;
  }
  registry = `mlflow:${mlflow.url}`;
}, 150_000);

afterAll(async () => {
  await load?.stop();
  await Promise.all(servers.map((s) => s.stop()));
  await Promise.all([gh?.close(), mlflow?.stop()]);
});

/** Runs a bundle in the workspace, as a step of the workflow, with the fake GitHub API. */
function step(action: string, inputs: Record<string, string>, options: Omit<RunOptions, 'inputs' | 'cwd'> = {}): Promise<BundleRun> {
  return runBundle(action, { cwd: dir, timeoutMs: 120_000, ...options, inputs, env: { GITHUB_API_URL: gh.url, ...options.env } });
}

function ok(run: BundleRun, what: string): BundleRun {
  expect(run.exitCode, `${what} failed:\n${run.stdout}\n${run.stderr}\n${mlflow.log()}`).toBe(0);
  return run;
}

const repo = () => gh.state.repo(OWNER, REPO);
const gateComments = () => repo().comments.filter((c) => String(c.body).includes('mlops-actions:eval-gate.default'));
const readJson = <T = Json>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;

/** GET on MLflow's REST API, as any MLflow client reads it. */
async function rest<T>(path: string, query: Record<string, string>): Promise<T> {
  const response = await fetch(`${mlflow.url}/api/2.0/mlflow/${path}?${new URLSearchParams(query)}`);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return (await response.json()) as T;
}
interface MlflowVersion { version: string; run_id: string; tags?: { key: string; value: string }[]; aliases?: string[] }
const tagsOf = (v: MlflowVersion) => Object.fromEntries((v.tags ?? []).map((t) => [t.key, t.value]));
const aliasVersion = async (alias: string) => (await rest<{ model_version: MlflowVersion }>('registered-models/alias', { name: MODEL, alias })).model_version.version;
async function runMetrics(runId: string): Promise<Record<string, number>> {
  const run = await rest<{ run: { data: { metrics?: { key: string; value: number }[] } } }>('runs/get', { run_id: runId });
  return Object.fromEntries((run.run.data.metrics ?? []).map((m) => [m.key, m.value]));
}
/** A run artifact's bytes, through the tracking server's artifact proxy. */
async function runArtifact(runId: string, path: string): Promise<string> {
  const response = await fetch(`${mlflow.url}/get-artifact?${new URLSearchParams({ path, run_uuid: runId })}`);
  expect(response.status, `artifact ${path}`).toBe(200);
  return response.text();
}

/** The holdout rows as the model servers take them (a JSON object per row). */
function holdoutRows(): Json[] {
  const [header, ...lines] = readFileSync(data.holdout, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell])));
}

describe.sequential('the pipeline: validate, gate, register, canary, gate again, drift (built bundles, fake GitHub, real MLflow)', () => {
  it('1. validate-data profiles the training data', async () => {
    const run = ok(await step('validate-data', { data: data.train, profile: 'train-profile.json', 'infer-schema': 'schema.yaml' }), 'validate-data');
    expect(run.outputs).toMatchObject({ valid: 'true', rows: '3000', errors: '0', profile: 'train-profile.json' });
    const profile = readJson<{ rows: number; columns: { name: string }[] }>('train-profile.json');
    expect(profile.rows).toBe(3000);
    expect(profile.columns.map((c) => c.name).sort()).toEqual(['age', 'churned', 'customer_id', 'monthly_spend', 'plan', 'support_tickets', 'tenure_months']);
  }, STEP_TIMEOUT_MS);

  it('v1 is in production: gated on its own, registered with its metrics, predictions and profile', async () => {
    const gate = ok(await step('eval-gate', { predictions: data.predictions.v1, thresholds: 'roc_auc: {min: 0.6}', 'id-column': 'id', report: 'gate-v1.json', comment: 'never' }), 'eval-gate v1');
    expect(gate.outputs.passed).toBe('true');
    const v1 = ok(
      await step('register-model', { name: MODEL, path: data.models.v1, registry, alias: 'production', metrics: 'gate-v1.json', 'data-profile': 'train-profile.json', predictions: data.predictions.v1 }),
      'register-model v1',
    );
    expect(v1.outputs).toMatchObject({ version: '1', created: 'true', uri: `models:/${MODEL}/1` });
    expect(await aliasVersion('production')).toBe('1');
  }, STEP_TIMEOUT_MS);

  it('2. eval-gate on the PR: the good candidate passes against registry:<name>@production; one sticky comment, a success status', async () => {
    const run = ok(
      await step(
        'eval-gate',
        { predictions: data.predictions.v2, baseline: `registry:${MODEL}@production`, registry, 'id-column': 'id', thresholds: THRESHOLDS, report: 'gate-v2.json', 'github-token': gh.token },
        { event: prEvent(GOOD_SHA), eventName: 'pull_request', env: { GITHUB_SHA: GOOD_SHA, GITHUB_REF: 'refs/pull/12/merge' } },
      ),
      'eval-gate v2',
    );
    expect(run.outputs.passed).toBe('true');
    expect(JSON.parse(run.outputs.failed!)).toEqual([]);
    const report = readJson<{ passed: boolean; baselineSource: string; candidate: Record<string, number>; baseline: Record<string, number>; verdicts: { metric: string; passed: boolean; test?: { name: string } }[] }>('gate-v2.json');
    // The baseline is v1's predictions from MLflow (so the significance test ran on paired rows).
    expect(report.baselineSource).toMatch(/churn-classifier/);
    expect(report.baselineSource).toMatch(/predictions/);
    expect(report.candidate.roc_auc).toBeCloseTo(data.auc.v2, 9);
    expect(report.baseline.roc_auc).toBeCloseTo(data.auc.v1, 9);
    expect(report.verdicts.find((v) => v.metric === 'roc_auc')).toMatchObject({ passed: true, test: { name: 'DeLong' } });

    const comments = gateComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]!._issue_number).toBe(12);
    expect(String(comments[0]!.body)).toContain('✅ eval-gate `default`: passed');
    expect(run.outputs['comment-url']).toBe(comments[0]!.html_url);
    const statuses = repo().statuses.filter((s) => s.context === 'eval-gate/default');
    expect(statuses.map((s) => [s.state, s._sha])).toEqual([['success', GOOD_SHA]]);
  }, STEP_TIMEOUT_MS);

  it('3. register-model records v2 in MLflow with the gate report (verdict and metrics), the profile and the predictions', async () => {
    const run = ok(
      await step('register-model', { name: MODEL, path: data.models.v2, registry, metrics: 'gate-v2.json', 'data-profile': 'train-profile.json', predictions: data.predictions.v2, alias: 'candidate' }),
      'register-model v2',
    );
    expect(run.outputs).toMatchObject({ version: '2', created: 'true', uri: `models:/${MODEL}/2` });
    const v2 = (await rest<{ model_version: MlflowVersion }>('model-versions/get', { name: MODEL, version: '2' })).model_version;
    const tags = tagsOf(v2);
    expect(tags).toMatchObject({ 'mlops.digest': run.outputs.digest, 'mlops.gate.id': 'default', 'mlops.gate.passed': 'true', 'mlops.gate.failed': '' });
    expect(tags['mlops.gate.baseline']).toMatch(/churn-classifier/);
    // The run holds exactly the candidate's metrics from the report.
    const gateReport = readJson<{ candidate: Record<string, number> }>('gate-v2.json');
    expect(await runMetrics(v2.run_id)).toEqual(gateReport.candidate);
    // The profile and the predictions are run artifacts, byte for byte, listed in the version's tags.
    const attachments = Object.keys(tags).filter((k) => k.startsWith('mlops.attachment.'));
    expect(attachments.sort()).toEqual(['mlops.attachment.data-profile/train-profile.json', 'mlops.attachment.predictions/predictions-v2.csv']);
    expect(await runArtifact(v2.run_id, 'attachments/data-profile/train-profile.json')).toBe(readFileSync(join(dir, 'train-profile.json'), 'utf8'));
    expect(await runArtifact(v2.run_id, 'attachments/predictions/predictions-v2.csv')).toBe(readFileSync(data.predictions.v2, 'utf8'));
    // Production is still v1 until the canary promotes v2.
    expect(await aliasVersion('production')).toBe('1');
  }, STEP_TIMEOUT_MS);

  it('4. canary-deploy rolls v2 out against v1 (command provider, scrape-mode analysis), records a Deployment and promotes: production -> v2', async () => {
    const [stable, canary] = await Promise.all([startModelServer(data.models.v1, 'stable', '1'), startModelServer(data.models.v2, 'canary', '2')]);
    servers.push(stable, canary);
    // The user's traffic command: records every weight it is given and the model it is told about.
    writeFileSync(
      join(dir, 'set-weight.mjs'),
      `import { appendFileSync, writeFileSync } from 'node:fs';
const e = process.env;
appendFileSync('weights.log', [e.CANARY_WEIGHT, e.CANARY_PHASE, e.CANARY_MODEL_NAME, e.CANARY_MODEL_VERSION].join(' ') + '\\n');
writeFileSync('weight', e.CANARY_WEIGHT);
`,
    );
    writeFileSync(join(dir, 'weight'), '0');
    load = startLoad({ stable: stable.url, canary: canary.url }, join(dir, 'weight'), holdoutRows());
    const analysis = `scrape:
  stable: ${stable.url}/metrics
  canary: ${canary.url}/metrics
rate-window: 2s
resolution: 1s
min-samples: 20
requests: http-requests
metrics:
  - preset: http-error-rate
    max: 0.05
  - preset: http-p99-latency
    max: 0.5
`;
    const run = await step('canary-deploy', {
      provider: 'command',
      target: 'command: node set-weight.mjs\nread-command: cat weight\n',
      steps: '20,50',
      interval: '4s',
      analysis,
      model: `${MODEL}@2`,
      registry,
      'promote-alias': 'production',
      environment: 'production',
      'github-token': gh.token,
    });
    await load.stop();
    ok(run, 'canary-deploy');
    expect(run.outputs).toMatchObject({ result: 'promoted', 'final-weight': '100', 'model-version': '2' });
    expect(load.stats.failed).toBe(0);
    expect(load.stats.canary).toBeGreaterThan(20);
    expect(load.stats.stable).toBeGreaterThan(20);
    expect(readFileSync(join(dir, 'weights.log'), 'utf8').trim().split('\n')).toEqual(['20 step', '50 step', '100 promote'].map((w) => `${w} ${MODEL} 2`));
    const report = JSON.parse(run.outputs.report!) as {
      alias: Json;
      steps: { weight: number; phase: string; verdict?: string; readBack?: number; analyses: { verdict: string; samples: { stable: number; canary: number }; metrics: { name: string; verdict: string }[] }[] }[];
    };
    expect(report.alias).toEqual({ alias: 'production', from: '1', to: '2', outcome: 'moved' });
    expect(report.steps.map((s) => [s.weight, s.phase, s.verdict ?? null, s.readBack])).toEqual([
      [20, 'step', 'pass', 20],
      [50, 'step', 'pass', 50],
      [100, 'promote', null, 100],
    ]);
    // Each step was judged on requests the action scraped from the two servers' /metrics: both
    // sides over min-samples, the canary's share near the step's weight, every metric passing.
    for (const s of report.steps.filter((s) => s.phase === 'step')) {
      const judged = s.analyses.at(-1)!;
      expect(judged.samples.stable).toBeGreaterThanOrEqual(20);
      expect(judged.samples.canary).toBeGreaterThanOrEqual(20);
      expect(Math.abs((100 * judged.samples.canary) / (judged.samples.stable + judged.samples.canary) - s.weight)).toBeLessThan(10);
      expect(judged.metrics.map((m) => [m.name, m.verdict])).toEqual([
        ['http-error-rate', 'pass'],
        ['http-p99-latency', 'pass'],
      ]);
    }
    // The GitHub Deployment names the model version, and ended successful.
    const id = Number(run.outputs['deployment-id']);
    const deployment = repo().deployments.find((d) => d.id === id)!;
    expect(deployment.environment).toBe('production');
    const payload = (typeof deployment.payload === 'string' ? JSON.parse(deployment.payload) : deployment.payload) as Json;
    expect(payload.model).toMatchObject({ name: MODEL, version: '2', digest: tagsOf((await rest<{ model_version: MlflowVersion }>('model-versions/get', { name: MODEL, version: '2' })).model_version)['mlops.digest'] });
    const statuses = repo().deploymentStatuses.filter((s) => s.deployment_id === id);
    expect(statuses.at(-1)?.state).toBe('success');
    // MLflow: production now points at v2.
    expect(await aliasVersion('production')).toBe('2');
  }, 180_000);

  it('5. eval-gate on the PR: a worse candidate fails against the new production; the same comment is updated', async () => {
    const run = await step(
      'eval-gate',
      { predictions: data.predictions.v3, baseline: `registry:${MODEL}@production`, registry, 'id-column': 'id', thresholds: THRESHOLDS, report: 'gate-v3.json', 'github-token': gh.token },
      { event: prEvent(WORSE_SHA), eventName: 'pull_request', env: { GITHUB_SHA: WORSE_SHA, GITHUB_REF: 'refs/pull/12/merge' } },
    );
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(JSON.parse(run.outputs.failed!)).toEqual(['roc_auc']);
    const report = readJson<{ baseline: Record<string, number>; candidate: Record<string, number> }>('gate-v3.json');
    // The baseline is now v2, the version the canary promoted.
    expect(report.baseline.roc_auc).toBeCloseTo(data.auc.v2, 9);
    expect(report.candidate.roc_auc).toBeCloseTo(data.auc.v3, 9);
    const comments = gateComments();
    expect(comments).toHaveLength(1);
    expect(String(comments[0]!.body)).toContain('❌ eval-gate `default`: failed (`roc_auc`)');
    const statuses = repo().statuses.filter((s) => s.context === 'eval-gate/default');
    expect(statuses.map((s) => [s.state, s._sha])).toEqual([
      ['success', GOOD_SHA],
      ['failure', WORSE_SHA],
    ]);
    // The failed candidate never reached the registry: production is still v2.
    expect(await aliasVersion('production')).toBe('2');
  }, STEP_TIMEOUT_MS);

  it('6. drift-check finds the planted drift against the production model\'s profile and sends one dispatch', async () => {
    const run = ok(
      await step('drift-check', {
        reference: `registry:${MODEL}@production`,
        registry,
        current: data.newData,
        'exclude-columns': 'customer_id',
        // Retrain when 2 of the 5 features drift (the default, half of them, would wait for a third).
        'drift-share': '0.4',
        dispatch: 'retrain',
        'html-report': 'drift.html',
        'github-token': gh.token,
      }),
      'drift-check',
    );
    expect(run.outputs.drifted).toBe('true');
    expect(JSON.parse(run.outputs['drifted-columns']!).sort()).toEqual([...DRIFTED_COLUMNS].sort());
    const report = readJson<{ reference: Json; columns: { column: string; status: string; drifted?: boolean }[]; onlyReference: string[] }>(run.outputs.report!);
    // The reference is the training profile register-model stored with the production version.
    expect(report.reference).toEqual({ source: `registry:${MODEL}@production`, kind: 'profile', rows: 3000 });
    const compared = report.columns.map((c) => c.column).sort();
    expect(compared).toEqual([...DRIFTED_COLUMNS, ...STABLE_COLUMNS].sort());
    // The label is in the training profile only; it is reported, not compared.
    expect(report.onlyReference).toEqual(['churned']);
    for (const column of STABLE_COLUMNS) expect(report.columns.find((c) => c.column === column)).toMatchObject({ status: 'ok', drifted: false });
    expect(existsSync(join(dir, 'drift.html'))).toBe(true);
    expect(repo().dispatches).toHaveLength(1);
    const dispatch = repo().dispatches[0]!;
    expect(dispatch.event_type).toBe('retrain');
    expect(dispatch.client_payload).toMatchObject({ drifted: true, reference: `registry:${MODEL}@production`, current: data.newData });
    expect((dispatch.client_payload as { drifted_columns: string[] }).drifted_columns.sort()).toEqual([...DRIFTED_COLUMNS].sort());
  }, STEP_TIMEOUT_MS);
});
