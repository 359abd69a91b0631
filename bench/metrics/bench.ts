/**
 * Our side of the metrics benchmark, in its own process so that its peak RSS is its own.
 * Generates N binary predictions for a candidate and a baseline (seeded), writes them for the
 * scikit-learn side, then times all binary metrics of both models plus a paired bootstrap of
 * ROC AUC. Prints one JSON line.
 * Usage: node <compiled>/bench/metrics/bench.js N RESAMPLES THREADS DATA_FILE
 */
import { writeFileSync } from 'node:fs';
import { binaryMetricsPrepared } from '../../src/metrics/binary.js';
import { pairedBootstrapBinary, preparePair } from '../../src/metrics/significance/binary-bootstrap.js';
import { generate } from './generate.js';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1_000_000);
  const resamples = Number(process.argv[3] ?? 1000);
  const threads = Number(process.argv[4] ?? 2);
  const file = process.argv[5] ?? '/tmp/mlops-bench-metrics/data.bin';
  const { y, candidate, baseline } = generate(n);
  const bytes = new Uint8Array(n * 17);
  bytes.set(new Uint8Array(candidate.buffer), 0);
  bytes.set(new Uint8Array(baseline.buffer), 8 * n);
  bytes.set(y, 16 * n);
  writeFileSync(file, bytes);

  const cpu = process.cpuUsage();
  const start = performance.now();
  // Validate and sort each model once; metrics and bootstrap share it.
  const pair = preparePair({ yTrue: y, candidate: { score: candidate }, baseline: { score: baseline } });
  const c = binaryMetricsPrepared(pair.candidate);
  const b = binaryMetricsPrepared(pair.baseline);
  const metricsDone = performance.now();
  const boot = await pairedBootstrapBinary(pair, { metrics: ['roc_auc'], resamples, seed: 7, threads });
  const end = performance.now();
  console.log(
    JSON.stringify({
      metricsSeconds: (metricsDone - start) / 1000,
      bootstrapSeconds: (end - metricsDone) / 1000,
      totalSeconds: (end - start) / 1000,
      // user + system time of the whole process, worker threads included
      cpuSeconds: ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(cpu)),
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      candidate: c.metrics,
      baseline: b.metrics,
      auc: boot.roc_auc,
    }),
  );
}

await main();
