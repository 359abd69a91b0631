/**
 * The row groups of a Parquet file, for reading it in parts on several threads: each part is a
 * run of whole row groups, or a slice of rows of one large group, read by its thread straight
 * from the file (readParquetFile with a RowGroupRange), so no bytes cross threads. A slice
 * costs a little extra: its thread decodes again the pages that straddle its edges and the
 * dictionaries its pages use, and passes over earlier pages by their headers.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } from 'hyparquet';
import { isFlatColumn } from 'hyparquet/src/schema.js';
import { checkHeader } from './csv-reader.js';
import type { RowGroupRange } from './parquet-reader.js';
import { rowGroupBytes } from './row-group-bytes.js';

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
      bytes: rowGroupBytes(group),
    }));
    return { columns, groups, footerBytes: metadata.metadata_length + 8 };
  } catch {
    return undefined;
  }
}

/** One part: a RowGroupRange with its rows and (estimated, for progress) compressed bytes. */
export type ParquetPart = RowGroupRange & { rows: number; bytes: number };

/**
 * Runs of consecutive row groups of at least `partBytes` compressed bytes each (the last may be
 * less), a run ending early rather than going over `maxRows` rows. A group of more than
 * `maxRows` rows is cut into equal slices of at most `maxRows` rows, each a part of its own,
 * its bytes the group's share (the slices' bytes add up to the group's).
 */
export function rowGroupParts(layout: ParquetLayout, partBytes: number, maxRows = Infinity): ParquetPart[] {
  const parts: ParquetPart[] = [];
  let current: ParquetPart | undefined;
  const close = (): void => {
    if (current) parts.push(current);
    current = undefined;
  };
  layout.groups.forEach((group, g) => {
    if (group.rows > maxRows) {
      close();
      const slices = Math.ceil(group.rows / maxRows);
      const cut = (k: number): number => Math.round((group.rows * k) / slices);
      const byteAt = (row: number): number => Math.round((group.bytes * row) / group.rows);
      for (let k = 0; k < slices; k++) {
        const rowStart = cut(k);
        const rowEnd = cut(k + 1);
        parts.push({ first: g, end: g + 1, rowStart, rowEnd, rows: rowEnd - rowStart, bytes: byteAt(rowEnd) - byteAt(rowStart) });
      }
      return;
    }
    if (current && current.rows + group.rows > maxRows) close();
    current ??= { first: g, end: g, rows: 0, bytes: 0 };
    current.end = g + 1;
    current.rows += group.rows;
    current.bytes += group.bytes;
    if (current.bytes >= partBytes) close();
  });
  close();
  return parts;
}
