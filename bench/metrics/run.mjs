// Benchmark of the binary metrics and the paired bootstrap of ROC AUC against scikit-learn, in
// one command:
//   node bench/metrics/run.mjs [N=1000000] [RESAMPLES=1000] [THREADS=2] [SKLEARN_RESAMPLES=RESAMPLES]
// Compiles src/metrics with bench/metrics/tsconfig.json into /tmp/mlops-bench-metrics, runs our
// side (which also writes the generated predictions), then scikit-learn's on the same file, each
// in its own process so that each peak RSS is its own. SKLEARN_RESAMPLES below RESAMPLES times
// fewer scikit-learn resamples and scales the loop linearly (marked "extrapolated").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const n = process.argv[2] ?? '1000000';
const resamples = process.argv[3] ?? '1000';
const threads = process.argv[4] ?? '2';
const sklearnResamples = process.argv[5] ?? resamples;
const python = existsSync(join(root, '.venv/bin/python')) ? join(root, '.venv/bin/python') : 'python3';
const dataFile = '/tmp/mlops-bench-metrics/predictions.bin';
mkdirSync(dirname(dataFile), { recursive: true });

execFileSync('npx', ['tsc', '-p', join(here, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
const run = (cmd, args) => JSON.parse(execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop());

const load = loadavg()[0];
const ours = run(process.execPath, ['/tmp/mlops-bench-metrics/out/bench/metrics/bench.js', n, resamples, threads, dataFile]);
const sk = run(python, [join(here, 'sklearn_side.py'), dataFile, n, sklearnResamples, resamples]);

// Same numbers first: every metric of both models within 1e-9 of scikit-learn's.
for (const side of ['candidate', 'baseline']) {
  for (const [name, value] of Object.entries(sk[side])) {
    const mine = ours[side][name];
    if (!(Math.abs(mine - value) <= 1e-9 * Math.max(1, Math.abs(value)))) throw new Error(`${side} ${name}: ours ${mine}, scikit-learn ${value}`);
  }
}

const fmt = (x, d = 2) => x.toFixed(d);
const skTotal = sk.metricsSeconds + sk.bootstrapSeconds;
console.log(`${n} binary predictions, two models; ${resamples}-resample paired bootstrap of the ROC AUC difference; load average ${fmt(load)} at start`);
console.log(`ours (${threads} threads): metrics ${fmt(ours.metricsSeconds)} s + bootstrap ${fmt(ours.bootstrapSeconds)} s = ${fmt(ours.totalSeconds)} s (CPU ${fmt(ours.cpuSeconds)} s); peak RSS ${fmt(ours.peakRssMiB, 0)} MiB`);
console.log(
  `scikit-learn ${sk.sklearn}: metrics ${fmt(sk.metricsSeconds)} s + bootstrap ${fmt(sk.bootstrapSeconds)} s${sk.extrapolated ? ` (extrapolated from ${sk.resamplesTimed} resamples in ${fmt(sk.bootstrapSecondsTimed)} s)` : ''} = ${fmt(skTotal)} s; peak RSS ${fmt(sk.peakRssMiB, 0)} MiB`,
);
console.log(`ratios: total ${fmt(skTotal / ours.totalSeconds, 1)}x faster (metrics ${fmt(sk.metricsSeconds / ours.metricsSeconds, 1)}x, bootstrap ${fmt(sk.bootstrapSeconds / ours.bootstrapSeconds, 1)}x); peak RSS ${fmt(ours.peakRssMiB / sk.peakRssMiB, 2)}x scikit-learn's`);
console.log(`CPU time (contention-independent): ours ${fmt(ours.cpuSeconds)} s, scikit-learn ${fmt(sk.cpuSeconds)} s: ${fmt(sk.cpuSeconds / ours.cpuSeconds, 1)}x less CPU`);
console.log(`AUC difference ${fmt(ours.auc.estimate, 5)}: 95% CI ours [${fmt(ours.auc.low, 5)}, ${fmt(ours.auc.high, 5)}] SE ${fmt(ours.auc.standardError, 6)}; scikit-learn loop [${fmt(sk.auc.low, 5)}, ${fmt(sk.auc.high, 5)}] SE ${fmt(sk.auc.standardError, 6)}`);
