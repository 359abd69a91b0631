/**
 * The built bundle keeps integers beyond 2^53 exact: distinct ids that one double would hold
 * are not duplicates, bounds compare exactly and reported values show every digit, for CSV
 * text and for Parquet INT64 values (bigint cells).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-bigint-'));

async function validate(data: string, schema: string, name: string) {
  const schemaFile = join(dir, `${name}.schema.yaml`);
  writeFileSync(schemaFile, schema);
  const report = join(dir, `${name}.report.json`);
  const run = await runBundle('validate-data', { cwd: dir, inputs: { data, schema: schemaFile, report, 'fail-on-invalid': 'false' } });
  expect(run.exitCode, run.stderr).toBe(0);
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { valid: boolean; errors: number; checks: { field?: string; check: string; violations: number; examples: { row: number; value: string }[] }[] };
  return parsed.checks.map((c) => ({ field: c.field, check: c.check, violations: c.violations, rows: c.examples.map((e) => e.row), values: c.examples.map((e) => e.value) })).sort((a, b) => a.check.localeCompare(b.check));
}

describe('validate-data with integers beyond 2^53 (built bundle)', () => {
  it('CSV: 2^53 and 2^53+1 are distinct keys, bounds are exact, duplicates show their digits', async () => {
    const data = join(dir, 'big.csv');
    writeFileSync(data, 'id\n9007199254740993\n9007199254740992\n+0009007199254740993\n12345678901234567890\n12345678901234567891\n9007199254740991\n');
    const schema = `fields:
  - {name: id, type: integer, constraints: {unique: true, maximum: '12345678901234567890'}}
primaryKey: id
`;
    expect(await validate(data, schema, 'csv')).toEqual([
      // +0009007199254740993 (row 3) repeats row 1, under both keys; nothing else repeats.
      { field: 'id', check: 'maximum', violations: 1, rows: [5], values: ['12345678901234567891'] },
      { field: undefined, check: 'primaryKey', violations: 1, rows: [3], values: ['9007199254740993'] },
      { field: 'id', check: 'unique', violations: 1, rows: [3], values: ['9007199254740993'] },
    ]);
    // The brief's probe: two ids one double apart are valid.
    writeFileSync(data, 'id\n9007199254740993\n9007199254740992\n');
    expect(await validate(data, 'fields:\n  - {name: id, type: integer, constraints: {unique: true}}\nprimaryKey: id\n', 'probe')).toEqual([]);
    expect(await validate(data, 'fields:\n  - {name: id, type: integer, constraints: {maximum: 9007199254740992}}\n', 'max')).toEqual([
      { field: 'id', check: 'maximum', violations: 1, rows: [1], values: ['9007199254740993'] },
    ]);
  });

  it('Parquet INT64: 2^62+1 and 2^62+2 are distinct keys; a real duplicate is reported with its digits', async () => {
    const data = join(dir, 'big.parquet');
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
ids = [2**62 + 1, 2**62 + 2, 2**53, 2**53 + 1, -(2**53) - 1, 5, 2**62 + 2, -(2**63)]
pq.write_table(pa.table({'id': pa.array(ids, pa.int64())}), ${JSON.stringify(data)})`);
    const schema = `fields:
  - {name: id, type: integer, constraints: {unique: true, minimum: '-9223372036854775807'}}
primaryKey: id
`;
    expect(await validate(data, schema, 'parquet')).toEqual([
      { field: 'id', check: 'minimum', violations: 1, rows: [8], values: ['-9223372036854775808'] },
      { field: undefined, check: 'primaryKey', violations: 1, rows: [7], values: ['4611686018427387906'] },
      { field: 'id', check: 'unique', violations: 1, rows: [7], values: ['4611686018427387906'] },
    ]);
  });
});
