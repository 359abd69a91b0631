/**
 * An inferred schema validates the data it came from, on fast-check generated CSV columns that
 * mix valid dates and datetimes with days and times that do not exist (2021-02-29, hour 24,
 * minute 60), integers, decimals, NaN/INF/-INF, text and empty cells: infer with the built
 * bundle, validate with that schema, and expect no violation. (The profile once called a
 * column holding 2021-02-29 `date`, whose cast then refused it.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-infer-prop-'));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

const day = fc.tuple(fc.integer({ min: 0, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const validDay = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', '.5', '.123', '.9996'), fc.constantFrom('', 'Z', '+02:00', '-0530'))
  .map(([h, mi, s, frac, zone]) => `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}${zone}`);
const validTime = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })).map(([h, mi, s]) => `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`);

/** Pools of cells; a column draws from one to three of them, so many columns are nearly one kind. */
const POOLS = {
  validDate: validDay,
  anyDate: day,
  invalidDate: fc.constantFrom('2021-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '1900-02-29', '0000-02-29'),
  validDatetime: fc.tuple(validDay, fc.constantFrom('T', ' '), validTime).map((p) => p.join('')),
  anyDatetime: fc.tuple(fc.oneof(day, validDay), fc.constantFrom('T', ' '), time).map((p) => p.join('')),
  integer: fc.integer({ min: -1e6, max: 1e6 }).map(String),
  decimal: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toFixed(3)),
  special: fc.constantFrom('NaN', 'INF', '-INF'),
  boolean: fc.constantFrom('true', 'false', 'TRUE', 'False'),
  text: fc.string({ unit: fc.constantFrom('a', 'b', 'N', 'I', 'F', 'x', '1', '-'), minLength: 1, maxLength: 5 }),
  empty: fc.constant(''),
};
type Pool = keyof typeof POOLS;
const poolNames = Object.keys(POOLS) as Pool[];

const column = fc
  .uniqueArray(fc.constantFrom(...poolNames), { minLength: 1, maxLength: 3 })
  .chain((pools) => fc.array(fc.oneof(...pools.map((p) => POOLS[p])), { minLength: 12, maxLength: 12 }));

async function run(inputs: Record<string, string>): Promise<{ exitCode: number | null; stderr: string; valid: string | undefined }> {
  const r = await runBundle('validate-data', { cwd: dir, inputs });
  return { exitCode: r.exitCode, stderr: r.stderr, valid: r.outputs.valid };
}

describe('infer-schema, then validate with it (built bundle, generated columns)', () => {
  it('always validates, whatever mix of dates, impossible dates, numbers, NaN/INF and text', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(column, { minLength: 6, maxLength: 6 }), async (columns) => {
        n++;
        const rows = columns[0]!.map((_, r) => columns.map((c) => c[r]).join(','));
        const data = join(dir, `d${n}.csv`);
        writeFileSync(data, `${columns.map((_, c) => `c${c}`).join(',')}\n${rows.join('\n')}\n`);
        const schema = join(dir, `d${n}.yaml`);
        const infer = await run({ data, 'infer-schema': schema, report: join(dir, `d${n}.infer.json`) });
        expect(infer.exitCode, infer.stderr).toBe(0);
        const report = join(dir, `d${n}.report.json`);
        const check = await run({ data, schema, report });
        const context = `${readFileSync(data, 'utf8')}\n${readFileSync(schema, 'utf8')}\n${readFileSync(report, 'utf8').slice(0, 2000)}`;
        expect(check.exitCode, context).toBe(0);
        expect(check.valid, context).toBe('true');
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
