/** Commit statuses: the check mark a gate leaves on a commit. */
import type { Octokit } from './client.js';

/** GitHub rejects longer status descriptions. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  sha: string;
  /** The status name shown on the commit, e.g. `mlops/eval-gate`. */
  context: string;
  state: CommitState;
  description: string;
  /** Usually the run URL, so the status links to the log and summary. */
  targetUrl?: string;
}

/** Cuts a description to GitHub's 140 characters, marking the cut with an ellipsis. */
export function fitDescription(text: string, limit = STATUS_DESCRIPTION_LIMIT): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  // Count code points, not UTF-16 units, so a cut never splits a surrogate pair.
  if (chars.length <= limit) return oneLine;
  return `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}

/** Sets a commit status on `sha`; returns the status id and its API URL. */
export async function setCommitStatus(options: CommitStatusOptions): Promise<{ id: number; url: string }> {
  const { data } = await options.octokit.rest.repos.createCommitStatus({
    owner: options.owner,
    repo: options.repo,
    sha: options.sha,
    context: options.context,
    state: options.state,
    description: fitDescription(options.description),
    ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
  });
  return { id: data.id, url: data.url };
}
