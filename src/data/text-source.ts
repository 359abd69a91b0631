/**
 * Streams a text file (optionally gzipped) as validated UTF-8 strings of 64 KiB (TEXT_PIECE_BYTES). Each
 * piece is decoded once, whole: measured in bench/readers, decoding a chunk costs ~5 ns per
 * field while decoding each field from the Buffer costs ~150 ns (a native call per field), so
 * the tokenizers cut fields out of these strings instead.
 */
import { createReadStream } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { UserError } from '../runner/errors.js';
import { completeUtf8Length, firstInvalidUtf8 } from './utf8.js';

export interface TextChunk {
  /** Decoded text; when `invalid` is set, only the valid text before the bad byte. */
  text: string;
  /** File bytes read so far (compressed bytes for gzip). */
  bytesRead: number;
  /** Set on the last chunk when the file is not valid UTF-8 at that point. */
  invalid?: { byte: number; offset: number };
}

/** Bytes read (and, for gzip, decompressed) at a time; each chunk is decoded in TEXT_PIECE_BYTES pieces. */
export const TEXT_CHUNK_BYTES = 1 << 20;

/**
 * The file's bytes as a stream of Buffers, decompressed when `gzip`: `raw` counts the file bytes
 * read. Shared with the gzip splitter (csv-split.ts), so both see the same bytes before an error.
 */
export function openByteStream(path: string, gzip: boolean, chunkBytes = TEXT_CHUNK_BYTES, signal?: AbortSignal): { raw: ReturnType<typeof createReadStream>; stream: Readable } {
  const raw = createReadStream(path, { highWaterMark: chunkBytes, signal });
  // zlib's smallest output chunk is 64 bytes.
  const stream: Readable = gzip ? pipeline(raw, createGunzip({ chunkSize: Math.max(64, chunkBytes) }), () => {}) : raw;
  return { raw, stream };
}

/**
 * Yields the file's text chunk by chunk, skipping a UTF-8 BOM. A multi-byte character split
 * across reads is carried to the next chunk. `lineAtEnd()` tells, on a gzip or read error,
 * which line the caller has reached, so the error lands there.
 */
export async function* readTextChunks(path: string, gzip: boolean, lineAtEnd: () => number, signal?: AbortSignal, chunkBytes = TEXT_CHUNK_BYTES): AsyncGenerator<TextChunk> {
  const { raw, stream } = openByteStream(path, gzip, chunkBytes, signal);
  let carry: Buffer | undefined;
  let offset = 0; // decoded bytes before `carry`
  let first = true;
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      let buf = carry === undefined ? piece : Buffer.concat([carry, piece]);
      carry = undefined;
      if (first) {
        if (buf.length < 3 && piece.length > 0 && isBomPrefix(buf)) {
          carry = buf;
          continue;
        }
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          buf = buf.subarray(3);
          offset += 3;
        }
      }
      const cut = completeUtf8Length(buf);
      if (cut < buf.length) carry = Buffer.from(buf.subarray(cut));
      const body = buf.subarray(0, cut);
      for (let at = 0; at < body.length; ) {
        const piece = decodePiece(body, at);
        if (piece.invalidAt >= 0) {
          yield { text: piece.text, bytesRead: raw.bytesRead, invalid: { byte: body[piece.invalidAt] ?? 0, offset: offset + piece.invalidAt } };
          return;
        }
        yield { text: piece.text, bytesRead: raw.bytesRead };
        at = piece.end;
      }
      offset += cut;
    }
  } catch (error) {
    throw sourceError(path, gzip, error, lineAtEnd());
  } finally {
    raw.destroy();
    stream.destroy();
  }
  if (carry !== undefined && carry.length > 0) {
    // The file ends inside a multi-byte character (or is only a partial BOM).
    yield { text: '', bytesRead: raw.bytesRead, invalid: { byte: carry[0] ?? 0, offset } };
  }
}

/**
 * Bytes decoded into one string: 64 KiB. V8 gives every object over 128 KB pages of its own,
 * mapped when it is made and unmapped when it is collected, so a whole 960 KiB chunk as one
 * string cost a page fault per 4 KB of text (validate-data, 13M-row CSV on two threads: 1.5-2.0
 * s of system time against 0.6-0.9 in pieces, peaks 8-24 MB higher); smaller strings are
 * ordinary young-generation objects.
 */
export const TEXT_PIECE_BYTES = 64 << 10;

/**
 * Decodes bytes[at..] up to about `pieceBytes` (at least 4), cut after a whole character;
 * `bytes` must end on one. `end`: where the piece ends in `bytes`; `invalidAt`: the offset in
 * `bytes` of the first invalid byte (the text stops before it), or -1.
 */
export function decodePiece(bytes: Buffer, at: number, pieceBytes = TEXT_PIECE_BYTES): { text: string; invalidAt: number; end: number } {
  let end = Math.min(bytes.length, at + Math.max(4, pieceBytes));
  // With 4 bytes or more before the cut, a whole character always fits (completeUtf8Length > 0).
  if (end < bytes.length) end = at + completeUtf8Length(bytes.subarray(at, end));
  const { text, invalidAt } = decodeText(bytes.subarray(at, end));
  return { text, invalidAt: invalidAt < 0 ? -1 : at + invalidAt, end };
}

/**
 * The text of UTF-8 bytes, and where the first invalid byte is (-1: none; the text then stops
 * before it). Bytes that are all ASCII (buffer.isAscii, native) decode as latin1, a plain copy:
 * ASCII is valid UTF-8 and reads the same; on bench/readers' 87 MB CSV, isAscii plus the latin1
 * decode took ~20 ms against ~75 ms for the UTF-8 decode (which checks each byte).
 */
export function decodeText(bytes: Buffer): { text: string; invalidAt: number } {
  if (isAscii(bytes)) return { text: bytes.toString('latin1'), invalidAt: -1 };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), invalidAt: -1 };
  const invalidAt = firstInvalidUtf8(bytes);
  return { text: bytes.toString('utf8', 0, invalidAt), invalidAt };
}

function isBomPrefix(buf: Buffer): boolean {
  return buf[0] === 0xef && (buf.length < 2 || buf[1] === 0xbb);
}

/** A read or gzip error as a UserError naming the file (and, for gzip, the last complete line read); other errors as they are. */
export function sourceError(path: string, gzip: boolean, error: unknown, line: number): unknown {
  const err = error as NodeJS.ErrnoException;
  if (err?.name === 'AbortError') return error;
  if (gzip && typeof err?.code === 'string' && err.code.startsWith('Z_')) {
    const what = err.code === 'Z_BUF_ERROR' ? 'is truncated (it ends before the gzip stream does)' : `is not valid gzip data (${err.message})`;
    return new UserError(`${path}: the file ${what}; the last complete line read was ${Math.max(0, line - 1)}`, { file: path, line, cause: error });
  }
  if (typeof err?.code === 'string') {
    return new UserError(`${path}: cannot read the file (${err.code}: ${err.message})`, { file: path, cause: error });
  }
  return error;
}

/** The error for a chunk flagged `invalid`, placed at `line`. */
export function invalidUtf8Error(path: string, invalid: NonNullable<TextChunk['invalid']>, line: number): UserError {
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return new UserError(
    `${path}:${line}: invalid UTF-8 (byte ${byte} at byte offset ${invalid.offset}); save the file as UTF-8`,
    { file: path, line },
  );
}
