/**
 * What main saves for the post step (core.saveState): which provider and target to roll back
 * with, whether a rollout is still open, and the deployment to mark. Saved before the first
 * weight change, so a main step killed at any point after it still gets its rollback.
 */
import * as core from '@actions/core';
import type { DeployedModel } from './model.js';

const KEYS = { provider: 'canary-provider', target: 'canary-target', phase: 'canary-phase', deployment: 'canary-deployment-id', model: 'canary-model' } as const;

/** `rolling`: weights may have changed and the rollout has not finished; `finished`: promoted or rolled back and verified. */
export type RolloutPhase = 'rolling' | 'finished';

export interface SavedRollout {
  provider: string;
  target: unknown;
  phase: RolloutPhase | undefined;
  deploymentId: number | undefined;
  /** The model version main was rolling out, for the post step's command environment. */
  model: DeployedModel | undefined;
}

export function saveProvider(provider: string, target: unknown): void {
  core.saveState(KEYS.provider, provider);
  core.saveState(KEYS.target, JSON.stringify(target ?? null));
}

export function savePhase(phase: RolloutPhase): void {
  core.saveState(KEYS.phase, phase);
}

export function saveDeployment(id: number): void {
  core.saveState(KEYS.deployment, String(id));
}

export function saveModel(model: DeployedModel): void {
  core.saveState(KEYS.model, JSON.stringify(model));
}

/** What main saved; the provider is empty when main never got that far. */
export function loadRollout(): SavedRollout {
  const phase = core.getState(KEYS.phase);
  const deployment = core.getState(KEYS.deployment);
  const target = core.getState(KEYS.target);
  const model = core.getState(KEYS.model);
  return {
    provider: core.getState(KEYS.provider),
    target: target ? (JSON.parse(target) as unknown) : undefined,
    phase: phase === 'rolling' || phase === 'finished' ? phase : undefined,
    deploymentId: /^\d+$/.test(deployment) ? Number(deployment) : undefined,
    model: model ? (JSON.parse(model) as DeployedModel) : undefined,
  };
}
