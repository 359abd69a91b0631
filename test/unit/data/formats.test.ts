import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/data/index.js';
import { runPython } from '../../support/python.js';
import { csvField, readAll, tempDir, writeData } from './helpers.js';

const dir = tempDir();

// A table with every native kind, nulls, and text that needs quoting; ids past 2^53 stay exact.
const columns = ['id', 'big', 'score', 'flag', 'label', 'note'];
const rows: Cell[][] = Array.from({ length: 257 }, (_, i) => [
  i,
  i % 50 === 0 ? 2n ** 60n + BigInt(i) : i * 1000,
  i % 7 === 0 ? null : i / 8,
  i % 3 === 0,
  ['a', 'b, c', 'say "hi"', 'ünï 😀', 'two\nlines'][i % 5]!,
  i % 11 === 0 ? null : `n${i}`,
]);

/** The CSV text of a cell: what a CSV writer (and pandas) would write; null is empty. */
function text(value: Cell): string {
  return value === null ? '' : String(value);
}

function delimited(delimiter: string): string {
  const lines = [columns, ...rows.map((r) => r.map(text))].map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

function jsonl(): string {
  // JSON has no bigint: write the big ids as raw digits, as a Python or Java writer would.
  return rows.map((r) => `{${columns.map((c, i) => `${JSON.stringify(c)}:${typeof r[i] === 'bigint' ? String(r[i]) : JSON.stringify(r[i])}`).join(',')}}`).join('\n') + '\n';
}

function parquet(name: string, compression: string): string {
  const path = join(dir, name);
  runPython(
    `import sys, json, pyarrow as pa, pyarrow.parquet as pq
rows = [json.loads(l) for l in sys.stdin if l.strip()]
cols = ${JSON.stringify(columns)}
types = [pa.int64(), pa.int64(), pa.float64(), pa.bool_(), pa.string(), pa.string()]
t = pa.table({c: pa.array([r[c] for r in rows], type=ty) for c, ty in zip(cols, types)})
pq.write_table(t, ${JSON.stringify(path)}, row_group_size=100, compression=${JSON.stringify(compression)})`,
    jsonl(),
  );
  return path;
}

describe('the same data in every format', () => {
  const textRows = rows.map((r) => r.map(text));

  it('reads CSV, TSV and their gzipped forms as the same raw text', async () => {
    for (const name of ['t.csv', 't.tsv', 't.csv.gz', 't.tsv.gz']) {
      const path = writeData(dir, name, delimited(name.includes('tsv') ? '\t' : ','));
      const got = await readAll([path], { batchRows: 64 });
      expect(got.columns).toEqual(columns);
      expect(got.rows).toEqual(textRows);
    }
  });

  it('reads JSONL (plain and gzipped) and Parquet (snappy, zstd, gzip) as the same native values', async () => {
    // INT64 values within 2^53 come back as numbers, larger ones as bigint.
    const jsonRows = rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
    for (const name of ['t.jsonl', 't.ndjson.gz']) {
      const got = await readAll([writeData(dir, name, jsonl())], { batchRows: 64 });
      expect(got.columns).toEqual(columns);
      expect(got.rows).toEqual(jsonRows); // JSON.parse reads big ids as (rounded) numbers
    }
    for (const compression of ['snappy', 'zstd', 'gzip']) {
      const got = await readAll([parquet(`t-${compression}.parquet`, compression)], { batchRows: 64 });
      expect(got.columns).toEqual(columns);
      expect(got.rows).toEqual(rows);
      expect(got.where.map((w) => w[0])).toEqual(rows.map((_, i) => i + 1));
    }
  });

  it('gives text lines for text formats and rows across Parquet row groups in order', async () => {
    const csv = await readAll([writeData(dir, 'l.csv', delimited(','))]);
    // Each two-line label (rows 4, 9, 14, ... counted from 0) pushes the rows after it one line down.
    const expected = rows.map((_, i) => 2 + i + Math.floor(i / 5));
    expect(csv.where.map((w) => w[1])).toEqual(expected);
    const pq = await readAll([parquet('l.parquet', 'snappy')], { batchRows: 30 });
    expect(pq.where.every((w) => w[1] === undefined)).toBe(true);
    expect(pq.batches).toBe(4 + 4 + 2); // row groups of 100, 100, 57 cut into batches of at most 30
  });

  it('keeps nested JSON as JSON text and adds keys as they appear', async () => {
    const path = writeData(dir, 'nested.jsonl', '{"a":1,"o":{"x":[1,2]}}\n{"a":2,"l":[true,null]}\n{"z":"late"}\n');
    const got = await readAll([path], { batchRows: 2 });
    expect(got.columns).toEqual(['a', 'o', 'l', 'z']);
    expect(got.rows).toEqual([
      [1, '{"x":[1,2]}', null, null],
      [2, null, '[true,null]', null],
      [null, null, null, 'late'],
    ]);
  });
});

describe('large Parquet row groups', () => {
  it('reads a row group of many pages (and larger than a nested-reader span) completely and in order', async () => {
    const { SPAN_ROWS } = await import('../../../src/data/parquet-nested.js');
    const rowsInGroup = SPAN_ROWS + 12_345;
    const path = join(dir, 'big-group.parquet');
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
n = ${rowsInGroup}
pq.write_table(pa.table({"i": pa.array(range(n), type=pa.int64()), "s": [f"v{k % 1000}" for k in range(n)]}), ${JSON.stringify(path)}, row_group_size=n)`);
    let expected = 0;
    let ok = true;
    for await (const batch of (await import('../../../src/data/index.js')).readDataset([path], { batchRows: 50_000 })) {
      expect(batch.firstRow).toBe(expected + 1);
      const [ints, strings] = batch.values;
      for (let k = 0; k < batch.rowCount; k++) {
        if (ints![k] !== expected || strings![k] !== `v${expected % 1000}`) ok = false;
        expected++;
      }
    }
    expect(ok).toBe(true);
    expect(expected).toBe(rowsInGroup);
  });
});
