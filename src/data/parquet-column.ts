/**
 * One flat column chunk of a Parquet row group, read page by page from an open file: only the
 * current page (compressed bytes, decompressed bytes and its cells) and the chunk's dictionary
 * are in memory, whatever the size of the row group.
 *
 * Why not hyparquet's parquetRead: it fetches a row group's column chunks whole (coalesced into
 * one buffer) and decodes them into arrays for the whole chunk, which peaked at 430-580 MB RSS
 * on the benchmark (bench/README.md), and decoding a row range re-decodes the chunk from its
 * start. hyparquet's page-level functions (header parsing, decompression, level and value
 * decoding, type conversion) are reused here; only the walk over the pages is ours.
 */
import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import { decodeDataPage, decodeDictionaryPage, PageBuffers, type DecodedPage, type PageContext } from './parquet-page.js';
import { valueKind, type ColumnDecoder } from './parquet-values.js';
import type { Cell } from './types.js';

/** Bytes first read for a page header; headers with long statistics get a larger re-read. */
const HEADER_BYTES = 256;
const MAX_HEADER_BYTES = 16 << 20;

const NO_PAGE: DecodedPage = { rows: 0, store: { length: 0, cell: () => null, copy: () => undefined, gather: () => undefined } };

/** How a chunk reader reads: all optional. */
export interface ChunkOptions {
  /** Page buffers reused from chunk to chunk (a column's, across row groups and parts). */
  buffers?: PageBuffers;
  /** Bytes first read for each page header (tests use tiny reads to force re-reads). */
  headerBytes?: number;
}

export class ParquetColumnChunk {
  private position: number;
  private readonly end: number;
  private readonly ctx: PageContext;
  /** The current page, the next row of it to hand out and the next of its stored values. */
  private page = NO_PAGE;
  private rowAt = 0;
  private valueAt = 0;
  /** The dictionary page met and not decoded yet (see decodeDictionary). */
  private dictionaryPage?: { header: PageHeader; position: number };
  /** Rows decoded so far from this chunk. */
  private decodedRows = 0;
  private readonly headerBytes: number;

  constructor(
    private readonly handle: FileHandle,
    decoder: ColumnDecoder,
    range: { start: number; end: number },
    private readonly groupRows: number,
    options: ChunkOptions = {},
  ) {
    this.headerBytes = options.headerBytes ?? HEADER_BYTES;
    const buffers = options.buffers ?? new PageBuffers();
    this.position = range.start;
    this.end = range.end;
    this.ctx = { decoder, kind: valueKind(decoder), maxDefinition: getMaxDefinitionLevel(decoder.schemaPath), dictionary: undefined, buffers };
  }

  /** The next n cells of the column, decoding further pages as needed. */
  async take(n: number): Promise<Cell[]> {
    const out = new Array<Cell>(n);
    let filled = 0;
    while (filled < n) {
      if (this.rowAt === this.page.rows) await this.nextPage();
      const k = Math.min(n - filled, this.page.rows - this.rowAt);
      this.fill(out, filled, k);
      filled += k;
    }
    return out;
  }

  /**
   * Passes over the next n rows (a part of a row group that starts after its first row): whole
   * data pages by their headers alone, neither read nor decompressed, the rest decoded as by
   * take() but not handed out.
   */
  async skip(n: number): Promise<void> {
    while (n > 0) {
      if (this.rowAt === this.page.rows) {
        n -= await this.nextPage(n);
        continue;
      }
      const k = Math.min(n, this.page.rows - this.rowAt);
      const levels = this.page.levels;
      if (!levels) this.valueAt += k;
      else {
        const max = this.ctx.maxDefinition;
        for (let j = 0; j < k; j++) if (levels[this.rowAt + j] === max) this.valueAt++;
      }
      this.rowAt += k;
      n -= k;
    }
  }

  /** Cells of the next k rows of the current page into out[at..]. */
  private fill(out: Cell[], at: number, k: number): void {
    const { levels, store, indices } = this.page;
    if (!levels) {
      if (indices) store.gather(indices, this.valueAt, k, out, at);
      else store.copy(this.valueAt, k, out, at);
      this.valueAt += k;
    } else {
      const max = this.ctx.maxDefinition;
      for (let j = 0; j < k; j++) {
        if (levels[this.rowAt + j] !== max) out[at + j] = null;
        else out[at + j] = store.cell(indices ? (indices[this.valueAt++] as number) : this.valueAt++);
      }
    }
    this.rowAt += k;
  }

