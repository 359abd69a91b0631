/**
 * Files with nested columns (lists, maps, structs) are read with hyparquet's parquetRead, a
 * span of rows at a time, because assembling nested values needs hyparquet's Dremel assembly
 * across all leaf columns of a field. Flat files, the common case, take the page-by-page path
 * of parquet-column.ts instead. This path fetches and decodes a span's whole column chunks
 * each time: 128Ki-row spans of a 12-column table peaked near 390-430 MB RSS (bench/README.md).
 */
import { parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, ColumnData, FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { CELL_PARSERS, timeCell, timeUnitOf } from './parquet-temporal.js';
import { toCell } from './parquet-values.js';
import { rowGroupBytes } from './row-group-bytes.js';
import type { Batch, Cell } from './types.js';

/** Rows decoded at once (see the file comment). */
export const SPAN_ROWS = 1 << 17;

export interface NestedReadContext {
  file: string;
  buffer: AsyncBuffer;
  metadata: FileMetaData;
  columns: string[];
  batchRows: number;
  firstRow: number;
  bytesRead: number;
  signal?: AbortSignal;
  /** Wraps a decoding error with the file and where in it. */
  corrupt(where: string, error: unknown): Error;
}

/** Yields the rows of a Parquet file with nested columns in batches of at most batchRows. */
export async function* readNestedParquet(ctx: NestedReadContext): AsyncGenerator<Batch> {
  const { file, metadata, columns, batchRows } = ctx;
  let { firstRow, bytesRead } = ctx;
  let groupStart = 0;
  let yielded = false;
  for (const [g, group] of metadata.row_groups.entries()) {
    const groupRows = Number(group.num_rows);
    const groupBytes = rowGroupBytes(group);
    for (let spanAt = 0; spanAt < groupRows; spanAt += SPAN_ROWS) {
      ctx.signal?.throwIfAborted();
      const spanRows = Math.min(SPAN_ROWS, groupRows - spanAt);
      let values: Cell[][];
      try {
        values = await readSpan(ctx, groupStart + spanAt, spanRows);
      } catch (error) {
        throw ctx.corrupt(`row group ${g + 1} of ${metadata.row_groups.length}`, error);
      }
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

async function readSpan({ buffer, metadata, columns }: NestedReadContext, spanStart: number, spanRows: number): Promise<Cell[][]> {
  const values: Cell[][] = columns.map(() => new Array<Cell>(spanRows).fill(null));
  const index = new Map(columns.map((name, c) => [name, c]));
  // hyparquet leaves TIME values as stored: top-level ones read as the page-by-page path reads them.
  const timeUnits = new Map(parquetSchema(metadata).children.map((field) => [field.element.name, timeUnitOf(field.element)]));
  const onChunk = ({ columnName, columnData, rowStart }: ColumnData): void => {
    const target = values[index.get(columnName) ?? -1];
    if (target === undefined) return;
    const from = Math.max(0, spanStart - rowStart);
    const to = Math.min(columnData.length, spanStart + spanRows - rowStart);
    const unit = timeUnits.get(columnName);
    for (let k = from; k < to; k++) target[rowStart + k - spanStart] = unit ? timeCell(columnData[k], unit) : toCell(columnData[k]);
  };
  await parquetRead({ file: buffer, metadata, rowStart: spanStart, rowEnd: spanStart + spanRows, compressors, parsers: CELL_PARSERS, onChunk });
  return values;
}
