/**
 * repository_dispatch: how drift-check starts a retraining workflow (`on: repository_dispatch`
 * with `types: [<event type>]`) and hands it the summary in `client_payload`.
 *
 * Limits and permission, from GitHub's REST reference "Create a repository dispatch event"
 * (https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event, and the
 * same text in @octokit/openapi's description of POST /repos/{owner}/{repo}/dispatches):
 * - `event_type`: "Must be 100 characters or fewer" (and not empty);
 * - `client_payload`: "The maximum number of top-level properties is 10. The total size of the
 *   JSON payload must be less than 64KB.";
 * - fine-grained tokens and GitHub Apps, which the workflow's GITHUB_TOKEN is, need the
 *   "Contents" repository permission with write access, i.e. `permissions: contents: write`
 *   (the "Permissions required for fine-grained personal access tokens" page lists the
 *   endpoint under Contents: write); classic personal access tokens need the `repo` scope.
 * A token without access gets 403 ("Resource not accessible by integration") or, when it
 * cannot see the repository at all, 404.
 */
import * as core from '@actions/core';
import { InputError, UserError } from '../runner/errors.js';
import type { Octokit } from './client.js';
import { fitClientPayload, type ClientPayload } from './dispatch-payload.js';
import { withPermission } from './permissions.js';

/** GitHub: "A custom webhook event name. Must be 100 characters or fewer." */
export const MAX_EVENT_TYPE_LENGTH = 100;

export interface DispatchOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The event type the receiving workflow filters on (`types: [retrain]`). */
  eventType: string;
  clientPayload?: ClientPayload;
  /** The action input the event type came from, named in errors about it (e.g. `dispatch`). */
  input?: string;
}

export interface DispatchResult {
  eventType: string;
  /** Paths of the text fields cut to fit the size limit; empty when nothing was cut. */
  trimmed: string[];
  /** Size of the client_payload sent, in UTF-8 bytes. */
  bytes: number;
}

/** Checks an event type against GitHub's rules; returns it without surrounding blanks. */
export function checkEventType(eventType: string, input?: string): string {
  const trimmed = eventType.trim();
  const length = Array.from(trimmed).length;
  let problem: string | undefined;
  if (length === 0) problem = 'the repository_dispatch event type is empty';
  else if (length > MAX_EVENT_TYPE_LENGTH) problem = `the repository_dispatch event type is ${length} characters long; GitHub allows at most ${MAX_EVENT_TYPE_LENGTH}`;
  if (problem === undefined) return trimmed;
  throw input ? new InputError(input, `${problem}.`) : new UserError(`${problem[0]?.toUpperCase()}${problem.slice(1)}.`);
}

/**
 * Sends a repository_dispatch event to owner/repo. The event type is checked first, and the
 * payload fitted to GitHub's limits: over ten top-level keys is a UserError, a payload over
 * the size limit has its longest text fields cut with a note (and a warning says which). A
 * token that may not dispatch gives a PermissionError naming `contents: write`.
 */
export async function sendRepositoryDispatch(options: DispatchOptions): Promise<DispatchResult> {
  const { octokit, owner, repo } = options;
  const eventType = checkEventType(options.eventType, options.input);
  const fitted = fitClientPayload(options.clientPayload ?? {});
  if (fitted.trimmed.length > 0) {
    core.warning(
      `The repository_dispatch payload was too large for GitHub (under 64 KB); cut these text fields to fit, each marked with a note: ${fitted.trimmed.join(', ')}.`,
      { title: 'Dispatch payload cut' },
    );
  }
  const action = `send the repository_dispatch event '${eventType}' to ${owner}/${repo}`;
  // GitHub answers 404 to a token that may not see the repository: for a dispatch to the
  // repository the workflow runs in, that too means a missing permission.
  const extra = '; a personal access token needs the `repo` scope, and the default GITHUB_TOKEN can only dispatch to its own repository';
  await withPermission({ permission: 'contents: write', action, notFound: true, extra }, () =>
    octokit.rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: fitted.payload }),
  );
  return { eventType, trimmed: fitted.trimmed, bytes: fitted.bytes };
}
