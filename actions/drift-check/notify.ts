/**
 * What drift-check tells GitHub: a tracking issue opened or updated on drift and closed when it
 * is gone, and a repository_dispatch that starts the retraining workflow.
 */
import * as core from '@actions/core';
import { createOctokit } from '../../src/github/client.js';
import { getGitHubContext } from '../../src/github/context.js';
import { sendRepositoryDispatch } from '../../src/github/dispatch.js';
import { openOrUpdateIssue, resolveIssue } from '../../src/github/tracking-issue.js';
import { InputError } from '../../src/runner/errors.js';
import type { Analysis } from './analyze.js';

export interface NotifyOptions {
  token: string | undefined;
  issue: boolean;
  issueLabel: string;
  dispatch: string | undefined;
  reference: string;
  current: string;
  summary: string;
}

export async function notifyGitHub(analysis: Analysis, options: NotifyOptions): Promise<void> {
  if (!options.issue && !options.dispatch) return;
  if (!options.token) throw new InputError('github-token', `is needed for ${options.issue ? 'issue' : 'dispatch'}, but none was supplied`);
  const octokit = createOctokit(options.token);
  const context = getGitHubContext();
  const target = { octokit, owner: context.owner, repo: context.repo, key: `drift:${options.reference}`, label: options.issueLabel };
  if (options.issue) {
    if (analysis.drifted) {
      const result = await openOrUpdateIssue({
        ...target,
        title: `Data drift: ${analysis.driftedColumns.length} of ${analysis.judged} columns drifted from ${options.reference}`,
        body: context.runUrl ? `${options.summary}\n[Workflow run](${context.runUrl})\n` : options.summary,
      });
      core.info(`drift-check: ${result.action} issue #${result.number} (${result.url})`);
    } else {
      const result = await resolveIssue({ ...target, comment: `No drift any more${context.runUrl ? ` in [this run](${context.runUrl})` : ""}.\n\n${options.summary}` });
      if (result.action === 'closed') core.info(`drift-check: closed issue #${result.number}, drift is gone`);
    }
  }
  if (options.dispatch && analysis.drifted) {
    const result = await sendRepositoryDispatch({
      octokit,
      owner: context.owner,
      repo: context.repo,
      eventType: options.dispatch,
      input: 'dispatch',
      clientPayload: {
        drifted: true,
        drift_share: analysis.driftShare,
        drifted_columns: analysis.driftedColumns,
        reference: options.reference,
        current: options.current,
        run_url: context.runUrl ?? null,
      },
    });
    core.info(`drift-check: sent repository_dispatch '${result.eventType}' (${result.bytes} bytes)`);
  }
}
