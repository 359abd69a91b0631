import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';
import { writeBinary } from './data.js';

const dir = mkdtempSync(join(tmpdir(), 'eval-gate-gh-'));
const gate = (inputs: Record<string, string>, options: { env?: Record<string, string>; event?: object; eventName?: string } = {}) =>
  runBundle('eval-gate', { cwd: dir, inputs, ...options });
const RULE = 'roc_auc: {max-regression: 0, significance: 0.05}\naccuracy: {max-regression: 0, significance: 0.05}';

describe('eval-gate significance and slices (built bundle)', () => {
  it('a planted real regression fails; a noise-level one passes', async () => {
    const worse = writeBinary(dir, 'worse', { gap: -0.35 });
    const fail = await gate({ predictions: worse.candidate, baseline: worse.baseline, 'id-column': 'id', thresholds: RULE });
    expect(fail.outputs.passed).toBe('false');
    expect(JSON.parse(fail.outputs.failed!)).toEqual(['roc_auc', 'accuracy']);
    const noise = writeBinary(dir, 'noise', { gap: 0 });
    const pass = await gate({ predictions: noise.candidate, baseline: noise.baseline, 'id-column': 'id', thresholds: RULE });
    const report = JSON.parse(readFileSync(join(dir, pass.outputs.report!), 'utf8')) as { verdicts: { metric: string; delta: number; interval: { low: number; high: number }; test: { name: string; pValue: number } }[] };
    expect(pass.outputs.passed).toBe('true');
    // Noise only: the point estimate moves, but the interval straddles zero.
    const auc = report.verdicts.find((v) => v.metric === 'roc_auc')!;
    expect(auc.interval.low).toBeLessThan(0);
    expect(auc.interval.high).toBeGreaterThan(0);
    expect(auc.test.name).toBe('DeLong');
    expect(report.verdicts.find((v) => v.metric === 'accuracy')!.test.name).toBe('McNemar');
    // Without significance the same noise may fail a zero margin: the point estimate decides.
    const strict = await gate({ predictions: noise.candidate, baseline: noise.baseline, thresholds: 'roc_auc: {max-regression: 0}' });
    expect(['true', 'false']).toContain(strict.outputs.passed);
  });

  it('DeLong and McNemar p-values match independent computations', async () => {
    const worse = writeBinary(dir, 'tests', { gap: -0.2 });
    const run = await gate({ predictions: worse.candidate, baseline: worse.baseline, thresholds: RULE });
    const report = JSON.parse(readFileSync(join(dir, run.outputs.report!), 'utf8')) as { significance: { mcnemar: { pValue: number }; delong: { pValue: number } } };
    const ref = JSON.parse(
      runPython(`
import json, numpy as np, pandas as pd
from scipy import stats
c, b = pd.read_csv(${JSON.stringify(worse.candidate)}), pd.read_csv(${JSON.stringify(worse.baseline)})
y = c.label.to_numpy(); ok_c = c.prediction.to_numpy() == y; ok_b = b.prediction.to_numpy() == y
n01 = int((ok_b & ~ok_c).sum()); n10 = int((~ok_b & ok_c).sum())
mc = stats.chi2.sf((abs(n01 - n10) - 1) ** 2 / (n01 + n10), 1)
def comp(s):
    pos, neg = s[y == 1], s[y == 0]
    psi = (pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])
    return psi.mean(), psi.mean(1), psi.mean(0)
a1, v10a, v01a = comp(c.score.to_numpy()); a2, v10b, v01b = comp(b.score.to_numpy())
s10 = np.cov(np.vstack([v10a, v10b])); s01 = np.cov(np.vstack([v01a, v01b]))
var = (s10[0,0] + s10[1,1] - 2 * s10[0,1]) / len(v10a) + (s01[0,0] + s01[1,1] - 2 * s01[0,1]) / len(v01a)
z = (a1 - a2) / np.sqrt(var)
print(json.dumps({"mcnemar": mc, "delong": 2 * stats.norm.sf(abs(z))}))
`),
    ) as { mcnemar: number; delong: number };
    expect(report.significance.mcnemar.pValue).toBeCloseTo(ref.mcnemar, 9);
    expect(Math.abs(report.significance.delong.pValue - ref.delong)).toBeLessThanOrEqual(1e-9 * Math.max(ref.delong, 1e-300) + 1e-15);
  });

  it('slice gates fail on the planted bad slice only', async () => {
    const sliced = writeBinary(dir, 'slice', { gap: 0.4, badSlice: true });
    const run = await gate({ predictions: sliced.candidate, 'slice-columns': 'region', slices: 'roc_auc: {min: 0.7}\nmin-rows: 50' });
    expect(run.outputs.passed).toBe('false');
    expect(JSON.parse(run.outputs.failed!)).toEqual(['region=apac']);
    const gap = await gate({ predictions: sliced.candidate, 'slice-columns': 'region', slices: 'roc_auc: {max-gap: 0.1}' });
    expect(JSON.parse(gap.outputs.failed!)).toEqual(['region:roc_auc-gap']);
    const small = await gate({ predictions: sliced.candidate, 'slice-columns': 'region', slices: 'roc_auc: {min: 0.7}\nmin-rows: 100000' });
    expect(small.outputs.passed).toBe('true');
  });
});

