/**
 * Cuts a CSV/TSV file into parts that end on row boundaries, so the parts can be parsed on
 * other threads (see csv-part.ts) and their results joined in file order. A gzipped file is
 * decompressed here, as a stream (zlib works on libuv's thread pool), and its text cut the same
 * way: only the decompression is sequential.
 *
 * A row boundary is a line feed outside quotes. Outside quotes every quote character opens or
 * closes a quoted field (an escaped quote inside one is a pair, which toggles twice), so a line
 * feed ends a row exactly when an even number of quotes precede it since the last boundary.
 * Malformed text (a stray quote) can mislead this count only after the first malformed row,
 * and the tokenizer parsing the part that holds that row fails on it first; so the first error
 * in file order is the one a sequential read reports.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants, gunzipSync } from 'node:zlib';
import { UserError } from '../runner/errors.js';
import { checkHeader } from './csv-reader.js';
import { CsvTokenizer, MAX_ROW_CHARS, overlongRow, ROW } from './csv-tokenizer.js';
import { isGzipPath } from './format.js';
import { openByteStream, sourceError, TEXT_CHUNK_BYTES } from './text-source.js';
import { completeUtf8Length, countNewlines } from './utf8.js';

const QUOTE = 0x22;
const LF = 0x0a;

/** Where the data rows of a file start, after its header. */
export interface CsvLayout {
  header: string[];
  /** Line where the header row starts. */
  headerLine: number;
  /** Byte offset of the first data row (after the header's line feed). */
  dataStart: number;
  /** Line number at dataStart. */
  dataLine: number;
  /** File size in bytes. */
  size: number;
  /** Gzipped (by its name, as the sequential reader decides): offsets are then in the decompressed text. */
  gzip: boolean;
}

/** Bytes of the file's start read to find the header. */
const HEAD_BYTES = 1 << 20;
/**
 * Compressed bytes of a gzipped file's start decompressed to find the header. At most 1032x
 * larger decompressed (deflate's limit), so the output stays within MAX_HEAD_OUTPUT.
 */
const GZIP_HEAD_BYTES = 64 << 10;
const MAX_HEAD_OUTPUT = 64 << 20;

/**
 * Reads the header of a plain delimited file from its first MiB. Returns undefined when
 * anything is unusual (empty file, header not complete in that MiB, invalid UTF-8 or a
 * malformed header): the caller then reads the file sequentially, which reports such
 * problems exactly as before.
 */
export function readCsvLayout(file: string, delimiter: ',' | '\t'): CsvLayout | undefined {
  const gzip = isGzipPath(file);
  const fd = openSync(file, 'r');
  let head: Buffer;
  // The whole text is in `head` (so its last row is complete even without a line feed).
  let whole: boolean;
  try {
    const want = gzip ? GZIP_HEAD_BYTES : HEAD_BYTES;
    const buf = Buffer.allocUnsafe(want);
    const got = readSync(fd, buf, 0, want, 0);
    head = buf.subarray(0, got);
    whole = got < want;
  } finally {
    closeSync(fd);
  }
  if (gzip) {
    try {
      // The whole file read: decompressed as a whole (a truncated or corrupt one fails here).
      // Only its start: Z_SYNC_FLUSH gives what that decompresses to, without failing on the cut.
      const text = gunzipSync(head, { maxOutputLength: MAX_HEAD_OUTPUT, ...(whole ? {} : { finishFlush: constants.Z_SYNC_FLUSH }) });
      whole = whole && text.length <= HEAD_BYTES;
      head = text.subarray(0, HEAD_BYTES);
    } catch {
      return undefined; // not gzip, damaged, or a zip bomb: the sequential reader reports it
    }
  }
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const body = head.subarray(bom, completeUtf8Length(head.subarray(bom)) + bom);
  if (!isUtf8(body)) return undefined;
  const text = body.toString('utf8');
  const tok = new CsvTokenizer(file, delimiter);
  tok.push(text);
  try {
    const final = whole;
    const cells: string[][] = [];
    const mark = tok.save();
    if (tok.parseRow(cells, 0, 0, final, true) !== ROW) return undefined;
    const width = tok.fields;
    tok.restore(mark);
    const columns = Array.from({ length: width }, () => [] as string[]);
    if (tok.parseRow(columns, 0, width, final, true) !== ROW) return undefined;
    const header = columns.map((c) => c[0] ?? '');
    // Empty or duplicate names: the sequential reader reports them.
    checkHeader(file, header, tok.rowLine);
    const [pos, line] = tok.save();
    const dataStart = bom + Buffer.byteLength(text.slice(0, pos));
    // A header ending the file without a line feed: leave such files to the sequential reader.
    if (dataStart > 0 && head[dataStart - 1] !== LF) return undefined;
    const size = statSync(file).size;
    return { header, headerLine: tok.rowLine, dataStart, dataLine: line, size, gzip };
  } catch {
    return undefined;
  }
}

