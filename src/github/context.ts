/**
 * Where a run happens: repository, pull request, commit and run link. Read from the runner's
 * environment and the event payload when asked, never at import time, so tests and the CLI can
 * set the environment first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../runner/errors.js';

export interface GitHubContext {
  owner: string;
  repo: string;
  eventName: string | undefined;
  /** The pull request the run is about, for pull_request(_target), reviews, and comments on a PR. */
  prNumber: number | undefined;
  /** The commit to report on: the PR head for PR events, GITHUB_SHA otherwise. */
  headSha: string | undefined;
  /** Link to this run (and attempt) in the GitHub UI, when the runner says which run it is. */
  runUrl: string | undefined;
  /**
   * Whether the PR comes from another repository (its token is then read-only). Undefined
   * when the payload does not say, as for issue_comment events.
   */
  isFork: boolean | undefined;
  serverUrl: string;
  payload: EventPayload;
}

/** The parts of an event payload we read; everything is optional because events differ. */
export interface EventPayload {
  repository?: { name?: string; full_name?: string; owner?: { login?: string } };
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } };
  issue?: { number?: number; pull_request?: unknown };
  [key: string]: unknown;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** Reads the event payload at GITHUB_EVENT_PATH; an empty payload when there is none. */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (error) {
    throw new UserError(`The event payload at ${path} is not valid JSON: ${(error as Error).message}`, { file: path, cause: error });
  }
}

function repository(env: NodeJS.ProcessEnv, payload: EventPayload): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) return { owner, repo };
  const fromPayload = { owner: payload.repository?.owner?.login, repo: payload.repository?.name };
  if (fromPayload.owner && fromPayload.repo) return { owner: fromPayload.owner, repo: fromPayload.repo };
  throw new UserError('Cannot tell which repository this runs for: set GITHUB_REPOSITORY to owner/repo (the runner sets it on GitHub Actions).');
}

function pullRequestNumber(eventName: string | undefined, payload: EventPayload): number | undefined {
  if (eventName && PR_EVENTS.has(eventName)) return payload.pull_request?.number;
  // An issue_comment event fires for issues and PRs alike; only PRs carry `issue.pull_request`.
  if (eventName === 'issue_comment' && payload.issue?.pull_request) return payload.issue.number;
  return undefined;
}

function forkStatus(eventName: string | undefined, payload: EventPayload, owner: string, repo: string): boolean | undefined {
  if (!eventName || !PR_EVENTS.has(eventName)) return eventName === 'issue_comment' && payload.issue?.pull_request ? undefined : false;
  const head = payload.pull_request?.head;
  if (!head) return undefined;
  // A deleted fork leaves `head.repo` null: it certainly was not this repository.
  if (head.repo === null || head.repo === undefined) return true;
  const base = payload.repository?.full_name ?? `${owner}/${repo}`;
  return head.repo.full_name?.toLowerCase() !== base.toLowerCase();
}

/** Reads the GitHub context of this run from `env` (default: process.env) and its event file. */
export function getGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const payload = readEventPayload(env);
  const { owner, repo } = repository(env, payload);
  const eventName = env.GITHUB_EVENT_NAME;
  const prNumber = pullRequestNumber(eventName, payload);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const prHead = eventName && PR_EVENTS.has(eventName) ? payload.pull_request?.head?.sha : undefined;
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  const runUrl = runId
    ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
    : undefined;
  return {
    owner,
    repo,
    eventName,
    prNumber,
    headSha: prHead ?? env.GITHUB_SHA,
    runUrl,
    isFork: forkStatus(eventName, payload, owner, repo),
    serverUrl,
    payload,
  };
}
