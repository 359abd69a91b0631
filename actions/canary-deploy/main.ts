/** canary-deploy's entry: plan from inputs, rollout, outputs, summary and GitHub Deployment; the post step's rollback. */
import * as core from '@actions/core';
import type { ActionRun } from '../../src/runner/action-module.js';
import { appendSummary } from '../../src/runner/summary.js';
import { createAnalyzer } from '../../src/deploy/analysis.js';
import { prometheusClient } from '../../src/deploy/prometheus.js';
import { localPrometheus } from '../../src/deploy/scrape/local-prometheus.js';
import { Scraper } from '../../src/deploy/scrape/scraper.js';
import { CommandProvider } from '../../src/deploy/providers/command.js';
import { createProvider, PROVIDER_NAMES, type ProviderName } from '../../src/deploy/providers/index.js';
import type { TrafficProvider } from '../../src/deploy/provider.js';
import { openRegistry } from '../../src/registry/open.js';
import type { ModelRegistry } from '../../src/registry/types.js';
import { runRollout, type RolloutReport } from '../../src/deploy/rollout.js';
import { rollback } from '../../src/deploy/verified.js';
import { deploymentTarget, markDeployment, startDeployment, type DeploymentTarget } from './deployment.js';
import { describePlan, readPlan, type Plan } from './plan.js';
import { aliasTarget, describeAlias, modelEnv, moveAlias, resolveModel, type AliasMove, type DeployedModel } from './model.js';
import { loadRollout, saveDeployment, saveModel, savePhase, saveProvider } from './state.js';
import { oneLine, renderSummary, type AnalysisSource } from './summary.js';

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

/** The command provider passes the model on to the user's command as CANARY_MODEL_*. */
function giveModelEnv(provider: TrafficProvider, model: DeployedModel | undefined): void {
  if (model && provider instanceof CommandProvider) provider.addEnv(modelEnv(model));
}

export async function main({ inputs, outputs }: ActionRun): Promise<void> {
  const plan = readPlan(inputs);
  core.startGroup('canary-deploy plan');
  for (const line of describePlan(plan)) core.info(line);
  core.endGroup();

  // The model version must exist before anything changes: no deployment record, no weight.
  let registry: ModelRegistry | undefined;
  let model: DeployedModel | undefined;
  if (plan.model) {
    registry = await openRegistry(plan.registry, { githubToken: plan.token }, 'registry');
    model = await resolveModel(registry, plan.model);
    core.info(`model: ${model.name}@${model.version} (${model.digest}) at ${model.uri}, from ${model.registry}`);
    giveModelEnv(plan.provider, model);
    outputs.set('model-version', model.version);
  }
  // Scrape mode: every endpoint must answer once before anything changes.
  let scraper: Scraper | undefined;
  if (plan.analysis?.scrape) {
    const targets = (['stable', 'canary'] as const).flatMap((variant) => plan.analysis!.scrape![variant].map((url) => ({ variant, url })));
    // Kept: a step's bake and max-wait, plus Prometheus' 5-minute lookback and the rate window.
    scraper = new Scraper(targets, plan.pollMs, plan.intervalMs + plan.maxWaitMs + 10 * 60_000);
    await scraper.start();
  }
  try {
    await deploy(plan, outputs, registry, model, scraper);
  } finally {
    await scraper?.stop();
  }
}

async function deploy(plan: Plan, outputs: ActionRun['outputs'], registry: ModelRegistry | undefined, model: DeployedModel | undefined, scraper: Scraper | undefined): Promise<void> {
  saveProvider(plan.providerName, plan.target);
  if (model) saveModel(model);

  let deployment: { target: DeploymentTarget; id: number } | undefined;
  if (plan.environment) {
    const target = deploymentTarget(plan.token, plan.environmentUrl);
    const payload = {
      canary: { provider: plan.providerName, steps: plan.steps, dry_run: plan.dryRun },
      ...(model ? { model: { ...model } } : {}),
      ...(plan.promoteAlias ? { promote_alias: plan.promoteAlias } : {}),
    };
    const what = model ? `${model.name}@${model.version}` : 'canary';
    const id = await startDeployment(target, plan.environment, payload, `${what}: canary ${plan.steps.join('% ')}% via ${plan.providerName}`);
    deployment = { target, id };
    saveDeployment(id);
    outputs.set('deployment-id', id);
  }

  const controller = abortOnSignals();
  const analyzer = plan.analysis
    ? createAnalyzer(plan.analysis, plan.provider, scraper ? localPrometheus(scraper) : prometheusClient(plan.prometheusUrl!), { minSamples: plan.minSamples, intervalMs: plan.intervalMs })
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

  // The alias follows the traffic: moved only after a real promotion. Traffic is already on
  // the canary then, so a registry failure is reported (and fails the job) without undoing it.
  let alias: AliasMove | undefined;
  let aliasError: Error | undefined;
  if (plan.promoteAlias && registry && model) {
    try {
      if (report.result === 'promoted' && !report.dryRun) alias = await moveAlias(registry, model, plan.promoteAlias);
      else {
        const from = await aliasTarget(registry, model.name, plan.promoteAlias);
        alias = { alias: plan.promoteAlias, ...(from === undefined ? {} : { from }), to: model.version, outcome: report.result === 'promoted' ? 'would-move' : 'not-moved' };
      }
      core.info(describeAlias(alias));
    } catch (error) {
      aliasError = error as Error;
      if (aliasError instanceof Error) aliasError.message = `the canary was promoted, but ${registry.label} could not move alias '${plan.promoteAlias}' to version ${model.version}: ${aliasError.message}`;
    }
  }

  outputs.set('result', report.result);
  outputs.set('final-weight', report.finalWeight);
  const analysisSource: AnalysisSource | undefined = plan.analysis ? (plan.analysis.scrape ? { scrape: plan.analysis.scrape } : { prometheus: plan.prometheusUrl! }) : undefined;
  outputs.set('report', { provider: plan.providerName, plannedSteps: plan.steps, ...(model ? { model } : {}), ...(alias ? { alias } : {}), ...(analysisSource ? { analysisSource } : {}), ...report });
  await appendSummary(renderSummary(report, plan.providerName, { model, alias, aliasError: aliasError?.message, analysisSource }));
  const line = oneLine(report, plan.providerName, model);
  if (deployment && report.result !== 'aborted') {
    const state = report.dryRun ? 'inactive' : report.result === 'promoted' ? 'success' : 'failure';
    await markDeployment(deployment.target, deployment.id, state, line);
  }
  if (aliasError) throw aliasError;
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
  giveModelEnv(provider, saved.model);
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
