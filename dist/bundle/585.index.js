export const id = 585;
export const ids = [585];
export const modules = {

/***/ 7847:
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
;// CONCATENATED MODULE: ./lib/src/data/json-keys.js
/**
 * The keys of a JSON object's text as written, duplicates included. JSON.parse keeps the last
 * value of a repeated key without a word (RFC 8259 only says names SHOULD be unique), so a JSON
 * Lines row `{"age": 31, "age": null}` would be read as null and the 31 lost; the JSONL reader
 * compares the keys written with the keys parsed to report such a row instead.
 *
 * Both functions take text that JSON.parse accepted. Strings are skipped with indexOf, so long
 * values cost little. On bench/validate-data's rows (12 keys, 7 string values) counting costs
 * about a third of JSON.parse's time per row (Node 20).
 */
/**
 * How many keys the top-level object of `text` has as written (a repeated key counts each
 * time). `flat`: no value of the parsed object is an object or array. Then, unless a key
 * repeats, the text holds no nested object and every string followed by ':' is a top-level
 * key, so only the strings are visited; with a repeated key the count may include the keys of
 * a nested value that the parse dropped, which only makes it larger than the parsed keys'.
 * Otherwise every character outside strings is read to track the nesting.
 */
function writtenKeyCount(text, flat) {
    if (!flat)
        return walkTopLevelKeys(text);
    let keys = 0;
    for (let open = text.indexOf('"'); open !== -1;) {
        const end = stringEnd(text, open);
        if (nextNonSpace(text, end) === 58)
            keys++;
        open = text.indexOf('"', end);
    }
    return keys;
}
/** The top-level object's keys as written, in order, decoded (to name the repeated one). */
function writtenKeys(text) {
    const keys = [];
    walkTopLevelKeys(text, (start, end) => keys.push(JSON.parse(text.slice(start, end))));
    return keys;
}
/**
 * Counts the top-level object's keys, reading every character outside strings to track the
 * nesting; `onKey` gets each key's span (quotes included). Counting alone decodes nothing, as
 * the reader does it for every row with a nested value.
 */
function walkTopLevelKeys(text, onKey) {
    let depth = 0;
    let keys = 0;
    const n = text.length;
    for (let i = 0; i < n;) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            const end = stringEnd(text, i);
            // In the top-level object a string followed by ':' is a key (a value is followed by ',' or '}').
            if (depth === 1 && nextNonSpace(text, end) === 58) {
                keys++;
                onKey?.(i, end);
            }
            i = end;
            continue;
        }
        if (c === 123 || c === 91)
            depth++;
        else if (c === 125 || c === 93)
            depth--;
        i++;
    }
    return keys;
}
/** The index after the closing quote of the string that opens at `start`. */
function stringEnd(text, start) {
    let q = start;
    for (;;) {
        q = text.indexOf('"', q + 1);
        if (q === -1)
            return text.length;
        if (text.charCodeAt(q - 1) !== 92)
            return q + 1;
        // A quote after an odd number of backslashes is escaped.
        let b = q - 1;
        while (text.charCodeAt(b) === 92)
            b--;
        if ((q - 1 - b) % 2 === 0)
            return q + 1;
    }
}
/** The code of the first character at or after i that is not JSON whitespace (-1 at the end). */
function nextNonSpace(text, i) {
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
            return c;
    }
    return -1;
}

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
                values = addRow(file, here, body, parseLine(file, here, body), keys, values, n, batchRows);
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
        // Node 22+ adds "(line 1 column n)" of the one-line body, which reads as a wrong file line: drop it.
        const detail = error.message.replace(/ \(line \d+ column \d+\)$/, '');
        throw new errors/* UserError */.yo(`${file}:${line}: not valid JSON (${detail})`, { file, line });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
        throw new errors/* UserError */.yo(`${file}:${line}: each line must be a JSON object, this one is ${kind}`, { file, line });
    }
    return parsed;
}
function addRow(file, line, body, row, keys, values, r, batchRows) {
    let parsedKeys = 0;
    let flat = true;
    for (const key in row) {
        parsedKeys++;
        let c = keys.index.get(key);
        if (c === undefined) {
            if (key.trim() === '')
                throw new errors/* UserError */.yo(`${file}:${line}: a key is empty; column names must not be empty`, { file, line });
            c = keys.names.length;
            keys.names.push(key);
            keys.index.set(key, c);
            values.push(nulls(batchRows));
        }
        const value = row[key];
        if (typeof value === 'object' && value !== null)
            flat = false;
        values[c][r] = cellOf(file, line, key, value);
    }
    if (writtenKeyCount(body, flat) !== parsedKeys)
        throw repeatedKeyError(file, line, body);
    return values;
}
/** A row that writes a key twice: JSON.parse kept only the last value, so the row is not what it says. */
function repeatedKeyError(file, line, body) {
    const seen = new Set();
    const repeated = writtenKeys(body).find((key) => seen.has(key) || !seen.add(key));
    return new errors/* UserError */.yo(`${file}:${line}: key '${repeated}' appears more than once in this object; each key of a JSON Lines row must be distinct`, { file, line });
}
/** toCell, with a value nested too deeply to write back as JSON (thousands of levels) as a data error. */
function cellOf(file, line, key, value) {
    try {
        return toCell(value);
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        throw new errors/* UserError */.yo(`${file}:${line}: the value of '${key}' is nested too deeply to read (${error.message})`, { file, line });
    }
}
function toCell(value) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    return JSON.stringify(value);
}

