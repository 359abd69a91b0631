/**
 * Parquet DATE, TIME and TIMESTAMP columns written by pyarrow read as a CSV of the same data
 * holds them (dates and times of day as their ISO text, timestamps as Dates), through the
 * page-by-page reader (every encoding and page layout) and the row-span reader of files with
 * nested fields; values no Date can hold, or outside a day, read as the stored integer with
 * its unit, never as an Invalid Date.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/data/index.js';
import { dateText, MAX_DATE_MS, timeText } from '../../../src/data/parquet-temporal.js';
import { runPython } from '../../support/python.js';
import { readAll, tempDir } from './helpers.js';

const dir = tempDir();

/** Writes table `t` (built by `table`) once per layout; returns the paths by layout name. */
function writeLayouts(name: string, table: string, layouts: Record<string, string>): Record<string, string> {
  const paths = Object.fromEntries(Object.keys(layouts).map((layout) => [layout, join(dir, `${name}-${layout}.parquet`)]));
  runPython(`import datetime as dt, pyarrow as pa, pyarrow.parquet as pq
${table}
${Object.entries(layouts)
  .map(([layout, options]) => `pq.write_table(t, ${JSON.stringify(paths[layout])}${options ? `, ${options}` : ''})`)
  .join('\n')}
# The same columns beside a list column: the file takes the row-span (nested) reader.
pq.write_table(t.append_column("nested", pa.array([[i] for i in range(t.num_rows)])), ${JSON.stringify(join(dir, `${name}-nested.parquet`))})`);
  return { ...paths, nested: join(dir, `${name}-nested.parquet`) };
}

const LAYOUTS = {
  default: '',
  'dict-small-pages': 'row_group_size=150, data_page_size=128, write_batch_size=8',
  'plain-v2': 'use_dictionary=False, data_page_version="2.0", row_group_size=200, data_page_size=256, write_batch_size=8, compression="zstd"',
  delta: 'use_dictionary=False, data_page_size=256, write_batch_size=8, column_encoding={"d32": "DELTA_BINARY_PACKED", "t32ms": "DELTA_BINARY_PACKED", "t64us": "DELTA_BINARY_PACKED", "t64ns": "DELTA_BINARY_PACKED"}',
};

/** Rows of `path` as {column: cells}, with the nested helper column dropped. */
async function columnsOf(path: string): Promise<Record<string, Cell[]>> {
  const got = await readAll([path], { batchRows: 41 });
  const names = got.columns.filter((c) => c !== 'nested');
  return Object.fromEntries(names.map((name) => [name, got.rows.map((row) => row[got.columns.indexOf(name)]!)]));
}

