/** The declaration of eval-gate: its inputs and outputs are the public contract. */
import type { ActionSpec } from '../../src/runner/spec.js';

export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export const COMMENT_MODES = ['auto', 'always', 'never'] as const;

export const EVAL_GATE: ActionSpec = {
  name: 'eval-gate',
  title: 'mlops-actions: eval gate',
  description:
    "Compare a model's metrics (given, or computed from its predictions) with thresholds and with a baseline; fail on regression, with significance tests when predictions are on both sides; keep one sticky PR comment and a commit status.",
  branding: { icon: 'shield', color: 'purple' },
  inputs: {
    metrics: {
      description: 'A metrics file: JSON, YAML or CSV (nested keys flattened with `.`, as DVC does). Give this or `predictions`.',
    },
    predictions: {
      description: 'A predictions file (CSV/TSV, JSON Lines or Parquet) from which the metrics are computed.',
    },
    task: {
      description: 'binary, multiclass or regression; inferred from the predictions when absent.',
    },
    'label-column': { description: 'Column of the true labels or targets.', default: 'label' },
    'prediction-column': { description: 'Column of the predicted class or value.', default: 'prediction' },
    'score-column': {
      description: 'Column of the positive-class probability (binary); for multiclass, a prefix (`score` reads `score_<class>` columns) or a comma-separated list of columns.',
      default: 'score',
    },
    'id-column': { description: 'Column that joins candidate and baseline predictions row by row (default: row order).' },
    'slice-columns': { description: 'Columns to compute every metric per value of (comma separated).' },
    baseline: {
      description: 'What to compare with: a metrics or predictions path; `git:<ref>:<path>` (the file at a git ref, e.g. the PR base); `artifact:<name>` (from the latest successful run on the default branch); `registry:<name>@<alias-or-version>` (a version recorded by register-model, e.g. `registry:churn-classifier@production`: its metrics, and its predictions when it carries them).',
    },
    registry: {
      description:
        'For `registry:` baselines, the registry register-model wrote to: `file:<dir>`, `mlflow:<tracking-uri>` (credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
      default: 'file:.mlops/registry',
    },
    'baseline-workflow': { description: 'For `artifact:` baselines: the workflow file (e.g. `train.yml`) whose latest successful run holds the artifact.' },
    thresholds: {
      description: 'Rules per metric, YAML inline or a file: `min`, `max`, `max-regression`, `max-regression-pct`, `min-improvement`, `min-improvement-pct`, `higher-is-better`, `significance`.',
    },
    slices: { description: 'Rules per slice, YAML inline or a file: per metric `min`, `max`, `max-gap`; and `min-rows` below which a slice is reported but not gated.' },
    resamples: { description: 'Bootstrap resamples for confidence intervals and significance.', default: '1000' },
    comment: { description: 'Post or update the sticky PR comment: auto (on pull_request events), always or never.', default: 'auto' },
    'gate-id': { description: 'Keeps several gates apart in one PR: their comments and commit statuses.', default: 'default' },
    'fail-on-regression': { description: 'Fail the step when a rule fails.', default: 'true' },
    'github-token': { description: 'Token for the comment and the commit status.', default: '${{ github.token }}' },
    report: { description: 'Where to write the JSON report.', default: 'mlops-reports/eval-gate.json' },
  },
  outputs: {
    passed: { description: '`true` when every rule passed.' },
    metrics: { description: "JSON object of the candidate's metric values." },
    failed: { description: 'JSON array of the failing metric or slice names.' },
    report: { description: 'Path of the JSON report.' },
    'comment-url': { description: 'URL of the sticky PR comment, when one was posted.' },
  },
};
