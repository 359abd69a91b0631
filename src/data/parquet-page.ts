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
}

/** Decompresses a page into bytes that no later read overwrites (stores keep views of them). */
export function ownedPage(bytes: Uint8Array, uncompressedSize: number, { codec, compressors }: ColumnDecoder): Uint8Array {
  return codec === 'UNCOMPRESSED' ? bytes.slice() : decompressPage(bytes, uncompressedSize, codec, compressors);
}

/** The values of a dictionary page. */
export function decodeDictionaryPage(header: PageHeader, bytes: Uint8Array, { decoder, kind }: PageContext): ValueStore {
  const count = header.dictionary_page_header?.num_values;
  if (count === undefined) throw new Error('dictionary page without its header');
  const page = ownedPage(bytes, Number(header.uncompressed_page_size), decoder);
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  // Each dictionary string is looked up many times: decode each once.
  if (kind === 'string') return readStrings(page, count).decodeAll();
  return storeOf(readPlain(reader, decoder.type, count, decoder.element.type_length), kind, decoder);
}

/** A data page (v1 or v2), `bytes` as read from the file (it may be overwritten later). */
export function decodeDataPage(header: PageHeader, bytes: Uint8Array, ctx: PageContext): DecodedPage {
  const daph = header.data_page_header;
  if (header.type === 'DATA_PAGE' && daph && (daph.encoding === 'PLAIN' || daph.encoding.endsWith('_DICTIONARY'))) {
    return decodeV1(daph.num_values, daph.encoding, ownedPage(bytes, Number(header.uncompressed_page_size), ctx.decoder), ctx);
  }
  return decodeWithHyparquet(header, bytes, ctx);
}

function decodeV1(rows: number, encoding: string, page: Uint8Array, ctx: PageContext): DecodedPage {
  const { decoder, kind, maxDefinition } = ctx;
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const reader = { view, offset: 0 };
  let levels: Uint8Array | undefined;
  let nulls = 0;
  if (maxDefinition > 0) {
    levels = new Uint8Array(rows);
    readRleBitPackedHybrid(reader, 32 - Math.clz32(maxDefinition), levels);
    for (let i = 0; i < rows; i++) if (levels[i] !== maxDefinition) nulls++;
    if (nulls === 0) levels = undefined;
  }
  const count = rows - nulls;
  if (encoding === 'PLAIN') {
    if (kind === 'string') return { rows, levels, store: readStrings(page.subarray(reader.offset), count) };
    return { rows, levels, store: storeOf(readPlain(reader, decoder.type, count, decoder.element.type_length), kind, decoder) };
  }
  const dictionary = requireDictionary(ctx);
  let indices: Indices = new Uint8Array(count);
  if (count > 0) {
    const bitWidth = view.getUint8(reader.offset++);
    if (bitWidth > 32) throw new Error(`dictionary index bit width ${bitWidth} is not possible`);
    if (bitWidth) {
      indices = new Int32Array(count);
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
  if (encoding.endsWith('_DICTIONARY')) return { rows, levels, store: requireDictionary(ctx), indices: dataPage as Indices };
  const store = storeOf(dataPage, kind, decoder);
  return { rows: levels ? rows : store.length, levels, store };
}

function requireDictionary({ dictionary }: PageContext): ValueStore {
  if (!dictionary) throw new Error('dictionary-encoded page before any dictionary page');
  return dictionary;
}

/** PLAIN BYTE_ARRAY values: each a 4-byte little-endian length and that many bytes. */
function readStrings(bytes: Uint8Array, count: number): StringStore {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
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