/** Result of scanning a buffer for its last row boundary. */
export interface Boundary {
  /** Offset just after the last line feed outside quotes, or -1 when there is none. */
  end: number;
  /** Line feeds in [0, end) (inside quotes or not: lines are physical). */
  lines: number;
}

/**
 * Finds the last row boundary in bytes[0, length), which starts on a row boundary. One pass
 * over the line feeds and quotes with native indexOf.
 */
export function lastRowBoundary(bytes: Buffer, length: number): Boundary {
  const view = length === bytes.length ? bytes : bytes.subarray(0, length);
  let parity = 0;
  let lines = 0;
  let end = -1;
  let linesAtEnd = 0;
  let q = view.indexOf(QUOTE, 0);
  for (let lf = view.indexOf(LF, 0); lf !== -1; lf = view.indexOf(LF, lf + 1)) {
    while (q !== -1 && q < lf) {
      parity ^= 1;
      q = view.indexOf(QUOTE, q + 1);
    }
    lines++;
    if (parity === 0) {
      end = lf + 1;
      linesAtEnd = lines;
    }
  }
  return { end, lines: linesAtEnd };
}

/** One part of a file's data rows. */
export interface CsvPart {
  /** The part's bytes; the buffer is the part's own (it can be transferred to a worker). */
  bytes: Uint8Array;
  /** File offset of bytes[0]. */
  offset: number;
  /** Line number where the part starts. */
  firstLine: number;
  /** File bytes read up to the end of the part (compressed bytes for gzip): for progress. */
  end: number;
}

/**
 * Yields the data rows of a file (from layout.dataStart) as parts of about `partBytes` bytes,
 * each ending on a row boundary (the last one at the end of the file). A row longer than
 * MAX_ROW_CHARS bytes fails as the sequential tokenizer does (after the parts before it, so an
 * earlier error still comes first: the caller handles parts in order).
 */
