import { lstatSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const SCHEMA = 'fields:\n  - name: id\n    type: integer\n  - name: age\n    type: integer\n';
const DATA = 'id,age\n1,30\n2,41\n';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'vd-outpaths-'));
  writeFileSync(join(dir, 'schema.yaml'), SCHEMA);
  writeFileSync(join(dir, 'ok.csv'), DATA);
  return dir;
}

async function refused(dir: string, inputs: Record<string, string>, message: string) {
  const run = await runBundle('validate-data', { cwd: dir, inputs });
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors.map((e) => e.message)).toEqual([message]);
  expect(run.stdout + run.stderr).not.toMatch(STACK);
  return run;
}

describe('validate-data output paths (built bundle)', () => {
  it('refuses infer-schema naming the schema input, leaving the schema as it was', async () => {
    const dir = workspace();
    await refused(dir, { data: 'ok.csv', schema: 'schema.yaml', 'infer-schema': 'schema.yaml', report: 'r.json' }, "Input 'infer-schema': schema.yaml is also the `schema` input; write the inferred schema elsewhere");
    expect(readFileSync(join(dir, 'schema.yaml'), 'utf8')).toBe(SCHEMA);
  });

  it('refuses a report on a data file, spelled differently, leaving the data', async () => {
    const dir = workspace();
    await refused(dir, { data: '*.csv', schema: 'schema.yaml', report: './ok.csv' }, "Input 'report': ./ok.csv is the same file as ok.csv, the `data` input; write the report elsewhere");
    expect(readFileSync(join(dir, 'ok.csv'), 'utf8')).toBe(DATA);
  });

  it('refuses report and profile on one path, writing neither', async () => {
    const dir = workspace();
    await refused(dir, { data: 'ok.csv', schema: 'schema.yaml', profile: 'out/x.json', report: 'out/x.json' }, "Input 'report': out/x.json is also the `profile` path; give the report and the profile different paths");
    expect(() => lstatSync(join(dir, 'out', 'x.json'))).toThrow();
  });

  it('writes a report through a symlink: the link stays and its target gets the report', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'report.json'));
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: 'ok.csv', schema: 'schema.yaml', report: 'report.json', profile: 'profile.json' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.report).toBe('report.json');
    expect(run.outputs.profile).toBe('profile.json');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'report.json'))).toBe('target.json');
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8'))).toMatchObject({ valid: true, rows: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8'))).toMatchObject({ rows: 2 });
  });
});