describe('Parquet dates and times of day', () => {
  const N = 500;
  // Python computes the expected text: dates and microsecond times with the standard
  // library's isoformat, millisecond and nanosecond times from their integers.
  const TABLE = `
n = ${N}
special = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1970, 1, 1), dt.date(1969, 12, 31), dt.date(2000, 2, 29), dt.date(1900, 3, 1)]
days = [None if i % 23 == 5 else special[i % 50] if i % 50 < len(special) else dt.date(1970, 1, 1) + dt.timedelta(days=(i * 7919) % 200000 - 100000) for i in range(n)]
ms = [None if i % 19 == 3 else [0, 86399999, 45001000, 45001500][i % 40] if i % 40 < 4 else (i * 9876541) % 86400000 for i in range(n)]
us = [None if i % 17 == 5 else [0, 86399999999, 45001000000, 250][i % 40] if i % 40 < 4 else (i * 987654321) % 86400000000 for i in range(n)]
ns = [None if i % 13 == 1 else [0, 86399999999999, 45001000000000, 1][i % 40] if i % 40 < 4 else (i * 98765432123) % 86400000000000 for i in range(n)]
def clock(v, per_second, digits):
    s, f = divmod(v, per_second)
    text = "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)
    return text if f == 0 else text + "." + str(f).zfill(digits)
as_time = lambda v: None if v is None else dt.time(v // 3600000000, v // 60000000 % 60, v // 1000000 % 60, v % 1000000)
t = pa.table({
    "d32": pa.array(days, pa.date32()),
    "d64": pa.array(days, pa.date64()),
    "t32ms": pa.array(ms, pa.time32("ms")),
    "t32s": pa.array([None if v is None else v // 1000 for v in ms], pa.time32("s")),
    "t64us": pa.array([as_time(v) for v in us], pa.time64("us")),
    "t64ns": pa.array(ns, pa.time64("ns")),
})
expected = {
    "d32": [None if d is None else d.isoformat() for d in days],
    "t32ms": [None if v is None else clock(v, 1000, 3) for v in ms],
    "t32s": [None if v is None else clock(v // 1000 * 1000, 1000, 3) for v in ms],
    "t64us": [None if v is None else as_time(v).isoformat() for v in us],
    "t64ns": [None if v is None else clock(v, 10**9, 9) for v in ns],
}
expected["d64"] = expected["d32"]
`;
  const paths = writeLayouts('temporal', TABLE, LAYOUTS);
  const expected = JSON.parse(runPython(`import datetime as dt, json, pyarrow as pa\n${TABLE}\nprint(json.dumps(expected))`)) as Record<string, Cell[]>;

  it('are the Python reference texts (date.isoformat, time.isoformat for microseconds)', () => {
    // Spot checks of the reference itself, so the comparisons below test what they claim.
    expect(expected.d32!.slice(0, 6)).toEqual(['0001-01-01', '9999-12-31', '1970-01-01', '1969-12-31', '2000-02-29', null]);
    expect(expected.t32ms!.slice(0, 4)).toEqual(['00:00:00', '23:59:59.999', '12:30:01', null]);
    expect(expected.t32ms![43]).toBe('12:30:01.500');
    expect(expected.t64us!.slice(0, 4)).toEqual(['00:00:00', '23:59:59.999999', '12:30:01', '00:00:00.000250']);
    expect(expected.t64ns!.slice(2, 4)).toEqual(['12:30:01', '00:00:00.000000001']);
  });

  it.each(Object.keys(LAYOUTS).concat('nested'))('%s: DATE (date32, date64) and TIME (time32 s/ms, time64 us/ns) read as their ISO text', async (layout) => {
    const got = await columnsOf(paths[layout]!);
    expect(Object.keys(got)).toEqual(['d32', 'd64', 't32ms', 't32s', 't64us', 't64ns']);
    for (const [name, cells] of Object.entries(got)) expect(cells, name).toEqual(expected[name]);
  });

  it('reads dates and times outside their range as the stored integer and what it counts', async () => {
    const paths = writeLayouts('temporal-range', `
t = pa.table({
    "d": pa.array([2**31 - 1, -2**31, 2932897, -719529, -719528, 0, None], pa.date32()),
    "ms": pa.array([-1, 86400000, 2**31 - 1, 0, None, 1, 86399999], pa.time32("ms")),
    "us": pa.array([2**63 - 1, -2**63, 86400000000, -1, None, 1, 0], pa.time64("us")),
    "ns": pa.array([2**63 - 1, -1, 86400000000000, 86399999999999, None, 2**53 + 1, 0], pa.time64("ns")),
})`, { default: '', plain: 'use_dictionary=False' });
    for (const path of Object.values(paths)) {
      expect(await columnsOf(path), path).toEqual({
        d: ['2147483647 days since 1970-01-01', '-2147483648 days since 1970-01-01', '+010000-01-01', '-000001-12-31', '0000-01-01', '1970-01-01', null],
        ms: ['-1 ms since midnight', '86400000 ms since midnight', '2147483647 ms since midnight', '00:00:00', null, '00:00:00.001', '23:59:59.999'],
        us: ['9223372036854775807 us since midnight', '-9223372036854775808 us since midnight', '86400000000 us since midnight', '-1 us since midnight', null, '00:00:00.000001', '00:00:00'],
        ns: ['9223372036854775807 ns since midnight', '-1 ns since midnight', '86400000000000 ns since midnight', '23:59:59.999999999', null, '9007199254740993 ns since midnight', '00:00:00'],
      });
    }
  });
});

