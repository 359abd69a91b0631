import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { shellDigest, workDir, writeModel } from './models.js';

const dir = workDir('file');
const registry = join(dir, 'reg');
const register = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runBundle('register-model', { cwd: dir, inputs: { name: 'churn', registry: `file:${registry}`, ...inputs }, env });
const versionsOf = (name: string) => readdirSync(join(registry, 'models', name, 'versions')).filter((v) => !v.startsWith('.')).sort((a, b) => Number(a) - Number(b));
const aliasTarget = (name: string, alias: string) => (JSON.parse(readFileSync(join(registry, 'models', name, 'aliases', `${alias}.json`), 'utf8')) as { version: string }).version;

describe('register-model on the file registry (built bundle)', () => {
  it('registers, re-registers the same content, registers changed content, sets and moves an alias', async () => {
    const first = writeModel(dir, 'a');
    const one = await register({ path: first, alias: 'staging', metrics: 'metrics.json', tags: '{team: churn, dataset: "2024-06"}', description: 'first try' });
    expect(one.exitCode, one.stdout).toBe(0);
    expect(one.outputs).toMatchObject({ version: '1', created: 'true', digest: shellDigest(first) });
    expect(one.outputs.uri).toBe(join(registry, 'models', 'churn', 'versions', '1', 'model'));
    // The uri holds exactly the registered files.
    expect(readFileSync(join(one.outputs.uri!, 'weights', 'w.bin'))).toEqual(readFileSync(join(first, 'weights', 'w.bin')));
    const record = JSON.parse(readFileSync(join(registry, 'models', 'churn', 'versions', '1', 'version.json'), 'utf8'));
    expect(record).toMatchObject({ version: '1', digest: shellDigest(first), description: 'first try', metrics: { auc: 0.91, f1: 0.8 } });
    expect(record.lineage).toMatchObject({
      commit: 'ffac537e6cbbf934b08745a378932722df287a53',
      ref: 'refs/heads/main',
      repository: 'octo-org/octo-repo',
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1',
      runAttempt: '1',
      actor: 'octocat',
    });
    expect(record.lineage.files.map((f: { path: string }) => f.path)).toEqual(['MLmodel', 'weights/w.bin']);
    expect(JSON.parse(readFileSync(join(registry, 'models', 'churn', 'versions', '1', 'tags.json'), 'utf8'))).toEqual({ team: 'churn', dataset: '2024-06' });
    const card = readFileSync(join(registry, 'models', 'churn', 'versions', '1', 'MODEL_CARD.md'), 'utf8');
    expect(card).toContain('# Model card: churn version 1');
    expect(card).toContain('| auc | 0.91 |');
    expect(one.summary).toContain('Model card: churn version 1');
    expect(aliasTarget('churn', 'staging')).toBe('1');

    const again = await register({ path: first, alias: 'candidate', tags: '{reviewed: "yes"}' });
    expect(again.outputs).toMatchObject({ version: '1', created: 'false', digest: shellDigest(first) });
    expect(versionsOf('churn')).toEqual(['1']);
    expect(aliasTarget('churn', 'candidate')).toBe('1');
    expect(JSON.parse(readFileSync(join(registry, 'models', 'churn', 'versions', '1', 'tags.json'), 'utf8'))).toEqual({ team: 'churn', dataset: '2024-06', reviewed: 'yes' });
    expect(again.summary).toContain('already holds this content');

    const second = writeModel(dir, 'b');
    const two = await register({ path: second, alias: 'staging' });
    expect(two.outputs).toMatchObject({ version: '2', created: 'true', digest: shellDigest(second) });
    expect(two.outputs.digest).not.toBe(one.outputs.digest);
    expect(aliasTarget('churn', 'staging')).toBe('2');
    expect(aliasTarget('churn', 'candidate')).toBe('1');

    // Moving an alias back to an existing version, without a path.
    const back = await register({ version: '1', alias: 'staging,production' });
    expect(back.exitCode, back.stdout).toBe(0);
    expect(back.outputs).toMatchObject({ version: '1', created: 'false', uri: one.outputs.uri });
    expect([aliasTarget('churn', 'staging'), aliasTarget('churn', 'production')]).toEqual(['1', '1']);
    // Files shared by versions are stored once.
    const mlmodel = statSync(join(registry, 'models', 'churn', 'versions', '1', 'model', 'MLmodel'));
    expect(mlmodel.nlink).toBeGreaterThanOrEqual(2);
  });

  it('an explicit version is used as given, and refused when taken by other content', async () => {
    const model = writeModel(dir, 'explicit');
    const run = await register({ name: 'explicit', path: model, version: '2024.06.1' });
    expect(run.outputs).toMatchObject({ version: '2024.06.1', created: 'true' });
    const clash = await register({ name: 'explicit', path: writeModel(dir, 'other'), version: '2024.06.1' });
    expect(clash.exitCode).toBe(1);
    expect(clash.annotations.find((a) => a.level === 'error')?.message).toMatch(/file registry .*: version 2024\.06\.1 of 'explicit' already exists with other content/);
  });

  it('concurrent registrations of different content get distinct versions and lose none', async () => {
    const models = Array.from({ length: 8 }, (_, i) => writeModel(dir, `c${i}`));
    const runs = await Promise.all(models.map((path) => register({ name: 'concurrent', path })));
    for (const run of runs) expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const versions = runs.map((r) => r.outputs.version);
    expect(new Set(versions).size).toBe(8);
    expect(versionsOf('concurrent')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // Every model is in the version its run reported, with its own files.
    for (const [i, run] of runs.entries()) {
      const record = JSON.parse(readFileSync(join(registry, 'models', 'concurrent', 'versions', run.outputs.version!, 'version.json'), 'utf8'));
      expect(record.digest).toBe(shellDigest(models[i]!));
    }
  });

  it('a crash between storing the files and committing leaves no version; a re-run then creates version 1', async () => {
    const model = writeModel(dir, 'crash');
    const crashed = await register({ name: 'crash', path: model, alias: 'staging' }, { MLOPS_FAILPOINT: 'register-model:before-commit' });
    expect(crashed.signal).toBe('SIGKILL');
    expect(versionsOf('crash')).toEqual([]);
    expect(existsSync(join(registry, 'models', 'crash', 'aliases'))).toBe(false);
    // What the killed job left: its staging directory. Made two days old, beside a staging
    // directory of an hour ago (a registration still running elsewhere) and two temporary blobs.
    const stagingDir = join(registry, 'models', 'crash', '.staging');
    const [left] = readdirSync(stagingDir);
    expect(left).toBeDefined();
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
    utimesSync(join(stagingDir, left!), daysAgo(2), daysAgo(2));
    mkdirSync(join(stagingDir, 'live-elsewhere'));
    utimesSync(join(stagingDir, 'live-elsewhere'), daysAgo(1 / 24), daysAgo(1 / 24));
    const blobs = join(registry, 'blobs', 'sha256');
    writeFileSync(join(blobs, 'abc.1-old.tmp'), 'half');
    utimesSync(join(blobs, 'abc.1-old.tmp'), daysAgo(3), daysAgo(3));
    writeFileSync(join(blobs, 'abc.2-new.tmp'), 'half');
    const rerun = await register({ name: 'crash', path: model, alias: 'staging' });
    expect(rerun.outputs).toMatchObject({ version: '1', created: 'true' });
    expect(versionsOf('crash')).toEqual(['1']);
    expect(readdirSync(stagingDir)).toEqual(['live-elsewhere']);
    expect(existsSync(join(blobs, 'abc.1-old.tmp'))).toBe(false);
    expect(existsSync(join(blobs, 'abc.2-new.tmp'))).toBe(true);
  });
});