describe('eval-gate baselines', () => {
  it('git:<ref>:<path> reads the file at a git ref', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'eval-gate-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'metrics.json'), JSON.stringify({ auc: 0.8 }));
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'metrics.json'), JSON.stringify({ auc: 0.7 }));
    const run = await runBundle('eval-gate', { cwd: repo, inputs: { metrics: 'metrics.json', baseline: 'git:main:metrics.json', thresholds: 'auc: {max-regression: 0.05}' } });
    expect(run.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(join(repo, run.outputs.report!), 'utf8')) as { baseline: Record<string, number>; baselineSource: string };
    expect(report.baseline).toEqual({ auc: 0.8 });
    expect(report.baselineSource).toBe('metrics.json at main');
    const missing = await runBundle('eval-gate', { cwd: repo, inputs: { metrics: 'metrics.json', baseline: 'git:nope:metrics.json' } });
    expect(missing.annotations.filter((a) => a.level === 'error')[0]!.message).toMatch(/^Input 'baseline': cannot read 'metrics\.json' at git ref 'nope'.*fetch-depth: 0/);
  });
});

describe('eval-gate with the GitHub API (fake, checked against the OpenAPI description)', () => {
  let gh: FakeGitHub;
  const pr = { pull_request: { number: 7, head: { sha: 'c0ffee0000000000000000000000000000000000', repo: { full_name: 'octo-org/octo-repo' } }, base: { repo: { full_name: 'octo-org/octo-repo' } } }, number: 7 };
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => gh.close());
  const onPr = (inputs: Record<string, string>, token = gh.token) =>
    gate({ 'github-token': token, ...inputs }, { env: { GITHUB_API_URL: gh.url }, event: pr, eventName: 'pull_request' });

  it('artifact:<name> downloads the baseline from the latest successful run on the default branch', async () => {
    const zip = Buffer.from(runPython(`import io, zipfile, sys, base64
b = io.BytesIO(); z = zipfile.ZipFile(b, "w"); z.writestr("metrics.json", '{"auc": 0.9}'); z.close()
sys.stdout.write(base64.b64encode(b.getvalue()).decode())`), 'base64');
    const run = gh.addWorkflowRun('octo-org', 'octo-repo', { workflow: 'train.yml', branch: 'main', conclusion: 'success' });
    gh.addArtifact('octo-org', 'octo-repo', run.id as number, 'baseline-metrics', zip);
    const candidate = join(dir, 'artifact-candidate.json');
    writeFileSync(candidate, JSON.stringify({ auc: 0.85 }));
    const result = await onPr({ metrics: candidate, baseline: 'artifact:baseline-metrics', 'baseline-workflow': 'train.yml', thresholds: 'auc: {max-regression: 0.01}', comment: 'never' });
    expect(result.stderr).toBe('');
    expect(result.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(join(dir, result.outputs.report!), 'utf8')) as { baseline: Record<string, number> };
    expect(report.baseline).toEqual({ auc: 0.9 });
  });

  it('creates the sticky comment once, updates it on the next run, and sets the commit status', async () => {
    const files = writeBinary(dir, 'pr', { gap: 0.2 });
    const first = await onPr({ predictions: files.candidate, baseline: files.baseline, thresholds: 'roc_auc: {min: 0.6}' });
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(first.exitCode).toBe(0);
    const comments = () => gh.state.repo('octo-org', 'octo-repo').comments.filter((c) => String((c as { body: string }).body).includes('mlops-actions:eval-gate.default'));
    expect(comments()).toHaveLength(1);
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    const second = await onPr({ predictions: files.candidate, baseline: files.baseline, thresholds: 'roc_auc: {min: 0.99}' });
    expect(second.exitCode).toBe(1);
    expect(comments()).toHaveLength(1);
    expect(String((comments()[0] as { body: string }).body)).toContain('❌ eval-gate `default`: failed');
    // The last two statuses are these two runs' (the artifact test above set one too).
    const statuses = (gh.state.repo('octo-org', 'octo-repo').statuses as { context: string; state: string; _sha: string }[]).slice(-2);
    expect(statuses.map((s) => [s.context, s.state, s._sha])).toEqual([
      ['eval-gate/default', 'success', pr.pull_request.head.sha],
      ['eval-gate/default', 'failure', pr.pull_request.head.sha],
    ]);
  });

  it('a second gate-id gets its own comment', async () => {
    const files = writeBinary(dir, 'pr2', { gap: 0.2 });
    await onPr({ predictions: files.candidate, 'gate-id': 'fairness', thresholds: 'roc_auc: {min: 0.6}' });
    const bodies = gh.state.repo('octo-org', 'octo-repo').comments.map((c) => String((c as { body: string }).body));
    expect(bodies.filter((b) => b.includes('mlops-actions:eval-gate.default'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('mlops-actions:eval-gate.fairness'))).toHaveLength(1);
  });

  it('on a fork PR whose token cannot comment, warns and keeps the report in the job summary', async () => {
    gh.addToken('fork-token', 'read');
    const files = writeBinary(dir, 'fork', { gap: 0.2 });
    const run = await onPr({ predictions: files.candidate, thresholds: 'roc_auc: {min: 0.6}' }, 'fork-token');
    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toMatch(/Could not comment on #7/);
    expect(run.summary).toContain('✅ eval-gate `default`: passed');
  });
});

describe('eval-gate bad input (built bundle)', () => {
  const files = () => writeBinary(dir, 'bad', {});
  const expectError = async (inputs: Record<string, string>, message: RegExp) => {
    const run = await gate(inputs);
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  };
  it('an unknown metric', () => expectError({ predictions: files().candidate, thresholds: 'rocauc: {min: 0.5}' }, /^Input 'thresholds': unknown metric 'rocauc' for a binary task; the metrics computed from the predictions are: accuracy, /));
  it('bad YAML', () => expectError({ predictions: files().candidate, thresholds: 'roc_auc: {min: 0.5' }, /^Input 'thresholds': line \d+, column \d+: invalid YAML/));
  it('an unknown rule key', () => expectError({ predictions: files().candidate, thresholds: 'roc_auc: {minimum: 0.5}' }, /^Input 'thresholds': roc_auc\.minimum: unknown rule; expected one of min, max/));
  it('the label column absent', () => expectError({ predictions: files().candidate, 'label-column': 'target' }, /the candidate predictions have no label column 'target' \(columns: id, label, score, prediction, region\)/));
  it('probabilities outside [0, 1]', () => {
    const path = join(dir, 'bad-proba.csv');
    writeFileSync(path, 'label,score\n1,0.9\n0,1.7\n1,0.2\n');
    return expectError({ predictions: path }, /scores.*1\.7/);
  });
  it('neither metrics nor predictions', () => expectError({}, /^Input 'predictions': give the candidate as `predictions`/));
  it('significance without baseline predictions', () => {
    const metrics = join(dir, 'only-metrics.json');
    writeFileSync(metrics, '{"roc_auc": 0.8}');
    return expectError({ metrics, baseline: metrics, thresholds: 'roc_auc: {significance: 0.05}' }, /significance \(for roc_auc\) needs predictions for both the candidate and the baseline/);
  });
});
