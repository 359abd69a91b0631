/**
 * Reads one Parquet file with hyparquet (pure JS, MIT), one row group at a time: only that
 * group's column chunks are fetched from disk, so memory holds one decoded row group (plus
 * the footer), never the whole file. Snappy is built in; hyparquet-compressors adds zstd,
 * gzip, brotli and lz4.
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
    ctx.signal?.throwIfAborted();
    const groupRows = Number(group.num_rows);
    const values = await readGroup(file, g, buffer, metadata, columns, groupStart, groupRows);
    bytesRead += group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
    for (let at = 0; at < groupRows; at += batchRows) {
      const n = Math.min(batchRows, groupRows - at);
      const slice = n === groupRows ? values : values.map((column) => column.slice(at, at + n));
      yield { file, format: 'parquet', columns, values: slice, rowCount: n, firstRow, bytesRead };
      yielded = true;
      firstRow += n;
    }
    groupStart += groupRows;
  }
  if (!yielded) yield { file, format: 'parquet', columns, values: columns.map(() => []), rowCount: 0, firstRow, bytesRead };
}

async function readGroup(file: string, g: number, buffer: Awaited<ReturnType<typeof asyncBufferFromFile>>, metadata: FileMetaData, columns: string[], groupStart: number, groupRows: number): Promise<Cell[][]> {
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
