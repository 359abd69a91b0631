import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-infer-'));

/** Infers a schema from `file` into `schemaName`, then validates `file` against it. */
async function inferThenValidate(file: string, schemaName: string): Promise<{ schema: string; report: { valid: boolean; errors: number; checks: unknown[] } }> {
  const data = join(dir, file);
  const inferred = join(dir, schemaName);
  const first = await runBundle('validate-data', { cwd: dir, inputs: { data, 'infer-schema': inferred, report: join(dir, `${file}.infer.json`) } });
  expect(first.exitCode, first.stderr).toBe(0);
  const reportPath = join(dir, `${file}.report.json`);
  const second = await runBundle('validate-data', { cwd: dir, inputs: { data, schema: inferred, report: reportPath } });
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { valid: boolean; errors: number; checks: unknown[] };
  expect(second.exitCode, JSON.stringify(report.checks)).toBe(0);
  expect(second.outputs.valid).toBe('true');
  return { schema: readFileSync(inferred, 'utf8'), report };
}

describe('an inferred schema validates the data it came from (built bundle)', () => {
  it('CSV mixing dates and datetimes: string, not datetime', async () => {
    writeFileSync(join(dir, 'w.csv'), 'when\n2020-01-01\n2020-01-01T10:00:00\n');
    const { schema, report } = await inferThenValidate('w.csv', 'w.yaml');
    expect(schema).toContain('name: when\n    type: string');
    expect(report).toMatchObject({ valid: true, errors: 0, checks: [] });
  });

  it('CSV enums: no enum of text the profile read as numbers or dates; exact texts otherwise', async () => {
    writeFileSync(join(dir, 'e.csv'), 'c,f,d,s\nx,1.0,2020-01-01,b\n007,2,2020-01-02,a\nx,1.0,2020-01-01,b\n007,2,2020-01-02,a\n');
    const { schema, report } = await inferThenValidate('e.csv', 'e.yaml');
    expect(schema).not.toMatch(/"7"|- 1$|T00:00:00.000Z/m);
    expect(schema).toContain('name: s\n    type: string\n    constraints:\n      required: true\n      enum:\n        - a\n        - b\n');
    expect(report).toMatchObject({ valid: true, errors: 0 });
  });

  it('JSONL with numbers or booleans mixed with strings: any, written as JSON for a .json path', async () => {
    writeFileSync(join(dir, 'z.jsonl'), '{"zip":12345,"flag":true}\n{"zip":"A1B","flag":"maybe"}\n');
    const { schema, report } = await inferThenValidate('z.jsonl', 'z.json');
    expect(schema.endsWith('}\n')).toBe(true);
    expect(JSON.parse(schema)).toEqual({
      fields: [
        { name: 'zip', type: 'any', constraints: { required: true } },
        { name: 'flag', type: 'any', constraints: { required: true } },
      ],
    });
    expect(schema).toBe(`${JSON.stringify(JSON.parse(schema), null, 2)}\n`);
    expect(report).toMatchObject({ valid: true, errors: 0 });
  });

  it('Parquet (pyarrow) with number-like and other strings, enums, dates and timestamps', async () => {
    const path = join(dir, 'p.parquet');
    runPython(`import datetime as dt, pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({
  'zip': ['12345', 'A1B', '12345', 'A1B'],
  'c': ['x', '007', 'x', '007'],
  's': ['b', 'a', 'b', 'a'],
  'day': pa.array([dt.date(2020, 1, d) for d in (1, 2, 3, 4)], pa.date32()),
  'at': pa.array([dt.datetime(2020, 1, 1, h) for h in (1, 2, 3, 4)], pa.timestamp('ms')),
  'n': [1, 2, None, 4],
}), ${JSON.stringify(path)})`);
    const { schema, report } = await inferThenValidate('p.parquet', 'p.yaml');
    expect(schema).toContain('name: zip\n    type: any');
    expect(schema).toContain('name: s\n    type: string\n    constraints:\n      required: true\n      enum:\n        - a\n        - b\n');
    expect(schema).not.toContain('"7"');
    expect(report).toMatchObject({ valid: true, errors: 0 });
  });
});
