/**
 * The page-by-page Parquet reader (src/data/parquet-column.ts) against hyparquet's own
 * row-span reader (parquet-nested.ts, what every file went through before) on files written by
 * pyarrow with tiny pages, several row groups, nulls, dictionary and plain pages, v1 and v2
 * pages, several codecs and non-default encodings; and against values known from the writer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { compressors } from 'hyparquet-compressors';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/data/index.js';
import { ParquetColumnChunk } from '../../../src/data/parquet-column.js';
import { decodeDataPage, PageBuffers } from '../../../src/data/parquet-page.js';
import { valueKind } from '../../../src/data/parquet-values.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import { ParquetPartReuse, readParquetFile } from '../../../src/data/parquet-reader.js';
import { readNestedParquet } from '../../../src/data/parquet-nested.js';
import { runPython } from '../../support/python.js';
import { readAll, tempDir, userError } from './helpers.js';

const dir = tempDir();
const ROWS = 1000;

/** pyarrow code building table `t` of ROWS rows: every flat type the reader handles, with nulls. */
const TABLE = `
import datetime as dt, decimal, pyarrow as pa, pyarrow.parquet as pq
n = ${ROWS}
def nulls(values, every):
    return [None if i % every == 0 else v for i, v in enumerate(values)]
texts = ["a", "", "ünï 😀", "\\ufeffbom", "x" * 100, "long ü " * 20, "say \\"hi\\""]
t = pa.table({
    "i8": pa.array(nulls([i % 100 - 50 for i in range(n)], 9), pa.int8()),
    "i16": pa.array([i * 30 - 15000 for i in range(n)], pa.int16()),
    "i32": pa.array(nulls([i * 1000003 % 2**31 - 2**30 for i in range(n)], 13), pa.int32()),
    "u32": pa.array([2**32 - 1 - i for i in range(n)], pa.uint32()),
    "i64": pa.array(nulls([i * 7 for i in range(n)], 11), pa.int64()),
    "big": pa.array([2**60 + i if i % 5 == 0 else -(2**53) - i if i % 5 == 1 else i - 500 for i in range(n)], pa.int64()),
    "u64": pa.array([2**64 - 1 - i for i in range(n)], pa.uint64()),
    "f32": pa.array(nulls([i / 4 for i in range(n)], 17), pa.float32()),
    "f64": pa.array(nulls([i / 3 if i % 50 else float("nan") for i in range(n)], 7), pa.float64()),
    "flag": pa.array(nulls([i % 3 == 0 for i in range(n)], 19), pa.bool_()),
    "text": pa.array(nulls([texts[i % len(texts)] + str(i % 40) for i in range(n)], 8), pa.string()),
    "cat": pa.array([["red", "green", "blue"][i % 3] for i in range(n)], pa.string()),
    "unique": pa.array([f"u{i}" for i in range(n)], pa.string()),
    "blob": pa.array(nulls([bytes([i % 256, 0, 255]) for i in range(n)], 6), pa.binary()),
    "fixed": pa.array([bytes([i % 256] * 4) for i in range(n)], pa.binary(4)),
    "day": pa.array(nulls([dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(n)], 10), pa.date32()),
    "ms": pa.array(nulls([1_600_000_000_000 + i * 3_600_000 for i in range(n)], 12), pa.timestamp("ms")),
    "us": pa.array([1_600_000_000_000_000 - i * 999_999 for i in range(n)], pa.timestamp("us", tz="UTC")),
    "ns": pa.array([1_600_000_000_000_000_000 + i * 123 for i in range(n)], pa.timestamp("ns")),
    "tms": pa.array(nulls([i * 86_399_913 % 86_400_000 for i in range(n)], 15), pa.time32("ms")),
    "tus": pa.array([i * 86_399_999_917 % 86_400_000_000 for i in range(n)], pa.time64("us")),
    "dec": pa.array(nulls([decimal.Decimal(i * 7 - 3000).scaleb(-2) for i in range(n)], 14), pa.decimal128(9, 2)),
    "empty": pa.array([None] * n, pa.string()),
})
`;

