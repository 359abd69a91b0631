import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { expectedChecks, writePlanted } from './planted.js';

interface ReportCheck {
  field?: string;
  check: string;
  violations: number;
  examples: { row: number; line?: number; value?: string }[];
}
interface Report {
  valid: boolean;
  rows: number;
  errors: number;
  checks: ReportCheck[];
}

const dir = mkdtempSync(join(tmpdir(), 'planted-'));
let files: ReturnType<typeof writePlanted>;
const runs: Record<string, { run: BundleRun; report: Report }> = {};

async function validate(format: 'csv' | 'jsonl' | 'parquet'): Promise<{ run: BundleRun; report: Report }> {
  const report = join(dir, `report-${format}.json`);
  const run = await runBundle('validate-data', {
    cwd: dir,
    inputs: { data: files[format], schema: files.schema, report, 'max-examples': '10' },
  });
  return { run, report: JSON.parse(readFileSync(report, 'utf8')) as Report };
}

/** "field/check" -> rows of the examples, as the report gives them. */
function rowsByCheck(report: Report): Record<string, number[]> {
  return Object.fromEntries(report.checks.map((c) => [`${c.field ?? ''}/${c.check}`, c.examples.map((e) => e.row).sort((a, b) => a - b)]));
}

beforeAll(async () => {
  files = writePlanted(dir);
  for (const format of ['csv', 'jsonl', 'parquet'] as const) runs[format] = await validate(format);
}, 120_000);

describe('validate-data on planted violations (built bundle, run as the runner does)', () => {
  it('finds exactly the planted violations, per field and check, at the right rows', () => {
    const { run, report } = runs.csv!;
    const expected = expectedChecks();
    expect(rowsByCheck(report)).toEqual(expected);
    for (const check of report.checks) expect(check.violations).toBe(expected[`${check.field ?? ''}/${check.check}`]!.length);
    expect(report.errors).toBe(Object.values(expected).flat().length);
    expect(report.valid).toBe(false);
    expect(report.rows).toBe(300);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', rows: '300', errors: String(report.errors) });
  });

  it('gives the line in the CSV file of each example (header is line 1)', () => {
    for (const check of runs.csv!.report.checks) for (const example of check.examples) expect(example.line).toBe(example.row + 1);
  });

  it('annotates the data file at the failing line', () => {
    const errors = runs.csv!.run.annotations.filter((a) => a.level === 'error' && a.properties.file);
    expect(errors.length).toBeGreaterThan(0);
    const age = errors.find((a) => a.message.startsWith("field 'age': maximum"));
    expect(age?.properties).toMatchObject({ file: files.csv, line: '81' });
  });

  it('yields the same report from JSON Lines and Parquet', () => {
    const csv = rowsByCheck(runs.csv!.report);
    expect(rowsByCheck(runs.jsonl!.report)).toEqual(csv);
    expect(rowsByCheck(runs.parquet!.report)).toEqual(csv);
    for (const check of runs.jsonl!.report.checks) for (const example of check.examples) expect(example.line).toBe(example.row);
  });

  it('writes a summary with the failed checks', () => {
    const summary = runs.csv!.run.summary;
    expect(summary).toContain('❌ validate-data: 20 violations');
    expect(summary).toMatch(/\| `age` \| `minimum` \| 2 \| row 70 \(line 71\): `-1`; row 200 \(line 201\): `-5` \|/);
  });

  it('reports without failing the step when fail-on-invalid is false', async () => {
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: files.csv, schema: files.schema, 'fail-on-invalid': 'false' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.valid).toBe('false');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.annotations.filter((a) => a.level === 'warning').length).toBeGreaterThan(0);
  });
});
