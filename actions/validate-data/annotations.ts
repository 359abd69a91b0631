/**
 * Annotations on the data file itself, so failures show on the changed file in a PR. GitHub
 * shows at most 10 error annotations per step, so each check gets one (its first example) and
 * the rest stay in the summary and the report.
 */
import * as core from '@actions/core';
import type { FailedCheck } from './violations.js';

const MAX_ANNOTATIONS = 10;

export function annotate(checks: readonly FailedCheck[], asErrors: boolean): void {
  const emit = asErrors ? core.error : core.warning;
  for (const check of checks.slice(0, MAX_ANNOTATIONS - 1)) {
    const example = check.examples[0];
    const what = check.field !== undefined ? `field '${check.field}'` : 'dataset';
    // A file-level check (no-rows: row 0) says more by its message than by a row number.
    const detail =
      check.observed !== undefined
        ? `observed ${check.observed}, expected ${check.expected}`
        : example?.row
          ? `row ${example.row}${example.value !== undefined ? `, value '${example.value.slice(0, 80)}'` : ''}`
          : (check.message ?? '');
    emit(`${what}: ${check.check} failed ${check.violations} time${check.violations === 1 ? '' : 's'} (${detail})`, {
      title: `validate-data: ${check.check}`,
      ...(example?.file ? { file: example.file } : {}),
      ...(example?.line !== undefined ? { startLine: example.line } : {}),
    });
  }
}
