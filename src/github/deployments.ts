/**
 * The GitHub Deployment canary-deploy records: one per rollout, with statuses as it goes, and
 * never a second one beside the deployment a job-level `environment:` already made for this
 * run (see deployment-run.ts for how that one is recognised).
 */
import type { Octokit } from './client.js';
import { currentRun, isJobDeploymentOfRun, isOurs, runPayload, type WorkflowRunIdentity } from './deployment-run.js';
import { withPermission } from './permissions.js';
import { fitDescription } from './status.js';
import { ServiceError } from '../runner/errors.js';
import { GITHUB_SERVICE } from './errors.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive' | 'error';

export interface DeploymentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** Branch, tag or SHA deployed. A full SHA is looked up by `sha`, anything else by `ref`. */
  ref: string;
  environment: string;
  /** Extra information for the deployment; `workflow_run_id`/`workflow_run_attempt` are added. */
  payload?: Record<string, unknown>;
  description: string;
  /** Whether the environment goes away after the deployment (a preview). */
  transient?: boolean;
  /** Whether the environment serves end users; GitHub's default is `environment === 'production'`. */
  production?: boolean;
  /** This run; default from GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and GITHUB_SERVER_URL. */
  run?: WorkflowRunIdentity;
}

export interface DeploymentResult {
  id: number;
  url: string;
  /** `reused`: the job's deployment or ours from earlier in this run attempt. */
  action: 'created' | 'reused';
}

export interface DeploymentStatusOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  deploymentId: number;
  state: DeploymentState;
  /** Where to read what happened: the run's URL. */
  logUrl: string;
  /** Where the deployed service answers. */
  environmentUrl?: string;
  /** Cut to GitHub's 140 characters. */
  description: string;
}

/** Deployments looked at when searching this run's; newer ones come first. */
const SEARCH_DEPTH = 30;
/** Of those, at most this many have their statuses read (one request each). */
const STATUS_LOOKUPS = 10;

const PERMISSION = 'deployments: write';

/** The deployment of this run for ref and environment, if any (ours or the job's). */
async function findRunDeployment(options: DeploymentOptions, run: WorkflowRunIdentity): Promise<{ id: number; url: string } | undefined> {
  const { octokit, owner, repo, environment } = options;
  const bySha = /^[0-9a-f]{40}$/i.test(options.ref);
  const { data } = await octokit.rest.repos.listDeployments({
    owner,
    repo,
    environment,
    ...(bySha ? { sha: options.ref.toLowerCase() } : { ref: options.ref }),
    per_page: SEARCH_DEPTH,
  });
  const ours = data.find((d) => isOurs(d.payload, run));
  if (ours) return { id: ours.id, url: ours.url };
  // The job's deployment has GitHub's empty payload; anything with a payload was made by a tool.
  const bare = data.filter((d) => typeof d.payload === 'string' ? d.payload === '' : Object.keys(d.payload ?? {}).length === 0);
  for (const deployment of bare.slice(0, STATUS_LOOKUPS)) {
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 100 });
    if (isJobDeploymentOfRun(statuses, owner, repo, run)) return { id: deployment.id, url: deployment.url };
  }
  return undefined;
}

/**
 * Finds the deployment this run already has for `ref` in `environment`, or creates one with
 * `auto_merge: false` (a canary deploys exactly this ref, never a merge GitHub makes) and
 * `required_contexts: []` (the gates ran before; pending checks of this very run must not
 * block the record). Outside a workflow run nothing can be reused, so it always creates.
 * Note that GitHub itself sets the final status of a job's deployment when the job ends,
 * after any status set here: success or failure as the job ended.
 */
export async function findOrCreateDeployment(options: DeploymentOptions): Promise<DeploymentResult> {
  const { octokit, owner, repo } = options;
  const run = options.run ?? currentRun();
  const action = `record the deployment to '${options.environment}' in ${owner}/${repo}`;
  return withPermission({ permission: PERMISSION, action }, async () => {
    const existing = run ? await findRunDeployment(options, run) : undefined;
    if (existing) return { ...existing, action: 'reused' as const };
    const response = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: options.ref,
      environment: options.environment,
      description: fitDescription(options.description),
      payload: { ...options.payload, ...(run ? runPayload(run) : {}) },
      auto_merge: false,
      required_contexts: [],
      ...(options.transient === undefined ? {} : { transient_environment: options.transient }),
      ...(options.production === undefined ? {} : { production_environment: options.production }),
    });
    const { data } = response;
    // 202 is GitHub merging the default branch instead of deploying; auto_merge is off, so
    // this should not happen, but a deployment without an id must not pass for one.
    if (!('id' in data)) {
      throw new ServiceError(GITHUB_SERVICE, 'POST /repos/{owner}/{repo}/deployments', response.status, `no deployment was created: ${data.message ?? 'no message'}`);
    }
    return { id: data.id, url: data.url, action: 'created' as const };
  });
}

/**
 * Adds a status to the deployment: `in_progress` while the canary bakes, then `success`,
 * `failure` (rolled back), `error` (could not finish) or `inactive`. The log URL links the
 * run; the environment URL, when given, becomes the deployment's "View deployment" link.
 */
export async function setDeploymentStatus(options: DeploymentStatusOptions): Promise<{ id: number; url: string }> {
  const { octokit, owner, repo } = options;
  const action = `set the status of deployment ${options.deploymentId} in ${owner}/${repo}`;
  return withPermission({ permission: PERMISSION, action }, async () => {
    const { data } = await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: options.deploymentId,
      state: options.state,
      log_url: options.logUrl,
      description: fitDescription(options.description),
      ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
    });
    return { id: data.id, url: data.url };
  });
}
