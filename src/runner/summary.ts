/** The job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the Markdown goes to the log. */
import * as core from '@actions/core';

/** GitHub accepts up to 1 MiB of summary per step; stay under it with room for the note. */
export const SUMMARY_LIMIT = 1_000_000;

/** Appends Markdown to the job summary. */
export async function appendSummary(markdown: string): Promise<void> {
  const text =
    markdown.length > SUMMARY_LIMIT
      ? `${markdown.slice(0, SUMMARY_LIMIT)}\n\n_Summary truncated: see the JSON report for everything._\n`
      : markdown;
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(text);
    return;
  }
  await core.summary.addRaw(text, true).write();
  core.summary.emptyBuffer();
}
