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
    const chunks = (0,_text_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextChunks */ .c)(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
    let final = false;
    let bytes = 0;
    let invalid;
    const more = async () => {
        ctx.signal?.throwIfAborted();
        if (invalid !== undefined)
            throw (0,_text_source_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidUtf8Error */ .P)(file, invalid, lineReached());
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
                const status = tok.parseRow(values, n, width, final, skipBlank);
                if (status === _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .ROW */ .nw) {
                    if (tok.fields !== width) {
                        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}:${tok.rowLine}: expected ${width} fields (as in the header), got ${tok.fields}`, { file, line: tok.rowLine });
                    }
                    lines[n++] = tok.rowLine;
                }
                else if (status === _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .NEED_MORE */ .Jt)
                    await more();
                else {
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

/***/ 6935:
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
    const chunks = (0,text_source/* readTextChunks */.c)(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
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
                        throw (0,text_source/* invalidUtf8Error */.P)(file, invalid, lineReached());
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

// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(2123);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
;// CONCATENATED MODULE: ./lib/src/data/parquet-reader.js
/**
 * Reads one Parquet file with hyparquet (pure JS, MIT), a span of rows at a time: only that
 * span's column chunks are fetched from disk and only the pages covering it are decoded, so
 * memory holds one span, never the whole file. Spans are capped at SPAN_ROWS because a whole
 * 1Mi-row group (pyarrow's default) of 12 columns decoded at once peaked at 640-720 MB RSS
 * (bench/readers); 128K-row spans peak near 390 MB, 64K-row spans 330 MB but run slower,
 * since hyparquet fetches and decompresses a span's whole column chunks each time. Snappy is built in; hyparquet-compressors adds zstd, gzip, brotli, lz4.
 */





/**
 * Yields the rows of one Parquet file in batches cut from its row groups. Always yields at
 * least one batch so consumers see the columns. A truncated or corrupt file gives a
 * UserError naming the file and what hyparquet found wrong.
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
    const columns = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((child) => child.element.name);
    (0,csv_reader/* checkHeader */.e)(file, columns, 0);
    const batchRows = ctx.batchRows ?? (0,types/* defaultBatchRows */.P_)(columns.length);
    let firstRow = ctx.firstRow;
    let groupStart = 0;
    let bytesRead = ctx.bytesBefore + footerBytes(metadata);
    let yielded = false;
    for (const [g, group] of metadata.row_groups.entries()) {
        const groupRows = Number(group.num_rows);
        const groupBytes = group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
        for (let spanAt = 0; spanAt < groupRows; spanAt += SPAN_ROWS) {
            ctx.signal?.throwIfAborted();
            const spanRows = Math.min(SPAN_ROWS, groupRows - spanAt);
            const values = await readSpan(file, g, buffer, metadata, columns, groupStart + spanAt, spanRows);
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
/** Rows decoded at once (see the file comment). */
const SPAN_ROWS = 1 << 17;
async function readSpan(file, g, buffer, metadata, columns, groupStart, groupRows) {
    const values = columns.map(() => new Array(groupRows).fill(null));
    const index = new Map(columns.map((name, c) => [name, c]));
    const onChunk = ({ columnName, columnData, rowStart }) => {
        const target = values[index.get(columnName) ?? -1];
        if (target === undefined)
            return;
        const from = Math.max(0, groupStart - rowStart);
        const to = Math.min(columnData.length, groupStart + groupRows - rowStart);
        for (let k = from; k < to; k++)
            target[rowStart + k - groupStart] = parquet_reader_toCell(columnData[k]);
    };
    try {
        await (0,read/* parquetRead */.bA)({ file: buffer, metadata, rowStart: groupStart, rowEnd: groupStart + groupRows, compressors: src/* compressors */.Vm, onChunk });
    }
    catch (error) {
        throw corrupt(file, `row group ${g + 1} of ${metadata.row_groups.length}`, error);
    }
    return values;
}
function parquet_reader_toCell(value) {
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
function footerBytes(metadata) {
    return metadata.metadata_length + 8;
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

// EXTERNAL MODULE: ./lib/src/data/dataset.js + 2 modules
var dataset = __webpack_require__(6935);
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
/** A folded section; `summary` is plain text and is escaped. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeText(summary)}</summary>\n\n${body}\n\n</details>`;
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
