/**
 * The built bundle reading a CSV in parts on real worker threads gives the report of a
 * sequential read; a failing worker is a clear error, never a hang.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PartPool } from '../../../actions/validate-data/part-pool.js';
import type { PartSetup } from '../../../actions/validate-data/part-worker.js';
import { UserError } from '../../../src/runner/errors.js';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-parallel-'));
const SCHEMA = `fields:
  - {name: id, type: integer, constraints: {required: true, unique: true}}
  - {name: score, type: number, constraints: {minimum: 0, maximum: 100}}
  - {name: tag, type: string, constraints: {enum: [a, b, c]}}
  - {name: note, type: string}
`;
const PARALLEL = { MLOPS_VALIDATE_THREADS: '3', MLOPS_VALIDATE_PARALLEL_MIN_BYTES: '0', MLOPS_VALIDATE_PART_BYTES: '4096' };

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function csv(rows: number, ragged?: number): string {
  const lines = ['id,score,tag,note'];
  for (let i = 1; i <= rows; i++) {
    const id = i % 997 === 0 ? i - 500 : i; // planted duplicates
    const score = i % 613 === 0 ? '101' : i % 701 === 0 ? 'x' : ((i * 37) % 100).toFixed(1);
    const tag = i % 389 === 0 ? 'z' : 'abc'[i % 3]!;
    const note = i % 10 === 0 ? '"two\nlines, ""quoted"""' : i === ragged ? 'n,extra' : `n${i % 50}`;
    lines.push(`${id},${score},${tag},${note}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function validate(data: string, env: Record<string, string>, name: string, inputs: Record<string, string> = {}) {
  const report = join(dir, `${name}.report.json`);
  const run = await runBundle('validate-data', { cwd: dir, env, inputs: { data, schema: write('schema.yaml', SCHEMA), report, profile: join(dir, `${name}.profile.json`), 'fail-on-invalid': 'false', ...inputs } });
  return { run, report: existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>) : undefined };
}

/** The report without what may differ: the run time, threads, file names, means (merged in another order, equal to rounding). */
function content(report: Record<string, unknown>) {
  const columns = (report['columns'] as Record<string, unknown>[]).map((c) => ({ ...c, mean: typeof c['mean'] === 'number' ? Number((c['mean'] as number).toPrecision(10)) : undefined }));
  return { ...report, seconds: 0, threads: 0, profile: '', columns };
}

