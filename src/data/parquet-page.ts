/**
 * Decodes one Parquet data page of a flat column into definition levels and a compact value
 * store (parquet-values.ts); cells are built later, a batch at a time.
 *
 * Version-1 pages in PLAIN or dictionary encoding (what pyarrow, Spark and DuckDB write by
 * default) are decoded here, with typed arrays for levels and dictionary indices and strings
 * left as byte ranges; hyparquet's readDataPage builds a JS array per page for each of those.
 * Every other page (v2 pages, DELTA_*, BYTE_STREAM_SPLIT, RLE booleans, ...) goes through
 * hyparquet's readDataPage / readDataPageV2 and is converted at once.
 */
import type { PageHeader } from 'hyparquet';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { gunzip } from 'hyparquet-compressors';
import { StringStore, storeOf, type ColumnDecoder, type Indices, type ValueKind, type ValueStore } from './parquet-values.js';

export interface DecodedPage {
  rows: number;
  /** Definition level per row; absent when no row of the page is null. */
  levels?: ArrayLike<number>;
  /** The page's values, or the dictionary when `indices` is set. */
  store: ValueStore;
  indices?: Indices;
}

export interface PageContext {
  decoder: ColumnDecoder;
  kind: ValueKind;
  maxDefinition: number;
  dictionary: ValueStore | undefined;
  buffers: PageBuffers;
}

/**
 * Arrays reused from one data page to the next of a column: a page is fully handed out before
 * the next is decoded, so nothing reads them after. Allocating them per page let freed
 * buffers pile up between full collections (RSS grew with the file).
 */
export class PageBuffers {
  private readBytes = new Uint8Array(0);
  private bytes = new Uint8Array(0);
  private levelArray = new Uint8Array(0);
  private indexArray = new Int32Array(0);
  private startArray = new Int32Array(0);
  private endArray = new Int32Array(0);
  private numberArray = new Float64Array(0);

