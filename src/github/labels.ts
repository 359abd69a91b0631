/** Repository labels that our issues carry, created on first use with a colour and description. */
import { ServiceError } from '../runner/errors.js';
import type { Octokit } from './client.js';

export interface LabelSpec {
  name: string;
  /** Six hex digits, without `#`. */
  color: string;
  /** GitHub allows at most 100 characters. */
  description: string;
}

/** The label drift-check's tracking issues carry by default. */
export const DRIFT_LABEL: LabelSpec = {
  name: 'mlops-drift',
  color: 'd93f0b',
  description: 'Data drift found by mlops-actions drift-check; closed when drift is gone',
};

/** A label of ours that we know nothing more about than its name: a neutral colour. */
export function labelSpec(name: string): LabelSpec {
  return name === DRIFT_LABEL.name ? DRIFT_LABEL : { name, color: 'ededed', description: 'Managed by mlops-actions' };
}

/**
 * Makes sure the repository has the label. GitHub would create a missing label when an issue
 * names it, but grey and without a description; creating it first gives it ours. Returns
 * whether it was created.
 */
export async function ensureLabel(octokit: Octokit, owner: string, repo: string, spec: LabelSpec): Promise<boolean> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: spec.name });
    return false;
  } catch (error) {
    if (!(error instanceof ServiceError && error.status === 404)) throw error;
  }
  try {
    await octokit.rest.issues.createLabel({ owner, repo, name: spec.name, color: spec.color, description: spec.description });
    return true;
  } catch (error) {
    // Another job created it between our two calls: that is what we wanted.
    if (isAlreadyExists(error)) return false;
    throw error;
  }
}

/** GitHub's 422 for a label name that is taken: `errors: [{ code: 'already_exists' }]`. */
function isAlreadyExists(error: unknown): boolean {
  if (!(error instanceof ServiceError) || error.status !== 422) return false;
  const data = (error.cause as { response?: { data?: { errors?: { code?: string }[] } } } | undefined)?.response?.data;
  return data?.errors?.some((e) => e.code === 'already_exists') ?? false;
}
