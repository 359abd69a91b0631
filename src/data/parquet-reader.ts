/**
 * Reads one Parquet file with hyparquet (pure JS, MIT), a span of rows at a time: only that
 * span's column chunks are fetched from disk and only the pages covering it are decoded, so
 * memory holds one span, never the whole file. Spans are capped at SPAN_ROWS because a whole
 * 1Mi-row group (pyarrow's default) of 12 columns decoded at once peaked at 640-720 MB RSS
 * (bench/readers); 128K-row spans peak near 390 MB, 64K-row spans 330 MB but run slower,
 * since hyparquet fetches and decompresses a span's whole column chunks each time. Snappy is built in; hyparquet-compressors adds zstd, gzip, brotli, lz4.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { ColumnData, FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../runner/errors.js';
import type { FileContext } from './csv-reader.js';
import { checkHeader } from './csv-reader.js';
import { defaultBatchRows, type Batch, type Cell } from './types.js';

/**
 * Yields the rows of one Parquet file in batches cut from its row groups. Always yields at
 * least one batch so consumers see the columns. A truncated or corrupt file gives a
 * UserError naming the file and what hyparquet found wrong.
 */
export async function* readParquetFile(file: string, ctx: FileContext): AsyncGenerator<Batch> {
  const buffer = await asyncBufferFromFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
  });
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw corrupt(file, 'its footer', error);
  }
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  checkHeader(file, columns, 0);
  const batchRows = ctx.batchRows ?? defaultBatchRows(columns.length);
  let firstRow = ctx.firstRow;
  let groupStart = 0;
  let bytesRead = ctx.bytesBefore + footerBytes(metadata);
  let yielded = false;
  for (const [g, group] of metadata.row_groups.entries()) {
    const groupRows = Number(group.num_rows);
    const groupBytes = group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
    for (let spanAt = 0; spanAt < groupRows; spanAt += SPAN_ROWS) {
      ctx.signal?.throwIfAborted();
      const spanRows = Math.min(SPAN_ROWS, groupRows - spanAt);
      const values = await readSpan(file, g, buffer, metadata, columns, groupStart + spanAt, spanRows);
      const spanBytes = Math.round((groupBytes * (spanAt + spanRows)) / groupRows);
      for (let at = 0; at < spanRows; at += batchRows) {
        const n = Math.min(batchRows, spanRows - at);
        const slice = n === spanRows ? values : values.map((column) => column.slice(at, at + n));
        yield { file, format: 'parquet', columns, values: slice, rowCount: n, firstRow, bytesRead: bytesRead + spanBytes };
        yielded = true;
        firstRow += n;
      }
    }
    bytesRead += groupBytes;
    groupStart += groupRows;
  }
  if (!yielded) yield { file, format: 'parquet', columns, values: columns.map(() => []), rowCount: 0, firstRow, bytesRead };
}

/** Rows decoded at once (see the file comment). */
export const SPAN_ROWS = 1 << 17;

async function readSpan(file: string, g: number, buffer: Awaited<ReturnType<typeof asyncBufferFromFile>>, metadata: FileMetaData, columns: string[], groupStart: number, groupRows: number): Promise<Cell[][]> {
  const values: Cell[][] = columns.map(() => new Array<Cell>(groupRows).fill(null));
  const index = new Map(columns.map((name, c) => [name, c]));
  const onChunk = ({ columnName, columnData, rowStart }: ColumnData): void => {
    const target = values[index.get(columnName) ?? -1];
    if (target === undefined) return;
    const from = Math.max(0, groupStart - rowStart);
    const to = Math.min(columnData.length, groupStart + groupRows - rowStart);
    for (let k = from; k < to; k++) target[rowStart + k - groupStart] = toCell(columnData[k]);
  };
  try {
    await parquetRead({ file: buffer, metadata, rowStart: groupStart, rowEnd: groupStart + groupRows, compressors, onChunk });
  } catch (error) {
    throw corrupt(file, `row group ${g + 1} of ${metadata.row_groups.length}`, error);
  }
  return values;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return value <= 9007199254740991n && value >= -9007199254740991n ? Number(value) : value;
    default:
      if (value instanceof Date) return value;
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
  }
}

function footerBytes(metadata: FileMetaData): number {
  return metadata.metadata_length + 8;
}

function corrupt(file: string, where: string, error: unknown): UserError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UserError(`${file}: not a valid Parquet file, or truncated: cannot read ${where} (${detail})`, { file, cause: error });
}
