/**
 * Runs a built bundle exactly as the GitHub runner does: `node dist/<name>/index.js` with the
 * inputs as INPUT_<NAME> variables (defaults from the committed action.yml, as the runner
 * applies them), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_EVENT_PATH and
 * RUNNER_TEMP files; then collects exit code, outputs, summary, state and annotations.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseCommandFile } from '../../src/runner/command-files.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface BundleRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** State saved by main (what the runner would hand to the post step). */
  state: Record<string, string>;
  annotations: Annotation[];
  workDir: string;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The webhook event payload; written to GITHUB_EVENT_PATH. */
  event?: object;
  eventName?: string;
  /** State from a previous main step: runs the post step. */
  state?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** Called with the child process once spawned (e.g. to send SIGTERM mid-run). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

/** How the runner names an input's variable: upper-cased, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Runs `dist/<action>/index.js` (or the root `dist/index.js` when action is '.'). */
export async function runBundle(action: string, options: RunOptions = {}): Promise<BundleRun> {
  const work = mkdtempSync(join(tmpdir(), 'mlops-harness-'));
  const files = {
    output: join(work, 'output'),
    summary: join(work, 'summary.md'),
    state: join(work, 'state'),
    event: join(work, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.state, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  // The runner creates RUNNER_TEMP before any step runs.
  mkdirSync(join(work, 'runner-temp'), { recursive: true });
  const actionDir = action === '.' ? REPO_ROOT : join(REPO_ROOT, action);
  const metadata = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
    runs: { main: string; post?: string };
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'test',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.cwd ?? work,
    RUNNER_TEMP: join(work, 'runner-temp'),
    RUNNER_OS: 'Linux',
  };
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec.default !== undefined) env[inputVariable(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  Object.assign(env, options.env);
  const script = resolve(actionDir, options.state && metadata.runs.post ? metadata.runs.post : metadata.runs.main);

  const child = spawn(process.execPath, [script], { cwd: options.cwd ?? work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig])),
  );
  clearTimeout(timeout);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseCommandFile(readFileSync(files.state, 'utf8')),
    annotations: parseAnnotations(stdout),
    workDir: work,
  };
}

/** The `::error ...::message` style lines of a step's log. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf('=')), unescapeProperty(p.slice(p.indexOf('=') + 1))]),
    );
    annotations.push({ level: match[1] as Annotation['level'], message: unescapeData(match[3] ?? ''), properties });
  }
  return annotations;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}
