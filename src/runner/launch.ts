/**
 * The first step of every action entry, kept light: it reads only the action registry before
 * deciding where the step runs. An action with heap limits runs on a worker thread that has
 * them (own-heap.ts), and this thread loads nothing more; the others run here (entry.ts).
 */
import { findAction } from '../../actions/registry.js';
import { ownHeapOf, runOnOwnHeap } from './own-heap.js';

/** Runs the named action's main step, or its post step when main has run before. */
export async function launchAction(name: string): Promise<void> {
  const action = findAction(name);
  const heap = action && ownHeapOf(action);
  if (!heap) {
    const { runAction } = await import('./entry.js');
    await runAction(name);
    return;
  }
  try {
    await runOnOwnHeap(name, heap);
  } catch (error) {
    // The thread itself failed (out of memory, say): the step could not report it.
    const { reportFailure } = await import('./run.js');
    reportFailure(error);
  }
}