  /** Bytes the reused arrays hold now. */
  get heldBytes(): number {
    return [this.readBytes, this.bytes, this.levelArray, this.indexArray, this.startArray, this.endArray, this.numberArray].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** For compressed bytes as read from the file (decoded pages may keep views of them). */
  read(n: number): Uint8Array {
    if (this.readBytes.length < n) this.readBytes = new Uint8Array(grow(this.readBytes.length, n));
    return this.readBytes.subarray(0, n);
  }
  page(n: number): Uint8Array {
    if (this.bytes.length < n) this.bytes = new Uint8Array(grow(this.bytes.length, n));
    return this.bytes.subarray(0, n);
  }
  levels(n: number): Uint8Array {
    if (this.levelArray.length < n) this.levelArray = new Uint8Array(grow(this.levelArray.length, n));
    return this.levelArray.subarray(0, n);
  }
  indices(n: number): Int32Array {
    if (this.indexArray.length < n) this.indexArray = new Int32Array(grow(this.indexArray.length, n));
    return this.indexArray.subarray(0, n);
  }
  ranges(n: number): [Int32Array, Int32Array] {
    if (this.startArray.length < n) {
      this.startArray = new Int32Array(grow(this.startArray.length, n));
      this.endArray = new Int32Array(this.startArray.length);
    }
    return [this.startArray.subarray(0, n), this.endArray.subarray(0, n)];
  }
  numbers(n: number): Float64Array {
    if (this.numberArray.length < n) this.numberArray = new Float64Array(grow(this.numberArray.length, n));
    return this.numberArray.subarray(0, n);
  }
}

function grow(have: number, need: number): number {
  return Math.max(need, have * 2);
}

/**
 * A data page's decompressed bytes, in the column's reused page buffer where the codec can
 * write into one (gzip); uncompressed pages stay in the read buffer, which is not read into
 * again before the page is handed out. Snappy keeps hysnappy (wasm), which returns a new
 * array: hyparquet's JS snappy can write into a buffer but took 3x the CPU (626-737 ms vs
 * 179-231 ms for the 616 pages of the 1M-row benchmark file) for no RSS gain at 13M rows.
 */
function dataPageBytes(bytes: Uint8Array, uncompressedSize: number, { codec, compressors }: ColumnDecoder, buffers: PageBuffers): Uint8Array {
  if (codec === 'UNCOMPRESSED') return bytes;
  if (codec === 'GZIP') {
    const out = gunzip(bytes, buffers.page(uncompressedSize));
    if (out.length !== uncompressedSize) throw new Error(`parquet decompressed page length ${out.length} does not match header ${uncompressedSize}`);
    return out;
  }
  return decompressPage(bytes, uncompressedSize, codec, compressors);
}

/** Decompresses a page into bytes that no later read overwrites (stores keep views of them). */
export function ownedPage(bytes: Uint8Array, uncompressedSize: number, { codec, compressors }: ColumnDecoder): Uint8Array {
  return codec === 'UNCOMPRESSED' ? bytes.slice() : decompressPage(bytes, uncompressedSize, codec, compressors);
}

/**
 * The values of a dictionary page; `bytes` is the page as read, in an array of its own (the
 * chunk reader reads dictionaries apart from its reused buffer), so the store may keep views
 * of it: an uncompressed page is not copied again.
 */
export function decodeDictionaryPage(header: PageHeader, bytes: Uint8Array, { decoder, kind }: PageContext): ValueStore {
  const count = header.dictionary_page_header?.num_values;
  if (count === undefined) throw new Error('dictionary page without its header');
  const page = decoder.codec === 'UNCOMPRESSED' ? bytes : ownedPage(bytes, Number(header.uncompressed_page_size), decoder);
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  // Each dictionary string is looked up many times: decode each once.
  if (kind === 'string') return readStrings(page, count).decodeAll();
  return storeOf(readPlain(reader, decoder.type, count, decoder.element.type_length), kind, decoder);
}

/** A data page (v1 or v2), `bytes` as read from the file (it may be overwritten later). */
export function decodeDataPage(header: PageHeader, bytes: Uint8Array, ctx: PageContext): DecodedPage {
  const daph = header.data_page_header;
  if (header.type === 'DATA_PAGE' && daph && (daph.encoding === 'PLAIN' || daph.encoding.endsWith('_DICTIONARY'))) {
    return decodeV1(daph.num_values, daph.encoding, dataPageBytes(bytes, Number(header.uncompressed_page_size), ctx.decoder, ctx.buffers), ctx);
  }
  return decodeWithHyparquet(header, bytes, ctx);
}

function decodeV1(rows: number, encoding: string, page: Uint8Array, ctx: PageContext): DecodedPage {
  const { decoder, kind, maxDefinition, buffers } = ctx;
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const reader = { view, offset: 0 };
  let levels: Uint8Array | undefined;
  let nulls = 0;
  if (maxDefinition > 0) {
    levels = buffers.levels(rows);
    readRleBitPackedHybrid(reader, 32 - Math.clz32(maxDefinition), levels);
    for (let i = 0; i < rows; i++) if (levels[i] !== maxDefinition) nulls++;
    if (nulls === 0) levels = undefined;
  }
  const count = rows - nulls;
  if (encoding === 'PLAIN') {
    if (kind === 'string') return { rows, levels, store: readStrings(page.subarray(reader.offset), count, buffers) };
    return { rows, levels, store: storeOf(readPlain(reader, decoder.type, count, decoder.element.type_length), kind, decoder, buffers) };
  }
  const dictionary = requireDictionary(ctx);
  let indices: Indices = new Uint8Array(count);
  if (count > 0) {
    const bitWidth = view.getUint8(reader.offset++);
    if (bitWidth > 32) throw new Error(`dictionary index bit width ${bitWidth} is not possible`);
    if (bitWidth) {
      indices = buffers.indices(count);
      readRleBitPackedHybrid(reader, bitWidth, indices, page.byteLength - reader.offset);
    }
  }
  return { rows, levels, store: dictionary, indices };
}

function decodeWithHyparquet(header: PageHeader, bytes: Uint8Array, ctx: PageContext): DecodedPage {
  const { decoder, kind } = ctx;
  let definitionLevels: number[] | undefined;
  let dataPage;
  let encoding: string;
  let rows: number;
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header;
    if (!daph) throw new Error('data page without its header');
    ({ definitionLevels, dataPage } = readDataPage(ownedPage(bytes, Number(header.uncompressed_page_size), decoder), daph, decoder));
    encoding = daph.encoding;
    rows = daph.num_values;
  } else {
    const daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error('data page (v2) without its header');
    // Uncompressed v2 values are read in place: copy them out of the reused read buffer.
    ({ definitionLevels, dataPage } = readDataPageV2(bytes.slice(), header, decoder));
    encoding = daph2.encoding;
    rows = daph2.num_rows;
  }
  const levels = definitionLevels?.length ? definitionLevels : undefined;
  // One level, or without levels one value, per row of a flat column. Another count than the
  // header's rows is a corrupt page: reported, as a part of a row group that passed over the
  // page by its header counts the header's rows (parquet-column.ts skip), and the columns would
  // no longer line up.
  const slots = levels ? levels.length : (dataPage as ArrayLike<unknown>).length;
  if (slots !== rows) throw new Error(`the page holds ${slots} ${levels ? 'levels' : 'values'} where its header gives ${rows} rows`);
  if (encoding.endsWith('_DICTIONARY')) return { rows, levels, store: requireDictionary(ctx), indices: dataPage as Indices };
  const store = storeOf(dataPage, kind, decoder);
  return { rows, levels, store };
}

function requireDictionary({ dictionary }: PageContext): ValueStore {
  if (!dictionary) throw new Error('dictionary-encoded page before any dictionary page');
  return dictionary;
}

/** PLAIN BYTE_ARRAY values: each a 4-byte little-endian length and that many bytes. */
function readStrings(bytes: Uint8Array, count: number, buffers?: PageBuffers): StringStore {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [starts, ends] = buffers ? buffers.ranges(count) : [new Int32Array(count), new Int32Array(count)];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 4 > bytes.byteLength) throw new Error(`string ${i + 1} of ${count} starts past the end of its page`);
    const length = view.getUint32(at, true);
    at += 4;
    if (at + length > bytes.byteLength) throw new Error(`string ${i + 1} of ${count} runs past the end of its page`);
    starts[i] = at;
    ends[i] = at + length;
    at += length;
  }
  return new StringStore(bytes, starts, ends);
}