describe('validate-data on worker threads (built bundle)', () => {
  it('gives the sequential report for a CSV split into ~90 parts (BOM, CRLF, quoted newlines, violations, duplicates)', async () => {
    const data = write('big.csv', csv(12_000));
    const sequential = await validate(data, { MLOPS_VALIDATE_THREADS: '1' }, 'seq');
    const parallel = await validate(data, PARALLEL, 'par');
    expect(sequential.run.exitCode).toBe(0);
    expect(parallel.run.exitCode).toBe(0);
    expect(content(parallel.report!)).toEqual(content(sequential.report!));
    expect([sequential.report!['threads'], parallel.report!['threads']]).toEqual([1, 3]);
    const checks = parallel.report!['checks'] as { check: string; violations: number; examples: { row: number; line: number }[] }[];
    expect(checks.map((c) => [c.check, c.violations])).toEqual([['unique', 12], ['maximum', 19], ['type', 17], ['enum', 30]]);
    // Row 997 repeats id 497; with quoted two-line notes every tenth row, it starts on line 1097.
    expect(checks[0]!.examples[0]).toMatchObject({ row: 997, line: 1 + 997 + 99 });
    // The integer ids are held as bits (src/unique/dense-integers.ts): the first row comes from their log.
    expect(checks[0]).toMatchObject({ message: expect.stringContaining('(first duplicate of row 497)') });
  });

  it('reads on the number of threads the `threads` input asks for (over the environment\'s), with the same report', async () => {
    const data = write('input-threads.csv', csv(6_000));
    const small = { MLOPS_VALIDATE_PARALLEL_MIN_BYTES: '0', MLOPS_VALIDATE_PART_BYTES: '4096' };
    const one = await validate(data, { ...small, MLOPS_VALIDATE_THREADS: '3' }, 'in-1', { threads: '1' });
    const four = await validate(data, small, 'in-4', { threads: '4' });
    expect([one.run.exitCode, four.run.exitCode]).toEqual([0, 0]);
    expect([one.report!['threads'], four.report!['threads']]).toEqual([1, 4]);
    expect(content(four.report!)).toEqual(content(one.report!));
    const zero = await validate(data, small, 'in-0', { threads: '0' });
    expect(zero.run.exitCode).toBe(1);
    expect(zero.run.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input 'threads'/);
  });

  it('gives the sequential report for a gzipped CSV, decompressed on the main thread and parsed in parts', async () => {
    const data = write('big.csv.gz', gzipSync(csv(12_000)));
    const sequential = await validate(data, { MLOPS_VALIDATE_THREADS: '1' }, 'gz-seq');
    const parallel = await validate(data, PARALLEL, 'gz-par');
    expect(parallel.run.exitCode).toBe(0);
    expect(content(parallel.report!)).toEqual(content(sequential.report!));
    const checks = parallel.report!['checks'] as { check: string; violations: number; examples: { row: number; line: number }[] }[];
    expect(checks.map((c) => [c.check, c.violations])).toEqual([['unique', 12], ['maximum', 19], ['type', 17], ['enum', 30]]);
    expect(checks[0]!.examples[0]).toMatchObject({ row: 997, line: 1 + 997 + 99 });
  });

  it('fails a truncated gzipped CSV read in parts with the sequential read\'s error and no report', async () => {
    const whole = gzipSync(csv(12_000));
    const data = write('truncated.csv.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    const parallel = await validate(data, PARALLEL, 'gz-trunc');
    const sequential = await validate(data, { MLOPS_VALIDATE_THREADS: '1' }, 'gz-trunc-seq');
    // validate() passes fail-on-invalid: false, so the malformed file is a warning and the step goes on.
    const errors = (run: typeof parallel.run) => run.annotations.filter((a) => a.properties.title === 'validate-data: malformed').map((a) => a.message);
    for (const run of [parallel.run, sequential.run]) {
      expect(run.exitCode).toBe(0);
      expect(errors(run)).toEqual([expect.stringMatching(/truncated\.csv\.gz: the file is truncated \(it ends before the gzip stream does\); the last complete line read was \d+/)]);
    }
    // The report says why, as a failed check with the file, and no profile is written.
    expect(parallel.report).toMatchObject({ valid: false, checks: [{ check: 'malformed', violations: 1, examples: [{ file: data }] }] });
    expect(existsSync(join(dir, 'gz-trunc.profile.json'))).toBe(false);
  });

  it('reports a ragged row deep in the file at its line, as the sequential read does', async () => {
    const data = write('ragged.csv', csv(8_000, 6_543));
    const sequential = await validate(data, { MLOPS_VALIDATE_THREADS: '1' }, 'rs');
    const parallel = await validate(data, PARALLEL, 'rp');
    const error = (run: typeof sequential.run) => run.annotations.filter((a) => a.properties.title === 'validate-data: malformed').map((a) => [a.message, a.properties.file, a.properties.line]);
    expect(parallel.run.exitCode).toBe(0);
    expect(error(parallel.run)).toEqual(error(sequential.run));
    expect(error(parallel.run)[0]![0]).toContain(`ragged.csv:${1 + 6_543 + 654}: expected 4 fields (as in the header), got 5`);
  });
});

/**
 * A Parquet file written by pyarrow: the rows of csv() (nulls for bad scores), in row groups of
 * 700 rows; prints the offset and size of row group `broken`'s "note" chunk.
 */
function parquet(name: string, rows: number, broken = 0): { path: string; start: number; size: number } {
  const path = join(dir, name);
  const out = runPython(`import pyarrow as pa, pyarrow.parquet as pq
n = ${rows}
ids = [i - 500 if i % 997 == 0 else i for i in range(1, n + 1)]
scores = [101.0 if i % 613 == 0 else None if i % 701 == 0 else ((i * 37) % 100) * 1.0 for i in range(1, n + 1)]
tags = ["z" if i % 389 == 0 else "abc"[i % 3] for i in range(1, n + 1)]
notes = ['two\\nlines, "quoted"' if i % 10 == 0 else f"n{i % 50}" for i in range(1, n + 1)]
pq.write_table(pa.table({"id": ids, "score": scores, "tag": tags, "note": notes}), ${JSON.stringify(path)}, row_group_size=700, compression="none", use_dictionary=False)
c = pq.ParquetFile(${JSON.stringify(path)}).metadata.row_group(${broken}).column(3)
print(c.data_page_offset, c.total_compressed_size)`);
  const [start, size] = out.trim().split(' ').map(Number) as [number, number];
  return { path, start, size };
}

describe('validate-data on worker threads, Parquet (built bundle)', () => {
  const PARQUET = { ...PARALLEL, MLOPS_VALIDATE_PART_BYTES: '1' };
  // validate() passes fail-on-invalid: false: a malformed file is its warning annotation.
  const errors = (run: Awaited<ReturnType<typeof validate>>['run']) => run.annotations.filter((a) => a.properties.title === 'validate-data: malformed').map((a) => [a.message, a.properties.file, a.properties.line]);

  it('gives the sequential report for a Parquet file read in 18 parts (one row group each)', async () => {
    const data = parquet('big.parquet', 12_000).path;
    const sequential = await validate(data, { MLOPS_VALIDATE_THREADS: '1' }, 'pq-seq');
    const parallel = await validate(data, PARQUET, 'pq-par');
    expect(sequential.run.exitCode).toBe(0);
    expect(parallel.run.exitCode).toBe(0);
    expect(content(parallel.report!)).toEqual(content(sequential.report!));
    const checks = parallel.report!['checks'] as { check: string; violations: number; examples: { row: number; line?: number }[] }[];
    expect(checks.map((c) => [c.check, c.violations])).toEqual([['unique', 12], ['maximum', 19], ['enum', 30]]);
    // Row 997 repeats id 497; Parquet rows have no lines.
    expect(checks[0]!.examples[0]).toEqual(expect.objectContaining({ row: 997 }));
    expect(checks[0]!.examples[0]!.line).toBeUndefined();
  });

  it('gives the sequential error for a truncated file and for a row group that cannot be decoded', async () => {
    const whole = parquet('whole.parquet', 8_000, 9);
    const truncated = write('truncated.parquet', readFileSync(whole.path).subarray(0, 50_000));
    const bytes = readFileSync(whole.path);
    bytes.fill(0xff, whole.start + 40, whole.start + whole.size - 40);
    const broken = write('broken.parquet', bytes);
    for (const data of [truncated, broken]) {
      const sequential = await validate(data, { MLOPS_VALIDATE_THREADS: '1' }, 'pq-es');
      const parallel = await validate(data, PARQUET, 'pq-ep');
      expect(parallel.run.exitCode).toBe(0);
      expect(errors(parallel.run)).toEqual(errors(sequential.run));
      expect(errors(parallel.run)[0]![0]).toMatch(/\.parquet: not a valid Parquet file, or truncated: cannot read /);
    }
    expect(errors((await validate(broken, PARQUET, 'pq-ep')).run)[0]![0]).toMatch(/cannot read column "note" in row group 10 of 12 /);
  });
});

describe('worker failures', () => {
  const setup: PartSetup = { schemaFile: 'schema.yaml', maxExamples: 5, keys: [] };
  const task = (text: string) => ({ id: 0, file: 'f.csv', delimiter: ',' as const, columns: ['a', 'b'], bytes: new Uint8Array(Buffer.from(text)), offset: 100, firstLine: 7 });

  it('a worker that throws on start fails the parts with its message', async () => {
    const entry = write('boom.mjs', 'export async function runPartWorker() { throw new Error("boom at start"); }\n');
    const pool = new PartPool(1, setup, { entry: pathToFileURL(entry).href });
    await expect(pool.run(task('1,2\n'), 0)).rejects.toThrow(/validate-data worker thread failed: boom at start/);
    await pool.close();
  });

  it('a worker that exits fails the parts in flight and later ones', async () => {
    const entry = write('exit.mjs', 'import { parentPort } from "node:worker_threads";\nexport function runPartWorker() { parentPort.on("message", () => process.exit(7)); }\n');
    const pool = new PartPool(1, setup, { entry: pathToFileURL(entry).href });
    await expect(pool.run(task('1,2\n'), 0)).rejects.toThrow(/exited unexpectedly \(exit code 7\)/);
    await expect(pool.run(task('3,4\n'), 0)).rejects.toThrow(/exited unexpectedly/);
    await pool.close();
  });

  it('workers run with bounded heaps: the young generation asked for and a 1 GB old generation', async () => {
    const entry = write('limits.mjs', 'import { parentPort, resourceLimits } from "node:worker_threads";\nexport function runPartWorker() { parentPort.on("message", (m) => parentPort.postMessage({ id: m.part.id, limits: resourceLimits })); }\n');
    for (const youngGenerationMb of [8, 16]) {
      const pool = new PartPool(1, setup, { entry: pathToFileURL(entry).href, youngGenerationMb });
      const reply = (await pool.run(task('1,2\n'), 0)) as unknown as { limits: { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } };
      expect(reply.limits).toMatchObject({ maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: 1024 });
      await pool.close();
    }
  });

  it('a worker out of heap fails the parts with the documented message', async () => {
    const entry = write('hog.mjs', 'import { parentPort } from "node:worker_threads";\nconst kept = [];\nexport function runPartWorker() { parentPort.on("message", () => { for (;;) kept.push(new Array(1 << 16).fill({})); }); }\n');
    const pool = new PartPool(1, setup, { entry: pathToFileURL(entry).href, oldGenerationMb: 32 });
    await expect(pool.run(task('1,2\n'), 0)).rejects.toThrow(/^validate-data worker thread failed: .*memory/);
    await pool.close();
  });

  it('a bad part on a real worker is the UserError of its file and line', async () => {
    // The compiled worker (npm run build writes lib/).
    const entry = resolve('lib/actions/validate-data/part-worker.js');
    expect(existsSync(entry)).toBe(true);
    const pool = new PartPool(1, setup, { entry: pathToFileURL(entry).href });
    const failed = await pool.run(task('1,2\n3\n'), 0).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(UserError);
    expect(failed).toMatchObject({ message: 'f.csv:8: expected 2 fields (as in the header), got 1', file: 'f.csv', line: 8 });
    const ok = await pool.run({ ...task('5,6\n'), id: 1 }, 0);
    expect(ok.rows).toBe(1);
    await pool.close();
  });
});