/** Writes the table with pyarrow's write_table keyword arguments; returns the path. */
function write(name: string, options: string): string {
  const path = join(dir, name);
  runPython(`${TABLE}\npq.write_table(t, ${JSON.stringify(path)}, ${options})`);
  return path;
}

/** The same file read by hyparquet's parquetRead (the reader before page-by-page reading). */
async function readWithHyparquet(path: string): Promise<Cell[][]> {
  const buffer = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(buffer);
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows: Cell[][] = [];
  const batches = readNestedParquet({ file: path, buffer, metadata, columns, batchRows: 100, firstRow: 1, bytesRead: 0, corrupt: (_w, e) => e as Error });
  for await (const batch of batches) for (let i = 0; i < batch.rowCount; i++) rows.push(batch.values.map((v) => v[i]!));
  return rows;
}

/** File offsets where each data page of the column chunk at start..end ends, from the page headers. */
async function pageEnds(path: string, start: number, end: number): Promise<number[]> {
  const handle = await open(path);
  try {
    const ends: number[] = [];
    for (let at = start; at < end; ) {
      const bytes = Buffer.alloc(4096);
      await handle.read(bytes, 0, 4096, at);
      const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, 4096), offset: 0 };
      const header = parquetHeader(reader);
      at += reader.offset + header.compressed_page_size;
      if (header.type !== 'DICTIONARY_PAGE') ends.push(at);
    }
    return ends;
  } finally {
    await handle.close();
  }
}

/** Data pages per column chunk of the first row group. */
async function dataPages(path: string): Promise<Record<string, number>> {
  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  const counts: Record<string, number> = {};
  for (const { meta_data: meta } of metadata.row_groups[0]!.columns) {
    const start = Number(meta!.dictionary_page_offset || meta!.data_page_offset);
    counts[meta!.path_in_schema[0]!] = (await pageEnds(path, start, start + Number(meta!.total_compressed_size))).length;
  }
  return counts;
}

const VARIANTS: Array<[string, string]> = [
  ['dict-v1-snappy', 'row_group_size=300, data_page_size=200, write_batch_size=16, compression="snappy"'],
  ['plain-v1-none', 'row_group_size=400, data_page_size=300, write_batch_size=16, compression="none", use_dictionary=False'],
  ['dict-v2-zstd', 'row_group_size=256, data_page_size=200, write_batch_size=16, compression="zstd", data_page_version="2.0"'],
  ['plain-v2-none', 'row_group_size=1000, data_page_size=200, write_batch_size=16, compression="none", data_page_version="2.0", use_dictionary=False'],
  ['gzip-one-page', 'row_group_size=1000, compression="gzip"'],
  [
    'delta-encodings',
    'row_group_size=500, data_page_size=300, write_batch_size=16, use_dictionary=False, column_encoding={"i32": "DELTA_BINARY_PACKED", "i64": "DELTA_BINARY_PACKED", "text": "DELTA_LENGTH_BYTE_ARRAY", "unique": "DELTA_BYTE_ARRAY", "f64": "BYTE_STREAM_SPLIT", "flag": "RLE", "tus": "DELTA_BINARY_PACKED"}',
  ],
];

const variantPath = (name: string): string => join(dir, `${name}.parquet`);

