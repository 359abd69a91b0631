/**
 * validate-data's parallel read (parts run by a PartRunner, merged in file order) against the
 * sequential read, on generated CSV files with planted violations, duplicate keys, quoted
 * fields with embedded newlines, CRLF, a BOM, blank lines, gzip and several files: the same
 * violations, counts, examples (rows, lines, values), files and rows; the same profile counts
 * and exact statistics. Lanes run inline here (the contract test runs real worker threads).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laneOf } from '../../../actions/validate-data/parallel.js';
import { InlineRunner } from '../../../actions/validate-data/part-pool.js';
import { validateData, type ValidationOutcome } from '../../../actions/validate-data/validate.js';
import { parseSchema } from '../../../src/schema/load.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-parallel-'));
let fileNo = 0;

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

const ENV = ['MLOPS_VALIDATE_THREADS', 'MLOPS_VALIDATE_PARALLEL_MIN_BYTES', 'MLOPS_VALIDATE_PART_BYTES'] as const;
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
  id: fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('', 'x', '-3')),
  code: fc.constantFrom('ab1', 'zz9', 'Q1', '', 'abcdef1', 'x"y', 'a,b'),
  amount: fc.oneof(fc.double({ min: -5, max: 80, noNaN: true }).map((v) => v.toFixed(2)), fc.constantFrom('', 'n/a', '1e3')),
  cat: fc.constantFrom('red', 'green', 'blue', 'pink', ''),
  day: fc.constantFrom('2024-01-31', '2024-02-30', '2023-12-01', 'soon', ''),
  note: fc.constantFrom('plain', 'two\nlines', 'crlf\r\ninside', 'say "hi"', '', 'é😀'),
});

const dataset = fc.record({
  files: fc.array(fc.array(row, { maxLength: 40 }), { minLength: 1, maxLength: 3 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  blankLines: fc.boolean(),
  partBytes: fc.integer({ min: 1, max: 300 }),
  maxExamples: fc.integer({ min: 0, max: 4 }),
  gzip: fc.boolean(),
});

function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function write(rows: Array<Record<string, string>>, eol: string, bom: boolean, blankLines: boolean, folder = dir, gzip = false): string {
  const lines = ['id,code,amount,cat,day,note', ...rows.map((r, i) => [r.id, r.code, r.amount, r.cat, r.day, r.note].map((v) => field(v!)).join(',') + (blankLines && i % 7 === 3 ? eol : ''))];
  const path = join(folder, `d${fileNo++}.csv${gzip ? '.gz' : ''}`);
  const text = (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return path;
}

/** Parts run on the runner's lanes (not the main thread's) so far: proof that a read went in parts. */
let partsRunElsewhere = 0;

async function run(data: string, maxExamples: number, threads: string, partBytes: number): Promise<ValidationOutcome> {
  process.env['MLOPS_VALIDATE_THREADS'] = threads;
  process.env['MLOPS_VALIDATE_PART_BYTES'] = String(partBytes);
  const runner = (setup: ConstructorParameters<typeof InlineRunner>[0], lanes: number) => {
    const inline = new InlineRunner(setup, lanes);
    const run = inline.run.bind(inline);
    inline.run = (task, lane) => {
      partsRunElsewhere++;
      return run(task, lane);
    };
    return inline;
  };
  return validateData({ data, schema: SCHEMA, schemaFile: 'schema.yaml', maxExamples, runner });
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

describe('validate-data in parts (parallel path) against one sequential pass', () => {
  it('gives the same report and profile counts on generated CSVs, gzipped or not', async () => {
    let gzippedInParts = 0;
    await fc.assert(
      fc.asyncProperty(dataset, async (d) => {
        // A folder of one to three files: one dataset.
        const data = mkdtempSync(join(dir, 'set-'));
        for (const rows of d.files) write(rows, d.eol, d.bom, d.blankLines, data, d.gzip);
        const sequential = await run(data, d.maxExamples, '1', d.partBytes);
        const before = partsRunElsewhere;
        const parallel = await run(data, d.maxExamples, '3', d.partBytes);
        if (d.gzip && partsRunElsewhere > before) gzippedInParts++;
        expect(comparable(parallel)).toEqual(comparable(sequential));
        // Means merge in a different order: equal to rounding.
        const means = (o: ValidationOutcome) => o.profiler.toJSON().columns.map((c) => o.profiler.numericStats(c.name).mean ?? 0);
        means(parallel).forEach((m, i) => expect(m).toBeCloseTo(means(sequential)[i]!, 9));
      }),
      { numRuns: 60 },
    );
    // Gzipped files must have been read in parts, or the property proves nothing for them.
    expect(gzippedInParts).toBeGreaterThan(10);
  });

  it('gives the same profile on every run with the same number of threads, and the same counts with any number', async () => {
    // 390 distinct ids: more than the frequent values' capacity, so lanes' sketches summarise.
    const rows = Array.from({ length: 400 }, (_, i) => ({ id: String(i % 390), code: 'ab1', amount: (i * 0.37).toFixed(2), cat: 'red', day: '2024-01-31', note: i % 5 ? 'plain' : 'two\nlines' }));
    const data = write(rows, '\n', false, false);
    const whole = (o: ValidationOutcome) => JSON.stringify({ ...comparable(o), profile: { ...o.profiler.toJSON(), created: '' } });
    const a = await run(data, 3, '2', 512);
    const again = await run(data, 3, '2', 512);
    expect(whole(again)).toBe(whole(a));
    // Other lanes summarise other rows: frequent values may differ within their maxError, all else is equal.
    const counts = (o: ValidationOutcome) => ({ ...comparable(o), columns: comparable(o).columns.map((c) => ({ ...c, frequent: c.frequent.n })) });
    for (const threads of ['1', '5']) expect(counts(await run(data, 3, threads, 512))).toEqual(counts(a));
    expect(a.violations.all().find((c) => c.check === 'unique')).toMatchObject({ field: 'id', violations: 10, examples: [{ row: 391 }, { row: 392 }, { row: 393 }] });
  });
});

describe('laneOf', () => {
  it('deals a fixed share of the parts to the main thread, evenly, and the rest to the workers in turn', () => {
    const deal = (lanes: number, share: number, n = 1000) => Array.from({ length: n }, (_, id) => laneOf(id, lanes, share));
    for (const [lanes, share] of [[2, 0.44], [3, 0.45], [2, 0.5], [4, 0.2]] as const) {
      const dealt = deal(lanes, share);
      expect(dealt).toEqual(deal(lanes, share));
      const per = Array.from({ length: lanes }, (_, l) => dealt.filter((x) => x === l).length);
      expect(per[0]).toBe(Math.floor(1000 * share));
      for (const n of per.slice(1)) expect(Math.abs(n - (1000 - per[0]!) / (lanes - 1))).toBeLessThanOrEqual(1);
      // Evenly: any 20 consecutive parts hold the main thread's share, give or take one.
      for (let i = 0; i + 20 <= 1000; i += 7) expect(Math.abs(dealt.slice(i, i + 20).filter((x) => x === 0).length - 20 * share)).toBeLessThanOrEqual(1);
    }
    expect(deal(1, 0.44, 10)).toEqual(Array(10).fill(0));
  });
});
