import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../../support/harness.js';
import { writeModel } from '../register-model/models.js';
import { BACKENDS, registerProduction, startBackends, workDir, writePipeline, type Backends, type PipelineFiles } from '../register-model/pipeline.js';
import { PLANTED } from './planted.js';

const dir = workDir('drift-check');
let backends: Backends;
let files: PipelineFiles;

beforeAll(async () => {
  [backends, files] = await Promise.all([startBackends(dir), writePipeline(dir)]);
}, 180_000);
afterAll(async () => {
  await backends?.stop();
});

const drift = (inputs: Record<string, string>) => runBundle('drift-check', { cwd: dir, inputs, timeoutMs: 90_000 });
const reportOf = (run: BundleRun) => JSON.parse(readFileSync(join(dir, run.outputs.report!), 'utf8')) as { columns: unknown[]; reference: { source: string; kind: string; rows: number }; driftedColumns: string[]; seconds: number };
const errorOf = (run: BundleRun) => run.annotations.find((a) => a.level === 'error')?.message ?? `no error annotation; exit ${run.exitCode}\n${run.stdout}`;

describe.each(BACKENDS)('drift-check reference: registry:<name>@<alias> (%s backend, built bundle)', (backend) => {
  const name = `drift-${backend}`;
  const registry = () => backends.registry(backend, name);

  it('equals drift-check against the profile file register-model was given', async () => {
    await registerProduction(files, registry(), name);
    const direct = await drift({ reference: files.trainProfile, current: files.current, report: `direct-${backend}.json` });
    const viaRegistry = await drift({ reference: `registry:${name}@production`, registry: registry(), current: files.current, report: `registry-${backend}.json` });
    expect(viaRegistry.exitCode, viaRegistry.stdout + viaRegistry.stderr).toBe(0);
    for (const output of ['drifted', 'drift-share', 'drifted-columns']) expect(viaRegistry.outputs[output]).toBe(direct.outputs[output]);
    const fromRegistry = reportOf(viaRegistry);
    const fromFile = reportOf(direct);
    expect(fromRegistry.columns).toEqual(fromFile.columns);
    expect(fromRegistry.reference).toEqual({ source: `registry:${name}@production`, kind: 'profile', rows: fromFile.reference.rows });
    // The planted drift is found against the production model's profile.
    expect([...fromRegistry.driftedColumns].sort()).toEqual([...PLANTED].sort());
  });

  it('a version without a data profile, and an unknown alias, are clear errors', async () => {
    const bare = await runBundle('register-model', { cwd: dir, inputs: { name, registry: registry(), path: writeModel(dir, `bare-${backend}`), alias: 'candidate' }, timeoutMs: 90_000 });
    expect(bare.outputs.version).toBe('2');
    const noProfile = await drift({ reference: `registry:${name}@candidate`, registry: registry(), current: files.current });
    expect(noProfile.exitCode).toBe(1);
    expect(errorOf(noProfile)).toMatch(new RegExp(`^Input 'reference': registry:${name}@candidate \\(version 2 in .+\\) carries no data profile: register it with register-model's \`data-profile\` input`));
    const unknownAlias = await drift({ reference: `registry:${name}@staging`, registry: registry(), current: files.current });
    expect(errorOf(unknownAlias)).toMatch(new RegExp(`^Input 'reference': model '${name}' in .+ has no alias or version 'staging'; its aliases are: candidate, production$`));
  });
});

describe('drift-check: several profiles of one version', () => {
  it('are merged into one reference (shards of the training data)', async () => {
    const [first, second] = [join(dir, 'shard-1.csv'), join(dir, 'shard-2.csv')];
    const lines = readFileSync(files.trainData, 'utf8').trimEnd().split('\n');
    const half = Math.floor((lines.length - 1) / 2);
    (await import('node:fs')).writeFileSync(first, `${[lines[0], ...lines.slice(1, 1 + half)].join('\n')}\n`);
    (await import('node:fs')).writeFileSync(second, `${[lines[0], ...lines.slice(1 + half)].join('\n')}\n`);
    const profiles = [join(dir, 'shard-1.profile.json'), join(dir, 'shard-2.profile.json')];
    for (const [i, data] of [first, second].entries()) {
      const run = await runBundle('validate-data', { cwd: dir, inputs: { data, profile: profiles[i]! } });
      expect(run.exitCode, run.stdout).toBe(0);
    }
    const registry = backends.registry('file', 'shards');
    const registered = await runBundle('register-model', { cwd: dir, inputs: { name: 'shards', registry, path: writeModel(dir, 'shards'), 'data-profile': profiles.join('\n'), alias: 'production' } });
    expect(registered.exitCode, registered.stdout).toBe(0);
    const merged = await drift({ reference: 'registry:shards@production', registry, current: files.current, report: 'merged.json' });
    const whole = await drift({ reference: files.trainProfile, current: files.current, report: 'whole.json' });
    expect(merged.exitCode, merged.stdout + merged.stderr).toBe(0);
    expect(reportOf(merged).reference.rows).toBe(reportOf(whole).reference.rows);
    expect(merged.outputs['drifted-columns']).toBe(whole.outputs['drifted-columns']);
  });
});
