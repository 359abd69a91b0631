/** eval-gate's entry: inputs in, plain evaluation, then report, outputs, comment and status. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { createOctokit } from '../../src/github/client.js';
import { getGitHubContext } from '../../src/github/context.js';
import { setCommitStatus } from '../../src/github/status.js';
import { publishComment } from '../../src/github/sticky-comment.js';
import type { ActionRun } from '../../src/runner/action-module.js';
import { writeFileAtomic } from '../../src/runner/atomic-write.js';
import { refuseClashingPaths } from '../../src/runner/distinct-paths.js';
import { isRegistryReference } from '../../src/registry/model-reference.js';
import { InputError } from '../../src/runner/errors.js';
import { appendSummary } from '../../src/runner/summary.js';
import { resolveBaseline } from './baseline.js';
import { evaluateGate } from './evaluate.js';
import { renderGate } from './render.js';
import { parseSliceRules, parseThresholds } from './rules.js';
import { COMMENT_MODES, TASKS } from './spec.js';

export const REPORT_VERSION = 1;

export async function main({ inputs, outputs }: ActionRun): Promise<void> {
  const metricsFile = inputs.string('metrics');
  const predictionsFile = inputs.string('predictions');
  if (!metricsFile && !predictionsFile) throw new InputError('predictions', 'give the candidate as `predictions` (a predictions file) or `metrics` (a metrics file)');
  if (metricsFile && predictionsFile) throw new InputError('metrics', 'give either `metrics` or `predictions`, not both');
  const candidateFile = (metricsFile ?? predictionsFile)!;
  const task = inputs.enumeration('task', TASKS);
  const columns = {
    label: inputs.requiredString('label-column'),
    prediction: inputs.requiredString('prediction-column'),
    score: inputs.requiredString('score-column'),
    ...(inputs.string('id-column') ? { id: inputs.string('id-column')! } : {}),
    slices: inputs.list('slice-columns'),
  };
  const thresholds = inputs.structured('thresholds');
  const slices = inputs.structured('slices');
  const rules = parseThresholds(thresholds);
  const sliceRules = parseSliceRules(slices);
  const resamples = inputs.integer('resamples', { min: 100, max: 100_000 }) ?? 1000;
  const commentMode = inputs.enumeration('comment', COMMENT_MODES) ?? 'auto';
  const gateId = inputs.requiredString('gate-id');
  if (!/^[A-Za-z0-9._-]+$/.test(gateId)) throw new InputError('gate-id', `expected letters, digits, '.', '_' or '-', got '${gateId}'`);
  const failOnRegression = inputs.boolean('fail-on-regression');
  const token = inputs.string('github-token');
  const reportPath = inputs.requiredString('report');
  const baselineSpec = inputs.string('baseline');
  const baselinePath = baselineSpec && !/^(git|artifact):/.test(baselineSpec) && !isRegistryReference(baselineSpec) ? baselineSpec : undefined;
  refuseClashingPaths(
    [
      { input: 'metrics', paths: metricsFile ? [metricsFile] : [] },
      { input: 'predictions', paths: predictionsFile ? [predictionsFile] : [] },
      // An earlier report is a valid baseline, and replacing it with this run's report rolls the baseline forward.
      { input: 'baseline', paths: baselinePath ? [baselinePath] : [], replacedBy: 'report' },
      { input: 'thresholds', paths: thresholds?.file ? [thresholds.file] : [] },
      { input: 'slices', paths: slices?.file ? [slices.file] : [] },
    ],
    [{ input: 'report', path: reportPath, what: 'report' }],
  );
  const baselineOptions = { token, workflow: inputs.string('baseline-workflow'), registry: inputs.requiredString('registry'), candidateIsPredictions: Boolean(predictionsFile), significance: [...rules.values()].some((rule) => rule.significance !== undefined) };
  const baseline = baselineSpec ? await resolveBaseline(baselineSpec, baselineOptions) : undefined;

  const outcome = await evaluateGate({
    ...(metricsFile ? { metricsFile } : {}),
    ...(predictionsFile ? { predictionsFile } : {}),
    ...(baseline ? { baselineFile: baseline.file } : {}),
    ...(task ? { task } : {}),
    columns,
    rules,
    sliceRules,
    resamples,
  });

  // Outside a workflow (the CLI) there is no repository to comment on: just the summary.
  const context = process.env.GITHUB_REPOSITORY ? getGitHubContext() : undefined;
  writeFileAtomic(resolve(reportPath), `${JSON.stringify({ version: REPORT_VERSION, gate: gateId, candidateFile, baselineSource: baseline?.description ?? null, ...outcome }, null, 2)}\n`, 'report');
  outputs.set('passed', outcome.passed);
  outputs.set('metrics', outcome.candidate);
  outputs.set('failed', outcome.failed);
  outputs.set('report', reportPath);

  const markdown = renderGate({ gateId, passed: outcome.passed, failed: outcome.failed, verdicts: outcome.verdicts, slices: outcome.slices, candidate: candidateFile, ...(baseline ? { baseline: baseline.description } : {}), ...(context?.runUrl ? { runUrl: context.runUrl } : {}) });
  const wantComment = context !== undefined && (commentMode === 'always' || (commentMode === 'auto' && context.prNumber !== undefined));
  let commentUrl = '';
  if (context && wantComment && token) {
    const octokit = createOctokit(token);
    const result = await publishComment({ octokit, owner: context.owner, repo: context.repo, issueNumber: context.prNumber, id: `eval-gate.${gateId}`, body: markdown });
    if (result.action !== 'summary-only') {
      commentUrl = result.url;
      await appendSummary(markdown);
    }
    await postStatus(octokit, context, gateId, outcome.passed, outcome.failed);
  } else {
    if (wantComment) core.warning('eval-gate: no github-token, so no PR comment; the report is in the job summary');
    await appendSummary(markdown);
    if (context && token && process.env.GITHUB_ACTIONS === 'true') await postStatus(createOctokit(token), context, gateId, outcome.passed, outcome.failed);
  }
  outputs.set('comment-url', commentUrl);

  const line = outcome.passed ? `eval-gate ${gateId}: passed` : `eval-gate ${gateId}: failed (${outcome.failed.join(', ')})`;
  if (!outcome.passed && failOnRegression) core.setFailed(line);
  else if (!outcome.passed) core.warning(line);
  else core.info(line);
}

/** The commit status `eval-gate/<gate-id>`; a token that cannot set it only warns. */
async function postStatus(octokit: ReturnType<typeof createOctokit>, context: ReturnType<typeof getGitHubContext>, gateId: string, passed: boolean, failed: string[]): Promise<void> {
  if (!context.headSha) return;
  try {
    await setCommitStatus({
      octokit,
      owner: context.owner,
      repo: context.repo,
      sha: context.headSha,
      context: `eval-gate/${gateId}`,
      state: passed ? 'success' : 'failure',
      description: passed ? 'all rules passed' : `failed: ${failed.join(', ')}`,
      ...(context.runUrl ? { targetUrl: context.runUrl } : {}),
    });
  } catch (error) {
    core.warning(`eval-gate: could not set the commit status: ${(error as Error).message}`);
  }
}
