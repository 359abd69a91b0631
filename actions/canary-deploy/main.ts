/** canary-deploy's entry: plan from inputs, rollout, outputs, summary and GitHub Deployment; the post step's rollback. */
import * as core from '@actions/core';
import type { ActionRun } from '../../src/runner/action-module.js';
import { appendSummary } from '../../src/runner/summary.js';
import { createAnalyzer } from '../../src/deploy/analysis.js';
import { prometheusClient } from '../../src/deploy/prometheus.js';
import { createProvider, PROVIDER_NAMES, type ProviderName } from '../../src/deploy/providers/index.js';
import { runRollout, type RolloutReport } from '../../src/deploy/rollout.js';
import { rollback } from '../../src/deploy/verified.js';
import { deploymentTarget, markDeployment, startDeployment, type DeploymentTarget } from './deployment.js';
import { describePlan, readPlan } from './plan.js';
import { loadRollout, saveDeployment, savePhase, saveProvider } from './state.js';
import { oneLine, renderSummary } from './summary.js';

/** Stops the rollout on cancellation; the post step does the rollback (see rollout.ts). */
function abortOnSignals(): AbortController {
  const controller = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      core.warning(`canary-deploy: ${signal} received (the job was cancelled or timed out): stopping; the post step rolls back.`);
      controller.abort(new Error(`${signal} received`));
    });
  }
  return controller;
}

export async function main({ inputs, outputs }: ActionRun): Promise<void> {
  const plan = readPlan(inputs);
  core.startGroup('canary-deploy plan');
  for (const line of describePlan(plan)) core.info(line);
  core.endGroup();
  saveProvider(plan.providerName, plan.target);

  let deployment: { target: DeploymentTarget; id: number } | undefined;
  if (plan.environment) {
    const target = deploymentTarget(plan.token, plan.environmentUrl);
    const payload = { canary: { provider: plan.providerName, steps: plan.steps, dry_run: plan.dryRun } };
    const id = await startDeployment(target, plan.environment, payload, `canary ${plan.steps.join('% ')}% via ${plan.providerName}`);
    deployment = { target, id };
    saveDeployment(id);
    outputs.set('deployment-id', id);
  }

  const controller = abortOnSignals();
  const analyzer = plan.analysis
    ? createAnalyzer(plan.analysis, plan.provider, prometheusClient(plan.prometheusUrl!), { minSamples: plan.minSamples, intervalMs: plan.intervalMs })
    : undefined;
  let report: RolloutReport;
  try {
    report = await runRollout({
      provider: plan.provider,
      steps: plan.steps,
      intervalMs: plan.intervalMs,
      maxWaitMs: plan.maxWaitMs,
      failureLimit: plan.failureLimit,
      dryRun: plan.dryRun,
      analyzer,
      signal: controller.signal,
      pollMs: plan.pollMs,
      log: (line) => core.info(line),
      onFirstChange: () => savePhase('rolling'),
    });
  } catch (error) {
    // runRollout rolled back (verified) before rethrowing unless the rollback itself failed;
    // then the phase stays `rolling` and the post step tries again.
    if (deployment) await markDeployment(deployment.target, deployment.id, 'failure', `error: ${(error as Error).message}`).catch(() => undefined);
    throw error;
  }
  if (report.result !== 'aborted' && !report.dryRun) savePhase('finished');

  outputs.set('result', report.result);
  outputs.set('final-weight', report.finalWeight);
  outputs.set('report', { provider: plan.providerName, plannedSteps: plan.steps, ...report });
  await appendSummary(renderSummary(report, plan.providerName));
  const line = oneLine(report, plan.providerName);
  if (deployment && report.result !== 'aborted') {
    const state = report.dryRun ? 'inactive' : report.result === 'promoted' ? 'success' : 'failure';
    await markDeployment(deployment.target, deployment.id, state, line);
  }
  if (report.result === 'promoted') core.info(line);
  else if (report.dryRun) core.warning(line);
  else core.setFailed(line);
}

/** The post step: rolls back a rollout that main left open (failed, cancelled, timed out). */
export async function post({ inputs }: ActionRun): Promise<void> {
  const saved = loadRollout();
  if (saved.phase !== 'rolling' || !PROVIDER_NAMES.includes(saved.provider as ProviderName)) {
    core.info(`canary-deploy post: nothing to roll back (${saved.phase === 'finished' ? 'the rollout finished' : 'no weight was changed'}).`);
    return;
  }
  const provider = createProvider(saved.provider as ProviderName, saved.target);
  core.warning(`canary-deploy post: the main step did not finish its rollout; rolling back through ${provider.endpoint}.`);
  const applied = await rollback(provider);
  const line = `canary-deploy post: rolled back: canary weight ${applied.weight}%${applied.readBack === undefined ? ' (not verified)' : ', verified'}`;
  core.info(line);
  const environment = inputs.string('environment');
  if (saved.deploymentId !== undefined && environment) {
    const target = deploymentTarget(inputs.string('github-token'), inputs.string('environment-url'));
    await markDeployment(target, saved.deploymentId, 'failure', 'rolled back by the post step: the rollout did not finish');
  }
  await appendSummary(`## 🔴 ${line}\n`);
}