// EXTERNAL MODULE: ./lib/src/data/parquet-reader.js + 5 modules
var parquet_reader = __webpack_require__(7462);
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
        const ctx = { firstRow, bytesBefore, batchRows: options.batchRows, signal: options.signal, chunkBytes: options.chunkBytes, typed: options.typed };
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
            return (0,parquet_reader/* readParquetFile */.N)(file, ctx);
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

/***/ 5135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.Z),
/* harmony export */   ip: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_2__.ip),
/* harmony export */   readDataset: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_0__.JP)
/* harmony export */ });
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7847);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9423);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9172);
/**
 * Streaming data readers: CSV/TSV (RFC 4180), JSON Lines, Parquet; text formats also gzipped.
 * One dataset may span many files; see readDataset.
 */






/***/ }),

/***/ 9423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ expandDataPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3382);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9172);
/** Turns the `data` input (a file, a glob or a directory) into the sorted files of one dataset. */





/**
 * Expands `spec` into files, sorted by path so shards read in a stable order:
 * - an existing file: itself;
 * - a directory: every file with a data extension below it (recursively, so Hive-style
 *   partition folders work), skipping dot-files;
 * - otherwise a glob (tinyglobby syntax): every file it matches;
 * each file once, however many symbolic links lead to it. Throws a UserError when nothing matches.
 */
async function expandDataPaths(spec) {
    const trimmed = spec.trim();
    if (trimmed === '')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('No data path given', { input: 'data' });
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(trimmed).catch(() => undefined);
    if (info?.isFile())
        return [trimmed];
    if (info?.isDirectory()) {
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)('**/*', { cwd: trimmed, onlyFiles: true, dot: false, expandDirectories: false });
        const files = found.filter(_format_js__WEBPACK_IMPORTED_MODULE_3__/* .hasDataExtension */ .ey).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(trimmed, f));
        if (files.length === 0) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Directory ${trimmed} holds no data files (.csv, .tsv, .jsonl, .ndjson, .parquet, optionally .gz)`, { input: 'data' });
        }
        return distinctFiles(sortPaths(files));
    }
    if (info !== undefined) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Data path ${trimmed} is not a regular file or a directory (a pipe or a device?): write the data to a file first`, { input: 'data' });
    }
    if (!(0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .isDynamicPattern */ .ey)(trimmed)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Data path ${trimmed} does not exist`, { input: 'data' });
    }
    // Absolute patterns give absolute paths, relative ones stay relative to the working directory.
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)(trimmed, { onlyFiles: true, expandDirectories: false, absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(trimmed) });
    if (matches.length === 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No file matches the pattern ${trimmed}`, { input: 'data' });
    return distinctFiles(sortPaths(matches));
}
/**
 * The paths without those that are the same file as an earlier one: a directory or `**` glob
 * follows symbolic links, so `data/latest -> 2024` would otherwise read data/2024's files twice
 * (doubled rows, false duplicates). The first path in sorted order is kept.
 */
