export const id = 83;
export const ids = [83];
export const modules = {

/***/ 1547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readDelimitedFile),
/* harmony export */   e: () => (/* binding */ checkHeader)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _text_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9524);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4582);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5440);
/** Reads one CSV or TSV file (optionally gzipped) into batches of raw string cells. */





/**
 * Yields the rows of one delimited file. Always yields at least one batch (a header-only
 * file gives one batch of zero rows) so consumers see the header. Blank lines are skipped
 * when there are several columns; with one column a blank line is an empty value.
 */
async function* readDelimitedFile(file, delimiter, gzip, ctx) {
    const tok = new _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvTokenizer */ .YB(file, delimiter);
    const lineReached = () => tok.line + (0,_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .countNewlines */ .Dn)(tok.rest());
    const chunks = (0,_text_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextChunks */ .cj)(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
    let final = false;
    let bytes = 0;
    let invalid;
    const more = async () => {
        ctx.signal?.throwIfAborted();
        if (invalid !== undefined)
            throw (0,_text_source_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidUtf8Error */ .PI)(file, invalid, lineReached());
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
        let header;
        while (header === undefined) {
            const mark = tok.save();
            const status = tok.parseRow([], 0, 0, final, true);
            if (status === _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .END */ .Kp)
                throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: empty: no header`, { file, line: 1 });
            if (status === _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .NEED_MORE */ .Jt) {
                await more();
                continue;
            }
            const width = tok.fields;
            tok.restore(mark);
            const cells = Array.from({ length: width }, () => []);
            tok.parseRow(cells, 0, width, final, true);
            header = cells.map((c) => c[0] ?? '');
        }
        checkHeader(file, header, tok.rowLine);
        const width = header.length;
        const batchRows = ctx.batchRows ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultBatchRows */ .P_)(width);
        const skipBlank = width > 1;
        let firstRow = ctx.firstRow;
        let yielded = false;
        for (;;) {
            const values = Array.from({ length: width }, () => new Array(batchRows));
            const lines = new Int32Array(batchRows);
            let n = 0;
            let done = false;
            while (n < batchRows) {
                const filled = (0,_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .fillRows */ .HP)(tok, values, lines, n, final, skipBlank, file);
                n = filled.rows;
                if (filled.status === _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .NEED_MORE */ .Jt)
                    await more();
                else if (filled.status === _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .END */ .Kp) {
                    done = true;
                    break;
                }
            }
            if (n > 0 || !yielded) {
                if (n < batchRows)
                    for (const column of values)
                        column.length = n;
                yield { file, format: delimiter === ',' ? 'csv' : 'tsv', columns: header, values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: ctx.bytesBefore + bytes };
                yielded = true;
                firstRow += n;
            }
            if (done)
                return;
        }
    }
    finally {
        await chunks.return(undefined);
    }
}
/** Refuses empty and duplicate column names, naming the column; `line` 0 means no line. */
function checkHeader(file, header, line) {
    const where = line > 0 ? `${file}:${line}` : file;
    const at = line > 0 ? { file, line } : { file };
    const seen = new Map();
    header.forEach((name, i) => {
        if (name.trim() === '')
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: column ${i + 1} of the header has an empty name`, at);
        const before = seen.get(name);
        if (before !== undefined) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: duplicate column name "${name}" (columns ${before + 1} and ${i + 1})`, at);
        }
        seen.set(name, i);
    });
}


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QV: () => (/* binding */ datasetFormat),
  JP: () => (/* binding */ readDataset),
  G7: () => (/* binding */ sameColumns)
});

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/data/csv-reader.js
var csv_reader = __webpack_require__(1547);
// EXTERNAL MODULE: ./lib/src/data/format.js
var data_format = __webpack_require__(9172);
// EXTERNAL MODULE: ./lib/src/data/text-source.js
var text_source = __webpack_require__(9524);
// EXTERNAL MODULE: ./lib/src/data/types.js
var types = __webpack_require__(4582);
// EXTERNAL MODULE: ./lib/src/data/utf8.js
var utf8 = __webpack_require__(5440);
;// CONCATENATED MODULE: ./lib/src/data/jsonl-reader.js
/**
 * Reads one JSON Lines file (optionally gzipped). Columns are the keys seen so far in the
 * dataset, in order of first appearance; a row without a key has null there. Nested objects
 * and arrays are kept as their JSON text, which is what Table Schema's `object` and `array`
 * types read from a CSV cell, so the validator treats every format alike.
 */




/** Column names shared by all the JSONL files of a dataset, so they only grow. */
class KeyColumns {
    names = [];
    index = new Map();
}
/**
 * Yields the rows of one JSONL file; blank lines are skipped. Throws a UserError with the
 * line for a line that is not JSON, or not an object, and for a file with no JSON line.
 */
async function* readJsonlFile(file, gzip, keys, ctx) {
    let text = '';
    let pos = 0;
    let line = 1;
    const lineReached = () => line + (0,utf8/* countNewlines */.Dn)(text, pos);
    const chunks = (0,text_source/* readTextChunks */.cj)(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
    const batchRows = ctx.batchRows ?? (0,types/* defaultBatchRows */.P_)(Math.max(keys.names.length, 8));
    let bytes = 0;
    let final = false;
    let invalid;
    let firstRow = ctx.firstRow;
    let rowsInFile = 0;
    try {
        while (!final) {
            let values = keys.names.map(() => nulls(batchRows));
            const lines = new Int32Array(batchRows);
            let n = 0;
            while (n < batchRows) {
                const lf = text.indexOf('\n', pos);
                if (lf === -1 && !final) {
                    ctx.signal?.throwIfAborted();
                    if (invalid !== undefined)
                        throw (0,text_source/* invalidUtf8Error */.PI)(file, invalid, lineReached());
                    const next = await chunks.next();
                    if (next.done === true)
                        final = true;
                    else {
                        text = text.slice(pos) + next.value.text;
                        pos = 0;
                        bytes = next.value.bytesRead;
                        invalid = next.value.invalid;
                    }
                    continue;
                }
                const end = lf === -1 ? text.length : lf;
                const body = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
                pos = end + 1;
                const here = line++;
                if (body.trim() === '') {
                    if (lf === -1)
                        break;
                    continue;
                }
                values = addRow(file, here, parseLine(file, here, body), keys, values, n, batchRows);
                lines[n++] = here;
            }
            if (n === 0 && !final)
                continue;
            if (n === 0 && rowsInFile === 0)
                throw new errors/* UserError */.yo(`${file}: empty: no JSON lines`, { file, line: 1 });
            if (n === 0)
                break;
            if (n < batchRows)
                for (const column of values)
                    column.length = n;
            yield { file, format: 'jsonl', columns: keys.names.slice(), values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: ctx.bytesBefore + bytes };
            firstRow += n;
            rowsInFile += n;
        }
    }
    finally {
        await chunks.return(undefined);
    }
}
function nulls(n) {
    return new Array(n).fill(null);
}
function parseLine(file, line, body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file}:${line}: not valid JSON (${error.message})`, { file, line });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
        throw new errors/* UserError */.yo(`${file}:${line}: each line must be a JSON object, this one is ${kind}`, { file, line });
    }
    return parsed;
}
function addRow(file, line, row, keys, values, r, batchRows) {
    for (const key in row) {
        let c = keys.index.get(key);
        if (c === undefined) {
            if (key.trim() === '')
                throw new errors/* UserError */.yo(`${file}:${line}: a key is empty; column names must not be empty`, { file, line });
            c = keys.names.length;
            keys.names.push(key);
            keys.index.set(key, c);
            values.push(nulls(batchRows));
        }
        values[c][r] = toCell(row[key]);
    }
    return values;
}
function toCell(value) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    return JSON.stringify(value);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(6884);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(1067);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(4809);
;// CONCATENATED MODULE: ./lib/src/data/parquet-values.js
/**
 * The values of one Parquet page or dictionary, kept compact (typed arrays, or the page's
 * bytes and string offsets) and turned into Cells only a batch at a time.
 *
 * Why lazily: a page lives for several batches, so cells built for a whole page outlive V8's
 * young generation and are promoted; on the benchmark that garbage let the old space grow to
 * ~180 MB between full collections. Batch-sized cells die young. Numbers, strings and
 * millisecond timestamps take these compact stores; every other type goes through hyparquet's
 * own `convert` and `toCell` (CellStore), so each Parquet type reads as it did through
 * hyparquet's high-level API.
 */

