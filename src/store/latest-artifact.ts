/**
 * Downloads an artifact from the latest successful run of a workflow on a branch (by default
 * the repository's default branch), through the public REST API: the way a pull request
 * compares itself with the baseline that main last produced.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { getOctokit } from '@actions/github';
import { UserError } from '../runner/errors.js';
import { readZip, type ZipEntry } from './zip.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface LatestArtifactOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** Workflow file name (`train.yml`) or id; omitted: the latest successful run of any workflow. */
  workflow?: string | number;
  /** Branch whose runs count; omitted: the repository's default branch. */
  branch?: string;
  /** Artifact name, exactly as uploaded. */
  name: string;
  /** Directory the artifact's files are written to (created if needed). */
  destination: string;
}

export interface LatestArtifact {
  runId: number;
  runUrl: string;
  artifactId: number;
  branch: string;
  /** Absolute paths of the files written under `destination`. */
  files: string[];
}

export type LatestArtifactProblem = 'no-run' | 'no-artifact' | 'expired';

/** No usable artifact: no successful run, no artifact of that name in it, or it expired. */
export class LatestArtifactError extends UserError {
  constructor(readonly problem: LatestArtifactProblem, message: string) {
    super(message, { title: 'Artifact not found' });
    this.name = 'LatestArtifactError';
  }
}

/**
 * How many of the newest successful runs to look through. The `branch` filter matches a
 * run's head branch name, which a pull request from a fork can share ("main"); such runs are
 * skipped, so the page holds more than one run.
 */
const RUNS_PER_PAGE = 20;

interface Run {
  id: number;
  html_url: string;
  head_repository?: { full_name?: string } | null;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

async function latestSuccessfulRun(options: LatestArtifactOptions, branch: string): Promise<Run | undefined> {
  const { octokit, owner, repo, workflow } = options;
  const query = { owner, repo, branch, status: 'success' as const, per_page: RUNS_PER_PAGE };
  let runs: Run[];
  if (workflow === undefined) {
    runs = (await octokit.rest.actions.listWorkflowRunsForRepo(query)).data.workflow_runs;
  } else {
    try {
      runs = (await octokit.rest.actions.listWorkflowRuns({ ...query, workflow_id: workflow })).data.workflow_runs;
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new UserError(`No workflow '${workflow}' in ${owner}/${repo} (give its file name, such as train.yml, or its id).`, { cause: error });
      }
      throw error;
    }
  }
  // Runs are newest first; take the first one made from this repository, not from a fork.
  return runs.find((run) => (run.head_repository?.full_name ?? `${owner}/${repo}`).toLowerCase() === `${owner}/${repo}`.toLowerCase());
}

/** Writes entries under `destination`, refusing any that would land outside it. */
async function writeEntries(destination: string, entries: ZipEntry[]): Promise<string[]> {
  const root = resolve(destination);
  const files: string[] = [];
  for (const entry of entries) {
    const path = resolve(root, entry.name);
    const inside = relative(root, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new UserError(`The artifact holds a file with an unsafe path: ${JSON.stringify(entry.name)}.`);
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, entry.data);
    files.push(path);
  }
  return files;
}

/** GitHub serves artifacts zipped; one uploaded unarchived arrives as the file itself. */
function isZip(body: Buffer): boolean {
  return body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && (body[2] === 3 || body[2] === 5);
}

/**
 * Finds the latest successful run of `workflow` on `branch` (default: the default branch),
 * its artifact called `name`, downloads the archive and extracts it into `destination`.
 * Throws a LatestArtifactError naming workflow, branch, run and artifact when there is no
 * successful run, no such artifact in it, or the artifact expired. Needs `actions: read`.
 */
export async function downloadLatestArtifact(options: LatestArtifactOptions): Promise<LatestArtifact> {
  const { octokit, owner, repo, name } = options;
  const branch = options.branch ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  const workflowText = options.workflow === undefined ? 'any workflow' : `workflow '${options.workflow}'`;
  const run = await latestSuccessfulRun(options, branch);
  if (run === undefined) {
    throw new LatestArtifactError('no-run', `No successful run of ${workflowText} on branch '${branch}' in ${owner}/${repo}, so there is no artifact '${name}' to download.`);
  }
  const where = `run ${run.id} (${run.html_url}) of ${workflowText} on branch '${branch}'`;
  const { artifacts } = (await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name, per_page: 100 })).data;
  const named = artifacts.filter((artifact) => artifact.name === name).sort((a, b) => b.id - a.id);
  if (named.length === 0) {
    throw new LatestArtifactError('no-artifact', `The latest successful ${where} has no artifact named '${name}'.`);
  }
  const artifact = named.find((candidate) => !candidate.expired);
  const expired = (at: string | null | undefined) =>
    new LatestArtifactError('expired', `The artifact '${name}' of the latest successful ${where} has expired${at ? ` (on ${at})` : ''}; re-run that workflow to produce it again.`);
  if (artifact === undefined) throw expired(named[0]?.expires_at);
  let body: Buffer;
  try {
    // The API answers 302 to a short-lived storage URL; fetch follows it (dropping our token).
    const response = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
    const data: unknown = response.data;
    body = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as ArrayBuffer);
  } catch (error) {
    if (statusOf(error) === 410) throw expired(artifact.expires_at);
    throw error;
  }
  let entries: ZipEntry[];
  try {
    entries = isZip(body) ? readZip(body) : [{ name, data: body }];
  } catch (error) {
    throw new UserError(`The artifact '${name}' (id ${artifact.id}) of ${where} could not be read: ${(error as Error).message}.`, { cause: error });
  }
  const files = await writeEntries(options.destination, entries);
  return { runId: run.id, runUrl: run.html_url, artifactId: artifact.id, branch, files };
}

