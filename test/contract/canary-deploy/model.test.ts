/**
 * canary-deploy with `model` and `promote-alias` against a file registry filled by the
 * register-model bundle, through the built bundles, the command provider and the fake GitHub API.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type Json } from '../../support/fake-github/index.js';
import { runBundle } from '../../support/harness.js';

let gh: FakeGitHub;
let dir: string;
let registry: string;
let digests: Record<string, string>;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh?.close();
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'canary-model-'));
  registry = join(dir, 'registry');
  digests = {};
  // Version 1 is in production; version 2 is the candidate being rolled out.
  for (const [content, alias] of [['weights of v1', 'production'], ['weights of v2', 'staging']] as const) {
    writeFileSync(join(dir, 'model.bin'), content);
    const run = await runBundle('register-model', { cwd: dir, inputs: { name: 'churn', path: 'model.bin', registry: `file:${registry}`, alias } });
    expect(run.exitCode, run.stdout).toBe(0);
    digests[run.outputs.version!] = run.outputs.digest!;
  }
  // The user's command: logs the model it was told about and keeps the weight in a file.
  writeFileSync(
    join(dir, 'set-weight.mjs'),
    `import { appendFileSync, writeFileSync } from 'node:fs';
const e = process.env;
if (e.FAIL_AT === e.CANARY_WEIGHT) { console.error('platform said no'); process.exit(3); }
appendFileSync('calls.log', [e.CANARY_WEIGHT, e.CANARY_PHASE, e.CANARY_MODEL_NAME, e.CANARY_MODEL_VERSION, e.CANARY_MODEL_DIGEST, e.CANARY_MODEL_URI].join(' ') + '\\n');
writeFileSync('weight', e.CANARY_WEIGHT);
`,
  );
  writeFileSync(join(dir, 'weight'), '0');
});

const aliasOf = (alias: string) => (JSON.parse(readFileSync(join(registry, 'models', 'churn', 'aliases', `${alias}.json`), 'utf8')) as { version: string }).version;
const calls = () => (existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n') : []);
const repo = () => gh.state.repo('octo-org', 'octo-repo');
const errorsOf = (run: Awaited<ReturnType<typeof runBundle>>) => run.annotations.filter((a) => a.level === 'error');

function deploy(inputs: Record<string, string>, env: Record<string, string> = {}, runId = String(Date.now())) {
  return runBundle('canary-deploy', {
    cwd: dir,
    env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: runId, ...env },
    inputs: {
      provider: 'command',
      target: 'command: node set-weight.mjs\nread-command: cat weight\n',
      steps: '20,50',
      interval: '1s',
      model: 'churn@2',
      registry: `file:${registry}`,
      ...inputs,
    },
  });
}

describe('canary-deploy with a registered model', () => {
  it('a promotion moves promote-alias to the version; the command, payload, report and summary name the model', async () => {
    const run = await deploy({ 'promote-alias': 'production', environment: 'production', 'github-token': gh.token });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('promoted');
    expect(run.outputs['model-version']).toBe('2');
    expect(aliasOf('production')).toBe('2');
    // The command saw the model at every call.
    const uri = join(registry, 'models', 'churn', 'versions', '2', 'model', 'model.bin');
    expect(calls()).toEqual(['20 step', '50 step', '100 promote'].map((c) => `${c} churn 2 ${digests['2']} ${uri}`));
    // The GitHub Deployment's payload.
    const id = Number(run.outputs['deployment-id']);
    const deployment = repo().deployments.find((d: Json) => d.id === id) as Json;
    const payload = (typeof deployment.payload === 'string' ? JSON.parse(deployment.payload) : deployment.payload) as Json;
    expect(payload.model).toEqual({ name: 'churn', version: '2', digest: digests['2'], uri, registry: `file registry '${registry}'` });
    expect(payload.promote_alias).toBe('production');
    expect(deployment.description).toMatch(/^churn@2: canary/);
    // The report and the summary.
    const report = JSON.parse(run.outputs.report!) as Json;
    expect(report.model).toMatchObject({ name: 'churn', version: '2', digest: digests['2'] });
    expect(report.alias).toEqual({ alias: 'production', from: '1', to: '2', outcome: 'moved' });
    expect(run.summary).toContain('**Alias** `production` moved to version 2 (it pointed at version 1)');
    expect(run.summary).toContain(digests['2']);
  });

  it('an alias given in `model` resolves to its version', async () => {
    const run = await deploy({ model: 'churn@staging', 'promote-alias': 'production' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['model-version']).toBe('2');
    expect(aliasOf('production')).toBe('2');
  });

  it('a rollout that fails mid-way is rolled back and the alias stays', async () => {
    const run = await deploy({ 'promote-alias': 'production' }, { FAIL_AT: '50' });
    expect(run.exitCode).toBe(1);
    expect(calls().map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual(['20 step', '0 rollback']);
    expect(aliasOf('production')).toBe('1');
    expect(errorsOf(run)[0]!.message).toMatch(/could not set the canary weight to 50/);
  });

  it('a dry run moves no alias and says it would', async () => {
    const run = await deploy({ 'promote-alias': 'production', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(calls()).toEqual([]);
    expect(aliasOf('production')).toBe('1');
    expect(JSON.parse(run.outputs.report!).alias).toEqual({ alias: 'production', from: '1', to: '2', outcome: 'would-move' });
    expect(run.summary).toContain('**Alias** dry run: `production` would move to version 2 (it pointed at version 1)');
  });

  it('an unknown version fails before anything changes: no command, no deployment, nothing for the post step', async () => {
    const before = repo().deployments.length;
    const run = await deploy({ model: 'churn@7', 'promote-alias': 'production', environment: 'production', 'github-token': gh.token });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      `Input 'model': file registry '${registry}' has no version or alias '7' of model 'churn': register it first (register-model) or check the \`registry\` input`,
    );
    expect(calls()).toEqual([]);
    expect(repo().deployments.length).toBe(before);
    expect(run.state['canary-provider']).toBeUndefined();
    expect(aliasOf('production')).toBe('1');
  });

  it('the post step passes the model to the command when it rolls back', async () => {
    writeFileSync(join(dir, 'weight'), '50');
    const model = { name: 'churn', version: '2', digest: digests['2'], uri: '/m/2', registry: 'r' };
    const post = await runBundle('canary-deploy', {
      cwd: dir,
      inputs: { provider: 'command', target: 'command: node set-weight.mjs' },
      state: {
        'mlops-actions-post': 'canary-deploy',
        'canary-provider': 'command',
        'canary-target': JSON.stringify({ command: 'node set-weight.mjs', 'read-command': 'cat weight' }),
        'canary-phase': 'rolling',
        'canary-model': JSON.stringify(model),
      },
    });
    expect(post.exitCode, post.stdout).toBe(0);
    expect(calls()).toEqual([`0 rollback churn 2 ${digests['2']} /m/2`]);
  });

  it.each([
    [{ model: 'churn' }, /Input 'model': expected <name>@<version> \(register-model's outputs, e\.g\. churn-classifier@3\), got 'churn'/],
    [{ model: 'ch urn@2' }, /Input 'model': 'ch urn' is not a valid model name/],
    [{ model: '', 'promote-alias': 'production' }, /Input 'promote-alias': moves a registry alias to the deployed version, so it needs `model`/],
    [{ 'promote-alias': 'latest' }, /Input 'promote-alias': 'latest' is reserved/],
    [{ registry: 's3:bucket' }, /Input 'registry': unknown registry 's3:bucket'/],
  ])('input error %j', async (inputs, message) => {
    const run = await deploy(inputs);
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(calls()).toEqual([]);
  });
});