  /**
   * Makes the next data page with rows the current one. A data page of at most `skipUpTo` rows
   * is passed over instead (its rows counted by its header: on a flat column a page holds one
   * value or null per row): returns the rows so passed, 0 when a page was decoded.
   */
  private async nextPage(skipUpTo = 0): Promise<number> {
    for (;;) {
      if (this.position >= this.end) {
        throw new Error(`column chunk ends after ${this.decodedRows} of the row group's ${this.groupRows} rows`);
      }
      const { header, length } = await this.readHeader();
      this.position += length;
      const size = header.compressed_page_size;
      if (!Number.isInteger(size) || size < 0 || this.position + size > this.end) {
        throw new Error(`page header at byte ${this.position - length} gives an impossible page size (${size})`);
      }
      const rows = rowsOf(header);
      if (rows !== undefined && rows <= skipUpTo) {
        this.position += size;
        this.decodedRows += rows;
        if (rows > 0) return rows;
        continue;
      }
      if (header.type === 'DICTIONARY_PAGE') {
        this.dictionaryPage = { header, position: this.position };
        this.ctx.dictionary = undefined;
        this.position += size;
        continue;
      }
      if (this.dictionaryPage && usesDictionary(header)) await this.decodeDictionary(this.dictionaryPage);
      const bytes = await this.read(this.position, size);
      this.position += size;
      if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
        this.page = decodeDataPage(header, bytes, this.ctx);
        this.rowAt = 0;
        this.valueAt = 0;
        this.decodedRows += this.page.rows;
        if (this.page.rows) return 0;
      } else if (header.type !== 'INDEX_PAGE') {
        throw new Error(`unknown page type at byte ${this.position - size - length}`);
      }
    }
  }

  /**
   * Decodes the chunk's dictionary, when the first page that needs it comes. A part of a large
   * row group (parquet-split.ts) often starts after the writer fell back from dictionary to
   * plain pages (pyarrow caps a dictionary at 1 MB), and then never decodes it.
   */
  private async decodeDictionary(page: { header: PageHeader; position: number }): Promise<void> {
    this.dictionaryPage = undefined;
    // Read into an array of its own, not the column's reused read buffer: a dictionary page is
    // far larger than a data page (pyarrow lets it reach 1 MB; a data page holds 20K values),
    // and the buffer, kept for the lane's later parts, would stay that large. On the 13M-row
    // benchmark file the read buffers of one lane held 9.3 MB instead of about 1.5 MB.
    const size = page.header.compressed_page_size;
    const bytes = await this.read(page.position, size, new Uint8Array(size));
    this.ctx.dictionary = decodeDictionaryPage(page.header, bytes, this.ctx);
  }

  /** Parses the page header at the current position, re-reading more bytes if it is long. */
  private async readHeader(): Promise<{ header: PageHeader; length: number }> {
    for (let want = this.headerBytes; ; want *= 4) {
      const length = Math.min(want, this.end - this.position);
      const bytes = await this.read(this.position, length);
      const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, length), offset: 0 };
      try {
        return { header: parquetHeader(reader), length: reader.offset };
      } catch (error) {
        // A header cut by the window fails to parse (a RangeError past the DataView, or hyparquet's
        // "thrift struct ended without STOP"): read more. With the whole chunk in view, it is corrupt.
        if (length === this.end - this.position || want >= MAX_HEADER_BYTES) throw error;
      }
    }
  }

  /**
   * Reads `length` bytes at `position` into `bytes` (by default the column's reused read
   * buffer), blocking the thread: awaiting each read cost more than it let run meanwhile, as
   * nothing else waits on the event loop while a file is read. 13M-row Parquet file, two
   * threads: a worker's reads blocking, 18.1-19.4 s wall and 29.4-31.6 CPU s against 19.5-21.3
   * s and 30.5-32.9 s (4 runs each); the main thread's too, 15.7-17.6 s and 29.4-32.9 CPU s
   * against 18.8-19.1 s and 34.9-35.1 (4 interleaved runs each), peak RSS 240-262 against
   * 238-257 MB. One thread, 1M rows: 2.72-2.97 s wall and 3.2-3.5 CPU s against 3.35-3.61 s and
   * 3.8-4.0 (3 interleaved runs each).
   */
  private async read(position: number, length: number, bytes = this.ctx.buffers.read(length)): Promise<Uint8Array> {
    const bytesRead = readSync(this.handle.fd, bytes, 0, length, position);
    if (bytesRead < length) throw new Error(`the file ends at byte ${position + bytesRead}, inside a page`);
    return bytes;
  }
}

/** The rows of a data page as its header gives them; undefined for other pages. */
function rowsOf(header: PageHeader): number | undefined {
  const rows = header.type === 'DATA_PAGE' ? header.data_page_header?.num_values : header.type === 'DATA_PAGE_V2' ? header.data_page_header_v2?.num_rows : undefined;
  // A header with an impossible count is decoded instead, which reports it.
  return Number.isSafeInteger(rows) && rows! >= 0 ? rows : undefined;
}

/** Whether a data page's values are indices into the chunk's dictionary. */
function usesDictionary(header: PageHeader): boolean {
  const encoding = header.type === 'DATA_PAGE' ? header.data_page_header?.encoding : header.data_page_header_v2?.encoding;
  return encoding?.endsWith('_DICTIONARY') === true;
}
