/** One dataset made of one or more files, read in one streaming pass. */
import { UserError } from '../runner/errors.js';
import { readDelimitedFile, type FileContext } from './csv-reader.js';
import { detectFormat, isGzipPath } from './format.js';
import { KeyColumns, readJsonlFile } from './jsonl-reader.js';
import { readParquetFile } from './parquet-reader.js';
import type { Batch, Format, ReadOptions } from './types.js';

/**
 * Reads `paths` in order as one dataset: row numbers continue from file to file, and
 * `bytesRead` is a running total. Every file must have the same format (gzip or not) and,
 * for CSV, TSV and Parquet, the same columns in the same order; JSONL columns are the union
 * of keys so far. Each file yields at least one batch (possibly of zero rows) so consumers
 * see every header. Malformed data throws a UserError with file and line.
 */
export async function* readDataset(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Batch> {
  const format = datasetFormat(paths, options.format);
  const keys = new KeyColumns();
  let firstRow = 1;
  let bytesBefore = 0;
  let reference: { file: string; columns: string[] } | undefined;
  for (const file of paths) {
    options.signal?.throwIfAborted();
    const ctx: FileContext = { firstRow, bytesBefore, batchRows: options.batchRows, signal: options.signal, chunkBytes: options.chunkBytes, typed: options.typed };
    let bytes = bytesBefore;
    let checked = false;
    for await (const batch of readFile(file, format, keys, ctx)) {
      if (!checked && format !== 'jsonl') {
        if (reference === undefined) reference = { file, columns: batch.columns };
        else sameColumns(reference, file, batch.columns);
        checked = true;
      }
      firstRow += batch.rowCount;
      bytes = batch.bytesRead;
      yield batch;
    }
    bytesBefore = bytes;
  }
}

/** The format every file of the dataset has; throws a UserError when they differ. */
export function datasetFormat(paths: readonly string[], given?: Format): Format {
  if (paths.length === 0) throw new UserError('The dataset has no files', { input: 'data' });
  const formats = paths.map((path) => detectFormat(path, given));
  const format = formats[0]!;
  formats.forEach((other, i) => {
    if (other !== format) {
      throw new UserError(`Files of one dataset must share a format: ${paths[0]} is ${format} but ${paths[i]} is ${other}`, { file: paths[i]! });
    }
  });
  return format;
}

function readFile(file: string, format: Format, keys: KeyColumns, ctx: FileContext): AsyncGenerator<Batch> {
  switch (format) {
    case 'csv':
      return readDelimitedFile(file, ',', isGzipPath(file), ctx);
    case 'tsv':
      return readDelimitedFile(file, '\t', isGzipPath(file), ctx);
    case 'jsonl':
      return readJsonlFile(file, isGzipPath(file), keys, ctx);
    case 'parquet':
      return readParquetFile(file, ctx);
  }
}

/** Refuses a file whose header differs from the dataset's first file. */
export function sameColumns(reference: { file: string; columns: string[] }, file: string, columns: string[]): void {
  const expected = reference.columns;
  if (expected.length === columns.length && expected.every((name, i) => name === columns[i])) return;
  const missing = expected.filter((name) => !columns.includes(name));
  const extra = columns.filter((name) => !expected.includes(name));
  const detail = missing.length > 0 || extra.length > 0
    ? [missing.length > 0 ? `missing ${list(missing)}` : '', extra.length > 0 ? `extra ${list(extra)}` : ''].filter(Boolean).join(', ')
    : 'same columns in a different order';
  throw new UserError(`${file} and ${reference.file} are parts of one dataset but their headers differ (${file}: ${detail})`, { file, line: 1 });
}

function list(names: string[]): string {
  const shown = names.slice(0, 5).map((n) => JSON.stringify(n));
  return names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ');
}
