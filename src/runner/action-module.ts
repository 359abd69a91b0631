/** What each action's code provides to the entry that runs it. */
import type { Inputs } from './inputs.js';
import type { HeapLimits } from './own-heap.js';
import type { Outputs } from './outputs.js';
import type { ActionSpec } from './spec.js';

/** Everything a main or post step gets: typed inputs and checked outputs of its own action. */
export interface ActionRun {
  spec: ActionSpec;
  inputs: Inputs;
  outputs: Outputs;
}

export interface ActionModule {
  main(run: ActionRun): Promise<void>;
  /** The post step, for actions whose spec declares `postIf`. */
  post?(run: ActionRun): Promise<void>;
}

/** An action as the dispatcher, the generator and the CLI know it. */
export interface RegisteredAction {
  spec: ActionSpec;
  /** Loaded lazily, so one action's dependencies never slow another's start-up. */
  load(): Promise<ActionModule>;
  /**
   * Heap limits for the thread running its steps, for actions whose memory must stay bounded
   * on every Node version: the step then runs on a worker thread (see own-heap.ts).
   */
  heap?: HeapLimits;
}
