/**
 * Which deployment belongs to this workflow run. Two kinds qualify:
 *
 * - Ours: deployments we create carry `workflow_run_id` and `workflow_run_attempt` in their
 *   payload, so a later step of the same run attempt (another canary-deploy call, the post
 *   step) finds it again by payload alone.
 * - The job's: a job with `environment:` makes GitHub create a deployment before the job's
 *   first step, with an empty payload and statuses (queued, then in_progress) whose
 *   `log_url`/`target_url` is the job's page, `<server>/<owner>/<repo>/actions/runs/<run id>/job/<job id>`
 *   (observed on github.com and relied on by public tooling that ties deployments to runs;
 *   GitHub does not document the URL's shape). The run id in that URL is the only link
 *   from the deployment to the run. A run attempt gets a new deployment but keeps the run
 *   id, so only a deployment whose newest status is still active (queued, pending,
 *   in_progress) counts: the current job's is, an earlier attempt's has a final status.
 */

/** This run, as the runner describes it (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SERVER_URL). */
export interface WorkflowRunIdentity {
  id: string;
  attempt: string;
  serverUrl: string;
}

/** Deployment statuses that mean the job owning the deployment is still running. */
const ACTIVE_STATES = new Set(['queued', 'pending', 'in_progress']);

/** This run's identity from `env`, read when called; undefined outside GitHub Actions. */
export function currentRun(env: NodeJS.ProcessEnv = process.env): WorkflowRunIdentity | undefined {
  const id = env.GITHUB_RUN_ID;
  if (!id || !/^\d+$/.test(id)) return undefined;
  return { id, attempt: env.GITHUB_RUN_ATTEMPT || '1', serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
}

/** The payload fields that mark a deployment as created by `run`. */
export function runPayload(run: WorkflowRunIdentity): { workflow_run_id: number; workflow_run_attempt: number } {
  return { workflow_run_id: Number(run.id), workflow_run_attempt: Number(run.attempt) };
}

/** Whether a deployment's payload says we created it in this run attempt. */
export function isOurs(payload: unknown, run: WorkflowRunIdentity): boolean {
  if (!payload || typeof payload !== 'object') return false;
  const p = payload as Record<string, unknown>;
  return String(p.workflow_run_id) === run.id && String(p.workflow_run_attempt ?? '1') === run.attempt;
}

/** Whether `url` is a page of this run (`…/actions/runs/<id>` or below it) in owner/repo. */
export function isRunUrl(url: string | null | undefined, owner: string, repo: string, run: WorkflowRunIdentity): boolean {
  if (!url) return false;
  const prefix = `${run.serverUrl}/${owner}/${repo}/actions/runs/${run.id}`.toLowerCase();
  const lower = url.toLowerCase();
  return lower === prefix || lower.startsWith(`${prefix}/`) || lower.startsWith(`${prefix}?`);
}

interface StatusLike {
  state: string;
  log_url?: string | null;
  target_url?: string | null;
}

/**
 * Whether statuses (newest first, as GitHub lists them) show the deployment of a job of this
 * run that is still running.
 */
export function isJobDeploymentOfRun(statuses: readonly StatusLike[], owner: string, repo: string, run: WorkflowRunIdentity): boolean {
  const newest = statuses[0];
  if (!newest || !ACTIVE_STATES.has(newest.state)) return false;
  return statuses.some((s) => isRunUrl(s.log_url, owner, repo, run) || isRunUrl(s.target_url, owner, repo, run));
}
