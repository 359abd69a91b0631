/**
 * The rollout: each step's weight set and verified, baked, analysed; promotion when every step
 * passed, verified rollback to stable as soon as one fails more often than tolerated or stays
 * inconclusive past max-wait. A dry run changes no weight and reports what would have happened.
 * Knows nothing of GitHub; aborting (the job was cancelled) stops
 * it without touching weights, leaving the rollback to the post step.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Analyzer, StepAnalysis } from './analysis.js';
import { PROMOTE_WEIGHT, type Phase, type TrafficProvider } from './provider.js';
import type { RetryOptions } from './retry.js';
import { applyWeight, promote, rollback } from './verified.js';

export type RolloutResult = 'promoted' | 'rolled-back' | 'aborted';

export interface AnalysisRecord extends StepAnalysis {
  /** Epoch ms of the window analysed. */
  windowStart: number;
  windowEnd: number;
}

export interface StepReport {
  weight: number;
  phase: Phase;
  /** Epoch ms when the weight was in force (verified), or when the step began in a dry run. */
  weightSetAt: number;
  /** The weight the provider reported back; absent in a dry run or when it cannot read it. */
  readBack?: number;
  endedAt?: number;
  /** The step's verdict; absent for promotion and rollback. */
  verdict?: StepAnalysis['verdict'];
  analyses: AnalysisRecord[];
}

export interface RolloutReport {
  result: RolloutResult;
  /** The canary's percent when the rollout ended. */
  finalWeight: number;
  reason: string;
  dryRun: boolean;
  failures: number;
  steps: StepReport[];
}

export interface RolloutOptions {
  provider: TrafficProvider;
  steps: readonly number[];
  intervalMs: number;
  /** How long past the interval an inconclusive step may wait for samples before rollback. */
  maxWaitMs: number;
  /** Failed analyses tolerated; one more rolls back. */
  failureLimit: number;
  dryRun: boolean;
  analyzer?: Analyzer;
  signal: AbortSignal;
  /** How often an inconclusive step is analysed again. */
  pollMs: number;
  retry?: RetryOptions;
  log: (line: string) => void;
  /** Called before the first weight change, so the post step knows a rollback may be due. */
  onFirstChange?: () => void;
}

/** Runs the rollout. A provider failure during rollback throws (ProviderError); other failures roll back first, then throw. */
export async function runRollout(options: RolloutOptions): Promise<RolloutReport> {
  const { provider, log, signal } = options;
  const report: RolloutReport = { result: 'aborted', finalWeight: 0, reason: '', dryRun: options.dryRun, failures: 0, steps: [] };
  let changed = false;
  const setWeight = async (weight: number, phase: Phase): Promise<StepReport> => {
    signal.throwIfAborted();
    if (options.dryRun) {
      log(`dry run: would set the canary weight to ${weight}% (${phase})`);
      return { weight, phase, weightSetAt: Date.now(), analyses: [] };
    }
    if (!changed) options.onFirstChange?.();
    changed = true;
    const applied = phase === 'promote' ? await promote(provider, options.retry) : phase === 'rollback' ? await rollback(provider, options.retry) : await applyWeight(provider, weight, phase, options.retry);
    report.finalWeight = weight;
    log(`${provider.name}: canary weight ${weight}% (${phase})${applied.readBack === undefined ? ', not verified: the provider cannot read weights back' : ', verified'}`);
    return { weight, phase, weightSetAt: Date.now(), ...(applied.readBack === undefined ? {} : { readBack: applied.readBack }), analyses: [] };
  };
  const finish = async (result: RolloutResult, reason: string): Promise<RolloutReport> => {
    if (result === 'rolled-back') report.steps.push({ ...(await setWeight(0, 'rollback')), endedAt: Date.now() });
    if (result === 'promoted') report.steps.push({ ...(await setWeight(PROMOTE_WEIGHT, 'promote')), endedAt: Date.now() });
    report.result = result;
    report.reason = reason;
    return report;
  };

  try {
    if (options.dryRun) report.finalWeight = (await provider.readWeight().catch(() => undefined)) ?? 0;
    for (const weight of options.steps) {
      if (weight === PROMOTE_WEIGHT) break;
      const step = await setWeight(weight, 'step');
      report.steps.push(step);
      const outcome = await bakeStep(step, options, report);
      step.endedAt = Date.now();
      if (outcome) return await finish('rolled-back', outcome);
    }
    return await finish('promoted', options.analyzer ? 'every step passed its analysis' : 'every step baked (no analysis configured)');
  } catch (error) {
    if (signal.aborted) {
      report.result = 'aborted';
      report.reason = 'cancelled: the post step rolls back';
      return report;
    }
    // Anything else (Prometheus unreachable, a provider failing mid-rollout): stable is the safe place.
    if (changed && !options.dryRun && report.result !== 'rolled-back') {
      log(`rolling back after an error: ${(error as Error).message}`);
      try {
        await finish('rolled-back', `error: ${(error as Error).message}`);
      } catch (rollbackError) {
        // The failed rollback is what the user must act on now; keep what led to it.
        if (rollbackError instanceof Error) rollbackError.message += `; it was rolling back after: ${(error as Error).message}`;
        throw rollbackError;
      }
    }
    throw error;
  }
}

/** Bakes and analyses one step; returns why to roll back, or undefined to go on. */
async function bakeStep(step: StepReport, options: RolloutOptions, report: RolloutReport): Promise<string | undefined> {
  const { analyzer, log, signal } = options;
  for (;;) {
    const bakeStart = Date.now();
    log(`baking ${step.weight}% for ${Math.round(options.intervalMs / 1000)} s`);
    await sleepFor(options.intervalMs, undefined, { signal });
    if (!analyzer) return undefined;
    const deadline = Date.now() + options.maxWaitMs;
    let analysis: AnalysisRecord;
    for (;;) {
      const windowEnd = Date.now();
      analysis = { ...(await analyzer({ startMs: bakeStart, endMs: windowEnd })), windowStart: bakeStart, windowEnd };
      signal.throwIfAborted();
      if (analysis.verdict !== 'inconclusive' || options.dryRun || Date.now() >= deadline) break;
      log(`${step.weight}%: inconclusive (${analysis.reason}); analysing again in ${Math.round(options.pollMs / 1000)} s`);
      await sleepFor(options.pollMs, undefined, { signal });
    }
    step.analyses.push(analysis);
    step.verdict = analysis.verdict;
    log(`${step.weight}%: ${analysis.verdict}: ${analysis.reason}`);
    if (analysis.verdict === 'pass') return undefined;
    if (analysis.verdict === 'inconclusive') return `step ${step.weight}% stayed inconclusive past max-wait: ${analysis.reason}`;
    report.failures++;
    if (report.failures > options.failureLimit) return `step ${step.weight}% failed: ${analysis.reason}`;
    log(`${report.failures} failed analysis(es), ${options.failureLimit} tolerated: baking ${step.weight}% again`);
  }
}
