/**
 * The same values as CSV, JSON Lines and Parquet give the same profile kinds and sketch counts
 * (built bundle): NaN, INF and -INF are numbers (JSON has no NaN, so JSONL holds them as the
 * number cast's text, which the cast accepts as it does in CSV; Parquet as float64), missing
 * in the sketches; date-shaped text naming a day or time that does not exist is a string.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-kinds-'));

const NUMBERS = ['1', '2.5', 'NaN', 'INF', '-INF', '', '3', '-0.25'];
const TEXTS = ['2021-01-01', '2021-02-29', 'x', '2021-04-31', '2021-01-01T10:00:00', '2021-01-01T25:00:00', '', '2021-13-01'];

interface ColumnJson {
  name: string;
  kinds: Record<string, number>;
  sketch: { total: number; nulls: number; kinds: Record<string, number>; moments: { n: number; min: number | null; max: number | null } };
}

async function profileOf(data: string): Promise<ColumnJson[]> {
  const profile = `${data}.profile.json`;
  const run = await runBundle('validate-data', { cwd: dir, inputs: { data, profile, report: `${data}.report.json` } });
  expect(run.exitCode, run.stderr).toBe(0);
  return (JSON.parse(readFileSync(profile, 'utf8')) as { columns: ColumnJson[] }).columns;
}

const summary = (columns: ColumnJson[]) =>
  columns.map((c) => ({ name: c.name, kinds: c.kinds, total: c.sketch.total, nulls: c.sketch.nulls, sketchKinds: c.sketch.kinds, n: c.sketch.moments.n, min: c.sketch.moments.min, max: c.sketch.moments.max }));

describe('profile kinds agree across CSV, JSON Lines and Parquet (built bundle)', () => {
  it('numbers with NaN/INF/-INF and date-shaped text with impossible days', async () => {
    const csv = join(dir, 'v.csv');
    writeFileSync(csv, `n,t\n${NUMBERS.map((n, i) => `${n},${TEXTS[i]}`).join('\n')}\n`);
    const jsonl = join(dir, 'v.jsonl');
    const jsonNumber = (n: string) => (n === '' ? null : Number.isFinite(Number(n)) ? Number(n) : n);
    writeFileSync(jsonl, NUMBERS.map((n, i) => JSON.stringify({ n: jsonNumber(n), t: TEXTS[i] === '' ? null : TEXTS[i] })).join('\n') + '\n');
    const parquet = join(dir, 'v.parquet');
    runPython(`import json, sys, pyarrow as pa, pyarrow.parquet as pq
nums, texts = json.loads(sys.stdin.read())
conv = {'NaN': float('nan'), 'INF': float('inf'), '-INF': float('-inf')}
n = [None if v == '' else conv.get(v, None) if v in conv else float(v) for v in nums]
pq.write_table(pa.table({'n': pa.array(n, pa.float64()), 't': pa.array([None if v == '' else v for v in texts], pa.string())}), ${JSON.stringify(parquet)})`, JSON.stringify([NUMBERS, TEXTS]));

    const fromCsv = summary(await profileOf(csv));
    expect(fromCsv).toEqual([
      { name: 'n', kinds: { null: 1, integer: 2, number: 5 }, total: 8, nulls: 4, sketchKinds: { number: 4, integer: 2, boolean: 0, string: 0, date: 0 }, n: 4, min: -0.25, max: 3 },
      { name: 't', kinds: { null: 1, date: 1, datetime: 1, string: 5 }, total: 8, nulls: 1, sketchKinds: { number: 0, integer: 0, boolean: 0, string: 5, date: 2 }, n: 2, min: Date.UTC(2021, 0, 1), max: Date.UTC(2021, 0, 1, 10) },
    ]);
    expect(summary(await profileOf(jsonl))).toEqual(fromCsv);
    expect(summary(await profileOf(parquet))).toEqual(fromCsv);
  });
});
