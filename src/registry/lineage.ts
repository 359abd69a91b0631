/**
 * What a version records about where it came from: commit, ref, repository, workflow run,
 * actor, the digest of every file, attached metrics and data profiles, and the time.
 */
import { getGitHubContext } from '../github/context.js';
import type { ModelContent } from './model-files.js';

export interface DataProfileRef {
  path: string;
  /** `sha256:<hex>` of the profile file. */
  digest: string;
  rows?: number;
}

export interface Lineage {
  commit?: string;
  ref?: string;
  repository?: string;
  runUrl?: string;
  runAttempt?: string;
  actor?: string;
  workflow?: string;
  /** ISO 8601 time of registration. */
  created: string;
  files: { path: string; sha256: string; size: number }[];
  metricsSource?: { path: string; digest: string };
  dataProfiles: DataProfileRef[];
}

/**
 * Lineage from the runner's environment. Outside GitHub (the CLI) the GitHub fields are left
 * out rather than failing: a local registration is still worth recording.
 */
export function collectLineage(
  content: ModelContent,
  extra: { metricsSource?: Lineage['metricsSource']; dataProfiles?: DataProfileRef[]; now?: Date },
  env: NodeJS.ProcessEnv = process.env,
): Lineage {
  let repository: string | undefined;
  let runUrl: string | undefined;
  let commit = env.GITHUB_SHA || undefined;
  try {
    const context = getGitHubContext(env);
    repository = `${context.owner}/${context.repo}`;
    runUrl = context.runUrl;
    commit = context.headSha ?? commit;
  } catch {
    // No GITHUB_REPOSITORY and no event payload: a local run.
  }
  return {
    commit,
    ref: env.GITHUB_REF || undefined,
    repository,
    runUrl,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    created: (extra.now ?? new Date()).toISOString(),
    files: content.files.map(({ path, sha256, size }) => ({ path, sha256, size })),
    metricsSource: extra.metricsSource,
    dataProfiles: extra.dataProfiles ?? [],
  };
}

/** Lineage as flat string tags (MLflow tags, OCI annotations), under a prefix. */
export function lineageTags(lineage: Lineage, digest: string, prefix = 'mlops.'): Record<string, string> {
  const tags: Record<string, string> = { [`${prefix}digest`]: digest, [`${prefix}created`]: lineage.created };
  const put = (key: string, value: string | undefined) => {
    if (value) tags[`${prefix}${key}`] = value;
  };
  put('git.commit', lineage.commit);
  put('git.ref', lineage.ref);
  put('git.repository', lineage.repository);
  put('run.url', lineage.runUrl);
  put('run.attempt', lineage.runAttempt);
  put('actor', lineage.actor);
  put('workflow', lineage.workflow);
  lineage.dataProfiles.forEach((profile, i) => put(`data-profile.${i}`, `${profile.digest} ${profile.path}`));
  return tags;
}
