/**
 * Reads one Parquet file with hyparquet (pure JS, MIT): the footer with its metadata parser,
 * then, for flat schemas (every top-level field a primitive column, the common case), each row
 * group's column chunks page by page through parquet-column.ts, so memory holds one page per
 * column whatever the row group size. Files with nested fields take hyparquet's row-span
 * reader (parquet-nested.ts). Snappy is built in; hyparquet-compressors adds zstd, gzip,
 * brotli, lz4.
 *
 * Why hyparquet's page-level functions rather than another library: parquet-wasm (Rust,
 * MIT/Apache) reads record batches but in Node only from a whole-file buffer or over HTTP,
 * returns Arrow IPC that needs apache-arrow to turn into values, and its wasm memory never
 * shrinks; hyparquet already decodes every type the tests cover and exports its page
 * functions, so only the walk over pages is ours.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } from 'hyparquet';
import type { ColumnChunk, FileMetaData, SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { isFlatColumn } from 'hyparquet/src/schema.js';
import { UserError } from '../runner/errors.js';
import type { FileContext } from './csv-reader.js';
import { checkHeader } from './csv-reader.js';
import { CELL_PARSERS } from './parquet-temporal.js';
import type { ColumnDecoder } from './parquet-values.js';
import { ParquetColumnChunk } from './parquet-column.js';
import { PageBuffers } from './parquet-page.js';
import { readNestedParquet } from './parquet-nested.js';
import { rowGroupBytes } from './row-group-bytes.js';
import { defaultBatchRows, type Batch, type Cell } from './types.js';

/**
 * Row groups first (0-based) up to, not including, end: a part of a file (parallel reads).
 * rowStart and rowEnd cut the first group's leading rows and the last group's trailing rows
 * (row offsets within those groups), so one large row group can be read in several parts.
 */
export interface RowGroupRange {
  first: number;
  end: number;
  rowStart?: number;
  rowEnd?: number;
}

/**
 * What a thread reading one part of a file after another keeps between parts: the file's
 * parsed footer (read and parsed once, not once per part) and each column's page buffers
 * (grown once, not again for every part). One part at a time.
 */
export class ParquetPartReuse {
  private footerFile?: string;
  private metadata?: FileMetaData;
  private readonly buffers: PageBuffers[] = [];

  /** The file's footer: read for the first part of a file, kept for the next. */
  async footer(file: string): Promise<FileMetaData> {
    if (this.footerFile !== file || !this.metadata) {
      this.metadata = await readFooter(file);
      this.footerFile = file;
    }
    return this.metadata;
  }

  pageBuffers(columns: number): PageBuffers[] {
    while (this.buffers.length < columns) this.buffers.push(new PageBuffers());
    return this.buffers.slice(0, columns);
  }
}

/**
 * Yields the rows of one Parquet file in batches cut from its row groups (only those of
 * `groups` when given: flat schemas only, see parquetLayout). Always yields at least one
 * batch so consumers see the columns. A truncated or corrupt file gives a UserError naming
 * the file and what was found wrong. `reuse` carries the footer and buffers from one part of
 * a file to the next on a thread.
 */
export async function* readParquetFile(file: string, ctx: FileContext, groups?: RowGroupRange, reuse?: ParquetPartReuse): AsyncGenerator<Batch> {
  const metadata = reuse ? await reuse.footer(file) : await readFooter(file);
  const schema = parquetSchema(metadata);
  const columns = schema.children.map((child) => child.element.name);
  checkHeader(file, columns, 0);
  const batchRows = ctx.batchRows ?? defaultBatchRows(columns.length);
  const bytesRead = ctx.bytesBefore + metadata.metadata_length + 8;
  if (!schema.children.every((child) => isFlatColumn([schema, child]))) {
    if (groups) throw new Error(`${file}: row-group ranges are read only from flat schemas`);
    const buffer = await openBuffer(file);
    yield* readNestedParquet({ file, buffer, metadata, columns, batchRows, firstRow: ctx.firstRow, bytesRead, signal: ctx.signal, corrupt: (where, error) => corrupt(file, where, error) });
    return;
  }
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
  });
  try {
    const buffers = reuse?.pageBuffers(columns.length) ?? columns.map(() => new PageBuffers());
    yield* readFlatParquet(file, handle, metadata, schema, batchRows, { ...ctx, bytesBefore: bytesRead }, groups ?? { first: 0, end: metadata.row_groups.length }, buffers);
  } finally {
    await handle.close();
  }
}