describe('Parquet read page by page', () => {
  beforeAll(() => {
    // One Python run writes every variant of the table.
    runPython(`${TABLE}\n${VARIANTS.map(([name, options]) => `pq.write_table(t, ${JSON.stringify(variantPath(name))}, ${options})`).join('\n')}`);
  });

  it.each(VARIANTS)('%s: the same cells as hyparquet, in order, across pages and row groups', async (name) => {
    const path = variantPath(name);
    const got = await readAll([path], { batchRows: 37 });
    expect(got.rows).toHaveLength(ROWS);
    expect(got.where.map((w) => w[0])).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(got.rows).toEqual(await readWithHyparquet(path));
  });

  it.each(VARIANTS)('%s: a slice of rows of one or more row groups (a part of a large group) reads as that slice of the whole, alone or after other parts', async (name) => {
    const path = variantPath(name);
    const whole = await readWithHyparquet(path);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const starts = [0];
    for (const group of metadata.row_groups) starts.push(starts.at(-1)! + Number(group.num_rows));
    const groups = metadata.row_groups.length;
    // Edges at the first row, inside the first pages, on and around page edges, at the last row.
    const cuts = [0, 1, 16, 17, 199, 299];
    const lane = new ParquetPartReuse();
    for (const first of new Set([0, groups - 1])) {
      for (const end of new Set([first + 1, Math.min(groups, first + 2)])) {
        const rowsFirst = starts[first + 1]! - starts[first]!;
        const rowsLast = starts[end]! - starts[end - 1]!;
        for (const rowStart of cuts.filter((c) => c < rowsFirst)) {
          for (const rowEnd of new Set([rowsLast, ...cuts.filter((c) => c > 0 && c <= rowsLast)])) {
            if (end === first + 1 && rowEnd <= rowStart) continue;
            const expected = whole.slice(starts[first]! + rowStart, starts[end - 1]! + rowEnd);
            // Alone, and as a lane reads its parts: footer and page buffers kept from the parts before.
            for (const reuse of [undefined, lane]) {
              const rows: Cell[][] = [];
              for await (const batch of readParquetFile(path, { firstRow: 1, bytesBefore: 0, batchRows: 23 }, { first, end, rowStart, rowEnd }, reuse)) {
                for (let i = 0; i < batch.rowCount; i++) rows.push(batch.values.map((v) => v[i]!));
              }
              expect(rows, `groups ${first}-${end}, rows ${rowStart}..${rowEnd}${reuse ? ', after other parts' : ''}`).toEqual(expected);
            }
          }
        }
      }
    }
  });

  it('splits chunks into many pages when asked (so the tests above cross page boundaries)', async () => {
    const pages = await dataPages(variantPath('dict-v1-snappy'));
    for (const name of ['i8', 'i64', 'big', 'f64', 'text', 'unique', 'ms', 'ns', 'dec']) expect(pages[name], name).toBeGreaterThan(3);
    expect(Math.max(...Object.values(pages))).toBeGreaterThan(15);
  });

  it('reads values as the writer wrote them', async () => {
    const got = await readAll([variantPath('dict-v1-snappy')], { batchRows: 64 });
    const col = (name: string) => got.rows.map((r) => r[got.columns.indexOf(name)]);
    expect(col('i64').slice(0, 3)).toEqual([null, 7, 14]);
    // INT64 within 2^53 are numbers, beyond (either sign) bigint; uint64 beyond too.
    expect(col('big').slice(0, 3)).toEqual([2n ** 60n, -(2n ** 53n) - 1n, 2 - 500]);
    expect(col('u64')[0]).toBe(2n ** 64n - 1n);
    expect(col('u32')[0]).toBe(2 ** 32 - 1);
    expect(col('f64')[50]).toBeNaN();
    expect(col('f64')[0]).toBeNull();
    expect(col('text').slice(1, 7)).toEqual(['1', 'ünï 😀2', 'bom3', `${'x'.repeat(100)}4`, `${'long ü '.repeat(20)}5`, 'say "hi"6']);
    expect(col('ms')[1]).toEqual(new Date(1_600_000_000_000 + 3_600_000));
    expect(col('us')[1]).toEqual(new Date(1_600_000_000_000 - 1000));
    // Dates and times of day as the text a CSV holds (see parquet-temporal.test.ts).
    expect(col('day')[1]).toBe('2020-01-02');
    expect(col('tms').slice(0, 3)).toEqual([null, '23:59:59.913', '23:59:59.826']);
    expect(col('tus')[1]).toBe('23:59:59.999917');
    expect(col('dec')[1]).toBe(-29.93);
    // Plain BINARY columns are decoded as UTF-8 text, as hyparquet does (its utf8 default);
    // fixed-length ones stay bytes, as base64.
    expect(col('blob')[1]).toBe(new TextDecoder().decode(Uint8Array.from([1, 0, 255])));
    expect(col('fixed')[1]).toBe(Buffer.from([1, 1, 1, 1]).toString('base64'));
    expect(col('empty').every((v) => v === null)).toBe(true);
    expect(col('cat').slice(0, 4)).toEqual(['red', 'green', 'blue', 'red']);
  });

  it('reads a nested file (lists, structs) through hyparquet, as JSON text (INT64 inside as strings)', async () => {
    const path = join(dir, 'nested.parquet');
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({"id": [1, 2, 3], "tags": [["a", "b"], [], None], "point": [{"x": 1, "y": 2}, None, {"x": 3, "y": None}]}), ${JSON.stringify(path)})`);
    const got = await readAll([path]);
    expect(got.columns).toEqual(['id', 'tags', 'point']);
    expect(got.rows).toEqual([
      [1, '["a","b"]', '{"x":"1","y":"2"}'],
      [2, '[]', null],
      [3, null, '{"x":"3","y":null}'],
    ]);
  });

  it('reports a page that cannot be decoded, naming the file, column and row group', async () => {
    const path = write('to-break.parquet', 'row_group_size=500, data_page_size=200, write_batch_size=16, compression="none", use_dictionary=False');
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const chunk = metadata.row_groups[1]!.columns.find((c) => c.meta_data!.path_in_schema[0] === 'text')!.meta_data!;
    const bytes = readFileSync(path);
    const start = Number(chunk.data_page_offset);
    bytes.fill(0xff, start + 40, start + Number(chunk.total_compressed_size) - 40);
    const broken = join(dir, 'broken.parquet');
    writeFileSync(broken, bytes);
    const error = await userError(() => readAll([broken]));
    expect(error.file).toBe(broken);
    expect(error.message).toMatch(/broken\.parquet: not a valid Parquet file, or truncated: cannot read column "text" in row group 2 of 2 \(.+\)/);
  });

  it('re-reads page headers longer than its first read (statistics can make them long)', async () => {
    const path = variantPath('dict-v1-snappy');
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const schema = parquetSchema(metadata);
    const handle = await open(path);
    try {
      for (const [c, field] of schema.children.entries()) {
        const meta = metadata.row_groups[0]!.columns[c]!.meta_data!;
        const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
        const range = { start, end: start + Number(meta.total_compressed_size) };
        const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: field.element, schemaPath: [schema, field], codec: meta.codec, parsers: DEFAULT_PARSERS, compressors };
        const rows = Number(metadata.row_groups[0]!.num_rows);
        // A first read of 1 byte cuts every header: each is read again with 4, 16, 64... bytes.
        const tiny = await new ParquetColumnChunk(handle, decoder, range, rows, { headerBytes: 1 }).take(rows);
        const usual = await new ParquetColumnChunk(handle, decoder, range, rows).take(rows);
        expect(tiny, field.element.name).toEqual(usual);
      }
    } finally {
      await handle.close();
    }
  });

  it('reports a page whose values do not match the rows its header gives (a slice passing over it would count the header)', async () => {
    const path = variantPath('plain-v2-none');
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const schema = parquetSchema(metadata);
    const c = schema.children.findIndex((f) => f.element.name === 'i16');
    const field = schema.children[c]!;
    const meta = metadata.row_groups[0]!.columns[c]!.meta_data!;
    const bytes = readFileSync(path).subarray(Number(meta.data_page_offset));
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, 4096), offset: 0 };
    const header = parquetHeader(reader);
    expect(header.type).toBe('DATA_PAGE_V2');
    const page = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: field.element, schemaPath: [schema, field], codec: meta.codec, parsers: DEFAULT_PARSERS, compressors };
    const ctx = () => ({ decoder, kind: valueKind(decoder), maxDefinition: getMaxDefinitionLevel(decoder.schemaPath), dictionary: undefined, buffers: new PageBuffers() });
    const rows = header.data_page_header_v2!.num_rows;
    expect(decodeDataPage(header, page, ctx()).rows).toBe(rows);
    const lying = { ...header, data_page_header_v2: { ...header.data_page_header_v2!, num_rows: rows + 1 } };
    expect(() => decodeDataPage(lying, page, ctx())).toThrow(`the page holds ${rows} levels where its header gives ${rows + 1} rows`);

    // A required column (no levels): its values are counted instead.
    const required = join(dir, 'required-v2.parquet');
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({"x": pa.array(range(50), pa.int32())}, schema=pa.schema([pa.field("x", pa.int32(), nullable=False)])), ${JSON.stringify(required)}, data_page_version="2.0", use_dictionary=False, compression="none")`);
    const rmeta = await parquetMetadataAsync(await asyncBufferFromFile(required));
    const rschema = parquetSchema(rmeta);
    const rchunk = rmeta.row_groups[0]!.columns[0]!.meta_data!;
    const rbytes = readFileSync(required).subarray(Number(rchunk.data_page_offset));
    const rreader = { view: new DataView(rbytes.buffer, rbytes.byteOffset, Math.min(4096, rbytes.byteLength)), offset: 0 };
    const rheader = parquetHeader(rreader);
    const rpage = rbytes.subarray(rreader.offset, rreader.offset + rheader.compressed_page_size);
    const rfield = rschema.children[0]!;
    const rdecoder = { pathInSchema: rchunk.path_in_schema, type: rchunk.type, element: rfield.element, schemaPath: [rschema, rfield], codec: rchunk.codec, parsers: DEFAULT_PARSERS, compressors };
    const rctx = () => ({ decoder: rdecoder, kind: valueKind(rdecoder), maxDefinition: getMaxDefinitionLevel(rdecoder.schemaPath), dictionary: undefined, buffers: new PageBuffers() });
    expect(rctx().maxDefinition).toBe(0);
    expect(decodeDataPage(rheader, rpage, rctx()).rows).toBe(50);
    const rlying = { ...rheader, data_page_header_v2: { ...rheader.data_page_header_v2!, num_rows: 49 } };
    expect(() => decodeDataPage(rlying, rpage, rctx())).toThrow('the page holds 50 values where its header gives 49 rows');
  });

  it('reads a dictionary page into an array of its own: the reused buffers stay the size of a data page', async () => {
    const path = join(dir, 'big-dictionary.parquet');
    // 20K distinct doubles: a dictionary page of 160 KB, data pages of 4 KB.
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({"x": pa.array([i + 0.5 for i in range(20000)], pa.float64())}), ${JSON.stringify(path)}, compression="none", data_page_size=4096, write_batch_size=2000)`);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const schema = parquetSchema(metadata);
    const field = schema.children[0]!;
    const meta = metadata.row_groups[0]!.columns[0]!.meta_data!;
    const start = Number(meta.dictionary_page_offset);
    const dictionaryBytes = Number(meta.data_page_offset) - start;
    expect(dictionaryBytes).toBeGreaterThan(150_000);
    const handle = await open(path);
    try {
      const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: field.element, schemaPath: [schema, field], codec: meta.codec, parsers: DEFAULT_PARSERS };
      const buffers = new PageBuffers();
      const cells = await new ParquetColumnChunk(handle, decoder, { start, end: start + Number(meta.total_compressed_size) }, 20000, { buffers }).take(20000);
      expect(cells[0]).toBe(0.5);
      expect(cells[19999]).toBe(19999.5);
      expect(buffers.heldBytes).toBeLessThan(dictionaryBytes / 4);
    } finally {
      await handle.close();
    }
  });

  it('reports a column chunk whose pages end before the row group does', async () => {
    const path = write('short.parquet', 'row_group_size=1000, data_page_size=200, write_batch_size=16, compression="none", use_dictionary=False');
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const schema = parquetSchema(metadata);
    const field = schema.children[0]!;
    const meta = metadata.row_groups[0]!.columns[0]!.meta_data!;
    const start = Number(meta.data_page_offset);
    const ends = await pageEnds(path, start, start + Number(meta.total_compressed_size));
    expect(ends.length).toBeGreaterThan(2);
    const handle = await open(path);
    try {
      // The chunk as if its byte range ended after two pages: the pages run out before the rows do.
      const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: field.element, schemaPath: [schema, field], codec: meta.codec, parsers: DEFAULT_PARSERS };
      const chunk = new ParquetColumnChunk(handle, decoder, { start, end: ends[1]! }, 1000);
      await expect(chunk.take(1000)).rejects.toThrow(/^column chunk ends after \d+ of the row group's 1000 rows$/);
    } finally {
      await handle.close();
    }
  });
});
