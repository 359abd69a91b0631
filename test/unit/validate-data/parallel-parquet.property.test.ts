/**
 * validate-data's parallel read of Parquet (parts = runs of row groups, each read by its lane
 * from the file, merged in file order) against the sequential read, on files written by
 * pyarrow with random row-group sizes, nulls, planted violations and duplicate keys, one to
 * three files per dataset: the same violations, counts, examples (rows, values), files and
 * rows; the same profile counts and exact statistics. Lanes run inline here (the contract test
 * runs real worker threads on the built bundle).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InlineRunner } from '../../../actions/validate-data/part-pool.js';
import { validateData, type ValidationOutcome } from '../../../actions/validate-data/validate.js';
import { rowGroupParts } from '../../../src/data/parquet-split.js';
import { parseSchema } from '../../../src/schema/load.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-parallel-pq-'));

const SCHEMA = parseSchema(
  `
primaryKey: [id, code]
fields:
  - {name: id, type: integer, constraints: {unique: true, minimum: 1}}
  - {name: code, type: string, constraints: {pattern: "[a-z]+[0-9]", maxLength: 5}}
  - {name: amount, type: number, constraints: {minimum: 0}, expectations: {nullFraction: {max: 0.2}, between: {min: 0, max: 50, mostly: 0.9}}}
  - {name: cat, type: string, constraints: {enum: [red, green, blue]}}
  - {name: day, type: date}
  - {name: note, type: string}
`,
  'schema.yaml',
);

const ENV = ['MLOPS_VALIDATE_THREADS', 'MLOPS_VALIDATE_PARALLEL_MIN_BYTES', 'MLOPS_VALIDATE_PART_BYTES', 'MLOPS_VALIDATE_PARQUET_PART_ROWS'] as const;
const saved = ENV.map((k) => process.env[k]);
beforeAll(() => {
  process.env['MLOPS_VALIDATE_PARALLEL_MIN_BYTES'] = '0';
});
afterAll(() => {
  ENV.forEach((k, i) => {
    if (saved[i] === undefined) delete process.env[k];
    else process.env[k] = saved[i];
  });
});

const row = fc.record({
  id: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(null)),
  code: fc.constantFrom('ab1', 'zz9', 'Q1', '', 'abcdef1', null),
  // Few distinct amounts: within the frequent values' capacity, so lanes' sketches are exact.
  amount: fc.oneof(fc.integer({ min: -10, max: 160 }).map((v) => v / 2), fc.constant(null)),
  cat: fc.constantFrom('red', 'green', 'blue', 'pink', null),
  day: fc.constantFrom('2024-01-31', '2024-02-30', '2023-12-01', 'soon', null),
  note: fc.constantFrom('plain', 'two\nlines', 'say "hi"', '', 'é😀', null),
});

const dataset = fc.record({
  files: fc.array(fc.array(row, { maxLength: 60 }), { minLength: 1, maxLength: 3 }),
  rowGroupRows: fc.integer({ min: 1, max: 15 }),
  partBytes: fc.integer({ min: 1, max: 1500 }),
  // Rows of a part at most: below the row-group size, groups are read in slices by several lanes.
  partRows: fc.integer({ min: 1, max: 40 }),
  maxExamples: fc.integer({ min: 0, max: 4 }),
});

type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

/** Writes every dataset's files with pyarrow in one Python run; returns each dataset's folder. */
function writeAll(sets: Dataset[]): string[] {
  const jobs: { path: string; rows: unknown[]; rowGroupRows: number }[] = [];
  const folders = sets.map((set, s) => {
    const folder = join(dir, `set-${s}`);
    mkdirSync(folder);
    set.files.forEach((rows, f) => jobs.push({ path: join(folder, `part-${f}.parquet`), rows, rowGroupRows: set.rowGroupRows }));
    return folder;
  });
  const input = join(dir, 'jobs.json');
  writeFileSync(input, JSON.stringify(jobs));
  runPython(`import json, pyarrow as pa, pyarrow.parquet as pq
schema = pa.schema([("id", pa.int64()), ("code", pa.string()), ("amount", pa.float64()), ("cat", pa.string()), ("day", pa.string()), ("note", pa.string())])
for job in json.load(open(${JSON.stringify(input)})):
    rows = job["rows"]
    t = pa.table({f.name: pa.array([r[f.name] for r in rows], type=f.type) for f in schema}, schema=schema)
    pq.write_table(t, job["path"], row_group_size=job["rowGroupRows"], data_page_size=64, write_batch_size=8)
`);
  return folders;
}

