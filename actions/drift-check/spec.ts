/** The declaration of drift-check: its inputs and outputs are the public contract. */
import type { ActionSpec } from '../../src/runner/spec.js';

export const DRIFT_METHODS = ['auto', 'ks', 'chi2', 'z', 'psi', 'jensen-shannon', 'wasserstein', 'hellinger'] as const;
export const CORRECTIONS = ['none', 'bonferroni', 'benjamini-hochberg'] as const;

export const DRIFT_CHECK: ActionSpec = {
  name: 'drift-check',
  title: 'mlops-actions: drift check',
  description:
    'Compare current data with a reference dataset or saved profile, per column and overall; on drift, open or update an issue or trigger the retraining workflow.',
  branding: { icon: 'trending-up', color: 'purple' },
  inputs: {
    reference: {
      description: 'The reference: a dataset (file, glob or directory; CSV/TSV, JSON Lines, Parquet, gzipped or not), a profile written by validate-data or drift-check, or `registry:<name>@<alias-or-version>` (the data profile register-model recorded with that version, e.g. `registry:churn-classifier@production`).',
      required: true,
    },
    registry: {
      description:
        'For `registry:` references, the registry register-model wrote to: `file:<dir>`, `mlflow:<tracking-uri>` (credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
      default: 'file:.mlops/registry',
    },
    current: {
      description: 'The current data: a dataset (file, glob or directory).',
      required: true,
    },
    columns: {
      description: 'Columns to compare (comma or newline separated). Default: every column both sides have.',
    },
    'exclude-columns': {
      description: 'Columns to leave out.',
    },
    method: {
      description: 'The test or distance for every column: auto, ks, chi2, z, psi, jensen-shannon, wasserstein or hellinger. `auto` follows Evidently\'s defaults (see the README).',
      default: 'auto',
    },
    threshold: {
      description: 'Overrides the method\'s default threshold: a p-value for ks/chi2/z (drift below it), a distance for the others (drift at or above it).',
    },
    config: {
      description: 'Per-column method and threshold, YAML or JSON inline or as a file: `{columns: {age: {method: psi, threshold: 0.2}}}`.',
    },
    correction: {
      description: 'Multiple-testing correction of the p-values across columns: none, bonferroni or benjamini-hochberg.',
      default: 'none',
    },
    'drift-share': {
      description: 'The dataset has drifted when at least this share of the compared columns drifted.',
      default: '0.5',
    },
    'min-rows': {
      description: 'Fewer non-missing values than this on either side makes a column `insufficient-data` instead of a verdict.',
      default: '30',
    },
    'fail-on-drift': {
      description: 'Fail the step when the dataset has drifted.',
      default: 'false',
    },
    'save-profile': {
      description: 'A path to write the current data\'s profile, to become the next reference.',
    },
    report: {
      description: 'Where to write the JSON report.',
      default: 'mlops-reports/drift-check.json',
    },
    'html-report': {
      description: 'A path to write a self-contained HTML report with each column\'s reference and current distributions.',
    },
    issue: {
      description: 'On drift, open one issue (or update the open one) with the summary; when a later run finds no drift, comment on it and close it.',
      default: 'false',
    },
    'issue-label': {
      description: 'The label that marks drift-check\'s issues.',
      default: 'mlops-drift',
    },
    dispatch: {
      description: 'A `repository_dispatch` event type to send on drift, with the summary in `client_payload`, so a retraining workflow starts.',
    },
    'github-token': {
      description: 'Token for the issue and dispatch (needs `issues: write` / `contents: write`).',
      default: '${{ github.token }}',
    },
  },
  outputs: {
    drifted: { description: '`true` when the share of drifted columns reached `drift-share`.' },
    'drift-share': { description: 'The share of compared columns that drifted (0..1).' },
    'drifted-columns': { description: 'JSON array of the names of the drifted columns.' },
    report: { description: 'Path of the JSON report.' },
  },
};
