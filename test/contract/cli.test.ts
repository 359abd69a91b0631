/**
 * The local CLI (dist/cli/index.js) keeps stdout for results: a run stopped by an error before
 * any output (a schema error) prints nothing there (it printed `{}`), with the error on stderr;
 * a run that set its outputs prints them as JSON, also when it then fails on purpose.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI stdout', () => {
  const data = join(dir, 'data.csv');
  writeFileSync(data, 'id,age\n1,30\n2,x\n');

  it('a schema error prints nothing to stdout and the error to stderr', () => {
    const schema = join(dir, 'bad.yaml');
    writeFileSync(schema, 'fields:\n  - {name: id, type: integr}\n');
    const run = cli('validate-data', '--data', data, '--schema', schema, '--report', join(dir, 'r1.json'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`error: ${schema}:2:`);
    expect(run.stderr).toContain('(did you mean "integer"?)');
  });

  it('a run that sets its outputs prints them, also when it fails on invalid data', () => {
    const schema = join(dir, 'good.yaml');
    writeFileSync(schema, 'fields:\n  - {name: id, type: integer}\n  - {name: age, type: integer}\n');
    const run = cli('validate-data', '--data', data, '--schema', schema, '--report', join(dir, 'r2.json'));
    expect(run.status).toBe(1);
    const json = run.stdout.slice(run.stdout.lastIndexOf('\n{'));
    expect(JSON.parse(json)).toMatchObject({ valid: 'false' });
    const passing = cli('validate-data', '--data', data, '--schema', schema, '--report', join(dir, 'r3.json'), '--fail-on-invalid', 'false');
    expect(passing.status).toBe(0);
    expect(JSON.parse(passing.stdout.slice(passing.stdout.lastIndexOf('\n{')))).toMatchObject({ valid: 'false' });
  });
});
