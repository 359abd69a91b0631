/** Builders tests use to put existing objects into the fake: comments, workflow runs, artifacts. */
import { createHash } from 'node:crypto';
import { commentJson } from './handlers/comments.js';
import { issueJson } from './handlers/issues.js';
import type { FakeState, FakeUser, Json } from './state.js';

export const OTHER_USER: FakeUser = { login: 'octocat', id: 583231, type: 'User' };

/** Adds `count` comments by someone else to issue/PR `issueNumber`; returns them. */
export function seedComments(state: FakeState, owner: string, repo: string, issueNumber: number, count: number, body = (i: number) => `Comment ${i + 1}`): Json[] {
  const repoState = state.repo(owner, repo);
  const added: Json[] = [];
  for (let i = 0; i < count; i += 1) {
    const comment = commentJson({ state, repo: repoState, user: OTHER_USER }, issueNumber, body(i));
    repoState.comments.push(comment);
    added.push(comment);
  }
  return added;
}

/**
 * Adds `count` open issues by someone else, with `labels` (created grey if missing, as GitHub
 * does), without going through the API: tests need many, and our client spaces writes 1 s apart.
 */
export function seedIssues(state: FakeState, owner: string, repo: string, count: number, labels: string[] = [], body = (i: number) => `Issue ${i + 1}`): Json[] {
  const repoState = state.repo(owner, repo);
  const added: Json[] = [];
  for (let i = 0; i < count; i += 1) {
    const issue = issueJson({ state, repo: repoState, user: OTHER_USER }, `Issue ${i + 1}`, body(i), labels);
    repoState.issues.push(issue);
    added.push(issue);
  }
  return added;
}

export interface WorkflowRunSeed {
  /** Workflow file name, e.g. `ci.yml`; the workflow id is derived from it. */
  workflow: string;
  branch?: string;
  event?: string;
  status?: string;
  conclusion?: string | null;
  headSha?: string;
}

/** Adds a workflow run (completed/success on main by default); returns it. */
export function addWorkflowRun(state: FakeState, owner: string, repo: string, seed: WorkflowRunSeed): Json {
  const repoState = state.repo(owner, repo);
  const id = state.nextId();
  const at = state.now();
  // A stable id per workflow file, so runs of one workflow share it as on GitHub.
  const workflowId = Number.parseInt(createHash('sha1').update(seed.workflow).digest('hex').slice(0, 7), 16);
  const status = seed.status ?? 'completed';
  const run: Json = {
    id,
    node_id: `WFR_${id}`,
    name: seed.workflow.replace(/\.ya?ml$/, ''),
    path: `.github/workflows/${seed.workflow}`,
    workflow_id: workflowId,
    run_number: repoState.workflowRuns.length + 1,
    run_attempt: 1,
    event: seed.event ?? 'push',
    status,
    conclusion: seed.conclusion === undefined ? (status === 'completed' ? 'success' : null) : seed.conclusion,
    head_branch: seed.branch ?? 'main',
    head_sha: seed.headSha ?? createHash('sha1').update(`run-${id}`).digest('hex'),
    url: `${state.repoApiUrl(repoState)}/actions/runs/${id}`,
    html_url: `${state.repoHtmlUrl(repoState)}/actions/runs/${id}`,
    artifacts_url: `${state.repoApiUrl(repoState)}/actions/runs/${id}/artifacts`,
    created_at: at,
    updated_at: at,
    run_started_at: at,
    pull_requests: [],
    repository: { id: repoState.id, name: repoState.name, full_name: `${repoState.owner}/${repoState.name}` },
  };
  repoState.workflowRuns.push(run);
  return run;
}

/** Adds an artifact with the given zip bytes to run `runId`; returns it. */
export function addArtifact(state: FakeState, owner: string, repo: string, runId: number, name: string, zip: Buffer, expired = false): Json {
  const repoState = state.repo(owner, repo);
  const run = repoState.workflowRuns.find((r) => r.id === runId);
  if (!run) throw new Error(`fake GitHub: no workflow run ${runId} in ${owner}/${repo}`);
  const id = state.nextId();
  const at = state.now();
  const url = `${state.repoApiUrl(repoState)}/actions/artifacts/${id}`;
  const artifact: Json = {
    id,
    node_id: `MDg6QXJ0aWZhY3Q${id}`,
    name,
    size_in_bytes: zip.length,
    url,
    archive_download_url: `${url}/zip`,
    expired,
    digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
    created_at: at,
    updated_at: at,
    expires_at: new Date(Date.parse(at) + 90 * 86_400_000).toISOString(),
    workflow_run: { id: run.id, repository_id: repoState.id, head_repository_id: repoState.id, head_branch: run.head_branch, head_sha: run.head_sha },
  };
  repoState.artifacts.push(artifact);
  state.artifactZips.set(id, zip);
  return artifact;
}
