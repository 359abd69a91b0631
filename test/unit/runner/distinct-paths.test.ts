import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseClashingPaths } from '../../../src/runner/distinct-paths.js';
import { InputError } from '../../../src/runner/errors.js';

const posix = process.platform !== 'win32';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'distinct-paths-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'schema.yaml'), 'fields: []\n');
  writeFileSync(join(dir, 'data', 'a.csv'), 'x\n1\n');
  writeFileSync(join(dir, 'data', 'b.csv'), 'x\n2\n');
  return dir;
}

const reads = (dir: string) => [
  { input: 'data', paths: [join(dir, 'data', 'a.csv'), join(dir, 'data', 'b.csv')] },
  { input: 'schema', paths: [join(dir, 'data', 'schema.yaml')] },
];

function thrown(run: () => void): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('refuseClashingPaths', () => {
  it('accepts distinct outputs, missing ones and unset ones', () => {
    const dir = workspace();
    expect(() =>
      refuseClashingPaths(reads(dir), [
        { input: 'infer-schema', path: join(dir, 'out', 'inferred.yaml'), what: 'inferred schema' },
        { input: 'profile', path: undefined, what: 'profile' },
        { input: 'report', path: join(dir, 'report.json'), what: 'report' },
      ]),
    ).not.toThrow();
  });

  it('refuses an output that is an input file, naming both inputs', () => {
    const dir = workspace();
    const schema = join(dir, 'data', 'schema.yaml');
    const error = thrown(() => refuseClashingPaths(reads(dir), [{ input: 'infer-schema', path: schema, what: 'inferred schema' }]));
    expect(error.message).toBe(`Input 'infer-schema': ${schema} is also the \`schema\` input; write the inferred schema elsewhere`);
    expect(error.input).toBe('infer-schema');
    expect(error.file).toBe(schema);
  });

  it('sees the same file behind a different spelling, a symlink or a hard link', () => {
    const dir = workspace();
    const cwd = process.cwd();
    const spelled = relative(cwd, join(dir, 'data', '..', 'data', 'b.csv'));
    expect(thrown(() => refuseClashingPaths(reads(dir), [{ input: 'report', path: spelled, what: 'report' }])).message).toBe(
      `Input 'report': ${spelled} is the same file as ${join(dir, 'data', 'b.csv')}, the \`data\` input; write the report elsewhere`,
    );
    if (!posix) return;
    symlinkSync(join(dir, 'data'), join(dir, 'linked'));
    expect(thrown(() => refuseClashingPaths(reads(dir), [{ input: 'report', path: join(dir, 'linked', 'a.csv'), what: 'report' }])).message).toMatch(/the `data` input/);
    linkSync(join(dir, 'data', 'schema.yaml'), join(dir, 'hard.yaml'));
    expect(thrown(() => refuseClashingPaths(reads(dir), [{ input: 'profile', path: join(dir, 'hard.yaml'), what: 'profile' }])).message).toMatch(/the `schema` input/);
  });

  it('refuses two outputs on one path, existing or not yet made (also through a symlinked directory)', () => {
    const dir = workspace();
    const same = join(dir, 'new', 'x.json');
    expect(
      thrown(() =>
        refuseClashingPaths(reads(dir), [
          { input: 'profile', path: same, what: 'profile' },
          { input: 'report', path: same, what: 'report' },
        ]),
      ).message,
    ).toBe(`Input 'report': ${same} is also the \`profile\` path; give the report and the profile different paths`);
    writeFileSync(join(dir, 'old.json'), '{}');
    expect(() =>
      refuseClashingPaths([], [
        { input: 'profile', path: join(dir, 'old.json'), what: 'profile' },
        { input: 'report', path: join(dir, 'old.json'), what: 'report' },
      ]),
    ).toThrow(/is also the `profile` path/);
    if (!posix) return;
    symlinkSync(dir, join(dir, 'alias'));
    expect(() =>
      refuseClashingPaths([], [
        { input: 'profile', path: join(dir, 'alias', 'new', 'x.json'), what: 'profile' },
        { input: 'report', path: same, what: 'report' },
      ]),
    ).toThrow(/the same file as .*alias.*, the `profile` path/);
    symlinkSync(join(dir, 'target.json'), join(dir, 'dangling.json'));
    expect(() =>
      refuseClashingPaths([], [
        { input: 'profile', path: join(dir, 'dangling.json'), what: 'profile' },
        { input: 'report', path: join(dir, 'target.json'), what: 'report' },
      ]),
    ).toThrow(/the same file as .*dangling\.json, the `profile` path/);
  });

  it('lets an input be replaced by the output named as its successor, and only that one', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'reference.json'), '{}');
    const read = [{ input: 'reference', paths: [join(dir, 'reference.json')], replacedBy: 'save-profile' }];
    expect(() => refuseClashingPaths(read, [{ input: 'save-profile', path: join(dir, 'reference.json'), what: 'profile' }])).not.toThrow();
    expect(() => refuseClashingPaths(read, [{ input: 'report', path: join(dir, 'reference.json'), what: 'report' }])).toThrow(/the `reference` input; write the report elsewhere/);
  });

  it.runIf(posix)('does not compare sinks that are not regular files (a FIFO named twice)', () => {
    const dir = workspace();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() =>
      refuseClashingPaths([], [
        { input: 'profile', path: fifo, what: 'profile' },
        { input: 'report', path: fifo, what: 'report' },
      ]),
    ).not.toThrow();
  });
});
