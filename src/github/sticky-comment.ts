/**
 * One comment per gate on a pull request, updated in place on every run. It is found again by
 * a hidden marker at its start, across all pages of the PR's comments, so re-runs never add a
 * second copy. When the token cannot write (fork PRs), the content goes to the job summary.
 */
import * as core from '@actions/core';
import { capLength, COMMENT_LIMIT } from '../report/markdown.js';
import { ServiceError } from '../runner/errors.js';
import { appendSummary } from '../runner/summary.js';
import type { Octokit } from './client.js';

export interface StickyCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Which gate the comment belongs to: one comment per id. Letters, digits, `.`, `_`, `-`. */
  id: string;
  /** The Markdown body; capped to fit GitHub's comment limit. */
  body: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  url: string;
  id: number;
}

export type PublishResult = StickyCommentResult | { action: 'summary-only' };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The hidden marker that identifies the sticky comment of gate `id`. */
export function stickyMarker(id: string): string {
  // Anything else could end the HTML comment early or differ only by case or whitespace.
  if (!ID_PATTERN.test(id) || id.includes('--')) throw new Error(`Invalid sticky comment id '${id}'`);
  return `<!-- mlops-actions:${id} -->`;
}

/** Builds the full comment text: marker first, then the body capped to fit. */
export function stickyBody(id: string, body: string): string {
  const marker = stickyMarker(id);
  return `${marker}\n${capLength(body, COMMENT_LIMIT - 536 - marker.length - 1)}`;
}

/** Finds the first comment on the issue that starts with `marker`, reading every page. */
async function findComment(options: StickyCommentOptions, marker: string): Promise<{ id: number } | undefined> {
  const pages = options.octokit.paginate.iterator(options.octokit.rest.issues.listComments, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    // Only the start counts: a human quoting our comment must not be taken for it.
    const found = data.find((comment) => comment.body?.startsWith(marker));
    if (found) return { id: found.id };
  }
  return undefined;
}

/**
 * Creates or updates the sticky comment of gate `id` on the issue or PR. Re-runs update the
 * same comment; comments of other ids are left alone. Failing calls reject with ServiceError.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const marker = stickyMarker(options.id);
  const body = stickyBody(options.id, options.body);
  const existing = await findComment(options, marker);
  const { owner, repo, octokit } = options;
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: options.issueNumber, body });
  return { action: 'created', url: data.html_url, id: data.id };
}

/** A refusal to write, as opposed to a rate limit or an outage, which should fail loudly. */
function isWriteRefused(error: unknown): error is ServiceError {
  if (!(error instanceof ServiceError)) return false;
  if (error.status === 404) return true;
  return error.status === 403 && !/rate limit/i.test(error.message);
}

/**
 * Publishes the sticky comment; when the token may not write (403 on fork PRs, 404), warns and
 * appends the content to the job summary instead of failing the job. Without a PR number the
 * content goes to the summary only.
 */
export async function publishComment(options: Omit<StickyCommentOptions, 'issueNumber'> & { issueNumber: number | undefined }): Promise<PublishResult> {
  const { issueNumber } = options;
  if (issueNumber === undefined) {
    core.info('Not a pull request: the report is in the job summary only.');
    await appendSummary(options.body);
    return { action: 'summary-only' };
  }
  try {
    return await upsertStickyComment({ ...options, issueNumber });
  } catch (error) {
    if (!isWriteRefused(error)) throw error;
    core.warning(
      `Could not comment on #${issueNumber}: ${error.message}. ` +
        'This is expected on pull requests from forks, whose token is read-only; the report is in the job summary instead.',
      { title: 'PR comment skipped' },
    );
    await appendSummary(options.body);
    return { action: 'summary-only' };
  }
}
