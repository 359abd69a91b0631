import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeProfiles, parseProfile, type DatasetProfileJson } from '../../../src/profile/profile.js';
import { Mulberry32 } from '../../../src/profile/sketches/prng.js';
import { RANK_ERROR } from '../../../src/profile/sketches/index.js';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-profile-'));
const N = 20_000;
const HEADER = 'id,amount,count,city,flag,day,note';
let rows: string[];

function generate(): string[] {
  const bits = new Mulberry32(42);
  const rng = { next: () => bits.nextUint32() / 2 ** 32 };
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const cities = ['Paris', 'Lyon', 'Nice', 'Lille', 'Brest'];
  return Array.from({ length: N }, (_, i) => {
    const amount = rng.next() < 0.03 ? '' : (100 + 15 * normal()).toFixed(4);
    const count = Math.floor(rng.next() * 1000);
    const city = cities[Math.floor(rng.next() ** 2 * cities.length)]!;
    const day = `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return `${i + 1},${amount},${count},${city},${rng.next() < 0.3 ? 'true' : 'false'},${day},note ${i % 1000}`;
  });
}

function writeCsv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${HEADER}\n${lines.join('\n')}\n`);
  return path;
}

async function profileOf(data: string, name: string): Promise<DatasetProfileJson> {
  const profile = join(dir, name);
  const run = await runBundle('validate-data', { cwd: dir, inputs: { data, profile, report: join(dir, `${name}.report.json`) } });
  expect(run.exitCode).toBe(0);
  expect(run.outputs.profile).toBe(profile);
  return JSON.parse(readFileSync(profile, 'utf8')) as DatasetProfileJson;
}

beforeAll(() => {
  rows = generate();
  writeCsv('whole.csv', rows);
  writeCsv('shard-1.csv', rows.slice(0, 7_000));
  writeCsv('shard-2.csv', rows.slice(7_000));
});

describe('profiles and inferred schemas (built bundle)', () => {
  it('an inferred schema, used as the schema on the same data, validates it', async () => {
    const data = join(dir, 'whole.csv');
    const inferred = join(dir, 'inferred.yaml');
    const first = await runBundle('validate-data', { cwd: dir, inputs: { data, 'infer-schema': inferred } });
    expect(first.exitCode).toBe(0);
    const schema = readFileSync(inferred, 'utf8');
    expect(schema).toContain('name: amount\n    type: number');
    expect(schema).toMatch(/name: city\n {4}type: string\n {4}constraints:\n {6}required: true\n {6}enum:\n {8}- Brest/);
    const second = await runBundle('validate-data', { cwd: dir, inputs: { data, schema: inferred } });
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ valid: 'true', errors: '0', rows: String(N) });
  });

  it('profiles of two shards, merged, equal the profile of the whole within the sketches’ error', async () => {
    const whole = parseProfile(await profileOf(join(dir, 'whole.csv'), 'whole.json'), 'whole');
    const merged = parseProfile(mergeProfiles([await profileOf(join(dir, 'shard-1.csv'), 's1.json'), await profileOf(join(dir, 'shard-2.csv'), 's2.json')]), 'merged');
    expect(merged.rows).toBe(whole.rows);
    for (const [name, w] of whole.columns) {
      const m = merged.columns.get(name)!;
      expect(m.type).toBe(w.type);
      expect(m.kinds).toEqual(w.kinds);
      expect(m.sketch.total).toBe(w.sketch.total);
      expect(m.sketch.nulls).toBe(w.sketch.nulls);
      if (w.sketch.moments.count) {
        const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
        close(m.sketch.moments.mean, w.sketch.moments.mean);
        close(m.sketch.moments.std(), w.sketch.moments.std());
        expect(m.sketch.moments.min).toBe(w.sketch.moments.min);
        expect(m.sketch.moments.max).toBe(w.sketch.moments.max);
        for (const q of [0.01, 0.1, 0.5, 0.9, 0.99]) {
          // Compare in rank space: both estimates must sit within the sketch's rank error.
          const rank = w.sketch.quantiles.rank(m.sketch.quantiles.quantile(q));
          expect(Math.abs(rank - q)).toBeLessThanOrEqual(2 * RANK_ERROR);
        }
      }
      const distinct = w.sketch.distinct.estimate();
      expect(Math.abs(m.sketch.distinct.estimate() - distinct)).toBeLessThanOrEqual(Math.max(1, 3 * w.sketch.distinct.standardError * distinct));
      // Frequent values are exact while a column has at most `capacity` distinct values.
      expect(m.sketch.frequent.exact).toBe(w.sketch.frequent.exact);
      if (w.sketch.frequent.exact) expect(m.sketch.frequent.top(3)).toEqual(w.sketch.frequent.top(3));
    }
  });

  it('checks expectations against the same statistics pandas computes', async () => {
    const data = join(dir, 'whole.csv');
    const ref = JSON.parse(
      runPython(`
import pandas as pd, json, sys
d = pd.read_csv(${JSON.stringify(data)})
a = d['amount']
print(json.dumps({"mean": a.mean(), "std": a.std(ddof=0), "min": a.min(), "max": a.max(), "nulls": a.isna().mean(),
  "median": a.median(), "cities": int(d['city'].nunique()), "paris": float((d['city'] == 'Paris').mean()),
  "inrange": float(((a >= 80) & (a <= 120)).sum() / a.notna().sum())}))
`),
    ) as Record<string, number>;
    const tight = (v: number) => `{min: ${v - 1e-9 * Math.abs(v)}, max: ${v + 1e-9 * Math.abs(v)}}`;
    const passing = `fields:
  - {name: id, type: integer, constraints: {unique: true}}
  - name: amount
    type: number
    expectations:
      mean: ${tight(ref.mean!)}
      std: ${tight(ref.std!)}
      min: ${tight(ref.min!)}
      max: ${tight(ref.max!)}
      nullFraction: ${tight(ref.nulls!)}
      quantiles: [{q: 0.5, min: ${ref.median! - 0.5}, max: ${ref.median! + 0.5}}]
      between: {min: 80, max: 120, mostly: ${ref.inrange! - 1e-9}}
  - {name: count, type: integer}
  - name: city
    type: string
    expectations:
      distinct: {min: ${ref.cities}, max: ${ref.cities}}
      valuesIn: {values: [Paris, Lyon, Nice, Lille, Brest], mostly: 1}
  - {name: flag, type: boolean}
  - {name: day, type: date}
  - {name: note, type: string}
expectations:
  rows: {min: ${N}, max: ${N}}
`;
    writeFileSync(join(dir, 'expect-pass.yaml'), passing);
    const pass = await runBundle('validate-data', { cwd: dir, inputs: { data, schema: join(dir, 'expect-pass.yaml') } });
    expect(pass.outputs).toMatchObject({ valid: 'true', errors: '0' });

    const failing = passing
      .replace(/mean: \{[^}]*\}/, `mean: {max: ${ref.mean! - 0.01}}`)
      .replace(/mostly: 1\}/, 'mostly: 1}\n      nullFraction: {max: 0}')
      .replace(/valuesIn: \{values: \[Paris, Lyon, Nice, Lille, Brest\], mostly: 1\}/, 'valuesIn: {values: [Paris, Lyon], mostly: 0.99}')
      .replace(/rows: \{[^}]*\}/, `rows: {max: ${N - 1}}`);
    writeFileSync(join(dir, 'expect-fail.yaml'), failing);
    const report = join(dir, 'expect-fail.json');
    const fail = await runBundle('validate-data', { cwd: dir, inputs: { data, schema: join(dir, 'expect-fail.yaml'), report } });
    expect(fail.exitCode).toBe(1);
    const checks = (JSON.parse(readFileSync(report, 'utf8')) as { checks: { field?: string; check: string; observed: number }[] }).checks;
    expect(checks.map((c) => `${c.field ?? ''}/${c.check}`).sort()).toEqual(['/rows', 'amount/mean', 'city/valuesIn']);
    expect(checks.find((c) => c.check === 'mean')!.observed).toBeCloseTo(ref.mean!, 6);
    expect(checks.find((c) => c.check === 'valuesIn')!.observed).toBeLessThan(0.99);
  });
});