/** Already converted cells. */
class CellStore {
    cells;
    constructor(cells) {
        this.cells = cells;
    }
    get length() {
        return this.cells.length;
    }
    cell(i) {
        return this.cells[i] ?? null;
    }
    copy(from, count, out, at) {
        const cells = this.cells;
        for (let k = 0; k < count; k++)
            out[at + k] = cells[from + k] ?? null;
    }
    gather(indices, from, count, out, at) {
        const cells = this.cells;
        for (let k = 0; k < count; k++)
            out[at + k] = cells[indices[from + k]] ?? null;
    }
}
/**
 * Numbers (INT32, FLOAT, DOUBLE, INT64 within 2^53) or millisecond timestamps, read as Dates.
 * INT64 values beyond 2^53 stay bigint, as toCell gives them, kept aside by index.
 */
class NumberStore {
    values;
    asDate;
    big;
    constructor(values, asDate, big) {
        this.values = values;
        this.asDate = asDate;
        this.big = big;
    }
    get length() {
        return this.values.length;
    }
    cell(i) {
        const value = this.values[i];
        if (value === undefined)
            return null;
        if (this.asDate)
            return new Date(value);
        return this.big?.get(i) ?? value;
    }
    copy(from, count, out, at) {
        if (this.asDate || this.big) {
            for (let k = 0; k < count; k++)
                out[at + k] = this.cell(from + k);
            return;
        }
        const values = this.values;
        for (let k = 0; k < count; k++)
            out[at + k] = values[from + k];
    }
    gather(indices, from, count, out, at) {
        for (let k = 0; k < count; k++)
            out[at + k] = this.cell(indices[from + k]);
    }
}
const parquet_values_utf8 = new TextDecoder();
/** UTF-8 strings as byte ranges of the page, decoded when asked for. */
class StringStore {
    bytes;
    starts;
    ends;
    constructor(bytes, starts, ends) {
        this.bytes = bytes;
        this.starts = starts;
        this.ends = ends;
    }
    get length() {
        return this.starts.length;
    }
    cell(i) {
        const start = this.starts[i];
        if (start === undefined)
            return null;
        return decodeUtf8(this.bytes, start, this.ends[i]);
    }
    copy(from, count, out, at) {
        for (let k = 0; k < count; k++)
            out[at + k] = this.cell(from + k);
    }
    gather(indices, from, count, out, at) {
        for (let k = 0; k < count; k++)
            out[at + k] = this.cell(indices[from + k]);
    }
    /** Every value decoded once (dictionaries: each entry is looked up many times). */
    decodeAll() {
        const cells = new Array(this.length);
        this.copy(0, this.length, cells, 0);
        return new CellStore(cells);
    }
}
/**
 * The same text as hyparquet's TextDecoder().decode(bytes): ASCII, the common case, is built
 * directly (a TextDecoder call per short string costs more than the string); anything else,
 * including a leading BOM that TextDecoder drops, goes through TextDecoder.
 */
