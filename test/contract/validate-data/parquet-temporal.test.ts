/**
 * Parquet dates, times of day and timestamps through the built bundle: the same small table as
 * CSV and as Parquet (date32, date64, time32 ms, time64 us/ns) gives the same failed checks
 * (counts, rows, example values), profile columns and inferred schema; a timestamp beyond a
 * Date's range (INT64 max, a common "no end" marker) is a `type` violation with a readable
 * value and is counted in the profile, never an internal error.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-parquet-temporal-'));

interface Report {
  valid: boolean;
  rows: number;
  errors: number;
  checks: { field?: string; check: string; violations: number; examples: { row: number; line?: number; file?: string; value?: string }[] }[];
}
interface Profile {
  columns: { name: string; type: string; kinds: Record<string, number>; sketch: unknown }[];
}
interface Result {
  run: BundleRun;
  report: Report;
  profile: Profile;
  inferred: string;
}

// Dates, and times whose fraction is zero or not, with nulls, repeats and values that break the
// constraints below. The CSV holds what a CSV of this data holds: ISO dates, times of day with
// the unit's fraction digits when not zero (Python's isoformat for microseconds).
const WRITE = `
import csv, datetime as dt, pyarrow as pa, pyarrow.parquet as pq
n = 40
days = [None if i % 9 == 4 else dt.date(2019, 12, 4) + dt.timedelta(days=(i * 17) % 30) for i in range(n)]
ms = [None if i % 11 == 6 else (i * 3_599_917) % 86_400_000 // (1000 if i % 3 else 1) * (1000 if i % 3 else 1) for i in range(n)]
us = [None if i % 7 == 3 else dt.time((i * 5) % 24, (i * 7) % 60, (i * 13) % 60, 0 if i % 2 else i * 1234) for i in range(n)]
ns = [None if i % 8 == 5 else (i * 2_160_000_000_017) % 86_400_000_000_000 for i in range(n)]
def clock(v, per_second, digits):
    s, f = divmod(v, per_second)
    text = "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)
    return text if f == 0 else text + "." + str(f).zfill(digits)
t = pa.table({
    "id": pa.array(range(1, n + 1), pa.int64()),
    "day": pa.array(days, pa.date32()),
    "day64": pa.array(days, pa.date64()),
    "at": pa.array(ms, pa.time32("ms")),
    "at_us": pa.array(us, pa.time64("us")),
    "at_ns": pa.array(ns, pa.time64("ns")),
})
pq.write_table(t, BASE + ".parquet", row_group_size=16, data_page_size=64, write_batch_size=4)
with open(BASE + ".csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\\n")
    w.writerow(t.column_names)
    for i in range(n):
        w.writerow([i + 1] + ["" if v is None else v for v in [
            days[i] and days[i].isoformat(), days[i] and days[i].isoformat(),
            None if ms[i] is None else clock(ms[i], 1000, 3),
            us[i] and us[i].isoformat(),
            None if ns[i] is None else clock(ns[i], 10**9, 9)]])
`;

const SCHEMA = `fields:
  - {name: id, type: integer}
  - {name: day, type: date, constraints: {minimum: "2019-12-20", unique: true}}
  - {name: day64, type: time}
  - {name: at, type: time, constraints: {maximum: "18:00:00"}}
  - {name: at_us, type: time, constraints: {minimum: "06:00:00"}}
  - {name: at_ns, type: date}
`;

async function validate(data: string, name: string, schema?: string): Promise<Result> {
  const report = join(dir, `${name}.report.json`);
  const profile = join(dir, `${name}.profile.json`);
  const inferred = join(dir, `${name}.inferred.yaml`);
  const run = await runBundle('validate-data', {
    cwd: dir,
    inputs: { data, report, profile, 'infer-schema': inferred, 'max-examples': '50', ...(schema ? { schema } : {}) },
  });
  const read = (path: string) => readFileSync(path, 'utf8');
  return { run, report: JSON.parse(read(report)) as Report, profile: JSON.parse(read(profile)) as Profile, inferred: read(inferred).replace(/^#.*\n/gm, '') };
}

/** The checks without what only a text file has (line) or names the file. */
const checksOf = (report: Report) => report.checks.map((c) => ({ ...c, examples: c.examples.map(({ row, value }) => ({ row, value })) }));

