/**
 * One open issue per tracked problem (drift-check's `drift:<reference>`), updated in place on
 * every run and closed when the problem is gone. It is found again by its label and a hidden
 * marker at the start of its body, across all pages of open issues with that label, so
 * re-runs never open a second one.
 */
import { capLength, COMMENT_LIMIT } from '../report/markdown.js';
import type { Octokit } from './client.js';
import { ensureLabel, labelSpec } from './labels.js';
import { withPermission } from './permissions.js';

export interface TrackingIssueTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** What the issue tracks, e.g. `drift:reports/train-profile.json`: one open issue per key. */
  key: string;
  /** The label the issue is found by; default `mlops-drift`. Created if missing. */
  label?: string;
}

export interface OpenIssueOptions extends TrackingIssueTarget {
  title: string;
  /** Markdown; capped to fit GitHub's 65,536-character body limit. */
  body: string;
  /** More labels to put on a new issue, besides the tracking label. */
  labels?: string[];
}

export interface ResolveIssueOptions extends TrackingIssueTarget {
  /** Markdown comment left on the issue before it is closed. */
  comment: string;
}

export interface IssueRef {
  number: number;
  url: string;
}

export type OpenIssueResult = IssueRef & { action: 'created' | 'updated' };
export type ResolveIssueResult = (IssueRef & { action: 'closed' }) | { action: 'none' };

export const DEFAULT_TRACKING_LABEL = 'mlops-drift';

/** Room kept free under the limit, as for sticky comments: GitHub counts some characters twice. */
const BODY_MARGIN = 536;

/** Characters a key keeps as they are in the marker; others are percent-encoded. */
const PLAIN = /[A-Za-z0-9._:/@+=~,-]/;

/**
 * The hidden marker of `key`. Keys are free text (a reference path), so anything that could
 * end the HTML comment (`>`, `--`) or be mangled by an editor (spaces, newlines) is encoded.
 */
export function issueMarker(key: string): string {
  if (key.length === 0) throw new Error('A tracking issue key must not be empty');
  const encoded = [...key]
    .map((c) => (PLAIN.test(c) ? c : [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')))
    .join('')
    // `--` may not appear inside an HTML comment: encode every hyphen that follows one.
    .replace(/(?<=-)-/g, '%2D');
  return `<!-- mlops-actions:issue:${encoded} -->`;
}

/** The full issue body: marker first, then the Markdown capped to fit. */
export function issueBody(key: string, body: string): string {
  const marker = issueMarker(key);
  return `${marker}\n${capLength(body, COMMENT_LIMIT - BODY_MARGIN - marker.length - 1)}`;
}

/** Whether `body` opens with `marker` on a line of its own; edits in the browser turn `\n` into `\r\n`. */
function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  if (!body?.startsWith(marker)) return false;
  return /^(\r?\n|$)/.test(body.slice(marker.length));
}

/** The open issue (not pull request) labelled `label` whose body starts with `marker`. */
async function findOpenIssue(target: TrackingIssueTarget, label: string, marker: string): Promise<IssueRef | undefined> {
  const pages = target.octokit.paginate.iterator(target.octokit.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: 'open',
    labels: label,
    per_page: 100,
  });
  for await (const { data } of pages) {
    // Only the start counts: a human quoting the marker further down must not be taken for it.
    const found = data.find((issue) => !issue.pull_request && startsWithMarker(issue.body, marker));
    if (found) return { number: found.number, url: found.html_url };
  }
  return undefined;
}

/**
 * Opens the tracking issue of `key`, or updates its title and body in place when one is
 * open, so re-runs never duplicate it. The tracking label is created first when missing.
 * A token that may not write issues gives a PermissionError naming `issues: write`.
 */
export async function openOrUpdateIssue(options: OpenIssueOptions): Promise<OpenIssueResult> {
  const { octokit, owner, repo } = options;
  const label = options.label ?? DEFAULT_TRACKING_LABEL;
  const body = issueBody(options.key, options.body);
  const action = `open or update the tracking issue for '${options.key}' in ${owner}/${repo}`;
  return withPermission({ permission: 'issues: write', action }, async () => {
    const existing = await findOpenIssue(options, label, issueMarker(options.key));
    if (existing) {
      const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title: options.title, body });
      return { action: 'updated', number: data.number, url: data.html_url };
    }
    await ensureLabel(octokit, owner, repo, labelSpec(label));
    const labels = [label, ...(options.labels ?? []).filter((l) => l.toLowerCase() !== label.toLowerCase())];
    const { data } = await octokit.rest.issues.create({ owner, repo, title: options.title, body, labels });
    return { action: 'created', number: data.number, url: data.html_url };
  });
}

/**
 * Comments on the open tracking issue of `key` and closes it as completed; `{ action: 'none' }`
 * when none is open. A later openOrUpdateIssue then opens a new issue.
 */
export async function resolveIssue(options: ResolveIssueOptions): Promise<ResolveIssueResult> {
  const { octokit, owner, repo } = options;
  const label = options.label ?? DEFAULT_TRACKING_LABEL;
  const action = `close the tracking issue for '${options.key}' in ${owner}/${repo}`;
  return withPermission({ permission: 'issues: write', action }, async () => {
    const existing = await findOpenIssue(options, label, issueMarker(options.key));
    if (!existing) return { action: 'none' };
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: capLength(options.comment) });
    const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: data.number, url: data.html_url };
  });
}
