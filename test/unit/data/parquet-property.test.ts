/**
 * Property test of the page-by-page Parquet reader: random tables (types, nulls, sizes) written
 * by pyarrow with random row group sizes, page sizes, dictionary use, page versions and codecs
 * read back as the values written, and as hyparquet's own reader gives them. Tables are drawn
 * with fast-check from a logged seed and written by one Python run (a run per case would take
 * a second each).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/data/index.js';
import { readNestedParquet } from '../../../src/data/parquet-nested.js';
import { runPython } from '../../support/python.js';
import { readAll, tempDir } from './helpers.js';

const dir = tempDir();
const SEED = Number(process.env.PARQUET_PROPERTY_SEED) || Date.now() % 2 ** 31;
const CASES = 24;

type ColumnType = 'int32' | 'int64' | 'double' | 'bool' | 'string' | 'timestamp_ms';
type Raw = number | string | boolean | null;
interface Column {
  type: ColumnType;
  values: Raw[];
}
interface Case {
  rows: number;
  columns: Column[];
  writer: string;
  batchRows: number;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Values per type; int64 as decimal text so values beyond 2^53 survive JSON. */
const valueOf: Record<ColumnType, fc.Arbitrary<Raw>> = {
  int32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  int64: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })).map(String),
  double: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
  bool: fc.boolean(),
  string: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 5 }), fc.constantFrom('', 'a', 'same', 'x'.repeat(70), 'ünï 😀')),
  timestamp_ms: fc.integer({ min: -(2 ** 40), max: 2 ** 42 }),
};

const column = (rows: number): fc.Arbitrary<Column> =>
  fc.constantFrom<ColumnType>('int32', 'int64', 'double', 'bool', 'string', 'timestamp_ms').chain((type) =>
    fc.record({
      type: fc.constant(type),
      // Few distinct values (dictionary pages) or many (plain fallback), with some nulls.
      values: fc.tuple(fc.array(valueOf[type], { minLength: 1, maxLength: 40 }), fc.constantFrom(0, 0.1, 0.5, 1), fc.array(fc.nat(), { minLength: rows, maxLength: rows })).map(([pool, nullShare, picks]) =>
        picks.map((p) => ((p % 1000) / 1000 < nullShare ? null : (pool[p % pool.length] as Raw))),
      ),
    }),
  );

const writer = fc
  .record({
    rowGroup: fc.integer({ min: 1, max: 300 }),
    pageSize: fc.integer({ min: 16, max: 4096 }),
    batch: fc.integer({ min: 1, max: 64 }),
    dictionary: fc.boolean(),
    version: fc.constantFrom('1.0', '2.0'),
    codec: fc.constantFrom('none', 'snappy', 'zstd', 'gzip'),
  })
  .map(({ rowGroup, pageSize, batch, dictionary, version, codec }) =>
    `row_group_size=${rowGroup}, data_page_size=${pageSize}, write_batch_size=${batch}, use_dictionary=${dictionary ? 'True' : 'False'}, data_page_version="${version}", compression="${codec}"`,
  );

const tableCase: fc.Arbitrary<Case> = fc.integer({ min: 0, max: 400 }).chain((rows) =>
  fc.record({ rows: fc.constant(rows), columns: fc.array(column(rows), { minLength: 1, maxLength: 4 }), writer, batchRows: fc.integer({ min: 1, max: 120 }) }),
);

const cases = fc.sample(tableCase, { numRuns: CASES, seed: SEED });
const pathOf = (i: number): string => join(dir, `case-${i}.parquet`);

/** The cell the reader should give for a written value. */
function expected(type: ColumnType, value: Raw): Cell {
  if (value === null) return null;
  if (type === 'int64') {
    const big = BigInt(value as string);
    return big <= BigInt(MAX_SAFE) && big >= -BigInt(MAX_SAFE) ? Number(big) : big;
  }
  if (type === 'timestamp_ms') return new Date(value as number);
  return value;
}

async function readWithHyparquet(path: string): Promise<Cell[][]> {
  const buffer = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(buffer);
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows: Cell[][] = [];
  for await (const batch of readNestedParquet({ file: path, buffer, metadata, columns, batchRows: 97, firstRow: 1, bytesRead: 0, corrupt: (_w, e) => e as Error })) {
    for (let i = 0; i < batch.rowCount; i++) rows.push(batch.values.map((v) => v[i]!));
  }
  return rows;
}

describe(`Parquet page reader on random tables (seed ${SEED}; PARQUET_PROPERTY_SEED=${SEED} to replay)`, () => {
  beforeAll(() => {
    const script = `import json, sys, pyarrow as pa, pyarrow.parquet as pq
types = {"int32": pa.int32(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(), "string": pa.string(), "timestamp_ms": pa.timestamp("ms")}
for case in json.load(sys.stdin):
    cols = {}
    for k, c in enumerate(case["columns"]):
        cast = {"int64": int, "double": float}.get(c["type"], lambda v: v)
        values = [None if v is None else cast(v) for v in c["values"]]
        cols[f"c{k}_{c['type']}"] = pa.array(values, type=types[c["type"]])
    table = pa.table(cols) if case["rows"] else pa.table({k: pa.array([], type=v.type) for k, v in cols.items()})
    eval(f"pq.write_table(table, case['path'], {case['writer']})")
`;
    runPython(script, JSON.stringify(cases.map((c, i) => ({ ...c, path: pathOf(i) }))));
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i reads back what was written, as hyparquet does', async (i, c) => {
    const got = await readAll([pathOf(i)], { batchRows: c.batchRows });
    expect(got.columns).toEqual(c.columns.map((col, k) => `c${k}_${col.type}`));
    const want = Array.from({ length: c.rows }, (_, r) => c.columns.map((col) => expected(col.type, col.values[r] ?? null)));
    expect(got.rows, c.writer).toEqual(want);
    expect(got.rows).toEqual(await readWithHyparquet(pathOf(i)));
  });
});
