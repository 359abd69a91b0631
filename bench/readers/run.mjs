#!/usr/bin/env node
// Reader benchmark: our streaming readers vs csv-parse vs pandas, on a generated 12-column
// CSV (13M rows, ~1 GB, by default), its gzip and a Parquet copy. Each reader runs in its own
// process so peak RSS is its own. Usage: node bench/readers/run.mjs [--rows N] [--no-csv-parse]
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { generateCsv } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const python = join(root, '.venv', 'bin', 'python');
const args = process.argv.slice(2);
const rows = Number(args[args.indexOf('--rows') + 1] || 0) || 13_000_000;
const withCsvParse = !args.includes('--no-csv-parse');

execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });

const dataDir = join(root, 'bench', 'data');
mkdirSync(dataDir, { recursive: true });
const csv = join(dataDir, `readers-${rows}.csv`);
const gz = `${csv}.gz`;
const parquet = join(dataDir, `readers-${rows}.parquet`);
if (!existsSync(csv)) {
  console.log(`generating ${csv} ...`);
  await generateCsv(`${csv}.tmp`, rows);
  execFileSync('mv', [`${csv}.tmp`, csv]);
}
if (!existsSync(gz)) {
  console.log(`gzipping (level 1) ...`);
  await pipeline(createReadStream(csv), createGzip({ level: 1 }), createWriteStream(`${gz}.tmp`));
  execFileSync('mv', [`${gz}.tmp`, gz]);
}
if (!existsSync(parquet)) {
  console.log(`writing Parquet with pyarrow (snappy, row groups of 1Mi rows) ...`);
  py(`import pyarrow.csv as pc, pyarrow.parquet as pq, pyarrow as pa, sys
reader = pc.open_csv(sys.argv[1], read_options=pc.ReadOptions(block_size=16 << 20))
writer = None; pending = []; n = 0
for batch in reader:
    writer = writer or pq.ParquetWriter(sys.argv[2] + '.tmp', batch.schema)
    pending.append(batch); n += batch.num_rows
    if n >= 1 << 20:
        writer.write_table(pa.Table.from_batches(pending), row_group_size=1 << 20); pending = []; n = 0
if pending: writer.write_table(pa.Table.from_batches(pending), row_group_size=1 << 20)
writer.close()
import os; os.rename(sys.argv[2] + '.tmp', sys.argv[2])`, csv, parquet);
}

function py(code, ...rest) {
  return execFileSync(python, ['-c', code, ...rest], { encoding: 'utf8', maxBuffer: 1 << 24 });
}
function node(script, file) {
  return JSON.parse(execFileSync(process.execPath, [join(here, script), file], { encoding: 'utf8' }));
}
const pandas = (reader, file) =>
  JSON.parse(py(`import sys, time, json, resource, pandas as pd
t = time.perf_counter(); df = pd.${reader}(sys.argv[1]); s = time.perf_counter() - t
print(json.dumps({"rows": len(df), "seconds": s, "maxRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))`, file));

const results = [];
function record(name, file, result) {
  const mb = statSync(file).size / 1e6;
  results.push({ name, ...result, mbPerS: mb / result.seconds, rowsPerS: result.rows / result.seconds, mb });
  const r = results.at(-1);
  console.log(`${name.padEnd(34)} ${r.mb.toFixed(0).padStart(6)} MB ${r.rows.toLocaleString('en-US').padStart(12)} rows ${r.seconds.toFixed(2).padStart(7)} s ${r.mbPerS.toFixed(0).padStart(5)} MB/s ${(r.rowsPerS / 1e6).toFixed(2).padStart(6)} M rows/s  peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB`);
}

console.log(`\nnode ${process.version}, ${rows.toLocaleString('en-US')} rows, 12 columns`);
record('ours: CSV', csv, node('measure-ours.mjs', csv));
record('ours: CSV.gz (MB = compressed)', gz, node('measure-ours.mjs', gz));
record('ours: Parquet (MB = file)', parquet, node('measure-ours.mjs', parquet));
if (withCsvParse) record('csv-parse 7: CSV', csv, node('measure-csv-parse.mjs', csv));
record('pandas.read_csv: CSV', csv, pandas('read_csv', csv));
record('pandas.read_parquet: Parquet', parquet, pandas('read_parquet', parquet));
const [oursCsv, , oursParquet] = results;
for (const other of results.slice(3)) {
  const ours = other.name.includes('Parquet') ? oursParquet : oursCsv;
  console.log(`${ours.name} vs ${other.name}: ${(ours.mbPerS / other.mbPerS).toFixed(2)}x the throughput, ${(ours.maxRssMb / other.maxRssMb).toFixed(2)}x the peak RSS`);
}
