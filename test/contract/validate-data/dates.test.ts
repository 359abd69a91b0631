/**
 * Dates and datetimes through the built bundle, against Python's datetime: years 0001-0099 are
 * read as written; year 0000 and offsets beyond 23:59 are refused (a `type` violation, text to
 * the profile), in the checks, the profile and the inferred schema alike; a datetime without a
 * zone is UTC whatever the process's TZ.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-dates-'));

interface Check { field?: string; check: string; violations: number; examples: { row: number; value: string }[] }
interface ColumnJson { name: string; kinds: Record<string, number>; sketch: { moments: { min: number | null; max: number | null } } }

/** Runs validate-data on a CSV with a schema; returns the checks that failed, the profile's columns and the inferred schema. */
async function run(name: string, csv: string, schema: string, env: Record<string, string> = {}) {
  const data = join(dir, `${name}.csv`);
  writeFileSync(data, csv);
  const schemaFile = join(dir, `${name}.schema.yaml`);
  writeFileSync(schemaFile, schema);
  const files = { report: join(dir, `${name}.report.json`), profile: join(dir, `${name}.profile.json`), inferred: join(dir, `${name}.inferred.yaml`) };
  const result = await runBundle('validate-data', {
    cwd: dir,
    env,
    inputs: { data, schema: schemaFile, report: files.report, profile: files.profile, 'infer-schema': files.inferred, 'fail-on-invalid': 'false' },
  });
  expect(result.exitCode, result.stderr).toBe(0);
  const checks = (JSON.parse(readFileSync(files.report, 'utf8')) as { checks: Check[] }).checks.map((c) => ({ field: c.field, check: c.check, rows: c.examples.map((e) => e.row) }));
  const columns = (JSON.parse(readFileSync(files.profile, 'utf8')) as { columns: ColumnJson[] }).columns;
  return { checks, columns, inferred: readFileSync(files.inferred, 'utf8') };
}

/** Python's epoch milliseconds of ISO texts (naive ones as UTC). */
function pythonMs(texts: string[]): number[] {
  return runPython(String.raw`
import json, sys
from datetime import datetime, timedelta, timezone
for s in json.loads(sys.stdin.read()):
    t = datetime.fromisoformat(s)
    t = t if t.tzinfo else t.replace(tzinfo=timezone.utc)
    print((t - datetime(1970, 1, 1, tzinfo=timezone.utc)) // timedelta(milliseconds=1))
`, JSON.stringify(texts)).trim().split('\n').map(Number);
}

describe('validate-data dates (built bundle)', () => {
  it('years 0001-0099 are read as written, year 0000 is a type violation and text', async () => {
    const csv = ['d,t', '0050-01-01,0050-01-01T12:00:00Z', '0000-01-01,0000-02-29T00:00:00', '0004-02-29,0001-01-01 00:00:00', '2021-06-01,2021-01-01T10:00:00+01:00', ''].join('\n');
    const { checks, columns, inferred } = await run('years', csv, 'fields:\n  - {name: d, type: date}\n  - {name: t, type: datetime}\n');
    expect(checks).toEqual([
      { field: 'd', check: 'type', rows: [2] },
      { field: 't', check: 'type', rows: [2] },
    ]);
    const [d0004, d2021, t0001, t2021] = pythonMs(['0004-02-29', '2021-06-01', '0001-01-01 00:00:00', '2021-01-01T10:00:00+01:00']);
    expect(columns.map((c) => ({ name: c.name, kinds: c.kinds, min: c.sketch.moments.min, max: c.sketch.moments.max }))).toEqual([
      { name: 'd', kinds: { date: 3, string: 1 }, min: d0004, max: d2021 },
      { name: 't', kinds: { datetime: 3, string: 1 }, min: t0001, max: t2021 },
    ]);
    // A column holding year 0000 is not all dates: the inferred schema types it string.
    expect(inferred).toMatch(/name: d\n\s+type: string/);
  });

  it('offsets beyond 23:59 (hours over 23, minutes over 59) are type violations and text', async () => {
    const csv = ['t', '2021-01-01T10:00:00+23:59', '2021-01-01T10:00:00+24:00', '2021-01-01T10:00:00+05:60', '2021-01-01T10:00:00-0130', '2021-01-01T10:00:00+99:99', ''].join('\n');
    const { checks, columns } = await run('offsets', csv, 'fields:\n  - {name: t, type: datetime}\n');
    expect(checks).toEqual([{ field: 't', check: 'type', rows: [2, 3, 5] }]);
    const [min, max] = pythonMs(['2021-01-01T10:00:00+23:59', '2021-01-01T10:00:00-01:30']);
    expect(columns.map((c) => ({ kinds: c.kinds, min: c.sketch.moments.min, max: c.sketch.moments.max }))).toEqual([{ kinds: { datetime: 2, string: 3 }, min, max }]);
  });

  it('a datetime without a zone is UTC: the profile is the same with TZ=America/New_York as with TZ=UTC', async () => {
    const times = ['2021-03-14T02:30:00', '2021-03-14 07:30:00', '2021-11-07 01:30:00.25', '2021-06-01T12:00:00.9996', '2016-12-31T10:59:60', '2021-01-01T10:00:00+05:30', '1969-12-31 23:59:59.999'];
    const csv = `t,d\n${times.map((t) => `${t},${t.slice(0, 10)}`).join('\n')}\n`;
    const schema = 'fields:\n  - {name: t, type: datetime, constraints: {minimum: "1969-12-31 23:59:59.999", maximum: "2021-11-07 01:30:00.25"}}\n  - {name: d, type: date}\n';
    const utc = await run('zones-utc', csv, schema, { TZ: 'UTC' });
    const newYork = await run('zones-ny', csv, schema, { TZ: 'America/New_York' });
    const profile = (name: string) => {
      const json = JSON.parse(readFileSync(join(dir, `${name}.profile.json`), 'utf8')) as { created?: string };
      delete json.created;
      return json;
    };
    expect(profile('zones-ny')).toEqual(profile('zones-utc'));
    // The checks, and the inferred schema but for its header naming the file.
    const body = (inferred: string) => inferred.replace(/^#.*\n/gm, '');
    expect({ ...newYork, inferred: body(newYork.inferred) }).toEqual({ ...utc, inferred: body(utc.inferred) });
    expect(utc.checks).toEqual([]);
    // The extremes are Python's reading of the texts as UTC.
    const [min, max] = pythonMs(['1969-12-31 23:59:59.999', '2021-11-07 01:30:00.25']);
    expect(utc.columns[0]!.sketch.moments).toMatchObject({ min, max });
  });
});
