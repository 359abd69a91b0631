/**
 * Parses one part of a delimited file (csv-split.ts) into batches, as readDelimitedFile does
 * for a whole file: same tokenizer, same checks, same errors at the same lines. Runs on a
 * worker thread; row numbers are relative to the part (its first row is `firstRow`), lines are
 * the file's.
 */
import { CsvTokenizer, END, fillRows, NEED_MORE } from './csv-tokenizer.js';
import { decodePiece, invalidUtf8Error, TEXT_PIECE_BYTES } from './text-source.js';
import { allocateTypedCells, typedReader, type TypedPlan } from './typed-cells.js';
import { defaultBatchRows, type Batch } from './types.js';
import { countNewlines } from './utf8.js';

export interface PartOptions {
  file: string;
  delimiter: ',' | '\t';
  /** The header's columns (every row must have as many fields). */
  columns: string[];
  /** File offset of bytes[0] (for invalid UTF-8 errors). */
  offset: number;
  /** Line number at bytes[0]. */
  firstLine: number;
  /** Row number given to the part's first row (default 1). */
  firstRow?: number;
  batchRows?: number;
  /** Plans for the columns whose plain cells are read as typed values (Batch.typed). */
  typed?: readonly (TypedPlan | undefined)[];
}

/** Yields the part's rows in batches; `bytesRead` of each batch is 0 (the caller tracks bytes). */
export function* readDelimitedPart(bytes: Uint8Array, options: PartOptions, pieceBytes = TEXT_PIECE_BYTES): Generator<Batch> {
  const { file, delimiter, columns } = options;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tok = new CsvTokenizer(file, delimiter);
  tok.line = options.firstLine;
  let decoded = 0; // bytes of `buffer` given to the tokenizer
  let invalidAt = -1; // offset of the first invalid UTF-8 byte, once decoding reached it
  // The text goes to the tokenizer a piece at a time (see TEXT_PIECE_BYTES); decoding stops at invalid UTF-8.
  const pushPiece = (): void => {
    const piece = decodePiece(buffer, decoded, pieceBytes);
    tok.push(piece.text);
    invalidAt = piece.invalidAt;
    decoded = invalidAt >= 0 ? buffer.length : piece.end;
  };
  pushPiece();
  const width = columns.length;
  const batchRows = options.batchRows ?? defaultBatchRows(width);
  const skipBlank = width > 1;
  const format = delimiter === ',' ? 'csv' : 'tsv';
  let firstRow = options.firstRow ?? 1;
  for (;;) {
    const values = Array.from({ length: width }, () => new Array<string>(batchRows));
    const lines = new Int32Array(batchRows);
    const typed = allocateTypedCells(options.typed, batchRows);
    const reader = typedReader(options.typed, typed);
    let n = 0;
    let status: number;
    for (;;) {
      // A part ends on a row boundary, so only the file's last part can end inside a row.
      const filled = fillRows(tok, values, lines, n, decoded === buffer.length && invalidAt < 0, skipBlank, file, reader);
      n = filled.rows;
      status = filled.status;
      if (status !== NEED_MORE || decoded === buffer.length) break;
      pushPiece();
    }
    if (status === NEED_MORE) {
      // Only with invalid UTF-8: the rows before the bad byte are done; fail where it is.
      throw invalidUtf8Error(file, { byte: buffer[invalidAt] ?? 0, offset: options.offset + invalidAt }, tok.line + countNewlines(tok.rest()));
    }
    const done = status === END;
    if (n > 0) {
      if (n < batchRows) for (const column of values) column.length = n;
      yield { file, format, columns, values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: 0, ...(typed ? { typed } : {}) };
      firstRow += n;
    }
    if (done) return;
  }
}
