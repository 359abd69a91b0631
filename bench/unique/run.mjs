// Benchmark of the bounded-memory duplicate index against pandas, in one command:
//   node bench/unique/run.mjs [N=13000000] [BUDGET_BYTES=33554432]
// Compiles src/unique with bench/unique/tsconfig.json into /tmp/mlops-bench-unique, then runs
// each side in its own process so that each peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const n = process.argv[2] ?? '13000000';
const budget = process.argv[3] ?? String(32 * 1024 * 1024);
const python = existsSync(join(root, '.venv/bin/python')) ? join(root, '.venv/bin/python') : 'python3';

execFileSync('npx', ['tsc', '-p', join(here, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
const run = (cmd, args) => JSON.parse(execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop());

const ours = run(process.execPath, ['/tmp/mlops-bench-unique/bench/unique/bench.js', n, budget]);
const pandas = run(python, [join(here, 'pandas_duplicated.py'), n]);
if (ours.violations !== pandas.violations) throw new Error(`violations differ: ${ours.violations} vs pandas ${pandas.violations}`);

const keysPerSecond = Number(n) / ours.indexSeconds;
const endToEndKeysPerSecond = Number(n) / ours.totalSeconds;
const pandasKeysPerSecond = Number(n) / pandas.duplicatedSeconds;
const fmt = (x, d = 2) => x.toFixed(d);
console.log(`keys: ${n}, one unique id column; budget ${fmt(Number(budget) / 2 ** 20, 0)} MiB; violations ${ours.violations} (pandas ${pandas.violations})`);
console.log(`UniqueIndex: ${fmt(keysPerSecond / 1e6)} M keys/s (index alone: add ${fmt(ours.addSeconds)} s + finish ${fmt(ours.finishSeconds)} s - key generation ${fmt(ours.generateSeconds)} s), ${fmt(endToEndKeysPerSecond / 1e6)} M keys/s with generation; ${ours.spilledRuns} runs spilled; peak RSS ${fmt(ours.peakRssMiB, 0)} MiB`);
console.log(`pandas ${pandas.pandas} Series(dtype ${pandas.dtype}).duplicated().sum(): ${fmt(pandasKeysPerSecond / 1e6)} M keys/s (${fmt(pandas.duplicatedSeconds)} s, building the Series ${fmt(pandas.buildSeconds)} s not counted); peak RSS ${fmt(pandas.peakRssMiB, 0)} MiB`);
console.log(`ratios: throughput ${fmt(keysPerSecond / pandasKeysPerSecond)}x pandas (${fmt(endToEndKeysPerSecond / pandasKeysPerSecond)}x counting our key generation); peak RSS ${fmt(ours.peakRssMiB / pandas.peakRssMiB, 3)}x pandas`);
console.log(`sort of 1M random 64-bit hashes: radix ${fmt(ours.radixNsPerKey, 0)} ns/key, Array.prototype.sort with comparator ${fmt(ours.arraySortNsPerKey, 0)} ns/key (${fmt(ours.arraySortNsPerKey / ours.radixNsPerKey, 1)}x slower)`);