/** Parts the worker lanes ran (the main thread's lane runs others). */
let workerParts = 0;

async function run(data: string, maxExamples: number, threads: string, partBytes: number, partRows = 1 << 18): Promise<ValidationOutcome> {
  process.env['MLOPS_VALIDATE_THREADS'] = threads;
  process.env['MLOPS_VALIDATE_PART_BYTES'] = String(partBytes);
  process.env['MLOPS_VALIDATE_PARQUET_PART_ROWS'] = String(partRows);
  return validateData({ data, schema: SCHEMA, schemaFile: 'schema.yaml', maxExamples, runner: (setup, lanes) => new CountingRunner(setup, lanes) });
}

class CountingRunner extends InlineRunner {
  override run(...args: Parameters<InlineRunner['run']>) {
    workerParts++;
    return super.run(...args);
  }
}

/** What must be equal: the report's content (checks, counts, examples, rows, files) and the profile's exact parts. */
function comparable(outcome: ValidationOutcome) {
  const profile = outcome.profiler.toJSON();
  return {
    rows: outcome.rows,
    files: outcome.files,
    errors: outcome.violations.total(),
    checks: outcome.violations.all(),
    columns: profile.columns.map((c) => ({
      name: c.name,
      type: c.type,
      kinds: c.kinds,
      total: c.sketch.total,
      nulls: c.sketch.nulls,
      sketchKinds: c.sketch.kinds,
      n: c.sketch.moments.n,
      min: c.sketch.moments.min,
      max: c.sketch.moments.max,
      distinct: c.sketch.distinct,
      frequent: c.sketch.frequent,
      quantiles: { n: c.sketch.quantiles.n, min: c.sketch.quantiles.min, max: c.sketch.quantiles.max },
    })),
  };
}

