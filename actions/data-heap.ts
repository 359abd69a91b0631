/**
 * The heap of the thread that runs the steps of the actions that stream datasets, validate-data
 * and drift-check (src/runner/own-heap.ts), the same on every Node version. validate-data's
 * 300 MB peak (issue 3) must hold on Node 24, the runtime of our action.yml files, whose main
 * thread lets its young generation reach 64 MB (Node 20: 32 MB): on the main thread the 13M-row
 * CSV peaked at 394 MB on Node 24 against 240 MB on Node 20. drift-check's 1M-row raw
 * comparison peaked at 318-324 MB on Node 24 and 257 on Node 20 on the main thread, 215-225 and
 * 185-186 on its own heap (bench/README.md).
 *
 * 32 MB of young generation is what Node 20 gives its main thread, where the earlier rounds'
 * figures were measured; 24 MB saved ~25 MB of peak but cost CPU time in most runs, 16 MB
 * more (bench/README.md). The old generation's 1 GB is validate-data's part workers' limit (validate-data/part-pool.ts):
 * what is live stays far below it (sketches, a few batches; the uniqueness index's runs live
 * outside the heap), and without a limit V8 lets the heap grow to several times that.
 */
import type { HeapLimits } from '../src/runner/own-heap.js';

export const DATA_ACTION_HEAP: HeapLimits = { youngGenerationMb: 32, oldGenerationMb: 1024 };
