import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { writeDatasets } from './planted.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-errors-'));
let files: { reference: string; current: string };
const STACK = /\n\s+at .+:\d+:\d+/;

beforeAll(() => {
  files = writeDatasets(dir, 200, 3);
});

function write(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

async function expectError(inputs: Record<string, string>, message: RegExp) {
  const run = await runBundle('drift-check', { cwd: dir, inputs: { reference: files.reference, current: files.current, ...inputs } });
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(STACK);
}

describe('drift-check bad input (built bundle)', () => {
  it('a missing required input', () => expectError({ reference: '' }, /^Input 'reference': is required but was not supplied/));
  it('a reference file that does not exist', () => expectError({ reference: join(dir, 'nope.csv') }, /^Input 'reference': Data path .*nope\.csv does not exist/));
  it('a current glob that matches nothing', () => expectError({ current: join(dir, 'nothing-*.parquet') }, /^Input 'current': No file matches the pattern/));
  it('a profile that does not exist', () => expectError({ reference: join(dir, 'missing.json') }, /^Input 'reference': profile '.*missing\.json' does not exist/));
  it('an unreadable profile', () => expectError({ reference: write('broken.json', '{"format": "mlops-actions/dataset-profile", ') }, /^Input 'reference': profile '.*broken\.json' cannot be read as JSON/));
  it('a JSON file that is not a profile', () => expectError({ reference: write('other.json', '{"hello": 1}') }, /not a dataset profile \(expected "format": "mlops-actions\/dataset-profile"\)/));
  it('a profile of another format version', async () => {
    const saved = join(dir, 'v1.json');
    const run = await runBundle('drift-check', { cwd: dir, inputs: { reference: files.reference, current: files.reference, 'save-profile': saved } });
    expect(run.exitCode).toBe(0);
    const profile = JSON.parse(readFileSync(saved, 'utf8')) as { version: number };
    profile.version = 99;
    await expectError({ reference: write('v99.json', JSON.stringify(profile)) }, /profile format version 99 is not supported \(this version reads 1\)/);
  });
  it('a profile whose distinct counts use the earlier value hash', async () => {
    const saved = join(dir, 'hash-v1.json');
    const run = await runBundle('drift-check', { cwd: dir, inputs: { reference: files.reference, current: files.reference, 'save-profile': saved } });
    expect(run.exitCode).toBe(0);
    const profile = JSON.parse(readFileSync(saved, 'utf8')) as { columns: { sketch: { distinct: Record<string, unknown> } }[] };
    for (const column of profile.columns) Object.assign(column.sketch.distinct, { version: 1, hash: 'murmur3_x86_128/canonical-text' });
    await expectError(
      { reference: write('old-hash.json', JSON.stringify(profile)) },
      /old-hash\.json: column '[^']+': Invalid HyperLogLog sketch: it was written by an earlier version, which hashed values differently \("murmur3_x86_128\/canonical-text"\).*; write the profile again with this version of validate-data$/,
    );
  });
  it('no shared columns', () => expectError({ current: write('other-columns.csv', 'x,y\n1,2\n') }, /^Input 'current': no column to compare: the reference has stable_num, .*; the current data has x, y/));
  it('an unknown column asked for', () => expectError({ columns: 'shifted,nope' }, /^Input 'columns': column 'nope' is in neither/));
  it('an unknown method', () => expectError({ method: 'magic' }, /^Input 'method': expected one of 'auto', 'ks'/));
  it('a misspelt key in the per-column config', () => expectError({ config: 'columns:\n  shifted: {methd: psi}' }, /^Input 'config': columns\.shifted: unknown key 'methd'/));
  it('a method that cannot compare the column', () =>
    runBundle('drift-check', { cwd: dir, inputs: { reference: files.reference, current: files.current, config: 'columns:\n  new_cat: {method: ks}', report: join(dir, 'r.json') } }).then((run) => {
      // One bad column does not sink the report: it gets status error, the rest stands.
      expect(run.exitCode).toBe(0);
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { columns: { column: string; status: string; message?: string }[] };
      expect(report.columns.find((c) => c.column === 'new_cat')).toMatchObject({ status: 'error', message: 'ks compares numeric columns; this one is categorical' });
      expect(report.columns.filter((c) => c.status !== 'error')).toHaveLength(7);
    }));
  it('issue without a token names the token input', () => expectError({ issue: 'true', current: files.current, 'drift-share': '0.1' }, /^Input 'github-token': is needed for issue/));
});

describe('drift-check columns that cannot be judged', () => {
  it('empty, mixed-type and too-small columns get their own status and the rest of the report stands', async () => {
    const rows = (n: number, mixed: boolean) => ['num,empty,mixed', ...Array.from({ length: n }, (_, i) => `${i % 50},,${mixed && i % 2 ? 'text' : i}`)].join('\n');
    const reference = write('cols-ref.csv', rows(400, false));
    const current = write('cols-cur.csv', rows(400, true));
    const report = join(dir, 'cols.json');
    const run = await runBundle('drift-check', { cwd: dir, inputs: { reference, current, report } });
    expect(run.exitCode).toBe(0);
    const columns = Object.fromEntries((JSON.parse(readFileSync(report, 'utf8')) as { columns: { column: string; status: string; message?: string }[] }).columns.map((c) => [c.column, c]));
    expect(columns.empty).toMatchObject({ status: 'error', message: 'the reference has no values in this column (empty or all missing)' });
    expect(columns.mixed).toMatchObject({ status: 'error', message: 'mixed types: integer in the reference, string in the current data' });
    expect(columns.num!.status).toBe('ok');

    const tiny = write('cols-tiny.csv', rows(10, false));
    const small = join(dir, 'small.json');
    await runBundle('drift-check', { cwd: dir, inputs: { reference, current: tiny, report: small } });
    const num = (JSON.parse(readFileSync(small, 'utf8')) as { columns: { column: string; status: string; message?: string }[] }).columns.find((c) => c.column === 'num');
    expect(num).toMatchObject({ status: 'insufficient-data', message: 'the current data has 10 non-missing values; a verdict needs at least 30 (min-rows)' });
  });
});
