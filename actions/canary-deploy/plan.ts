/** Reads and checks every input of canary-deploy before anything changes. */
import * as core from '@actions/core';
import type { Inputs } from '../../src/runner/inputs.js';
import { InputError } from '../../src/runner/errors.js';
import { parseAnalysis, type AnalysisConfig } from '../../src/deploy/analysis-config.js';
import { checkQueries, resolutionFor } from '../../src/deploy/analysis.js';
import type { TrafficProvider } from '../../src/deploy/provider.js';
import { createProvider, PROVIDER_NAMES, type ProviderName } from '../../src/deploy/providers/index.js';
import { checkScrapeQueries } from '../../src/deploy/scrape/check.js';
import { parseSteps } from '../../src/deploy/steps.js';
import { parseModelRef, parsePromoteAlias, type ModelRef } from './model.js';

export interface Plan {
  providerName: ProviderName;
  target: unknown;
  provider: TrafficProvider;
  steps: number[];
  intervalMs: number;
  maxWaitMs: number;
  minSamples: number;
  failureLimit: number;
  prometheusUrl?: string;
  analysis?: AnalysisConfig;
  pollMs: number;
  dryRun: boolean;
  environment?: string;
  environmentUrl?: string;
  token?: string;
  /** The registered version rolled out, looked up in `registry` before anything changes. */
  model?: ModelRef;
  registry: string;
  promoteAlias?: string;
}

/** The plan from the inputs; every mistake is an InputError naming its input. */
export function readPlan(inputs: Inputs): Plan {
  const providerName = inputs.enumeration('provider', PROVIDER_NAMES)!;
  const target = inputs.structured('target')?.value;
  const provider = createProvider(providerName, target);
  const steps = parseSteps(inputs.list('steps'));
  const modelText = inputs.string('model');
  const model = modelText === undefined ? undefined : parseModelRef(modelText.trim());
  const promoteAlias = parsePromoteAlias(inputs.string('promote-alias'), model);
  const intervalMs = inputs.duration('interval') ?? 300_000;
  if (intervalMs < 1000) throw new InputError('interval', 'must be at least 1s');
  const analysisInput = inputs.structured('analysis');
  const prometheusUrl = inputs.string('prometheus-url');
  let analysis: AnalysisConfig | undefined;
  if (analysisInput) {
    analysis = parseAnalysis(analysisInput.value, providerName, analysisInput.file);
    if (analysis.scrape) {
      if (prometheusUrl) throw new InputError('prometheus-url', 'is not used when the analysis scrapes the variants itself (`scrape:` in `analysis`): give one or the other');
      checkScrapeQueries(analysis, provider, analysisInput.file);
    } else {
      if (!prometheusUrl) throw new InputError('prometheus-url', 'is needed to run the analysis (or `scrape:` in `analysis`, to scrape the variants\' /metrics without a Prometheus server), but it is empty');
      if (!/^https?:\/\//.test(prometheusUrl)) throw new InputError('prometheus-url', `expected an http(s) URL, got '${prometheusUrl}'`);
    }
    checkQueries(analysis, provider);
  } else {
    core.warning('canary-deploy: no `analysis` given: each step only bakes for `interval`, and the canary is promoted without evidence.');
  }
  return {
    providerName,
    target,
    provider,
    steps,
    intervalMs,
    maxWaitMs: inputs.duration('max-wait') ?? 300_000,
    minSamples: inputs.integer('min-samples', { min: 0 }) ?? 50,
    failureLimit: inputs.integer('failure-limit', { min: 0 }) ?? 0,
    prometheusUrl,
    analysis,
    pollMs: analysis ? resolutionFor(analysis, intervalMs) : 1000,
    dryRun: inputs.boolean('dry-run'),
    environment: inputs.string('environment'),
    environmentUrl: inputs.string('environment-url'),
    token: inputs.string('github-token'),
    model,
    registry: inputs.requiredString('registry'),
    promoteAlias,
  };
}

/** The plan as log lines. */
export function describePlan(plan: Plan): string[] {
  const last = plan.steps.at(-1)!;
  return [
    ...(plan.model ? [`model: ${plan.model.name}@${plan.model.ref} from ${plan.registry}${plan.promoteAlias ? `; promotion moves alias '${plan.promoteAlias}'` : ''}`] : []),
    `provider: ${plan.provider.endpoint}`,
    `steps: ${plan.steps.map((s) => `${s}%`).join(' -> ')}${last < 100 ? ' -> 100% (promotion)' : ' (promotion)'}, each baking ${plan.intervalMs / 1000} s`,
    plan.analysis
      ? `analysis: ${plan.analysis.metrics.map((m) => m.name).join(', ')} from ${plan.analysis.scrape ? `the variants' metrics, scraped every ${plan.pollMs / 1000} s (stable ${plan.analysis.scrape.stable.join(', ')}; canary ${plan.analysis.scrape.canary.join(', ')})` : plan.prometheusUrl}; min-samples ${plan.analysis.minSamples ?? plan.minSamples}, max-wait ${plan.maxWaitMs / 1000} s, failure-limit ${plan.failureLimit}`
      : 'analysis: none',
    ...(plan.dryRun ? ['dry run: no weight will change'] : []),
  ];
}