export async function* readCsvParts(file: string, layout: CsvLayout, partBytes: number, signal?: AbortSignal, gzipChunkBytes = Math.min(TEXT_CHUNK_BYTES, partBytes)): AsyncGenerator<CsvPart> {
  if (layout.gzip) {
    yield* readGzipParts(file, layout, partBytes, signal, gzipChunkBytes);
    return;
  }
  const handle = await open(file, 'r');
  try {
    let position = layout.dataStart;
    let line = layout.dataLine;
    let carry: Uint8Array = new Uint8Array(0);
    let carryOffset = position;
    for (;;) {
      signal?.throwIfAborted();
      const buf = Buffer.allocUnsafeSlow(carry.length + partBytes);
      buf.set(carry, 0);
      // Read synchronously (2 MiB, from the page cache in ~1 ms): with an awaited read (libuv's
      // thread pool) the 13M-row CSV on two threads peaked at 258-278 MiB over 13 runs, with
      // this one at 219-249 MiB over 7, in the same wall and CPU time.
      const bytesRead = readSync(handle.fd, buf, carry.length, partBytes, position);
      position += bytesRead;
      const length = carry.length + bytesRead;
      if (bytesRead === 0) {
        if (length > 0) yield { bytes: buf.subarray(0, length), offset: carryOffset, firstLine: line, end: carryOffset + length };
        return;
      }
      const cut = lastRowBoundary(buf, length);
      if (cut.end < 0) {
        if (length > MAX_ROW_CHARS) throw overlongRow(file, line);
        carry = buf.subarray(0, length);
        continue;
      }
      // The bytes after the boundary start the next part; copy them before handing this one on.
      const rest = buf.subarray(cut.end, length);
      const next = new Uint8Array(rest.length);
      next.set(rest);
      yield { bytes: buf.subarray(0, cut.end), offset: carryOffset, firstLine: line, end: carryOffset + cut.end };
      line += cut.lines;
      carryOffset += cut.end;
      carry = next;
    }
  } finally {
    await handle.close();
  }
}

/**
 * readCsvParts of a gzipped file: its decompressed text from layout.dataStart, cut as a plain
 * file's. Offsets are in the decompressed text (as the sequential reader gives them in its
 * invalid UTF-8 errors); a gzip error comes after the parts before it, as the sequential
 * reader's does, naming the last line of the text decompressed so far.
 */
async function* readGzipParts(file: string, layout: CsvLayout, partBytes: number, signal: AbortSignal | undefined, chunkBytes: number): AsyncGenerator<CsvPart> {
  // The stream the sequential reader reads, so the same text arrives before an error.
  const { raw, stream } = openByteStream(file, true, chunkBytes, signal);
  let skip = layout.dataStart;
  let line = layout.dataLine;
  let offset = layout.dataStart;
  // Decompressed text not yet in a part: it starts on a row boundary.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let piece = chunk;
      if (skip > 0) {
        const skipped = Math.min(skip, piece.length);
        skip -= skipped;
        piece = piece.subarray(skipped);
        if (piece.length === 0) continue;
      }
      pending.push(piece);
      pendingBytes += piece.length;
      if (pendingBytes < partBytes) continue;
      // The part's own buffer (it goes to a worker), cut at its last row boundary as a plain
      // file's part is: about partBytes plus what the last piece brought beyond.
      const buf = ownBuffer(pending, pendingBytes);
      const cut = lastRowBoundary(buf, buf.length);
      if (cut.end < 0) {
        if (buf.length > MAX_ROW_CHARS) throw overlongRow(file, line);
        pending = [buf];
        continue;
      }
      // The bytes after the boundary start the next part: copied out before this one is handed on.
      pending = cut.end < buf.length ? [Buffer.from(buf.subarray(cut.end))] : [];
      pendingBytes = buf.length - cut.end;
      yield { bytes: buf.subarray(0, cut.end), offset, firstLine: line, end: raw.bytesRead };
      offset += cut.end;
      line += cut.lines;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    let lineAtEnd = line;
    for (const piece of pending) lineAtEnd += countNewlines(piece.toString('latin1'));
    throw sourceError(file, true, error, lineAtEnd);
  } finally {
    raw.destroy();
    stream.destroy();
  }
  if (pendingBytes > 0) yield { bytes: ownBuffer(pending, pendingBytes), offset, firstLine: line, end: raw.bytesRead };
}

/**
 * The pieces copied into a buffer of their own: not Buffer.concat's, which may come from the
 * shared pool, whose ArrayBuffer cannot be transferred to a worker.
 */
function ownBuffer(pieces: Buffer[], length: number): Buffer {
  const buf = Buffer.allocUnsafeSlow(length);
  let at = 0;
  for (const piece of pieces) {
    buf.set(piece, at);
    at += piece.length;
  }
  return buf;
}
