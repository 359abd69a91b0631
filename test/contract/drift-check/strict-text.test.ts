/**
 * drift-check's exact statistics (a dataset reference small enough to keep its raw values) read
 * text as the profile does (built bundle): `" 12"` and `"0x10"` are text, not 12 and 16, so a
 * column whose numbers turn into such text drifts, with a dataset reference as with that
 * dataset's saved profile; a datetime without an offset is UTC under any TZ.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';

interface Column { column: string; drifted: boolean; status: string; exact?: boolean; statistic?: number }

const dir = mkdtempSync(join(tmpdir(), 'drift-strict-'));

async function drift(name: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Column[]> {
  const report = join(dir, `${name}.report.json`);
  const run = await runBundle('drift-check', { cwd: dir, env, inputs: { report, ...inputs } });
  expect(run.exitCode, run.stderr).toBe(0);
  return (JSON.parse(readFileSync(report, 'utf8')) as { columns: Column[] }).columns;
}

const repeat = (values: string[], n: number) => values.flatMap((v) => Array.from({ length: n }, () => v));

describe('drift-check reads text strictly (built bundle)', () => {
  it('numbers written as " 12" or "0x10" are new categories, as the profile has them', async () => {
    const reference = join(dir, 'reference.csv');
    const current = join(dir, 'current.csv');
    writeFileSync(reference, `code\n${repeat(['x', '12', '16'], 40).join('\n')}\n`);
    writeFileSync(current, `code\n${repeat(['x', '" 12"', '0x10'], 40).join('\n')}\n`);
    const [fromData] = await drift('data', { reference, current });
    expect(fromData).toMatchObject({ column: 'code', drifted: true, exact: true });
    // The reference's saved profile (its sketches, not the raw values) gives the same statistic.
    const profile = join(dir, 'reference.profile.json');
    await drift('save', { reference, current: reference, 'save-profile': profile });
    const [fromProfile] = await drift('profile', { reference: profile, current });
    expect(fromProfile!.drifted).toBe(true);
    expect(fromProfile!.statistic).toBeCloseTo(fromData!.statistic!, 12);
  });

  it('a datetime without an offset is UTC: the same statistics with TZ=America/New_York', async () => {
    const reference = join(dir, 'times-ref.csv');
    const current = join(dir, 'times-cur.csv');
    // The same instants, without an offset in the reference and with Z in the current data:
    // the same distribution when the zone-less ones are UTC, 4-5 hours apart when local time.
    const times = Array.from({ length: 80 }, (_, i) => `2021-03-${String(10 + Math.floor(i / 20)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:30:00`);
    writeFileSync(reference, `t\n${times.join('\n')}\n`);
    writeFileSync(current, `t\n${times.map((t) => `${t.replace(' ', 'T')}Z`).join('\n')}\n`);
    const utc = await drift('tz-utc', { reference, current }, { TZ: 'UTC' });
    const newYork = await drift('tz-ny', { reference, current }, { TZ: 'America/New_York' });
    expect(newYork).toEqual(utc);
    expect(utc[0]).toMatchObject({ column: 't', exact: true, statistic: 0, drifted: false });
  });
});
