/** Reads one CSV or TSV file (optionally gzipped) into batches of raw string cells. */
import { UserError } from '../runner/errors.js';
import { CsvTokenizer, END, fillRows, NEED_MORE } from './csv-tokenizer.js';
import { invalidUtf8Error, readTextChunks, type TextChunk } from './text-source.js';
import { allocateTypedCells, typedReader, type TypedPlanner } from './typed-cells.js';
import { defaultBatchRows, type Batch } from './types.js';
import { countNewlines } from './utf8.js';

/** Where a file sits in its dataset, and how to batch it. */
export interface FileContext {
  /** Dataset row number of this file's first row. */
  firstRow: number;
  /** Bytes read by the files before this one. */
  bytesBefore: number;
  batchRows?: number;
  signal?: AbortSignal;
  chunkBytes?: number;
  /** Read the plain cells of some columns as typed values (Batch.typed). */
  typed?: TypedPlanner;
}

/**
 * Yields the rows of one delimited file. Always yields at least one batch (a header-only
 * file gives one batch of zero rows) so consumers see the header. Blank lines are skipped
 * when there are several columns; with one column a blank line is an empty value.
 */
export async function* readDelimitedFile(file: string, delimiter: ',' | '\t', gzip: boolean, ctx: FileContext): AsyncGenerator<Batch> {
  const tok = new CsvTokenizer(file, delimiter);
  const lineReached = (): number => tok.line + countNewlines(tok.rest());
  const chunks = readTextChunks(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
  let final = false;
  let bytes = 0;
  let invalid: TextChunk['invalid'];
  const more = async (): Promise<void> => {
    ctx.signal?.throwIfAborted();
    if (invalid !== undefined) throw invalidUtf8Error(file, invalid, lineReached());
    const next = await chunks.next();
    if (next.done === true) {
      final = true;
      return;
    }
    bytes = next.value.bytesRead;
    invalid = next.value.invalid;
    tok.push(next.value.text);
  };
  try {
    let header: string[] | undefined;
    while (header === undefined) {
      const mark = tok.save();
      const status = tok.parseRow([], 0, 0, final, true);
      if (status === END) throw new UserError(`${file}: empty: no header`, { file, line: 1 });
      if (status === NEED_MORE) {
        await more();
        continue;
      }
      const width = tok.fields;
      tok.restore(mark);
      const cells = Array.from({ length: width }, () => [] as string[]);
      tok.parseRow(cells, 0, width, final, true);
      header = cells.map((c) => c[0] ?? '');
    }
    checkHeader(file, header, tok.rowLine);
    const width = header.length;
    const batchRows = ctx.batchRows ?? defaultBatchRows(width);
    const skipBlank = width > 1;
    const plans = ctx.typed?.(header);
    let firstRow = ctx.firstRow;
    let yielded = false;
    for (;;) {
      const values = Array.from({ length: width }, () => new Array<string>(batchRows));
      const lines = new Int32Array(batchRows);
      const typed = allocateTypedCells(plans, batchRows);
      const reader = typedReader(plans, typed);
      let n = 0;
      let done = false;
      while (n < batchRows) {
        const filled = fillRows(tok, values, lines, n, final, skipBlank, file, reader);
        n = filled.rows;
        if (filled.status === NEED_MORE) await more();
        else if (filled.status === END) {
          done = true;
          break;
        }
      }
      if (n > 0 || !yielded) {
        if (n < batchRows) for (const column of values) column.length = n;
        yield { file, format: delimiter === ',' ? 'csv' : 'tsv', columns: header, values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: ctx.bytesBefore + bytes, ...(typed ? { typed } : {}) };
        yielded = true;
        firstRow += n;
      }
      if (done) return;
    }
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * Refuses empty and duplicate column names, naming the column, and names that show the file is
 * not what it should be: a NUL (UTF-16 text without a byte-order mark, or a binary file) or a
 * carriage return without a line feed (lines ended by CR alone, as on classic Mac OS, which
 * would otherwise read as one long header and silently no rows). `line` 0 means no line.
 */
export function checkHeader(file: string, header: readonly string[], line: number): void {
  const where = line > 0 ? `${file}:${line}` : file;
  const at = line > 0 ? { file, line } : { file };
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name.trim() === '') throw new UserError(`${where}: column ${i + 1} of the header has an empty name`, at);
    if (name.includes('\0')) {
      throw new UserError(`${where}: column ${i + 1} of the header holds a NUL character: the file is not UTF-8 text (UTF-16 without a byte-order mark, or a binary file?); save it as UTF-8`, at);
    }
    if (/\r(?!\n)/.test(name)) {
      throw new UserError(`${where}: column ${i + 1} of the header holds a carriage return: the file's lines seem to end in CR alone (classic Mac OS); save it with LF or CRLF line endings`, at);
    }
    const before = seen.get(name);
    if (before !== undefined) {
      throw new UserError(`${where}: duplicate column name "${name}" (columns ${before + 1} and ${i + 1})`, at);
    }
    seen.set(name, i);
  });
}
