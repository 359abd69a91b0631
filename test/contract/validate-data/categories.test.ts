/**
 * Table Schema v2 `categories` through the built bundle, as a runner runs it: a v2 schema file
 * in the standard's own forms (values; {value, label} objects with categoriesOrdered; an enum
 * that is a subset) against the same rows as CSV, JSON Lines and Parquet (typed int64 and string
 * columns), with planted cells outside the categories. The three reports agree, and a schema
 * breaking a rule of the standard fails the run with one error at its file and line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-categories-'));

const SCHEMA = {
  $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'fruit', type: 'string', categories: ['apple', 'orange', 'banana'] },
    { name: 'level', type: 'integer', categories: [{ value: 1, label: 'low' }, { value: 2 }, { value: 3, label: 'high' }], categoriesOrdered: true },
    { name: 'size', type: 'string', categories: [{ value: 'S' }, { value: 'M' }, { value: 'L' }], constraints: { enum: ['M', 'L'] } },
  ],
};

type Row = { id: number; fruit: string | null; level: number | null; size: string };
const ROWS = 40;

/** Planted cells: data row -> the patch, and the checks it must fail (none for a missing value). */
const PLANTED: Record<number, [Partial<Row>, string[]]> = {
  5: [{ fruit: 'pear' }, ['fruit/categories']],
  9: [{ level: 4 }, ['level/categories']],
  12: [{ level: null }, []],
  15: [{ size: 'XL' }, ['size/enum', 'size/categories']],
  18: [{ size: 'S' }, ['size/enum']],
  21: [{ fruit: null }, []],
  27: [{ fruit: 'Apple' }, ['fruit/categories']],
};

function rows(): Row[] {
  const out: Row[] = [];
  for (let r = 1; r <= ROWS; r++) out.push({ id: r, fruit: ['apple', 'orange', 'banana'][r % 3]!, level: 1 + (r % 3), size: r % 2 ? 'M' : 'L' });
  for (const [row, [patch]] of Object.entries(PLANTED)) Object.assign(out[Number(row) - 1]!, patch);
  return out;
}

/** "field/check" -> the sorted rows, from the plan. */
function expected(): Record<string, number[]> {
  const checks: Record<string, number[]> = {};
  for (const [row, [, failed]] of Object.entries(PLANTED)) for (const key of failed) (checks[key] ??= []).push(Number(row));
  return checks;
}

interface Report {
  valid: boolean;
  errors: number;
  checks: { field?: string; check: string; violations: number; examples: { row: number; value?: string }[] }[];
}

const runs: Record<string, { run: BundleRun; report: Report }> = {};
const schemaFile = join(dir, 'schema.json');

beforeAll(async () => {
  writeFileSync(schemaFile, `${JSON.stringify(SCHEMA, null, 2)}\n`);
  const data = rows();
  const columns = ['id', 'fruit', 'level', 'size'] as const;
  const files = { csv: join(dir, 'data.csv'), jsonl: join(dir, 'data.jsonl'), parquet: join(dir, 'data.parquet') };
  writeFileSync(files.csv, `${columns.join(',')}\n${data.map((r) => columns.map((c) => r[c] ?? '').join(',')).join('\n')}\n`);
  writeFileSync(files.jsonl, `${data.map((r) => JSON.stringify(r)).join('\n')}\n`);
  runPython(
    `import json, sys, pyarrow as pa, pyarrow.parquet as pq
rows = json.loads(sys.stdin.read())
pq.write_table(pa.table({
  'id': pa.array([r['id'] for r in rows], pa.int64()),
  'fruit': pa.array([r['fruit'] for r in rows], pa.string()),
  'level': pa.array([r['level'] for r in rows], pa.int64()),
  'size': pa.array([r['size'] for r in rows], pa.string()),
}), ${JSON.stringify(files.parquet)}, row_group_size=16)`,
    JSON.stringify(data),
  );
  for (const format of ['csv', 'jsonl', 'parquet'] as const) {
    const report = join(dir, `report-${format}.json`);
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: files[format], schema: schemaFile, report } });
    runs[format] = { run, report: JSON.parse(readFileSync(report, 'utf8')) as Report };
  }
}, 120_000);

const byCheck = (report: Report) => Object.fromEntries(report.checks.map((c) => [`${c.field}/${c.check}`, c.examples.map((e) => e.row).sort((a, b) => a - b)]));

describe('validate-data with Table Schema v2 categories (built bundle)', () => {
  it('reports each present cell outside the categories as `categories`, besides enum, and fails the run', () => {
    const { run, report } = runs.csv!;
    expect(byCheck(report)).toEqual(expected());
    for (const check of report.checks) expect(check.violations).toBe(expected()[`${check.field}/${check.check}`]!.length);
    expect(report.errors).toBe(Object.values(expected()).flat().length);
    expect(report.valid).toBe(false);
    expect(run.exitCode).toBe(1);
    expect(report.checks.find((c) => c.field === 'fruit')!.examples.map((e) => e.value)).toEqual(['pear', 'Apple']);
    expect(run.summary).toMatch(/\| `level` \| `categories` \| 1 \| row 9 \(line 10\): `4` \|/);
    expect(run.annotations.some((a) => a.level === 'error' && a.message.startsWith("field 'fruit': categories failed 2 times (row 5, value 'pear')"))).toBe(true);
  });

  it('gives the same report from JSON Lines and Parquet (typed int64 and string columns)', () => {
    const csv = runs.csv!.report;
    for (const format of ['jsonl', 'parquet'] as const) {
      const { report } = runs[format]!;
      expect(byCheck(report), format).toEqual(byCheck(csv));
      expect(report.checks.map((c) => [c.field, c.check, c.violations, c.examples.map((e) => e.value)]), format).toEqual(
        csv.checks.map((c) => [c.field, c.check, c.violations, c.examples.map((e) => e.value)]),
      );
    }
  });

  it.each([
    ['an enum value not among the categories', { name: 'size', categories: ['S', 'M'], constraints: { enum: ['M', 'XL'] } }, "schema key 'fields.0.constraints.enum.1': field 'size': enum value \"XL\" is not among the categories; Table Schema v2 requires enum to be a subset of categories", 12],
    ['categories on a number field', { name: 'size', type: 'number', categories: [1, 2] }, "schema key 'fields.0.categories': field 'size' is of type number, but categories are for string and integer fields (Table Schema v2): use constraints.enum", 6],
  ])('a schema breaking a rule of the standard (%s) fails the run with one error at its file and line', async (name, field, message, line) => {
    const file = join(dir, `mistake-${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ fields: [field] }, null, 2)}\n`);
    writeFileSync(join(dir, 'size.csv'), 'size\nM\n');
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: join(dir, 'size.csv'), schema: file, report: join(dir, 'mistake.json') } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(errors[0]!.properties).toMatchObject({ file, line: String(line) });
  });
});