describe('validate-data on Parquet in parts (parallel path) against one sequential pass', () => {
  it('gives the same report and profile counts on files written by pyarrow', async () => {
    // The files are written up front, in one Python run (starting pyarrow per case is slow).
    const sets = fc.sample(dataset, { numRuns: 40, seed: 3 });
    // Cases that surely split: many small row groups, one group per part.
    const manyGroups = sets.length;
    sets.push({ files: [fc.sample(row, { numRuns: 300, seed: 7 })], rowGroupRows: 7, partBytes: 1, partRows: 1 << 18, maxExamples: 3 });
    sets.push({ files: [fc.sample(row, { numRuns: 120, seed: 8 }), [], fc.sample(row, { numRuns: 90, seed: 9 })], rowGroupRows: 10, partBytes: 1, partRows: 1 << 18, maxExamples: 2 });
    // Row groups (pages of ~8 rows) read in slices that start and end inside pages; few rows a
    // file, as above, so that the frequent values stay within the sketch's capacity (exact).
    sets.push({ files: [fc.sample(row, { numRuns: 60, seed: 10 }), fc.sample(row, { numRuns: 55, seed: 11 })], rowGroupRows: 60, partBytes: 1, partRows: 7, maxExamples: 3 });
    const folders = writeAll(sets);
    for (const [s, set] of sets.entries()) {
      const data = folders[s]!;
      const sequential = await run(data, set.maxExamples, '1', set.partBytes, set.partRows);
      const parallel = await run(data, set.maxExamples, '3', set.partBytes, set.partRows);
      expect(comparable(parallel), `dataset ${s}`).toEqual(comparable(sequential));
      // Means merge in a different order: equal to rounding.
      const means = (o: ValidationOutcome) => o.profiler.toJSON().columns.map((c) => o.profiler.numericStats(c.name).mean ?? 0);
      means(parallel).forEach((m, i) => expect(m).toBeCloseTo(means(sequential)[i]!, 9));
    }
    // The parallel path really ran in parts, most of them on the workers' lanes.
    expect(workerParts).toBeGreaterThan(60);
    const big = await run(folders[manyGroups]!, 3, '3', 1);
    expect(big.rows).toBe(300);
    expect(big.violations.all().find((c) => c.check === 'unique')?.examples.length).toBe(3);
  });

  it('gives the error of the sequential read for a row group that cannot be decoded', async () => {
    const folder = join(dir, 'broken');
    mkdirSync(folder);
    const path = join(folder, 'broken.parquet');
    const written = runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({"id": list(range(1, 2001)), "note": [f"note {i % 97} " * 3 for i in range(2000)]}), ${JSON.stringify(path)}, row_group_size=200, compression="none", use_dictionary=False)
md = pq.ParquetFile(${JSON.stringify(path)}).metadata
c = md.row_group(6).column(1)
print(c.data_page_offset, c.total_compressed_size)`);
    // Row group 7's "note" pages overwritten (as parquet.test.ts does): parts 7-10 run after 1-6.
    const [start, size] = written.trim().split(' ').map(Number) as [number, number];
    const bytes = readFileSync(path);
    bytes.fill(0xff, start + 40, start + size - 40);
    writeFileSync(path, bytes);
    const schema = parseSchema('fields:\n  - {name: id, type: integer}\n  - {name: note, type: string}\n', 'schema.yaml');
    const fail = async (threads: string, partRows = 1 << 18) => {
      process.env['MLOPS_VALIDATE_THREADS'] = threads;
      process.env['MLOPS_VALIDATE_PART_BYTES'] = '1';
      process.env['MLOPS_VALIDATE_PARQUET_PART_ROWS'] = String(partRows);
      // A malformed file is not thrown: it is the outcome's `malformed` error (and a failed check).
      return validateData({ data: path, schema, schemaFile: 'schema.yaml', maxExamples: 3, runner: (setup, lanes) => new InlineRunner(setup, lanes) }).then(
        (outcome) => outcome.malformed,
        (error: unknown) => error as Error & { file?: string },
      );
    };
    const sequential = await fail('1');
    const parallel = await fail('2');
    expect(sequential?.message).toMatch(/broken\.parquet: not a valid Parquet file, or truncated: cannot read column "note" in row group 7 of 10 \(.+\)/);
    expect(parallel?.message).toBe(sequential?.message);
    // Row groups read in slices of 60 rows (4 a group): the same error, from the first slice.
    const sliced = await fail('2', 60);
    expect(sliced?.message).toBe(sequential?.message);
    expect(sliced?.file).toBe(path);
    expect(parallel?.file).toBe(path);
  });
});

describe('rowGroupParts', () => {
  it('cuts the row groups into consecutive runs of at least partBytes and slices of large groups, none over maxRows', () => {
    const groups = fc.array(fc.record({ rows: fc.integer({ min: 0, max: 1000 }), bytes: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(groups, fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 3000 }), (groups, partBytes, maxRows) => {
        const parts = rowGroupParts({ columns: ['a'], groups, footerBytes: 10 }, partBytes, maxRows);
        // Every row of every group once, in order: [group, row] pairs.
        const covered = parts.flatMap((p) => {
          const rows: [number, number][] = [];
          for (let g = p.first; g < p.end; g++) {
            const from = g === p.first ? (p.rowStart ?? 0) : 0;
            const to = g === p.end - 1 ? (p.rowEnd ?? groups[g]!.rows) : groups[g]!.rows;
            for (let r = from; r < to; r++) rows.push([g, r]);
          }
          return rows;
        });
        expect(covered).toEqual(groups.flatMap((group, g) => Array.from({ length: group.rows }, (_, r) => [g, r])));
        // Groups of no rows are in some run too.
        expect(new Set(parts.flatMap((p) => Array.from({ length: p.end - p.first }, (_, i) => p.first + i)))).toEqual(new Set(groups.map((_, g) => g)));
        expect(parts.reduce((sum, p) => sum + p.bytes, 0)).toBe(groups.reduce((sum, g) => sum + g.bytes, 0));
        for (const [i, part] of parts.entries()) {
          expect(part.rows).toBeLessThanOrEqual(maxRows);
          const sliced = part.rowStart !== undefined || part.rowEnd !== undefined;
          if (sliced) {
            // A slice: one group of more than maxRows rows, cut into near-equal slices.
            expect(part.end - part.first).toBe(1);
            const group = groups[part.first]!;
            expect(group.rows).toBeGreaterThan(maxRows);
            expect(part.rows).toBe(part.rowEnd! - part.rowStart!);
            expect(part.rows).toBeGreaterThanOrEqual(Math.floor(group.rows / Math.ceil(group.rows / maxRows)));
            continue;
          }
          const own = groups.slice(part.first, part.end);
          expect(part.rows).toBe(own.reduce((sum, g) => sum + g.rows, 0));
          expect(part.bytes).toBe(own.reduce((sum, g) => sum + g.bytes, 0));
          // A run ends when it has partBytes, or when the next group would take it over maxRows.
          const next = groups[part.end];
          if (i < parts.length - 1) expect(part.bytes >= partBytes || part.rows + next!.rows > maxRows).toBe(true);
        }
      }),
    );
  });
});
