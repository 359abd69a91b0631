/**
 * Every action of the bundle. The generator, the build, the root dispatcher and the CLI all
 * read this list: adding an action here (with its spec.ts and main.ts) is all it takes.
 */
import type { RegisteredAction } from '../src/runner/action-module.js';
import { DATA_ACTION_HEAP } from './data-heap.js';
import { CANARY_DEPLOY } from './canary-deploy/spec.js';
import { DRIFT_CHECK } from './drift-check/spec.js';
import { REGISTER_MODEL } from './register-model/spec.js';
import { EVAL_GATE } from './eval-gate/spec.js';
import { VALIDATE_DATA } from './validate-data/spec.js';

export const ACTIONS: readonly RegisteredAction[] = [
  { spec: VALIDATE_DATA, load: () => import('./validate-data/main.js'), heap: DATA_ACTION_HEAP },
  { spec: DRIFT_CHECK, load: () => import('./drift-check/main.js'), heap: DATA_ACTION_HEAP },
  { spec: CANARY_DEPLOY, load: () => import('./canary-deploy/main.js') },
  { spec: REGISTER_MODEL, load: () => import('./register-model/main.js') },
  { spec: EVAL_GATE, load: () => import('./eval-gate/main.js') },
];

/** The action of that name, or undefined. */
export function findAction(name: string): RegisteredAction | undefined {
  return ACTIONS.find((action) => action.spec.name === name);
}
