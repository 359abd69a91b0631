import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { writePlanted } from './planted.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-errors-'));
const STACK = /\n\s+at .+:\d+:\d+/;
let parquet: string;

beforeAll(() => {
  parquet = writePlanted(dir).parquet;
});

async function expectOneError(inputs: Record<string, string>, expected: { message: RegExp; file?: string; line?: string }) {
  const run = await runBundle('validate-data', { cwd: dir, inputs: { report: join(dir, 'r.json'), ...inputs } });
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toMatch(expected.message);
  if (expected.file) expect(errors[0]!.properties.file).toBe(expected.file);
  if (expected.line) expect(errors[0]!.properties.line).toBe(expected.line);
  expect(run.stdout + run.stderr).not.toMatch(STACK);
  expect(errors[0]!.message).not.toMatch(/Internal error/);
  return run;
}

/** A gzip of varied rows cut in the middle of the stream. */
function truncatedGzip(): Buffer {
  const rows = Array.from({ length: 20_000 }, (_, i) => `${i},${(i * 7919) % 104_729}`).join('\n');
  const gz = gzipSync(Buffer.from(`id,age\n${rows}\n`));
  return gz.subarray(0, Math.floor(gz.length / 2));
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('validate-data bad input (built bundle)', () => {
  it('a missing required input: exit 1, one ::error naming it, no stack trace', async () => {
    await expectOneError({}, { message: /^Input 'data': is required but was not supplied/ });
  });

  it('a data path that does not exist names it', async () => {
    await expectOneError({ data: 'nope/*.csv', profile: 'p.json' }, { message: /No file matches the pattern nope\/\*\.csv/ });
  });

  it.each([
    ['ragged.csv', 'id,age\n1,2\n3\n', /ragged\.csv:3: expected 2 fields \(as in the header\), got 1/, '3'],
    ['quote.csv', 'id,age\n1,2\n2,"open\n', /quote\.csv:3: unterminated quoted field/, '3'],
    ['latin1.csv', Buffer.from('id,name\n1,caf\xe9\n', 'latin1'), /latin1\.csv:2: invalid UTF-8/, '2'],
    ['broken.jsonl', '{"a": 1}\n{"a": 2\n', /broken\.jsonl:2: not valid JSON/, '2'],
    ['twice.jsonl', '{"a": 1}\n{"a": 2, "a": 3}\n', /twice\.jsonl:2: key 'a' appears more than once in this object/, '2'],
    ['empty.csv', '', /empty\.csv.*empty: no header/, undefined],
    ['truncated.csv.gz', truncatedGzip(), /truncated\.csv\.gz.*truncated/, undefined],
  ])('a malformed file (%s) is a data error with file and line', async (name, content, message, line) => {
    const path = write(name, content);
    await expectOneError({ data: path, profile: join(dir, 'p.json') }, { message, file: path, ...(line ? { line } : {}) });
    expect(existsSync(join(dir, 'p.json'))).toBe(false);
  });

  it.each([
    ['ragged-soft.csv', 'id,age\n1,2\n3,x\n4\n5,6\n', /ragged-soft\.csv:4: expected 2 fields/, '4'],
    ['broken-soft.jsonl', '{"id": 1, "age": 2}\n{"id": 2\n', /broken-soft\.jsonl:2: not valid JSON/, '2'],
  ])('with fail-on-invalid false, a malformed file (%s) is reported, not failed: report, outputs and a warning', async (name, content, message, line) => {
    const path = write(name, content);
    const report = join(dir, `${name}.report.json`);
    const profile = join(dir, `${name}.profile.json`);
    // A report left by an earlier run must not survive as if it were this run's.
    writeFileSync(report, '{"valid": true}\n');
    const schema = write('soft.yaml', 'fields:\n  - {name: id, type: integer}\n  - {name: age, type: integer}\n');
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: path, schema, report, profile, 'fail-on-invalid': 'false' } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const warning = run.annotations.find((a) => a.level === 'warning' && a.properties.title === 'validate-data: malformed');
    expect(warning?.message).toMatch(message);
    expect(warning?.properties).toMatchObject({ file: path, line });
    expect(run.outputs).toMatchObject({ valid: 'false', report, profile: '' });
    const written = JSON.parse(readFileSync(report, 'utf8')) as { valid: boolean; checks: { check: string; violations: number; examples: object[]; message?: string }[] };
    expect(written.valid).toBe(false);
    const malformed = written.checks.find((c) => c.check === 'malformed');
    expect(malformed).toMatchObject({ violations: 1, examples: [{ file: path, line: Number(line) }] });
    expect(malformed?.message).toMatch(message);
    expect(existsSync(profile)).toBe(false);
    expect(run.summary).toMatch(/malformed/);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
  });

  it('with fail-on-invalid true, a malformed file still writes the report before failing with its one error', async () => {
    const path = write('ragged-hard.csv', 'id,age\n1,2\n3\n');
    const report = join(dir, 'ragged-hard.report.json');
    await expectOneError({ data: path, report, profile: join(dir, 'p.json') }, { message: /ragged-hard\.csv:3: expected 2 fields/, file: path, line: '3' });
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ valid: false, rows: 0, checks: [{ check: 'malformed', examples: [{ file: path, line: 3 }] }] });
  });

  it('a truncated Parquet file is a data error naming the file', async () => {
    const path = write('truncated.parquet', readFileSync(parquet).subarray(0, 200));
    await expectOneError({ data: path, profile: join(dir, 'p.json') }, { message: /truncated\.parquet.*(Parquet|truncated)/, file: path });
  });

  it('a header-only file fails the step with file and line', async () => {
    const path = write('header-only.csv', 'id,age\n');
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: path, profile: join(dir, 'p2.json'), report: join(dir, 'r.json') } });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { valid: boolean; checks: { check: string; message: string }[] };
    expect(report.valid).toBe(false);
    expect(report.checks).toEqual([expect.objectContaining({ check: 'no-rows', message: `${path}: header only, no data rows` })]);
    expect(run.annotations.find((a) => a.properties.file === path)?.properties.line).toBe('1');
    // The annotation says what is wrong, not "row 0".
    expect(run.annotations.find((a) => a.properties.file === path)?.message).toBe(`dataset: no-rows failed 1 time (${path}: header only, no data rows)`);
  });

  it('a misspelt expectation in the schema is an error naming the key and its line', async () => {
    const data = write('ok.csv', 'id,age\n1,30\n');
    const schema = write('typo.yaml', 'fields:\n  - name: id\n    type: integer\n  - name: age\n    type: integer\n    expectations:\n      meen: {min: 1}\n');
    await expectOneError({ data, schema }, { message: /typo\.yaml:7:7: schema key 'fields\.1\.expectations\.meen': unknown key 'meen' \(did you mean 'mean'\?\)/, file: schema, line: '7' });
  });

  it('a wrong type in the schema is an error naming the key', async () => {
    const data = write('ok2.csv', 'id\n1\n');
    const schema = write('badtype.yaml', 'fields:\n  - name: id\n    type: int\n');
    await expectOneError({ data, schema }, { message: /badtype\.yaml:3:11: schema key 'fields\.0\.type': expected one of "string", "number", "integer".* \(did you mean "integer"\?\)$/, line: '3' });
  });

  it('an unquoted strptime format in the schema is an error saying to quote it', async () => {
    const data = write('days.csv', 'day\n28/11/2026\n');
    const schema = write('unquoted.yaml', 'fields:\n  - name: day\n    type: date\n    format: %d/%m/%Y\n');
    await expectOneError({ data, schema }, { message: /unquoted\.yaml:4:13: invalid YAML\/JSON in the schema: a value starting with % must be quoted in YAML, e\.g\. format: "%d\/%m\/%Y"$/, file: schema, line: '4' });
  });

  it.each([
    ['bound.yaml', 'fields:\n  - name: day\n    type: date\n    constraints:\n      maximum: "2023-13-45"\n', /bound\.yaml:5:16: schema key 'fields\.0\.constraints\.maximum': field 'day' is of type date, but maximum '2023-13-45' is not a valid date; expected a date written as the field's cells are, e\.g\. 2024-01-31$/, '5'],
    ['pattern.yaml', 'fields:\n  - name: day\n    constraints: {pattern: "[0-9"}\n', /pattern\.yaml:3:28: schema key 'fields\.0\.constraints\.pattern': field 'day': pattern '\[0-9' is not a regular expression we can read: Unterminated character class; expected /, '3'],
  ])('a constraint value the field cannot use (%s) is a schema error at its line, before any data is read', async (name, text, message, line) => {
    const data = write('days2.csv', 'day\n2023-01-31\n');
    const schema = write(name, text);
    const run = await expectOneError({ data, schema }, { message, file: schema, line });
    expect(run.annotations[0]!.properties.title).toBe('Invalid schema');
  });

  it('an unknown format names the input and the allowed values', async () => {
    const data = write('ok3.csv', 'id\n1\n');
    await expectOneError({ data, format: 'xlsx', profile: 'p.json' }, { message: /^Input 'format': expected one of 'csv', 'tsv', 'jsonl', 'parquet', got 'xlsx'/ });
  });

  it('leaves no half-written report or profile when the data is malformed', () => {
    // The earlier cases wrote nothing at p.json; check that no temporary files are left either.
    const leftovers = execFileSync('ls', ['-a', dir], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    copyFileSync(join(dir, 'ok.csv'), join(dir, 'ok-copy.csv'));
  });
});
