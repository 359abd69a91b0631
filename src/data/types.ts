import type { TypedCells, TypedPlanner } from './typed-cells.js';

/**
 * The shapes the streaming readers hand to validators and profilers. One batch holds up to
 * `batchRows` rows of one file, column-major so a column's checks run over one plain array.
 */

/**
 * One cell. CSV/TSV cells stay the raw field text ('' for an empty field: typing is the
 * validator's job). JSONL and Parquet keep their native types: numbers, booleans, strings,
 * Date for Parquet timestamps, bigint only for Parquet INT64 values beyond 2^53 (smaller ones
 * become numbers), nested objects and arrays as their JSON text, binary as base64; a
 * BYTE_ARRAY column with no logical type is read as UTF-8 text, as hyparquet does (older
 * Spark, Hive and Impala writers store strings so). Absent keys and nulls are null.
 *
 * Parquet dates and times of day read as the text a CSV of the same data holds, so checks,
 * kinds, inferred types and examples match CSV's: a DATE is "2019-12-04", a TIME "12:30:01"
 * (with its unit's fraction digits when not zero, "12:30:01.500"). A timestamp or date no Date
 * can hold (beyond ±8.64e15 ms: INT64 max as a "no end" marker), or a TIME outside the day,
 * is the text of the stored integer with what it counts, "9223372036854775807 us since
 * 1970-01-01": never an Invalid Date (see parquet-temporal.ts).
 */
export type Cell = string | number | boolean | bigint | Date | null;

/** Supported formats; each text format may also be gzipped (`.gz`), Parquet not. */
export type Format = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export const FORMATS: readonly Format[] = ['csv', 'tsv', 'jsonl', 'parquet'];

/**
 * Rows `firstRow .. firstRow + rowCount - 1` of the dataset, all from one file.
 *
 * Columns only ever grow by appending (JSONL discovers keys as it goes), so `columns[c]` of an
 * earlier batch is `columns[c]` of every later batch: consumers may align by index, treating
 * a column missing from an earlier batch as all null there.
 *
 * String cells may share memory with the decoded text around them (V8 sliced strings): a
 * consumer that keeps a value beyond the batch (examples, top values) should store
 * `detachString(value)` so a few kept values do not pin megabytes of text.
 */
export interface Batch {
  /** The file's path, as given or expanded. */
  file: string;
  /** The file's format: 'csv' and 'tsv' cells are raw text, the others native values. */
  format: Format;
  /** Header (CSV/TSV), keys seen so far (JSONL) or top-level schema fields (Parquet). */
  columns: string[];
  /** Column-major: values[c][i] is column c of row i; every column has rowCount entries. */
  values: Cell[][];
  rowCount: number;
  /** 1-based data row number, across the whole dataset, of row 0 of this batch. */
  firstRow: number;
  /** Text formats: 1-based physical line in the file where row i starts. */
  lines?: Int32Array;
  /** Running total of (compressed) file bytes consumed so far in the dataset. */
  bytesRead: number;
  /**
   * CSV/TSV read with typed plans (ReadOptions.typed): where `typed.values[c]` exists, a cell
   * `values[c][i]` that is undefined was read as the number `typed.values[c][i]` (typed-cells.ts).
   * Only a consumer that asked for plans gets such cells.
   */
  typed?: TypedCells;
}

export interface ReadOptions {
  /** Overrides the format guessed from each file's extension. */
  format?: Format;
  /**
   * Rows per batch. The default keeps a batch near 32K cells: measured in bench/readers on 12
   * string columns, 2K-8K-row batches read 1M rows in 0.85-1.1 s, 16K rows in 2.7 s and 64K
   * rows in 3.4 s (and 350 MB RSS): large batches outlive V8's young generation.
   */
  batchRows?: number;
  signal?: AbortSignal;
  /** Bytes per read from text files (default 1 MiB); tests use tiny reads to split rows. */
  chunkBytes?: number;
  /** CSV/TSV: read the plain cells of these columns as typed values (see Batch.typed). */
  typed?: TypedPlanner;
}

/** Default rows per batch for a table of `width` columns (about 32K cells, 512..64K rows). */
export function defaultBatchRows(width: number): number {
  return Math.max(512, Math.min(65_536, Math.floor(32_768 / Math.max(1, width))));
}

/**
 * Returns a copy of `value` that does not share memory with the text it was cut from. Cheap
 * for short strings (V8 copies those already); call it on values kept beyond their batch.
 */
export function detachString(value: string): string {
  // A JSON round trip builds a new flat string (lone surrogates survive as escapes); slicing
  // or concatenating would only make another view of the same text.
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}