describe('Parquet timestamps', () => {
  const MAX = 2n ** 63n - 1n;
  const MIN = -(2n ** 63n);
  it('read as Dates, and beyond a Date\'s range as the stored integer with its unit (INT64 max/min: "no end" markers)', async () => {
    const paths = writeLayouts('timestamps', `
big, small = 2**63 - 1, -2**63
t = pa.table({
    "ms": pa.array([1575462601000, big, small, 8640000000000000, 8640000000000001, -8640000000000001, None, 0], pa.timestamp("ms")),
    "us": pa.array([1575462601123456, big, small, 8640000000000000999, 8640000000000001000, -8640000000000001000, None, -1500], pa.timestamp("us")),
    "ns": pa.array([1575462601123456789, big, small, 0, 1, -1, None, 2], pa.timestamp("ns")),
    "us_utc": pa.array([1575462601123456, big, small, 0, 0, 0, None, 0], pa.timestamp("us", tz="UTC")),
})`, { default: '', plain: 'use_dictionary=False', 'plain-v2': 'use_dictionary=False, data_page_version="2.0"' });
    const text = (raw: bigint, unit: string) => `${raw} ${unit} since 1970-01-01`;
    for (const path of Object.values(paths)) {
      expect(await columnsOf(path), path).toEqual({
        ms: [new Date('2019-12-04T12:30:01.000Z'), text(MAX, 'ms'), text(MIN, 'ms'), new Date(MAX_DATE_MS), text(8640000000000001n, 'ms'), text(-8640000000000001n, 'ms'), null, new Date(0)],
        // As hyparquet: micro- and nanoseconds truncate towards zero to milliseconds.
        us: [new Date('2019-12-04T12:30:01.123Z'), text(MAX, 'us'), text(MIN, 'us'), new Date(MAX_DATE_MS), text(8640000000000001000n, 'us'), text(-8640000000000001000n, 'us'), null, new Date(-1)],
        // INT64 nanoseconds all fit a Date (years 1677-2262).
        ns: [new Date('2019-12-04T12:30:01.123Z'), new Date('2262-04-11T23:47:16.854Z'), new Date('1677-09-21T00:12:43.146Z'), new Date(0), new Date(0), new Date(0), null, new Date(0)],
        us_utc: [new Date('2019-12-04T12:30:01.123Z'), text(MAX, 'us'), text(MIN, 'us'), new Date(0), new Date(0), new Date(0), null, new Date(0)],
      });
    }
  });

  it('never hands over an Invalid Date', async () => {
    const path = join(dir, 'timestamps-default.parquet');
    for (const cells of Object.values(await columnsOf(path))) for (const cell of cells) if (cell instanceof Date) expect(Number.isNaN(cell.getTime())).toBe(false);
  });
});

describe('dateText and timeText', () => {
  it('dateText is the date part of toISOString for every day a Date holds', () => {
    const limit = MAX_DATE_MS / 86_400_000;
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -limit, max: limit }), fc.integer({ min: -800_000, max: 3_000_000 })), (days) => {
        const iso = new Date(days * 86_400_000).toISOString();
        expect(dateText(days)).toBe(iso.slice(0, iso.indexOf('T')));
      }),
      { numRuns: 20_000 },
    );
    expect(dateText(limit + 1)).toBe(`${limit + 1} days since 1970-01-01`);
  });

  it('timeText reads back as the value, with the unit\'s digits only when the fraction is not zero', () => {
    for (const [unit, perSecond, digits] of [['ms', 1e3, 3], ['us', 1e6, 6], ['ns', 1e9, 9]] as const) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 86_400 * perSecond - 1 }), (value) => {
          const text = timeText(value, unit);
          const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(text);
          expect(m, text).not.toBeNull();
          const [, h, mi, s, fraction] = m!;
          if (fraction !== undefined) expect(fraction).toHaveLength(digits);
          expect(Number(h) < 24 && Number(mi) < 60 && Number(s) < 60).toBe(true);
          expect(((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * perSecond + Number(fraction ?? 0)).toBe(value);
          expect(fraction === undefined).toBe(value % perSecond === 0);
        }),
        { numRuns: 5000 },
      );
    }
  });
});
