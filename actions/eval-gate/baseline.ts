/**
 * Resolves the `baseline` input to a local file: a path; `git:<ref>:<path>`, the file at a git
 * ref of the checked-out repository (e.g. the PR base); `artifact:<name>`, from the latest
 * successful run on the default branch; `registry:<name>@<alias-or-version>`, a version
 * register-model recorded (see registry-baseline.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createOctokit } from '../../src/github/client.js';
import { getGitHubContext } from '../../src/github/context.js';
import { InputError, UserError } from '../../src/runner/errors.js';
import { isRegistryReference } from '../../src/registry/model-reference.js';
import { downloadLatestArtifact } from '../../src/store/latest-artifact.js';
import { fromRegistry } from './registry-baseline.js';

export interface BaselineSource {
  file: string;
  /** How it was found, for the report and the comment. */
  description: string;
}

function scratch(): string {
  const parent = process.env.RUNNER_TEMP ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'eval-gate-baseline-'));
}

/** Reads `git show <ref>:<path>` into a temporary file with the same name. */
function fromGit(spec: string): BaselineSource {
  const match = /^git:([^:]+):(.+)$/.exec(spec);
  if (!match) throw new InputError('baseline', `expected git:<ref>:<path>, got '${spec}'`);
  const [, ref, path] = match as unknown as [string, string, string];
  let content: Buffer;
  try {
    content = execFileSync('git', ['show', `${ref}:${path.replace(/^\.\//, '')}`], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    throw new InputError('baseline', `cannot read '${path}' at git ref '${ref}': ${stderr || (error as Error).message}. In a workflow, check out with \`fetch-depth: 0\` (or fetch that ref) so the ref exists.`);
  }
  const file = join(scratch(), basename(path));
  writeFileSync(file, content);
  return { file, description: `${path} at ${ref}` };
}

async function fromArtifact(spec: string, token: string | undefined, workflow: string | undefined): Promise<BaselineSource> {
  const name = spec.slice('artifact:'.length).trim();
  if (!name) throw new InputError('baseline', 'expected artifact:<name>');
  if (!token) throw new InputError('github-token', 'is needed for an artifact: baseline, but none was supplied');
  const context = getGitHubContext();
  const destination = scratch();
  const artifact = await downloadLatestArtifact({ octokit: createOctokit(token), owner: context.owner, repo: context.repo, name, destination, ...(workflow ? { workflow } : {}) });
  const file = artifact.files.find((f) => /\.(json|ya?ml|csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i.test(f));
  if (!file) throw new UserError(`artifact '${name}' of run ${artifact.runId} holds no metrics or predictions file (it has: ${artifact.files.map((f) => basename(f)).join(', ')})`);
  return { file: file.startsWith('/') ? file : join(destination, file), description: `artifact '${name}' of ${artifact.runUrl}` };
}

export interface BaselineOptions {
  token?: string;
  /** `baseline-workflow`, for artifact: baselines. */
  workflow?: string;
  /** The `registry` input, for registry: baselines. */
  registry: string;
  /** True when the candidate is predictions: a registry version's predictions are then preferred. */
  candidateIsPredictions: boolean;
  /** True when a rule asks for significance (a registry version must then carry predictions). */
  significance: boolean;
}

/** The baseline as a local file. */
export async function resolveBaseline(spec: string, options: BaselineOptions): Promise<BaselineSource> {
  if (spec.startsWith('git:')) return fromGit(spec);
  if (spec.startsWith('artifact:')) return fromArtifact(spec, options.token, options.workflow);
  if (isRegistryReference(spec)) return fromRegistry(spec, { ...options, scratch: scratch() });
  if (!existsSync(spec)) throw new InputError('baseline', `file '${spec}' does not exist (or use git:<ref>:<path>, artifact:<name>, registry:<name>@<alias-or-version>)`);
  return { file: spec, description: spec };
}
