/**
 * Microbenchmark of the bootstrap kernel alone: CPU milliseconds per resample of the ROC AUC
 * difference (runResamples on the calling thread, no workers), on the benchmark's predictions.
 * Usage: node <compiled>/bench/metrics/kernel.js [N=1000000] [RESAMPLES=50] [REPEATS=3] [METRICS=roc_auc]
 * Prints the best of REPEATS (CPU time of this process, which runs one thread), JIT warm-up
 * included as in a real run.
 */
import { preparePair } from '../../src/metrics/significance/binary-bootstrap.js';
import { KERNEL_METRICS, runResamples } from '../../src/metrics/significance/binary-kernel.js';
import { kernelData } from '../../src/metrics/significance/kernel-data.js';
import { generate } from './generate.js';

const n = Number(process.argv[2] ?? 1_000_000);
const resamples = Number(process.argv[3] ?? 50);
const repeats = Number(process.argv[4] ?? 3);
const metrics = (process.argv[5] ?? 'roc_auc').split(',').map((m) => KERNEL_METRICS.indexOf(m as (typeof KERNEL_METRICS)[number]));
const { y, candidate, baseline } = generate(n);
const pair = preparePair({ yTrue: y, candidate: { score: candidate }, baseline: { score: baseline } });
const data = kernelData(pair.candidate, pair.baseline, metrics);
// A fresh copy of the kernel per run, compiled from its source as the worker threads and
// compileKernel do (V8 compiles a reused copy's inner loops less well from its second call on).
// Each copy's source is new (numbered): V8 caches compilations by source text.
let copies = 0;
const kernel = () => new Function('__name', `return (${runResamples.toString()}); // copy ${++copies}`)((f: unknown) => f) as typeof runResamples;
let best = Infinity;
let check = 0;
for (let i = 0; i < repeats; i++) {
  const cpu = process.cpuUsage();
  const result = kernel()(data, metrics, 0, resamples, 7);
  // The kernel's result was a Float64Array before it listed overflowed resamples.
  const out = (result as { out?: Float64Array }).out ?? (result as unknown as Float64Array);
  const used = process.cpuUsage(cpu);
  best = Math.min(best, (used.user + used.system) / 1000 / resamples);
  check = out[0]!;
}
console.log(JSON.stringify({ n, resamples, metrics: process.argv[5] ?? 'roc_auc', cpuMsPerResample: Number(best.toFixed(3)), firstDifference: check }));
