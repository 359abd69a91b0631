import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { PLANTED, scipyStatistics, STABLE, writeDatasets } from './planted.js';

interface Column {
  column: string;
  method: string;
  statistic: number;
  pValue: number | null;
  drifted: boolean;
  status: string;
  reference: { rows: number; nullFraction: number };
  current: { rows: number; nullFraction: number };
}
interface Report {
  drifted: boolean;
  driftShare: number;
  columns: Column[];
}

const dir = mkdtempSync(join(tmpdir(), 'drift-'));

async function drift(inputs: Record<string, string>): Promise<{ report: Report; outputs: Record<string, string>; exitCode: number | null; summary: string }> {
  const report = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const run = await runBundle('drift-check', { cwd: dir, inputs: { report, ...inputs } });
  expect(run.stderr).toBe('');
  return { report: JSON.parse(readFileSync(report, 'utf8')) as Report, outputs: run.outputs, exitCode: run.exitCode, summary: run.summary };
}

const drifted = (report: Report) => report.columns.filter((c) => c.drifted).map((c) => c.column).sort();
const byName = (report: Report) => Object.fromEntries(report.columns.map((c) => [c.column, c]));

describe.each([
  ['small reference (statistical tests)', 800, { numeric: 'ks', categorical: 'chi2', binary: 'z' }],
  ['large reference (distances)', 5000, { numeric: 'wasserstein', categorical: 'jensen-shannon', binary: 'jensen-shannon' }],
])('drift-check on planted drift, %s', (_, n, methods) => {
  // A fixed draw: at alpha 0.05 each stable column of any one draw has a 5% chance of a false
  // alarm (measured below), so the planted-drift datasets are one seeded draw, not many.
  const files = writeDatasets(dir, n, 11);

  it('finds drift in exactly the planted columns, with the auto methods', async () => {
    const { report, outputs, exitCode } = await drift({ reference: files.reference, current: files.current });
    expect(drifted(report)).toEqual([...PLANTED].sort());
    const columns = byName(report);
    expect(columns.shifted!.method).toBe(methods.numeric);
    expect(columns.new_cat!.method).toBe(methods.categorical);
    expect(columns.stable_bin!.method).toBe(methods.binary);
    expect(columns.more_missing!.current.nullFraction).toBeGreaterThan(0.2);
    expect(report.driftShare).toBe(0.5);
    expect(outputs).toMatchObject({ drifted: 'true', 'drift-share': '0.5' });
    expect(JSON.parse(outputs['drifted-columns']!).sort()).toEqual([...PLANTED].sort());
    expect(exitCode).toBe(0);
  });

  it('computes the same statistics as scipy on the same data', async () => {
    const { report } = await drift({ reference: files.reference, current: files.current });
    const scipy = scipyStatistics(files.reference, files.current);
    for (const column of report.columns) {
      const ref = scipy[column.column]!;
      const close = (ours: number, theirs: number, tol: number) => expect(Math.abs(ours - theirs), `${column.column} ${column.method}`).toBeLessThanOrEqual(tol * Math.max(1e-300, Math.abs(theirs)));
      if (column.method === 'ks') {
        close(column.statistic, ref.ks![0], 1e-12);
        close(column.pValue!, ref.ks![1], 1e-9);
      } else if (column.method === 'chi2') {
        close(column.statistic, ref.chi2![0], 1e-9);
        close(column.pValue!, ref.chi2![1], 1e-9);
      } else if (column.method === 'z') {
        close(Math.abs(column.statistic), ref.z![0], 1e-9);
        close(column.pValue!, ref.z![1], 1e-9);
      } else if (column.method === 'wasserstein') close(column.statistic, ref.wasserstein!, 1e-9);
      else if (column.method === 'jensen-shannon') close(column.statistic, ref.jensenShannon!, 1e-9);
    }
  });

  it('gives the same verdicts from a saved reference profile', async () => {
    const profile = join(dir, `reference-${n}.profile.json`);
    const first = await drift({ reference: files.reference, current: files.reference, 'save-profile': profile });
    expect(first.report.drifted).toBe(false);
    const fromProfile = await drift({ reference: profile, current: files.current });
    expect(drifted(fromProfile.report)).toEqual([...PLANTED].sort());
    expect(fromProfile.report.columns.map((c) => c.method).sort()).toEqual((await drift({ reference: files.reference, current: files.current })).report.columns.map((c) => c.method).sort());
  });

  it('fails the step on drift when asked, and shows the table and chart', async () => {
    const { exitCode, summary } = await drift({ reference: files.reference, current: files.current, 'fail-on-drift': 'true' });
    expect(exitCode).toBe(1);
    expect(summary).toContain('🔴 drift-check: the data drifted (4 of 8 columns, 50.0%)');
    expect(summary).toContain('xychart-beta');
    expect(summary).toMatch(/\| `shifted` \| numeric \|/);
  });
});

describe('drift-check on identical distributions', () => {
  it('finds no drift in any column at the default settings, over repeated seeds (large references)', async () => {
    const alarms: string[] = [];
    for (let seed = 100; seed < 110; seed++) {
      const files = writeDatasets(dir, 5000, seed, true);
      const { report } = await drift({ reference: files.reference, current: files.current });
      alarms.push(...drifted(report).map((c) => `${seed}:${c}`));
    }
    expect(alarms).toEqual([]);
  });

  it('keeps the false-alarm rate of the tests near their 5% level (small references)', async () => {
    let alarms = 0;
    let judged = 0;
    for (let seed = 200; seed < 215; seed++) {
      const files = writeDatasets(dir, 300, seed, true);
      const { report } = await drift({ reference: files.reference, current: files.current });
      judged += report.columns.length;
      alarms += report.columns.filter((c) => c.drifted).length;
    }
    // 15 seeds x 8 columns = 120 verdicts; at alpha 0.05 about 6 alarms are expected, and the
    // missing-value check must add none. 15 or more would be very unlikely (binomial p < 0.001).
    console.info(`drift-check false alarms on identical distributions, 300 rows: ${alarms} of ${judged} column verdicts (${((100 * alarms) / judged).toFixed(1)}%)`);
    expect(judged).toBe(120);
    expect(alarms).toBeLessThan(15);
  });

  it('stable columns stay stable next to drifted ones', async () => {
    const files = writeDatasets(dir, 800, 11);
    const { report } = await drift({ reference: files.reference, current: files.current, correction: 'benjamini-hochberg' });
    expect(drifted(report)).toEqual([...PLANTED].sort());
    for (const name of STABLE) expect(byName(report)[name]!.drifted, name).toBe(false);
  });
});
