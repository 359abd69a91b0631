/**
 * The entries the bundles call: one per action (dist/<name>/index.js), the root dispatcher
 * (dist/index.js) choosing the action by its `action` input, and the post step of either.
 * Whether this run is the post step is told by state saved during main, as actions/cache does.
 */
import { getHeapStatistics } from 'node:v8';
import * as core from '@actions/core';
import { ACTIONS, findAction } from '../../actions/registry.js';
import type { ActionRun, RegisteredAction } from './action-module.js';
import { InputError } from './errors.js';
import { Inputs } from './inputs.js';
import { Outputs } from './outputs.js';
import { ownHeapOf, runOnOwnHeap } from './own-heap.js';
import { installProcessGuards, runMain } from './run.js';

const POST_STATE = 'mlops-actions-post';

/** Runs the named action's main step, or its post step when main has run before. */
export async function runAction(name: string): Promise<void> {
  installProcessGuards();
  await runMain(async () => {
    const action = findAction(name);
    if (!action) throw new Error(`No action named '${name}' is registered`);
    await runRegistered(action);
  });
}

/** The root action: runs the action named by the `action` input. */
export async function runRootAction(): Promise<void> {
  installProcessGuards();
  await runMain(async () => {
    const post = core.getState(POST_STATE);
    const name = post || core.getInput('action');
    const known = ACTIONS.map((a) => a.spec.name);
    if (!name) throw new InputError('action', `is required but was not supplied: expected one of ${known.join(', ')}`);
    const action = findAction(name);
    if (!action) throw new InputError('action', `expected one of ${known.join(', ')}, got '${name}'`);
    await runRegistered(action);
  });
}

/** Entry of the worker thread that runOnOwnHeap starts: runs the action's step there. */
export async function runActionInWorker(name: string): Promise<void> {
  core.debug(`${name} runs on a worker thread with a heap limit of ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
  await runAction(name);
}

async function runRegistered(action: RegisteredAction): Promise<void> {
  // An action with heap limits runs its step on a thread that has them (the root action's
  // path; the per-action entries decide in launch.ts, before loading this module).
  const heap = ownHeapOf(action);
  if (heap) {
    await runOnOwnHeap(action.spec.name, heap);
    return;
  }
  const module = await action.load();
  const run: ActionRun = { spec: action.spec, inputs: new Inputs(action.spec), outputs: new Outputs(action.spec) };
  if (core.getState(POST_STATE)) {
    if (module.post) await module.post(run);
    return;
  }
  // Saved before main, for every action: the runner sets state only for the post step, so
  // finding it tells the post run apart from main (the root action has one post for all five),
  // and a main step killed half-way still gets its post step.
  core.saveState(POST_STATE, action.spec.name);
  await module.main(run);
}