async function distinctFiles(paths) {
    const seen = new Set();
    const kept = [];
    for (const path of paths) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path).catch(() => path);
        if (seen.has(real))
            continue;
        seen.add(real);
        kept.push(path);
    }
    return kept;
}
function sortPaths(paths) {
    // Plain code-unit order: the same on every machine and locale.
    return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


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
/* harmony export */   Q: () => (/* binding */ danglingLinkTarget),
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/**
 * Writes an output file so that readers see the old content or the new, never half of it:
 * into a temporary file next to the destination, then renamed over it.
 *
 * A rename replaces the directory entry, so it is only done where that is what the user
 * means by "write to this path":
 * - a symlink stays a link: the file it points to is replaced (a dangling link gets its
 *   target created), as `>` in a shell would do;
 * - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is a sink, not a file
 *   to replace: the content is written into it directly. Renaming over it would swap the
 *   device for a regular file (as root, `/dev/null` itself) and the reader would never see
 *   the content;
 * - nothing is ever created or renamed inside /dev or /proc: paths there (`/dev/stdout`,
 *   `/dev/fd/3`) name the process's own streams, even when they lead to a regular file;
 * - a directory is refused by the rename, with its error in the message.
 */



/** Symlinks followed before giving up, like the kernel's ELOOP limit. */
const MAX_LINKS = 40;
function writeFileAtomic(path, content, what = 'file') {
    let destination;
    try {
        destination = findDestination(path);
    }
    catch (error) {
        throw cannotWrite(what, path, error);
    }
    if (destination.direct)
        writeInto(path, content, destination.stats, what);
    else
        replaceAtomically(path, destination.path, content, destination.stats, what);
}
function findDestination(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const stats = statIfAny(absolute);
    if (isStreamPath(absolute)) {
        if (stats === undefined)
            throw new Error('no such device or stream (files are never created under /dev or /proc)');
        return { path: absolute, stats, direct: true };
    }
    if (stats === undefined) {
        const target = danglingLinkTarget(absolute);
        if (isStreamPath(target))
            throw new Error(`it is a link to '${target}', which does not exist (files are never created under /dev or /proc)`);
        return { path: target, direct: false };
    }
    if (stats.isFile() || stats.isDirectory()) {
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
        return { path: target, stats, direct: isStreamPath(target) };
    }
    return { path: absolute, stats, direct: true };
}
function isStreamPath(absolute) {
    return process.platform !== 'win32' && /^\/(dev|proc)(\/|$)/.test(absolute);
}
function statIfAny(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Where a path that does not resolve to anything is created: at the end of its links. */
function danglingLinkTarget(absolute) {
    let current = absolute;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        let link;
        try {
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return current;
            throw error;
        }
        if (!link.isSymbolicLink())
            return current;
        // Relative targets count from the link's real directory, as the kernel resolves them.
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current)), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(current));
    }
    throw new Error(`more than ${MAX_LINKS} symbolic links in a row`);
}
function replaceAtomically(path, target, content, stats, what) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content);
        // The replaced file keeps its permissions (a shared report stays group-readable).
        if (stats?.isFile())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(temporary, stats.mode & 0o7777);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, target);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw cannotWrite(what, path, error);
    }
}
function writeInto(path, content, stats, what) {
    let fd;
    let probe;
    try {
        if (stats?.isFIFO()) {
            // Opening a FIFO for writing waits for a reader, forever if none comes: ask without
            // waiting first (ENXIO: nobody reads it), and hold that end open while the blocking
            // one is opened so the reader cannot leave in between.
            try {
                probe = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            }
            catch (error) {
                if (error.code === 'ENXIO')
                    throw new Error('it is a named pipe (FIFO) that no process is reading');
                throw error;
            }
        }
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
    }
    catch (error) {
        throw cannotWrite(what, path, error);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        if (probe !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(probe);
    }
}
/** The one error for an output that could not be written, naming it and the system's reason. */
function cannotWrite(what, path, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write the ${what} '${path}': ${error.message}`, { file: path, cause: error });
}


/***/ }),

/***/ 5664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ refuseClashingPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4054);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9006);
/**
 * Refuses output paths that would overwrite one of the action's input files or another output,
 * before any work: `infer-schema` naming the `schema` file would replace the user's schema, a
 * `report` naming a data file would replace the data, and two outputs on one path would leave
 * only the last written.
 *
 * Two paths are the same file when they reach the same regular file (same device and inode,
 * so links, `..` and case-insensitive file systems do not hide it), or, for an output not made
 * yet, when they will be created at the same place (real parent directory plus name, after
 * following a dangling symlink as the write will). Devices, FIFOs and other non-regular files are
 * not compared: `/dev/null` or `/dev/stdout` named twice is a sink, not an overwrite.
 */




function refuseClashingPaths(reads, writes) {
    const readers = new Map();
    for (const read of reads) {
        for (const path of read.paths) {
            const key = fileIdentity(path);
            if (key !== undefined && !readers.has(key))
                readers.set(key, { input: read.input, path, ...(read.replacedBy ? { replacedBy: read.replacedBy } : {}) });
        }
    }
    const written = new Map();
    for (const write of writes) {
        if (write.path === undefined || write.path.trim() === '')
            continue;
        const path = write.path;
        const key = fileIdentity(path);
        if (key === undefined)
            continue;
        const reader = readers.get(key);
        if (reader && reader.replacedBy !== write.input) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(write.input, `${sameAs(path, reader.path)} the \`${reader.input}\` input; write the ${write.what} elsewhere`, { file: path });
        }
        const earlier = written.get(key);
        if (earlier) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(write.input, `${sameAs(path, earlier.path)} the \`${earlier.input}\` path; give the ${write.what} and the ${earlier.what} different paths`, { file: path });
        }
        written.set(key, { ...write, path });
    }
}
function sameAs(path, other) {
    return path === other ? `${path} is also` : `${path} is the same file as ${other},`;
}
/** Who a path is, or undefined for what is not compared (devices, FIFOs, unreadable paths). */
function fileIdentity(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
        return stats.isFile() ? `file ${stats.dev}:${stats.ino}` : undefined;
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            return undefined;
    }
    try {
        const target = (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .danglingLinkTarget */ .Q)(absolute);
        return `new ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realAncestor((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target))}`;
    }
    catch {
        return undefined;
    }
}
/** The real path of a directory that may not exist yet: its nearest existing ancestor's, plus the rest. */
function realAncestor(directory) {
    const missing = [];
    let current = directory;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(current), ...missing.reverse());
        }
        catch (error) {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
            if (error.code !== 'ENOENT' || parent === current)
                throw error;
            missing.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(current));
            current = parent;
        }
    }
}


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ appendSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
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
