/** The shapes of MLflow REST responses we read, and helpers for artifact paths and metric keys. */
import { UserError } from '../../runner/errors.js';

export interface MlflowModelVersion {
  name: string;
  version: string;
  status: 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY';
  status_message?: string;
  source?: string;
  run_id?: string;
  description?: string;
  tags?: { key: string; value: string }[];
  aliases?: string[];
}

export interface MlflowRun {
  info: { run_id: string; experiment_id: string; artifact_uri: string };
}

/**
 * The path under `/api/2.0/mlflow-artifacts/artifacts/` of a run's artifact root. Only servers
 * that proxy artifacts (`mlflow-artifacts:` URIs, the default since MLflow 2) can take uploads
 * over REST; others would need the storage's own credentials.
 */
export function artifactPathOf(artifactUri: string, label: string): string {
  const match = /^mlflow-artifacts:(?:\/\/[^/]+)?\/*(.*?)\/*$/.exec(artifactUri);
  if (!match) {
    throw new UserError(`${label}: runs store artifacts at '${artifactUri}', which register-model cannot upload to; start the server with artifact proxying (mlflow server --serve-artifacts / --artifacts-destination)`);
  }
  return match[1]!;
}

/** MLflow metric names allow letters, digits, `_ - . / :` and spaces; anything else becomes `_`. */
export function metricKey(name: string): string {
  return name.replace(/[^\w\-./: ]/g, '_').slice(0, 250);
}
