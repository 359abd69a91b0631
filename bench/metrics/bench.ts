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
import { Mulberry32 } from '../../src/profile/sketches/prng.js';

function generate(n: number): { y: Uint8Array; candidate: Float64Array; baseline: Float64Array } {
  const rng = new Mulberry32(42);
  const u = () => (rng.nextUint32() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const y = new Uint8Array(n);
  const candidate = new Float64Array(n);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = u() < 0.3 ? 1 : 0;
    const shared = normal();
    y[i] = label;
    // Rounded to 4 decimals: realistic ties (models exporting float32 or rounded scores).
    candidate[i] = Math.round(1e4 / (1 + Math.exp(-(1.6 * (label - 0.5) + 0.8 * shared + 0.6 * normal())))) / 1e4;
    baseline[i] = Math.round(1e4 / (1 + Math.exp(-(1.4 * (label - 0.5) + 0.8 * shared + 0.6 * normal())))) / 1e4;
  }
  return { y, candidate, baseline };
}

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