function decodeUtf8(bytes, start, end) {
    if (end - start > 64)
        return parquet_values_utf8.decode(bytes.subarray(start, end));
    let text = '';
    for (let i = start; i < end; i++) {
        const byte = bytes[i];
        if (byte >= 0x80)
            return parquet_values_utf8.decode(bytes.subarray(start, end));
        text += String.fromCharCode(byte);
    }
    return text;
}
function valueKind(decoder) {
    const { type, converted_type: ctype, logical_type: ltype } = decoder.element;
    switch (type) {
        case 'INT32':
            // UINT_32 and the other converted types (dates, decimals) are remapped by convert.
            return !ctype && (!ltype || (ltype.type === 'INTEGER' && (ltype.isSigned || ltype.bitWidth < 32))) ? 'int32' : 'other';
        case 'INT64':
            if ((!ctype || ctype === 'INT_64') && (!ltype || (ltype.type === 'INTEGER' && ltype.isSigned)))
                return 'int64';
            return ctype === 'TIMESTAMP_MILLIS' || (ltype?.type === 'TIMESTAMP' && ltype.unit === 'MILLIS') ? 'timestamp-ms' : 'other';
        case 'FLOAT':
        case 'DOUBLE':
            return !ctype && !ltype ? 'float' : 'other';
        case 'BYTE_ARRAY':
            return (!ctype || ctype === 'UTF8' || ctype === 'ENUM') && (!ltype || ltype.type === 'STRING' || ltype.type === 'ENUM') ? 'string' : 'other';
        default:
            return 'other';
    }
}
/**
 * A store for PLAIN-encoded values already decoded by hyparquet's readPlain (or any decoder);
 * `buffers` (data pages only, not dictionaries) lends a reused array for INT64 values.
 */
function storeOf(raw, kind, decoder, buffers) {
    if ((kind === 'int64' || kind === 'timestamp-ms') && raw instanceof BigInt64Array) {
        return int64Store(raw, kind === 'timestamp-ms', buffers ? buffers.numbers(raw.length) : new Float64Array(raw.length));
    }
    if ((kind === 'int32' || kind === 'float') && (raw instanceof Int32Array || raw instanceof Float64Array || raw instanceof Float32Array)) {
        return new NumberStore(raw, false);
    }
    const converted = (0,convert/* convert */.C6)(raw, decoder);
    const cells = new Array(converted.length);
    for (let i = 0; i < converted.length; i++)
        cells[i] = parquet_values_toCell(converted[i]);
    return new CellStore(cells);
}
/**
 * INT64 values as doubles, read as two 32-bit halves (each read from a BigInt64Array
 * allocates a BigInt). hi * 2^32 is exact, and so is the sum whenever the true value is
 * within 2^53; beyond, it rounds to at least 2^53 and fails the check.
 */
function int64Store(raw, asDate, values) {
    const halves = new Int32Array(raw.buffer, raw.byteOffset, raw.length * 2);
    let big;
    for (let i = 0; i < raw.length; i++) {
        const value = halves[2 * i + 1] * 4294967296 + (halves[2 * i] >>> 0);
        if (value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER) {
            values[i] = value;
        }
        else {
            const exact = raw[i];
            // As hyparquet: a timestamp is new Date(Number(millis)); an integer stays bigint.
            values[i] = Number(exact);
            if (!asDate)
                (big ??= new Map()).set(i, exact);
        }
    }
    return new NumberStore(values, asDate, big);
}
/** One value as hyparquet converts it, as a Cell (see Cell in types.ts). */
function parquet_values_toCell(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case 'string':
        case 'number':
        case 'boolean':
            return value;
        case 'bigint':
            return value <= 9007199254740991n && value >= -9007199254740991n ? Number(value) : value;
        default:
            if (value instanceof Date)
                return value;
            if (value instanceof Uint8Array)
                return Buffer.from(value).toString('base64');
            return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
    }
}

;// CONCATENATED MODULE: ./lib/src/data/parquet-page.js





/**
 * Arrays reused from one data page to the next of a column: a page is fully handed out before
 * the next is decoded, so nothing reads them after. Allocating them per page let freed
 * buffers pile up between full collections (RSS grew with the file).
 */
class PageBuffers {
    readBytes = new Uint8Array(0);
    bytes = new Uint8Array(0);
    levelArray = new Uint8Array(0);
    indexArray = new Int32Array(0);
    startArray = new Int32Array(0);
    endArray = new Int32Array(0);
    numberArray = new Float64Array(0);
    /** For compressed bytes as read from the file (decoded pages may keep views of them). */
    read(n) {
        if (this.readBytes.length < n)
            this.readBytes = new Uint8Array(grow(this.readBytes.length, n));
        return this.readBytes.subarray(0, n);
    }
    page(n) {
        if (this.bytes.length < n)
            this.bytes = new Uint8Array(grow(this.bytes.length, n));
        return this.bytes.subarray(0, n);
    }
    levels(n) {
        if (this.levelArray.length < n)
            this.levelArray = new Uint8Array(grow(this.levelArray.length, n));
        return this.levelArray.subarray(0, n);
    }
    indices(n) {
        if (this.indexArray.length < n)
            this.indexArray = new Int32Array(grow(this.indexArray.length, n));
        return this.indexArray.subarray(0, n);
    }
    ranges(n) {
        if (this.startArray.length < n) {
            this.startArray = new Int32Array(grow(this.startArray.length, n));
            this.endArray = new Int32Array(this.startArray.length);
        }
        return [this.startArray.subarray(0, n), this.endArray.subarray(0, n)];
    }
    numbers(n) {
        if (this.numberArray.length < n)
            this.numberArray = new Float64Array(grow(this.numberArray.length, n));
        return this.numberArray.subarray(0, n);
    }
}
function grow(have, need) {
    return Math.max(need, have * 2);
}
/**
 * A data page's decompressed bytes, in the column's reused page buffer where the codec can
 * write into one (gzip); uncompressed pages stay in the read buffer, which is not read into
 * again before the page is handed out. Snappy keeps hysnappy (wasm), which returns a new
 * array: hyparquet's JS snappy can write into a buffer but took 3x the CPU (626-737 ms vs
 * 179-231 ms for the 616 pages of the 1M-row benchmark file) for no RSS gain at 13M rows.
 */
