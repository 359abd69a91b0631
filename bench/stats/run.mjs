// KS + Wasserstein + PSI on N vs N values, ours vs scipy on the same data, in one command:
//   node bench/stats/run.mjs [N=1000000]
// Compiles src/stats with bench/stats/tsconfig.json into /tmp/mlops-bench-stats; each side runs
// in its own process so each peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const n = process.argv[2] ?? '1000000';
const python = existsSync(join(root, '.venv/bin/python')) ? join(root, '.venv/bin/python') : 'python3';
const dir = mkdtempSync(join(tmpdir(), 'bench-stats-'));

execFileSync('npx', ['tsc', '-p', join(here, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
const run = (cmd, args) => JSON.parse(execFileSync(cmd, args, { cwd: root, encoding: 'utf8' }).trim().split('\n').pop());
try {
  const ours = run(process.execPath, ['/tmp/mlops-bench-stats/bench/stats/bench.js', n, dir]);
  const scipy = run(python, [join(here, 'scipy_stats.py'), dir]);
  const rel = (x, y) => Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);
  const fmt = (x, d = 3) => x.toFixed(d);
  console.log(`N = ${n} vs ${n} values (normal, 3 decimals, small shift)`);
  for (const [name, key, value] of [['KS (D, p)', 'ksSeconds', 'ks'], ['Wasserstein', 'wSeconds', 'w'], ['PSI (10 bins)', 'psiSeconds', 'psi']]) {
    console.log(`${name.padEnd(14)} ours ${fmt(ours[key])} s, scipy ${fmt(scipy[key])} s: ${fmt(scipy[key] / ours[key], 2)}x scipy; value rel. diff ${rel(ours[value], scipy[value]).toExponential(1)}`);
  }
  const total = (r) => r.ksSeconds + r.wSeconds + r.psiSeconds;
  console.log(`all three      ours ${fmt(total(ours))} s, scipy ${fmt(total(scipy))} s: ${fmt(total(scipy) / total(ours), 2)}x scipy; KS p-value rel. diff ${rel(ours.ksP, scipy.ksP).toExponential(1)}`);
  console.log(`peak RSS       ours ${fmt(ours.peakRssMiB, 0)} MiB, scipy ${fmt(scipy.peakRssMiB, 0)} MiB (${fmt(ours.peakRssMiB / scipy.peakRssMiB, 2)}x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
