/**
 * The GitHub Deployment of a rollout: found or created when it starts (reusing the one a
 * job-level `environment:` made), `in_progress` while it runs, then `success` (promoted),
 * `failure` (rolled back, by main or the post step) or `inactive` (a dry run: nothing was deployed).
 */
import * as core from '@actions/core';
import { createOctokit, type Octokit } from '../../src/github/client.js';
import { getGitHubContext } from '../../src/github/context.js';
import { findOrCreateDeployment, setDeploymentStatus, type DeploymentState } from '../../src/github/deployments.js';
import { InputError } from '../../src/runner/errors.js';

export interface DeploymentTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  logUrl: string;
  environmentUrl?: string;
}

/** The client and links for the deployment record; the token is required once an environment is set. */
export function deploymentTarget(token: string | undefined, environmentUrl: string | undefined): DeploymentTarget {
  if (!token) throw new InputError('github-token', 'is needed to record the deployment (`environment` is set), but it is empty');
  const context = getGitHubContext();
  return {
    octokit: createOctokit(token),
    owner: context.owner,
    repo: context.repo,
    logUrl: context.runUrl ?? `${context.serverUrl}/${context.owner}/${context.repo}/actions`,
    environmentUrl,
  };
}

/** Finds or creates the deployment and marks it in_progress; returns its id. */
export async function startDeployment(target: DeploymentTarget, environment: string, payload: Record<string, unknown>, description: string): Promise<number> {
  const context = getGitHubContext();
  const ref = context.headSha ?? process.env.GITHUB_REF ?? 'HEAD';
  const deployment = await findOrCreateDeployment({ octokit: target.octokit, owner: target.owner, repo: target.repo, ref, environment, payload, description });
  core.info(`GitHub Deployment ${deployment.id} to '${environment}' (${deployment.action})`);
  await markDeployment(target, deployment.id, 'in_progress', description);
  return deployment.id;
}

/** Adds a status to the deployment. */
export async function markDeployment(target: DeploymentTarget, id: number, state: DeploymentState, description: string): Promise<void> {
  await setDeploymentStatus({
    octokit: target.octokit,
    owner: target.owner,
    repo: target.repo,
    deploymentId: id,
    state,
    logUrl: target.logUrl,
    environmentUrl: target.environmentUrl,
    description,
  });
}