function dataPageBytes(bytes, uncompressedSize, { codec, compressors }, buffers) {
    if (codec === 'UNCOMPRESSED')
        return bytes;
    if (codec === 'GZIP') {
        const out = (0,src/* gunzip */.kd)(bytes, buffers.page(uncompressedSize));
        if (out.length !== uncompressedSize)
            throw new Error(`parquet decompressed page length ${out.length} does not match header ${uncompressedSize}`);
        return out;
    }
    return (0,datapage/* decompressPage */.tC)(bytes, uncompressedSize, codec, compressors);
}
/** Decompresses a page into bytes that no later read overwrites (stores keep views of them). */
function ownedPage(bytes, uncompressedSize, { codec, compressors }) {
    return codec === 'UNCOMPRESSED' ? bytes.slice() : (0,datapage/* decompressPage */.tC)(bytes, uncompressedSize, codec, compressors);
}
/** The values of a dictionary page. */
function decodeDictionaryPage(header, bytes, { decoder, kind }) {
    const count = header.dictionary_page_header?.num_values;
    if (count === undefined)
        throw new Error('dictionary page without its header');
    const page = ownedPage(bytes, Number(header.uncompressed_page_size), decoder);
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    // Each dictionary string is looked up many times: decode each once.
    if (kind === 'string')
        return readStrings(page, count).decodeAll();
    return storeOf((0,plain/* readPlain */.r)(reader, decoder.type, count, decoder.element.type_length), kind, decoder);
}
/** A data page (v1 or v2), `bytes` as read from the file (it may be overwritten later). */
function decodeDataPage(header, bytes, ctx) {
    const daph = header.data_page_header;
    if (header.type === 'DATA_PAGE' && daph && (daph.encoding === 'PLAIN' || daph.encoding.endsWith('_DICTIONARY'))) {
        return decodeV1(daph.num_values, daph.encoding, dataPageBytes(bytes, Number(header.uncompressed_page_size), ctx.decoder, ctx.buffers), ctx);
    }
    return decodeWithHyparquet(header, bytes, ctx);
}
function decodeV1(rows, encoding, page, ctx) {
    const { decoder, kind, maxDefinition, buffers } = ctx;
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const reader = { view, offset: 0 };
    let levels;
    let nulls = 0;
    if (maxDefinition > 0) {
        levels = buffers.levels(rows);
        (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 32 - Math.clz32(maxDefinition), levels);
        for (let i = 0; i < rows; i++)
            if (levels[i] !== maxDefinition)
                nulls++;
        if (nulls === 0)
            levels = undefined;
    }
    const count = rows - nulls;
    if (encoding === 'PLAIN') {
        if (kind === 'string')
            return { rows, levels, store: readStrings(page.subarray(reader.offset), count, buffers) };
        return { rows, levels, store: storeOf((0,plain/* readPlain */.r)(reader, decoder.type, count, decoder.element.type_length), kind, decoder, buffers) };
    }
    const dictionary = requireDictionary(ctx);
    let indices = new Uint8Array(count);
    if (count > 0) {
        const bitWidth = view.getUint8(reader.offset++);
        if (bitWidth > 32)
            throw new Error(`dictionary index bit width ${bitWidth} is not possible`);
        if (bitWidth) {
            indices = buffers.indices(count);
            (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth, indices, page.byteLength - reader.offset);
        }
    }
    return { rows, levels, store: dictionary, indices };
}
function decodeWithHyparquet(header, bytes, ctx) {
    const { decoder, kind } = ctx;
    let definitionLevels;
    let dataPage;
    let encoding;
    let rows;
    if (header.type === 'DATA_PAGE') {
        const daph = header.data_page_header;
        if (!daph)
            throw new Error('data page without its header');
        ({ definitionLevels, dataPage } = (0,datapage/* readDataPage */.kS)(ownedPage(bytes, Number(header.uncompressed_page_size), decoder), daph, decoder));
        encoding = daph.encoding;
        rows = daph.num_values;
    }
    else {
        const daph2 = header.data_page_header_v2;
        if (!daph2)
            throw new Error('data page (v2) without its header');
        // Uncompressed v2 values are read in place: copy them out of the reused read buffer.
        ({ definitionLevels, dataPage } = (0,datapage/* readDataPageV2 */.uD)(bytes.slice(), header, decoder));
        encoding = daph2.encoding;
        rows = daph2.num_rows;
    }
    const levels = definitionLevels?.length ? definitionLevels : undefined;
    if (encoding.endsWith('_DICTIONARY'))
        return { rows, levels, store: requireDictionary(ctx), indices: dataPage };
    const store = storeOf(dataPage, kind, decoder);
    return { rows: levels ? rows : store.length, levels, store };
}
function requireDictionary({ dictionary }) {
    if (!dictionary)
        throw new Error('dictionary-encoded page before any dictionary page');
    return dictionary;
}
/** PLAIN BYTE_ARRAY values: each a 4-byte little-endian length and that many bytes. */
function readStrings(bytes, count, buffers) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const [starts, ends] = buffers ? buffers.ranges(count) : [new Int32Array(count), new Int32Array(count)];
    let at = 0;
    for (let i = 0; i < count; i++) {
        if (at + 4 > bytes.byteLength)
            throw new Error(`string ${i + 1} of ${count} starts past the end of its page`);
        const length = view.getUint32(at, true);
        at += 4;
        if (at + length > bytes.byteLength)
            throw new Error(`string ${i + 1} of ${count} runs past the end of its page`);
        starts[i] = at;
        ends[i] = at + length;
        at += length;
    }
    return new StringStore(bytes, starts, ends);
}

;// CONCATENATED MODULE: ./lib/src/data/parquet-column.js




