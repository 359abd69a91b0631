/**
 * The row groups of a Parquet file, for reading it in parts on several threads: each part is a
 * run of whole row groups (a column chunk is read from its start, so a group is the smallest
 * unit that costs nothing extra), read by its thread straight from the file
 * (readParquetFile with a RowGroupRange), so no bytes cross threads.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } from 'hyparquet';
import { isFlatColumn } from 'hyparquet/src/schema.js';
import { checkHeader } from './csv-reader.js';
import type { RowGroupRange } from './parquet-reader.js';

export interface ParquetLayout {
  columns: string[];
  /** Rows and compressed bytes of each row group, in file order. */
  groups: { rows: number; bytes: number }[];
  /** Bytes of the footer (metadata and its length and magic). */
  footerBytes: number;
}

/**
 * The file's columns and row groups, or undefined when it is better read by the sequential
 * reader: an unreadable footer or header (which then gives the user its error), or nested
 * fields (read by hyparquet's row reader, not by row group here).
 */
export async function readParquetLayout(file: string): Promise<ParquetLayout | undefined> {
  try {
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file));
    const schema = parquetSchema(metadata);
    if (!schema.children.every((child) => isFlatColumn([schema, child]))) return undefined;
    const columns = schema.children.map((child) => child.element.name);
    checkHeader(file, columns, 0);
    const groups = metadata.row_groups.map((group) => ({
      rows: Number(group.num_rows),
      bytes: group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0),
    }));
    return { columns, groups, footerBytes: metadata.metadata_length + 8 };
  } catch {
    return undefined;
  }
}

/**
 * Runs of consecutive row groups of at least `partBytes` compressed bytes each (the last may be
 * less), a run ending early rather than going over `maxRows` rows (unless it is one group).
 */
export function rowGroupParts(layout: ParquetLayout, partBytes: number, maxRows = Infinity): (RowGroupRange & { rows: number; bytes: number })[] {
  const parts: (RowGroupRange & { rows: number; bytes: number })[] = [];
  let current: (RowGroupRange & { rows: number; bytes: number }) | undefined;
  layout.groups.forEach((group, g) => {
    if (current && current.rows + group.rows > maxRows) {
      parts.push(current);
      current = undefined;
    }
    current ??= { first: g, end: g, rows: 0, bytes: 0 };
    current.end = g + 1;
    current.rows += group.rows;
    current.bytes += group.bytes;
    if (current.bytes >= partBytes) {
      parts.push(current);
      current = undefined;
    }
  });
  if (current) parts.push(current);
  return parts;
}