describe('Parquet dates and times of day read as the same data in a CSV (built bundle)', () => {
  const schema = join(dir, 'schema.yaml');
  let csv: Result;
  let parquet: Result;
  beforeAll(async () => {
    writeFileSync(schema, SCHEMA);
    runPython(`BASE = ${JSON.stringify(join(dir, 'table'))}\n${WRITE}`);
    csv = await validate(join(dir, 'table.csv'), 'csv', schema);
    parquet = await validate(join(dir, 'table.parquet'), 'parquet', schema);
  }, 120_000);

  it('fails the same checks, with the same counts, rows and example values', () => {
    const checks = checksOf(csv.report);
    // Every field's constraint or type is broken somewhere, so each comparison means something.
    // (No `required`: its examples show a missing CSV field as "" and a Parquet null as "null".)
    expect(checks.map((c) => `${c.field}/${c.check}`)).toEqual(['at/maximum', 'at_ns/type', 'at_us/minimum', 'day/minimum', 'day/unique', 'day64/type']);
    expect(checksOf(parquet.report)).toEqual(checks);
    expect(parquet.report).toMatchObject({ valid: false, rows: 40, errors: csv.report.errors });
    expect(parquet.run.exitCode).toBe(1);
    expect(csv.run.exitCode).toBe(1);
  });

  it('shows dates as "2019-12-04" and times as "12:30:01" in the examples (fraction digits when not zero)', () => {
    const values = (field: string, check: string) => parquet.report.checks.find((c) => c.field === field && c.check === check)!.examples.map((e) => e.value);
    expect(values('day64', 'type')[0]).toBe('2019-12-04');
    for (const value of values('day64', 'type')) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const value of values('at_ns', 'type')) expect(value).toMatch(/^\d{2}:\d{2}:\d{2}(\.\d{9})?$/);
    for (const value of values('at', 'maximum')) expect(value).toMatch(/^\d{2}:\d{2}:\d{2}(\.\d{3})?$/);
    const us = values('at_us', 'minimum');
    expect(us.some((v) => /\.\d{6}$/.test(v!))).toBe(true);
    expect(us.some((v) => /:\d{2}$/.test(v!))).toBe(true);
  });

  it('profiles the columns alike (kinds, counts, sketches) and infers the same schema', () => {
    expect(parquet.profile.columns).toEqual(csv.profile.columns);
    expect(parquet.profile.columns.find((c) => c.name === 'day64')).toMatchObject({ type: 'date' });
    expect(parquet.inferred).toEqual(csv.inferred);
    expect(parquet.inferred).toMatch(/- name: day\n {4}type: date\n/);
  });
});

describe('Parquet timestamps beyond a Date\'s range (built bundle)', () => {
  const data = join(dir, 'maxts.parquet');
  const schema = join(dir, 'ts.yaml');
  beforeAll(() => {
    writeFileSync(schema, 'fields:\n  - {name: ts, type: datetime}\n');
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({"ts": pa.array([0, 2**63 - 1, 1575462601123456, -2**63, None], pa.timestamp("us"))}), ${JSON.stringify(data)})`);
  });

  it('reports INT64 max and min as type violations showing the stored integer and unit, not an internal error', async () => {
    const result = await validate(data, 'maxts', schema);
    expect(result.run.exitCode).toBe(1);
    expect(`${result.run.stdout}${result.run.stderr}`).not.toMatch(/Internal error|Invalid time value/);
    expect(checksOf(result.report)).toEqual([
      {
        field: 'ts',
        check: 'type',
        violations: 2,
        examples: [
          { row: 2, value: '9223372036854775807 us since 1970-01-01' },
          { row: 4, value: '-9223372036854775808 us since 1970-01-01' },
        ],
      },
    ]);
    expect(result.run.annotations.some((a) => a.level === 'error' && a.message.includes('9223372036854775807 us since 1970-01-01'))).toBe(true);
  });

  it('counts them in the profile as text values, neither null nor a time (no schema)', async () => {
    const result = await validate(data, 'maxts-infer');
    expect(result.run.exitCode).toBe(0);
    expect(result.profile.columns[0]).toMatchObject({ name: 'ts', kinds: { datetime: 2, string: 2, null: 1 } });
    expect(result.profile.columns[0]!.sketch).toMatchObject({ total: 5, nulls: 1, quantiles: { n: 2, min: 0, max: 1575462601123 } });
  });
});