/** Bytes first read for a page header; headers with long statistics get a larger re-read. */
const HEADER_BYTES = 256;
const MAX_HEADER_BYTES = 16 << 20;
const NO_PAGE = { rows: 0, store: { length: 0, cell: () => null, copy: () => undefined, gather: () => undefined } };
class ParquetColumnChunk {
    handle;
    groupRows;
    headerBytes;
    position;
    end;
    ctx;
    /** The current page, the next row of it to hand out and the next of its stored values. */
    page = NO_PAGE;
    rowAt = 0;
    valueAt = 0;
    /** Rows decoded so far from this chunk. */
    decodedRows = 0;
    constructor(handle, decoder, range, groupRows, buffers = new PageBuffers(), 
    /** Bytes first read for each page header (tests use tiny reads to force re-reads). */
    headerBytes = HEADER_BYTES) {
        this.handle = handle;
        this.groupRows = groupRows;
        this.headerBytes = headerBytes;
        this.position = range.start;
        this.end = range.end;
        this.ctx = { decoder, kind: valueKind(decoder), maxDefinition: (0,src_schema/* getMaxDefinitionLevel */.mM)(decoder.schemaPath), dictionary: undefined, buffers };
    }
    /** The next n cells of the column, decoding further pages as needed. */
    async take(n) {
        const out = new Array(n);
        let filled = 0;
        while (filled < n) {
            if (this.rowAt === this.page.rows)
                await this.nextPage();
            const k = Math.min(n - filled, this.page.rows - this.rowAt);
            this.fill(out, filled, k);
            filled += k;
        }
        return out;
    }
    /** Cells of the next k rows of the current page into out[at..]. */
    fill(out, at, k) {
        const { levels, store, indices } = this.page;
        if (!levels) {
            if (indices)
                store.gather(indices, this.valueAt, k, out, at);
            else
                store.copy(this.valueAt, k, out, at);
            this.valueAt += k;
        }
        else {
            const max = this.ctx.maxDefinition;
            for (let j = 0; j < k; j++) {
                if (levels[this.rowAt + j] !== max)
                    out[at + j] = null;
                else
                    out[at + j] = store.cell(indices ? indices[this.valueAt++] : this.valueAt++);
            }
        }
        this.rowAt += k;
    }
    async nextPage() {
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
            const bytes = await this.read(this.position, size);
            this.position += size;
            if (header.type === 'DICTIONARY_PAGE') {
                this.ctx.dictionary = decodeDictionaryPage(header, bytes, this.ctx);
            }
            else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
                this.page = decodeDataPage(header, bytes, this.ctx);
                this.rowAt = 0;
                this.valueAt = 0;
                this.decodedRows += this.page.rows;
                if (this.page.rows)
                    return;
            }
            else if (header.type !== 'INDEX_PAGE') {
                throw new Error(`unknown page type at byte ${this.position - size - length}`);
            }
        }
    }
    /** Parses the page header at the current position, re-reading more bytes if it is long. */
    async readHeader() {
        for (let want = this.headerBytes;; want *= 4) {
            const length = Math.min(want, this.end - this.position);
            const bytes = await this.read(this.position, length);
            const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, length), offset: 0 };
            try {
                return { header: (0,column/* parquetHeader */.wK)(reader), length: reader.offset };
            }
            catch (error) {
                // A header cut by the window fails to parse (a RangeError past the DataView, or hyparquet's
                // "thrift struct ended without STOP"): read more. With the whole chunk in view, it is corrupt.
                if (length === this.end - this.position || want >= MAX_HEADER_BYTES)
                    throw error;
            }
        }
    }
    /** Reads `length` bytes at `position` into the column's reused read buffer. */
    async read(position, length) {
        const bytes = this.ctx.buffers.read(length);
        const { bytesRead } = await this.handle.read(bytes, 0, length, position);
        if (bytesRead < length)
            throw new Error(`the file ends at byte ${position + bytesRead}, inside a page`);
        return bytes;
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(7992);
;// CONCATENATED MODULE: ./lib/src/data/parquet-nested.js
/**
 * Files with nested columns (lists, maps, structs) are read with hyparquet's parquetRead, a
 * span of rows at a time, because assembling nested values needs hyparquet's Dremel assembly
 * across all leaf columns of a field. Flat files, the common case, take the page-by-page path
 * of parquet-column.ts instead. This path fetches and decodes a span's whole column chunks
 * each time: 128Ki-row spans of a 12-column table peaked near 390-430 MB RSS (bench/README.md).
 */



/** Rows decoded at once (see the file comment). */
const SPAN_ROWS = 1 << 17;
/** Yields the rows of a Parquet file with nested columns in batches of at most batchRows. */
async function* readNestedParquet(ctx) {
    const { file, metadata, columns, batchRows } = ctx;
    let { firstRow, bytesRead } = ctx;
    let groupStart = 0;
    let yielded = false;
    for (const [g, group] of metadata.row_groups.entries()) {
        const groupRows = Number(group.num_rows);
        const groupBytes = group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
        for (let spanAt = 0; spanAt < groupRows; spanAt += SPAN_ROWS) {
            ctx.signal?.throwIfAborted();
            const spanRows = Math.min(SPAN_ROWS, groupRows - spanAt);
            let values;
            try {
                values = await readSpan(ctx, groupStart + spanAt, spanRows);
            }
            catch (error) {
                throw ctx.corrupt(`row group ${g + 1} of ${metadata.row_groups.length}`, error);
            }
            const spanBytes = Math.round((groupBytes * (spanAt + spanRows)) / groupRows);
            for (let at = 0; at < spanRows; at += batchRows) {
                const n = Math.min(batchRows, spanRows - at);
                const slice = n === spanRows ? values : values.map((column) => column.slice(at, at + n));
                yield { file, format: 'parquet', columns, values: slice, rowCount: n, firstRow, bytesRead: bytesRead + spanBytes };
                yielded = true;
                firstRow += n;
            }
        }
        bytesRead += groupBytes;
        groupStart += groupRows;
    }
    if (!yielded)
        yield { file, format: 'parquet', columns, values: columns.map(() => []), rowCount: 0, firstRow, bytesRead };
}
async function readSpan({ buffer, metadata, columns }, spanStart, spanRows) {
    const values = columns.map(() => new Array(spanRows).fill(null));
    const index = new Map(columns.map((name, c) => [name, c]));
    const onChunk = ({ columnName, columnData, rowStart }) => {
        const target = values[index.get(columnName) ?? -1];
        if (target === undefined)
            return;
        const from = Math.max(0, spanStart - rowStart);
        const to = Math.min(columnData.length, spanStart + spanRows - rowStart);
        for (let k = from; k < to; k++)
            target[rowStart + k - spanStart] = parquet_values_toCell(columnData[k]);
    };
    await (0,read/* parquetRead */.bA)({ file: buffer, metadata, rowStart: spanStart, rowEnd: spanStart + spanRows, compressors: src/* compressors */.Vm, onChunk });
    return values;
}

;// CONCATENATED MODULE: ./lib/src/data/parquet-reader.js
/**
 * Reads one Parquet file with hyparquet (pure JS, MIT): the footer with its metadata parser,
 * then, for flat schemas (every top-level field a primitive column, the common case), each row
 * group's column chunks page by page through parquet-column.ts, so memory holds one page per
 * column whatever the row group size. Files with nested fields take hyparquet's row-span
 * reader (parquet-nested.ts). Snappy is built in; hyparquet-compressors adds zstd, gzip,
 * brotli, lz4.
 *
 * Why hyparquet's page-level functions rather than another library: parquet-wasm (Rust,
 * MIT/Apache) reads record batches but in Node only from a whole-file buffer or over HTTP,
 * returns Arrow IPC that needs apache-arrow to turn into values, and its wasm memory never
 * shrinks; hyparquet already decodes every type the tests cover and exports its page
 * functions, so only the walk over pages is ours.
 */











/**
 * Yields the rows of one Parquet file in batches cut from its row groups. Always yields at
 * least one batch so consumers see the columns. A truncated or corrupt file gives a
 * UserError naming the file and what was found wrong.
 */
async function* readParquetFile(file, ctx) {
    const buffer = await (0,node/* asyncBufferFromFile */.Rv)(file).catch((error) => {
        throw new errors/* UserError */.yo(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
    });
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    }
    catch (error) {
        throw corrupt(file, 'its footer', error);
    }
    const schema = (0,src_metadata/* parquetSchema */.YR)(metadata);
    const columns = schema.children.map((child) => child.element.name);
    (0,csv_reader/* checkHeader */.e)(file, columns, 0);
    const batchRows = ctx.batchRows ?? (0,types/* defaultBatchRows */.P_)(columns.length);
    const bytesRead = ctx.bytesBefore + metadata.metadata_length + 8;
    if (!schema.children.every((child) => (0,src_schema/* isFlatColumn */.g7)([schema, child]))) {
        yield* readNestedParquet({ file, buffer, metadata, columns, batchRows, firstRow: ctx.firstRow, bytesRead, signal: ctx.signal, corrupt: (where, error) => corrupt(file, where, error) });
        return;
    }
    const handle = await (0,promises_.open)(file, 'r').catch((error) => {
        throw new errors/* UserError */.yo(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
    });
    try {
        yield* readFlatParquet(file, handle, metadata, schema, batchRows, { ...ctx, bytesBefore: bytesRead });
    }
    finally {
        await handle.close();
    }
}
async function* readFlatParquet(file, handle, metadata, schema, batchRows, ctx) {
    const fields = schema.children;
    const columns = fields.map((field) => field.element.name);
    const groups = metadata.row_groups.length;
    let firstRow = ctx.firstRow;
    let bytesRead = ctx.bytesBefore;
    let yielded = false;
    // One set of reused page buffers per column for the whole file.
    const buffers = fields.map(() => new PageBuffers());
    for (const [g, group] of metadata.row_groups.entries()) {
        const where = (c) => `column "${columns[c]}" in row group ${g + 1} of ${groups}`;
        const groupRows = Number(group.num_rows);
        const groupBytes = group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
        const chunks = fields.map((field, c) => {
            try {
                return openChunk(handle, schema, field, group.columns, groupRows, buffers[c]);
            }
            catch (error) {
                throw corrupt(file, where(c), error);
            }
        });
        for (let at = 0; at < groupRows; at += batchRows) {
            ctx.signal?.throwIfAborted();
            const n = Math.min(batchRows, groupRows - at);
            const values = [];
            for (const [c, chunk] of chunks.entries()) {
                try {
                    values.push(await chunk.take(n));
                }
                catch (error) {
                    throw corrupt(file, where(c), error);
                }
            }
            yield { file, format: 'parquet', columns, values, rowCount: n, firstRow, bytesRead: bytesRead + Math.round((groupBytes * (at + n)) / groupRows) };
            yielded = true;
            firstRow += n;
        }
        bytesRead += groupBytes;
    }
    if (!yielded)
        yield { file, format: 'parquet', columns, values: columns.map(() => []), rowCount: 0, firstRow, bytesRead };
}
/** The page reader of one field's column chunk in a row group. */
function openChunk(handle, schema, field, chunks, groupRows, buffers) {
    const name = field.element.name;
    const chunk = chunks.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
    const meta = chunk?.meta_data;
    if (!meta)
        throw new Error('no column chunk for this field in the row group');
    if (chunk.file_path)
        throw new Error(`the column chunk is in another file (${chunk.file_path}), which is not supported`);
    // As hyparquet: the chunk starts at its dictionary page if any (an offset of 0 means none).
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const end = start + Number(meta.total_compressed_size);
    const decoder = {
        pathInSchema: meta.path_in_schema,
        type: meta.type,
        element: field.element,
        schemaPath: [schema, field],
        codec: meta.codec,
        parsers: convert/* DEFAULT_PARSERS */.Rc,
        compressors: src/* compressors */.Vm,
    };
    return new ParquetColumnChunk(handle, decoder, { start, end }, groupRows, buffers);
}
function corrupt(file, where, error) {
    const detail = error instanceof Error ? error.message : String(error);
    return new errors/* UserError */.yo(`${file}: not a valid Parquet file, or truncated: cannot read ${where} (${detail})`, { file, cause: error });
}

;// CONCATENATED MODULE: ./lib/src/data/dataset.js
/** One dataset made of one or more files, read in one streaming pass. */





/**
 * Reads `paths` in order as one dataset: row numbers continue from file to file, and
 * `bytesRead` is a running total. Every file must have the same format (gzip or not) and,
 * for CSV, TSV and Parquet, the same columns in the same order; JSONL columns are the union
 * of keys so far. Each file yields at least one batch (possibly of zero rows) so consumers
 * see every header. Malformed data throws a UserError with file and line.
 */
async function* readDataset(paths, options = {}) {
    const format = datasetFormat(paths, options.format);
    const keys = new KeyColumns();
    let firstRow = 1;
    let bytesBefore = 0;
    let reference;
    for (const file of paths) {
        options.signal?.throwIfAborted();
        const ctx = { firstRow, bytesBefore, batchRows: options.batchRows, signal: options.signal, chunkBytes: options.chunkBytes };
        let bytes = bytesBefore;
        let checked = false;
        for await (const batch of readFile(file, format, keys, ctx)) {
            if (!checked && format !== 'jsonl') {
                if (reference === undefined)
                    reference = { file, columns: batch.columns };
                else
                    sameColumns(reference, file, batch.columns);
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
function datasetFormat(paths, given) {
    if (paths.length === 0)
        throw new errors/* UserError */.yo('The dataset has no files', { input: 'data' });
    const formats = paths.map((path) => (0,data_format/* detectFormat */.Tz)(path, given));
    const format = formats[0];
    formats.forEach((other, i) => {
        if (other !== format) {
            throw new errors/* UserError */.yo(`Files of one dataset must share a format: ${paths[0]} is ${format} but ${paths[i]} is ${other}`, { file: paths[i] });
        }
    });
    return format;
}
function readFile(file, format, keys, ctx) {
    switch (format) {
        case 'csv':
            return (0,csv_reader/* readDelimitedFile */.K)(file, ',', (0,data_format/* isGzipPath */.ip)(file), ctx);
        case 'tsv':
            return (0,csv_reader/* readDelimitedFile */.K)(file, '\t', (0,data_format/* isGzipPath */.ip)(file), ctx);
        case 'jsonl':
            return readJsonlFile(file, (0,data_format/* isGzipPath */.ip)(file), keys, ctx);
        case 'parquet':
            return readParquetFile(file, ctx);
    }
}
/** Refuses a file whose header differs from the dataset's first file. */
function sameColumns(reference, file, columns) {
    const expected = reference.columns;
    if (expected.length === columns.length && expected.every((name, i) => name === columns[i]))
        return;
    const missing = expected.filter((name) => !columns.includes(name));
    const extra = columns.filter((name) => !expected.includes(name));
    const detail = missing.length > 0 || extra.length > 0
        ? [missing.length > 0 ? `missing ${list(missing)}` : '', extra.length > 0 ? `extra ${list(extra)}` : ''].filter(Boolean).join(', ')
        : 'same columns in a different order';
    throw new errors/* UserError */.yo(`${file} and ${reference.file} are parts of one dataset but their headers differ (${file}: ${detail})`, { file, line: 1 });
}
function list(names) {
    const shown = names.slice(0, 5).map((n) => JSON.stringify(n));
    return names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ');
}


/***/ }),

/***/ 9172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   ey: () => (/* binding */ hasDataExtension),
/* harmony export */   ip: () => (/* binding */ isGzipPath)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4582);
/** Which reader a file needs, from its extension (or the user's `format` override). */


const EXTENSIONS = [
    ['.csv', 'csv'],
    ['.tsv', 'tsv'],
    ['.tab', 'tsv'],
    ['.jsonl', 'jsonl'],
    ['.ndjson', 'jsonl'],
    ['.parquet', 'parquet'],
    ['.pq', 'parquet'],
];
/** True when the file name ends in `.gz` (the text readers then decompress it). */
function isGzipPath(path) {
    return path.toLowerCase().endsWith('.gz');
}
/** True when `path` has an extension a reader knows (used when listing a directory). */
function hasDataExtension(path) {
    return guess(path) !== undefined;
}
function guess(path) {
    let name = path.toLowerCase();
    const gz = name.endsWith('.gz');
    if (gz)
        name = name.slice(0, -3);
    for (const [ext, format] of EXTENSIONS) {
        if (name.endsWith(ext))
            return gz && format === 'parquet' ? undefined : format;
    }
    return undefined;
}
/**
 * The format of `path`: `override` when given (checked against the known formats), else the
 * extension: .csv, .tsv/.tab, .jsonl/.ndjson, .parquet/.pq, the text ones optionally + .gz.
 * Throws a UserError naming the file when neither tells.
 */
function detectFormat(path, override) {
    if (override !== undefined && override !== '') {
        const format = override.toLowerCase();
        if (!_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.includes(format)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Unknown data format '${override}': expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.join(', ')}`, { input: 'format' });
        }
        if (format === 'parquet' && isGzipPath(path)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: a gzipped Parquet file cannot be read; Parquet compresses its own pages`, { file: path });
        }
        return format;
    }
    const format = guess(path);
    if (format === undefined) {
        const hint = path.toLowerCase().endsWith('.parquet.gz') ? 'Parquet files cannot be gzipped' : `set the format input to one of ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.join(', ')}`;
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: cannot tell the data format from the file name (${hint})`, { file: path });
    }
    return format;
}


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZT: () => (/* reexport */ expandDataPaths),
  ip: () => (/* reexport */ format/* isGzipPath */.ip),
  readDataset: () => (/* reexport */ dataset/* readDataset */.JP)
});

// UNUSED EXPORTS: FORMATS, defaultBatchRows, detachString, detectFormat

// EXTERNAL MODULE: ./lib/src/data/dataset.js + 6 modules
var dataset = __webpack_require__(6379);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/data/format.js
var format = __webpack_require__(9172);
;// CONCATENATED MODULE: ./lib/src/data/paths.js
/** Turns the `data` input (a file, a glob or a directory) into the sorted files of one dataset. */





/**
 * Expands `spec` into files, sorted by path so shards read in a stable order:
 * - an existing file: itself;
 * - a directory: every file with a data extension below it (recursively, so Hive-style
 *   partition folders work), skipping dot-files;
 * - otherwise a glob (tinyglobby syntax): every file it matches.
 * Throws a UserError when nothing matches.
 */
async function expandDataPaths(spec) {
    const trimmed = spec.trim();
    if (trimmed === '')
        throw new errors/* UserError */.yo('No data path given', { input: 'data' });
    const info = await (0,promises_.stat)(trimmed).catch(() => undefined);
    if (info?.isFile())
        return [trimmed];
    if (info?.isDirectory()) {
        const found = await (0,dist/* glob */.TI)('**/*', { cwd: trimmed, onlyFiles: true, dot: false, expandDirectories: false });
        const files = found.filter(format/* hasDataExtension */.ey).map((f) => (0,external_node_path_.join)(trimmed, f));
        if (files.length === 0) {
            throw new errors/* UserError */.yo(`Directory ${trimmed} holds no data files (.csv, .tsv, .jsonl, .ndjson, .parquet, optionally .gz)`, { input: 'data' });
        }
        return sortPaths(files);
    }
    if (!(0,dist/* isDynamicPattern */.ey)(trimmed)) {
        throw new errors/* UserError */.yo(`Data path ${trimmed} does not exist`, { input: 'data' });
    }
    // Absolute patterns give absolute paths, relative ones stay relative to the working directory.
    const matches = await (0,dist/* glob */.TI)(trimmed, { onlyFiles: true, expandDirectories: false, absolute: (0,external_node_path_.isAbsolute)(trimmed) });
    if (matches.length === 0)
        throw new errors/* UserError */.yo(`No file matches the pattern ${trimmed}`, { input: 'data' });
    return sortPaths(matches);
}
function sortPaths(paths) {
    // Plain code-unit order: the same on every machine and locale.
    return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./lib/src/data/index.js
/**
 * Streaming data readers: CSV/TSV (RFC 4180), JSON Lines, Parquet; text formats also gzipped.
 * One dataset may span many files; see readDataset.
 */






/***/ }),

/***/ 2560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   bu: () => (/* binding */ capLength),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Markdown built from untrusted text (column names, values, metric names, file contents).
 * Everything that comes from data goes through escapeText/escapeCell so it can never inject
 * HTML, ping people with @mentions, or break a table.
 */
/** GitHub rejects issue and PR comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    // An entity rather than the character: GitHub links @user and @org/team from the raw text.
    '@': '&#64;',
};
/** Characters that would start Markdown formatting, links or images. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;
/**
 * Escapes text for use anywhere in Markdown: no raw HTML, no @mentions, no formatting.
 * Newlines are kept (use escapeCell inside tables).
 */
function escapeText(text) {
    // Markdown escapes first, so the `#` and `;` of the entities added next stay as they are.
    return text
        .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
        .replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char])
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}
/** Escapes text for one table cell: as escapeText, and line breaks become a space. */
function escapeCell(text) {
    return escapeText(text).replace(/\r\n|\r|\n/g, ' ');
}
/** Inline code that shows the text literally, whatever backticks it contains. */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\u2758');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * A GitHub table. Header and cells are Markdown the caller built with the helpers above
 * (so that links and emphasis of our own survive); each is flattened to one line and any
 * unescaped pipe is escaped so it cannot break the row.
 */