/** The file's footer, or a UserError naming the file. */
async function readFooter(file: string): Promise<FileMetaData> {
  const buffer = await openBuffer(file);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw corrupt(file, 'its footer', error);
  }
  // hyparquet checks only the footer's magic: a file whose start is damaged or replaced would
  // otherwise be read as if whole.
  const head = new Uint8Array(await buffer.slice(0, 4));
  if (String.fromCharCode(...head) !== 'PAR1') throw corrupt(file, 'its first bytes', new Error('the file does not start with the Parquet magic bytes PAR1'));
  return metadata;
}

function openBuffer(file: string): ReturnType<typeof asyncBufferFromFile> {
  return asyncBufferFromFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
  });
}

async function* readFlatParquet(file: string, handle: FileHandle, metadata: FileMetaData, schema: SchemaTree, batchRows: number, ctx: FileContext, range: RowGroupRange, buffers: PageBuffers[]): AsyncGenerator<Batch> {
  const fields = schema.children;
  const columns = fields.map((field) => field.element.name);
  const groups = metadata.row_groups.length;
  let firstRow = ctx.firstRow;
  let bytesRead = ctx.bytesBefore;
  let yielded = false;
  for (let g = range.first; g < range.end; g++) {
    const group = metadata.row_groups[g]!;
    const where = (c: number): string => `column "${columns[c]}" in row group ${g + 1} of ${groups}`;
    const groupRows = Number(group.num_rows);
    const from = g === range.first ? (range.rowStart ?? 0) : 0;
    const to = g === range.end - 1 ? Math.min(range.rowEnd ?? groupRows, groupRows) : groupRows;
    const groupBytes = rowGroupBytes(group);
    const chunks = fields.map((field, c) => {
      try {
        return openChunk(handle, schema, field, group.columns, groupRows, buffers[c]);
      } catch (error) {
        throw corrupt(file, where(c), error);
      }
    });
    if (from > 0) {
      for (const [c, chunk] of chunks.entries()) {
        try {
          await chunk.skip(from);
        } catch (error) {
          throw corrupt(file, where(c), error);
        }
      }
    }
    for (let at = from; at < to; at += batchRows) {
      ctx.signal?.throwIfAborted();
      const n = Math.min(batchRows, to - at);
      const values: Cell[][] = [];
      for (const [c, chunk] of chunks.entries()) {
        try {
          values.push(await chunk.take(n));
        } catch (error) {
          throw corrupt(file, where(c), error);
        }
      }
      yield { file, format: 'parquet', columns, values, rowCount: n, firstRow, bytesRead: bytesRead + Math.round((groupBytes * (at + n - from)) / groupRows) };
      yielded = true;
      firstRow += n;
    }
    bytesRead += from === 0 && to === groupRows ? groupBytes : Math.round((groupBytes * (to - from)) / groupRows);
  }
  if (!yielded) yield { file, format: 'parquet', columns, values: columns.map(() => []), rowCount: 0, firstRow, bytesRead };
}

/** The page reader of one field's column chunk in a row group. */
function openChunk(handle: FileHandle, schema: SchemaTree, field: SchemaTree, chunks: ColumnChunk[], groupRows: number, buffers: PageBuffers | undefined): ParquetColumnChunk {
  const name = field.element.name;
  const chunk = chunks.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
  const meta = chunk?.meta_data;
  if (!meta) throw new Error('no column chunk for this field in the row group');
  if (chunk.file_path) throw new Error(`the column chunk is in another file (${chunk.file_path}), which is not supported`);
  // As hyparquet: the chunk starts at its dictionary page if any (an offset of 0 means none).
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const end = start + Number(meta.total_compressed_size);
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element: field.element,
    schemaPath: [schema, field],
    codec: meta.codec,
    parsers: CELL_PARSERS,
    compressors,
  };
  return new ParquetColumnChunk(handle, decoder, { start, end }, groupRows, { buffers });
}

function corrupt(file: string, where: string, error: unknown): UserError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UserError(`${file}: not a valid Parquet file, or truncated: cannot read ${where} (${detail})`, { file, cause: error });
}
