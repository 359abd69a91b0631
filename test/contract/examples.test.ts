/**
 * The workflows users copy (examples/*.yml): beyond GitHub's parser (metadata.test.ts), each
 * job states its permissions with a comment saying why, grants what the actions' inputs need,
 * passes only inputs the actions declare, and the three pipelines of the README are there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry.js';
import { REPO_ROOT } from '../support/harness.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  jobs: Record<string, Job>;
}

const files = readdirSync(join(REPO_ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map(
  files.map((file) => {
    const text = readFileSync(join(REPO_ROOT, 'examples', file), 'utf8');
    return [file, { document: parseDocument(text), workflow: parseDocument(text).toJS() as Workflow }];
  }),
);
const specs = new Map(ACTIONS.map((a) => [a.spec.name, a.spec]));

/** The action a step runs, for steps using this repository's actions (`org/mlops-actions/<name>@v1`). */
function ourAction(step: Step): string | undefined {
  const match = /^[^/]+\/mlops-actions(?:\/([a-z-]+))?@/.exec(step.uses ?? '');
  if (!match) return undefined;
  return match[1] ?? String(step.with?.action ?? '');
}

function events(workflow: Workflow): string[] {
  return typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on);
}

function steps(workflow: Workflow): { job: string; step: Step; action: string }[] {
  return Object.entries(workflow.jobs).flatMap(([job, { steps = [] }]) =>
    steps.flatMap((step) => {
      const action = ourAction(step);
      return action ? [{ job, step, action }] : [];
    }),
  );
}

/** The `permissions:` a step's inputs need, as `scope: level`. */
function neededPermissions(action: string, inputs: Record<string, unknown>, workflow: Workflow): string[] {
  const needs: string[] = [];
  const value = (name: string) => (inputs[name] === undefined ? undefined : String(inputs[name]));
  if (action === 'eval-gate') {
    const comment = value('comment') ?? 'auto';
    const onPullRequest = events(workflow).some((e) => e.startsWith('pull_request'));
    if (comment === 'always' || (comment === 'auto' && onPullRequest)) needs.push('pull-requests: write');
    if (value('baseline')?.startsWith('artifact:')) needs.push('actions: read');
  }
  if (action === 'drift-check') {
    if (value('issue') === 'true') needs.push('issues: write');
    if (value('dispatch')) needs.push('contents: write');
  }
  if (action === 'canary-deploy' && value('environment')) needs.push('deployments: write');
  return needs;
}

function grants(permissions: Job['permissions'], needed: string): boolean {
  if (permissions === 'write-all') return true;
  if (typeof permissions !== 'object') return false;
  const [scope, level] = needed.split(': ') as [string, string];
  const granted = permissions[scope];
  return granted === 'write' || granted === level;
}

describe.each(files)('examples/%s', (file) => {
  const { document, workflow } = workflows.get(file)!;

  it('every job states its permissions, each with a comment saying why', () => {
    const jobs = document.get('jobs') as YAMLMap;
    for (const pair of jobs.items) {
      const name = String((pair.key as { value: unknown }).value);
      const permissions = (pair.value as YAMLMap).get('permissions', true);
      expect(permissions, `job ${name} has permissions:`).toBeDefined();
      if (isMap(permissions) && permissions.items.length > 0) {
        for (const item of permissions.items) {
          const comment = isScalar(item.value) ? item.value.comment : undefined;
          expect(comment?.trim(), `${name}: ${String((item.key as { value: unknown }).value)} has a comment`).toBeTruthy();
        }
      } else {
        expect(isMap(permissions) ? permissions.comment?.trim() : undefined, `${name}: empty permissions with a comment`).toBeTruthy();
      }
      expect(workflow.jobs[name]!.permissions, `${name} does not grant everything`).not.toBe('write-all');
    }
  });

  it('the workflow grants nothing by default: jobs ask for what they need', () => {
    const top = (workflow as { permissions?: unknown }).permissions;
    expect(top === undefined || (typeof top === 'object' && top !== null && Object.keys(top).length === 0), 'top-level permissions: {}').toBe(true);
  });

  it('uses only declared inputs, gives the required ones, and has the permissions they need', () => {
    for (const { job, step, action } of steps(workflow)) {
      const spec = specs.get(action);
      expect(spec, `${job}: ${step.uses}`).toBeDefined();
      const inputs = step.with ?? {};
      for (const name of Object.keys(inputs)) if (name !== 'action') expect(Object.keys(spec!.inputs), `${job}: ${action} input`).toContain(name);
      for (const [name, input] of Object.entries(spec!.inputs)) if (input.required) expect(Object.keys(inputs), `${job}: ${action} required`).toContain(name);
      for (const needed of neededPermissions(action, inputs, workflow)) {
        expect(grants(workflow.jobs[job]!.permissions, needed), `${file} job ${job} (${action}) needs ${needed}`).toBe(true);
      }
    }
  });
});

describe('the pipelines of the README', () => {
  const all = [...workflows].map(([file, { workflow }]) => ({ file, workflow, actions: steps(workflow) }));
  const find = (predicate: (w: (typeof all)[number]) => boolean) => all.filter(predicate).map((w) => w.file);

  it('a pull-request workflow validates, gates and comments', () => {
    expect(
      find((w) => events(w.workflow).includes('pull_request') && w.actions.some((s) => s.action === 'validate-data') &&
        w.actions.some((s) => s.action === 'eval-gate' && String(s.step.with?.comment ?? 'auto') !== 'never')),
    ).not.toEqual([]);
  });

  it('a release workflow registers, rolls out a canary of that version and promotes it', () => {
    expect(
      find((w) => w.actions.some((s) => s.action === 'register-model') &&
        w.actions.some((s) => s.action === 'canary-deploy' && s.step.with?.model !== undefined && s.step.with?.['promote-alias'] !== undefined)),
    ).not.toEqual([]);
  });

  it('a scheduled drift check dispatches a workflow that trains, gates and registers', () => {
    const dispatchers = all.filter((w) => events(w.workflow).includes('schedule'))
      .flatMap((w) => w.actions.filter((s) => s.action === 'drift-check' && s.step.with?.dispatch).map((s) => String(s.step.with!.dispatch)));
    expect(dispatchers.length).toBeGreaterThan(0);
    for (const type of dispatchers) {
      const receivers = all.filter((w) => {
        const on = w.workflow.on as Record<string, { types?: string[] } | null>;
        return typeof on === 'object' && !Array.isArray(on) && on.repository_dispatch?.types?.includes(type);
      });
      expect(receivers.map((w) => w.file), `a workflow on repository_dispatch: ${type}`).not.toEqual([]);
      for (const receiver of receivers) {
        const used = receiver.actions.map((s) => s.action);
        expect(used).toContain('eval-gate');
        expect(used).toContain('register-model');
      }
    }
  });
});
