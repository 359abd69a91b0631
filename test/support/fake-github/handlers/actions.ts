/** Actions: workflow runs, their artifacts, and artifact download (302 to the zip bytes). */
import type { Json } from '../state.js';
import { paginate } from '../paging.js';
import { FakeHttpError, notFound, numberParam, type HandlerContext, type HandlerResult, type HandlerTable } from './types.js';

/** Where the fake serves artifact zips; outside the API, like GitHub's signed blob URLs. */
export const ARTIFACT_BLOB_PREFIX = '/_fake/artifact-blobs/';

const RUN_FILTERS = ['branch', 'event', 'status', 'head_sha', 'actor', 'exclude_pull_requests'] as const;
const RUN_STATUSES = new Set(['queued', 'in_progress', 'completed', 'requested', 'waiting', 'pending']);

function matchesRun(run: Json, query: URLSearchParams): boolean {
  const status = query.get('status');
  // `status` takes a status or a conclusion, as on GitHub.
  if (status && (RUN_STATUSES.has(status) ? run.status !== status : run.conclusion !== status)) return false;
  if (query.has('branch') && run.head_branch !== query.get('branch')) return false;
  if (query.has('event') && run.event !== query.get('event')) return false;
  if (query.has('head_sha') && run.head_sha !== query.get('head_sha')) return false;
  if (query.has('actor') && (run.actor as Json | undefined)?.login !== query.get('actor')) return false;
  return true;
}

function listRuns(ctx: HandlerContext, runs: Json[]): HandlerResult {
  // Newest first, as GitHub lists them.
  const matches = runs.filter((r) => matchesRun(r, ctx.query)).slice().reverse();
  const page = paginate(matches, ctx.url);
  return { status: 200, body: { total_count: matches.length, workflow_runs: page.items }, headers: page.headers };
}

function workflowMatches(run: Json, workflowId: string): boolean {
  return String(run.workflow_id) === workflowId || String(run.path).split('/').pop() === workflowId;
}

function listArtifacts(ctx: HandlerContext, artifacts: Json[]): HandlerResult {
  const name = ctx.query.get('name');
  const matches = artifacts.filter((a) => !name || a.name === name).slice().reverse();
  const page = paginate(matches, ctx.url);
  return { status: 200, body: { total_count: matches.length, artifacts: page.items }, headers: page.headers };
}

function findArtifact(ctx: HandlerContext): Json {
  return ctx.repo.artifacts.find((a) => a.id === numberParam(ctx, 'artifact_id')) ?? notFound();
}

export const actionsHandlers: HandlerTable = {
  'actions/list-workflow-runs': {
    query: RUN_FILTERS,
    handle: (ctx) => listRuns(ctx, ctx.repo.workflowRuns.filter((r) => workflowMatches(r, String(ctx.params.workflow_id)))),
  },
  'actions/list-workflow-runs-for-repo': { query: RUN_FILTERS, handle: (ctx) => listRuns(ctx, ctx.repo.workflowRuns) },
  'actions/list-workflow-run-artifacts': {
    query: ['name'],
    handle(ctx) {
      const runId = numberParam(ctx, 'run_id');
      if (!ctx.repo.workflowRuns.some((r) => r.id === runId)) notFound();
      return listArtifacts(ctx, ctx.repo.artifacts.filter((a) => (a.workflow_run as Json).id === runId));
    },
  },
  'actions/list-artifacts-for-repo': { query: ['name'], handle: (ctx) => listArtifacts(ctx, ctx.repo.artifacts) },
  'actions/get-artifact': { handle: (ctx) => ({ status: 200, body: findArtifact(ctx) }) },
  'actions/download-artifact': {
    handle(ctx) {
      const artifact = findArtifact(ctx);
      if (ctx.params.archive_format !== 'zip') notFound();
      if (artifact.expired) throw new FakeHttpError(410, 'Artifact has expired');
      const blob = new URL(`${ARTIFACT_BLOB_PREFIX}${String(artifact.id)}.zip`, ctx.url);
      return { status: 302, headers: { location: blob.toString() } };
    },
  },
};