function table(header, rows, align = []) {
    const columns = header.length;
    const cell = (text) => protectPipes(text.replace(/\r\n|\r|\n/g, ' ')) || ' ';
    const rule = header.map((_, i) => ({ left: ':---', right: '---:', center: ':---:' })[align[i] ?? 'left']);
    const line = (cells) => {
        const padded = Array.from({ length: columns }, (_, i) => cell(cells[i] ?? ''));
        return `| ${padded.join(' | ')} |`;
    };
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** Escapes every pipe not already escaped (an odd number of backslashes before it). */
function protectPipes(text) {
    return text.replace(/(\\*)\|/g, (match, slashes) => (slashes.length % 2 === 1 ? match : `${slashes}\\|`));
}
/**
 * A folded section; `summary` is plain text and is escaped. The `<summary>` line is raw HTML,
 * where Markdown backslash escapes are shown as typed (`\(`), so it gets HTML entities only,
 * on one line (a line break could end the HTML block).
 */
function details(summary, body, open = false) {
    const text = summary
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char])
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
    return `<details${open ? ' open' : ''}><summary>${text}</summary>\n\n${body}\n\n</details>`;
}
/** A Markdown link whose visible text is escaped and whose URL is percent-encoded where needed. */
function link(text, url) {
    const safeUrl = encodeURI(decodeURIComponentSafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    return `[${escapeText(text)}](${safeUrl})`;
}
function decodeURIComponentSafe(url) {
    try {
        return decodeURI(url);
    }
    catch {
        return url;
    }
}
/**
 * Caps Markdown to fit a comment: when too long, cuts at a line boundary and appends a note.
 * The result is at most `limit` characters.
 */
function capLength(markdown, limit = COMMENT_LIMIT - 536, note = 'Truncated: see the job summary or the JSON report for the rest.') {
    if (markdown.length <= limit)
        return markdown;
    const suffix = `\n\n_${escapeText(note)}_\n`;
    let end = Math.max(0, limit - suffix.length);
    for (;;) {
        const lineEnd = markdown.lastIndexOf('\n', end);
        const body = markdown.slice(0, lineEnd > end / 2 ? lineEnd : end);
        // An open <details> or code fence left dangling would swallow the note: close them.
        const openDetails = Math.max(0, (body.match(/<details/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length);
        const openFence = (body.match(/^```/gm) ?? []).length % 2 === 1;
        const closing = `${openFence ? '\n```' : ''}${'\n</details>'.repeat(openDetails)}`;
        const result = `${body}${closing}${suffix}`;
        if (result.length <= limit || body.length === 0)
            return result;
        end = body.length - (result.length - limit) - 1;
    }
}


/***/ }),

/***/ 4054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/** Writes a file so that readers see the old content or the new, never half of it. */



function writeFileAtomic(path, content, what = 'file') {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write the ${what} '${path}': ${error.message}`, { file: path });
    }
}


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ appendSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/** The job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the Markdown goes to the log. */

/** GitHub accepts up to 1 MiB of summary per step; stay under it with room for the note. */
const SUMMARY_LIMIT = 1_000_000;
/** Appends Markdown to the job summary. */
async function appendSummary(markdown) {
    const text = markdown.length > SUMMARY_LIMIT
        ? `${markdown.slice(0, SUMMARY_LIMIT)}\n\n_Summary truncated: see the JSON report for everything._\n`
        : markdown;
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
}


/***/ })

};
