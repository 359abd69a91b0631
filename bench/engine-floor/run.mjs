#!/usr/bin/env node
/**
 * How far below validate-data's per-cell cost a reader could go without a string per cell, in
 * JavaScript and in WebAssembly (README.md says why this is measured). Runs, on the benchmark
 * CSV, each in its own process, best CPU time of --runs (default 3):
 *   - kernel.js and kernel.ts (compiled with AssemblyScript, fetched by npx from the npm registry
 *     into npm's cache: it is not a dependency of the project);
 *   - our CSV reader alone (cells as strings, nothing else: bench/readers/measure-ours.mjs);
 *   - our CSV reader with validate-data's typed cells, profiling every cell, no checks
 *     (profile-floor.mjs), with the profile's own share of its CPU time;
 *   - validate-data on one thread (MLOPS_VALIDATE_THREADS=1), the whole pass.
 * Usage: node bench/engine-floor/run.mjs [--rows N] [--runs N] [--node PATH]
 * The CSV is bench/data/readers-N.csv (N = 1000000 by default): run bench/validate-data/run.mjs
 * --rows N first to write it. Needs `npm run build` (for validate-data).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const rows = Number(option('--rows', 1_000_000));
const runs = Number(option('--runs', 3));
const node = resolve(option('--node', process.execPath));
const csv = join(root, 'bench', 'data', `readers-${rows}.csv`);
if (!existsSync(csv)) throw new Error(`${csv} is missing: run node bench/validate-data/run.mjs --rows ${rows} first`);
const mb = statSync(csv).size / 1e6;

const out = join(root, '.tmp', 'engine-floor');
mkdirSync(out, { recursive: true });
const wasm = join(out, 'kernel.wasm');
execFileSync('npx', ['--yes', '-p', 'assemblyscript@0.28.20', 'asc', join(here, 'kernel.ts'), '-O3', '--runtime', 'stub', '--noAssert', '-o', wasm], { stdio: 'inherit' });
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'bench', 'readers', 'tsconfig.json')], { stdio: 'inherit' });
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(here, 'tsconfig.profile-floor.json')], { stdio: 'inherit' });

/** Best user + system CPU seconds of `runs` runs of a command (and that run's stdout). */
function bestCpu(command, commandArgs, env = {}) {
  let best = Infinity;
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...commandArgs], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${run.stderr.slice(-500)}`);
    const [user, sys] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    if (user + sys < best) {
      best = user + sys;
      stdout = run.stdout;
    }
  }
  return { cpu: best, stdout };
}

const measure = join(here, 'measure.mjs');
const js = bestCpu(node, [measure, 'js', csv]);
const wa = bestCpu(node, [measure, 'wasm', csv, wasm]);
const reader = bestCpu(node, [join(root, 'bench', 'readers', 'measure-ours.mjs'), csv]);
const profiled = bestCpu(node, [join(here, 'profile-floor.mjs'), csv, join(root, 'bench', 'validate-data', 'schema.yaml')]);
// The profile's share of that run, from the same (best) run: profile-floor prints it.
const profile = { cpu: JSON.parse(profiled.stdout).profileCpu };
const whole = bestCpu(node, [join(root, 'dist', 'cli', 'index.js'), 'validate-data', '--data', csv, '--schema', join(root, 'bench', 'validate-data', 'schema.yaml'), '--profile', join(out, 'profile.json'), '--report', join(out, 'report.json')], { MLOPS_VALIDATE_THREADS: '1' });

// Both kernels must have read the same thing (a broken kernel is fast for the wrong reason).
const a = JSON.parse(js.stdout);
const b = JSON.parse(wa.stdout);
if (a.rows !== rows || b.rows !== rows || a.idSum !== b.idSum || a.incomeCount !== b.incomeCount) throw new Error(`the kernels disagree: ${js.stdout} ${wa.stdout}`);

const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
console.log(`\n${csv} (${mb.toFixed(0)} MB, ${rows.toLocaleString('en-US')} rows), Node ${nodeVersion}, one thread, best CPU of ${runs}:`);
const line = (name, r) => console.log(`${name.padEnd(46)} ${r.cpu.toFixed(2).padStart(7)} CPU s ${((r.cpu * 1e9) / (mb * 1e6)).toFixed(1).padStart(6)} ns/byte ${(whole.cpu / r.cpu).toFixed(1).padStart(5)}x less than validate-data`);
line('validate-data, one thread (the whole pass)', whole);
line('our CSV reader alone (a string per cell)', reader);
line('kernel.js (bytes, half the per-cell work)', js);
line('kernel.ts as WebAssembly (the same)', wa);
line('reader with typed cells + profile, no checks', profiled);
line('  of which the profile alone (sketches, kinds)', profile);
