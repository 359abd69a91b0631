export const id = 718;
export const ids = [718];
export const modules = {

/***/ 3163:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZT: () => (/* reexport */ expandDataPaths),
  readDataset: () => (/* reexport */ readDataset)
});

// UNUSED EXPORTS: FORMATS, defaultBatchRows, detachString, detectFormat, isGzipPath

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
;// CONCATENATED MODULE: ./lib/src/data/csv-tokenizer.js
/**
 * RFC 4180 tokenizer for CSV and TSV text arriving in chunks, writing fields straight into
 * column arrays (no per-row arrays or objects).
 *
 * Why not csv-parse: on bench/readers' 1.15 GB, 13M-row, 12-column CSV, csv-parse 7 read
 * 21 MB/s (56 s); this tokenizer read 59-147 MB/s (19.6 s on a loaded 2-core machine, 7.8 s
 * on a quieter one) at 165 MB peak RSS; pandas.read_csv took 3.1 s but 3.4 GB. It finds
 * delimiters, line ends and quotes with String#indexOf (native scans) over text decoded once
 * per 1 MB chunk, shares each scan across the fields up to the hit, and cuts each field with
 * one slice. What remains is mostly allocating one string per cell (and collecting it).
 * A byte loop over the Buffer scans as fast but then needs a native decode call per field
 * (~150 ns against ~20 ns for a slice), so the text is decoded first.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** parseRow results. */
const ROW = 0;
const NEED_MORE = 1;
const END = 2;
/** Rows longer than this are refused, so an unterminated quote cannot eat all memory. */
const MAX_ROW_CHARS = 64 * 1024 * 1024;
class CsvTokenizer {
    file;
    delimiter;
    /** 1-based physical line where the unread text starts. */
    line = 1;
    /** Fields in the last row parsed (for the ragged-row check). */
    fields = 0;
    /** Line where the last row parsed starts. */
    rowLine = 1;
    s = '';
    pos = 0;
    // Positions of the next line feed, delimiter and quote at or after some point <= pos;
    // Infinity when there is none in `s`. Recomputed only once passed, so each scan is shared
    // by all the fields up to it.
    nextLf = -1;
    nextDelim = -1;
    nextQuote = -1;
    delimCode;
    constructor(file, delimiter) {
        this.file = file;
        this.delimiter = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
    }
    /** Appends decoded text after what is still unread (called when parseRow needs more). */
    push(text) {
        // What is unread is one incomplete row: refuse to grow it without bound.
        if (this.s.length - this.pos > MAX_ROW_CHARS)
            this.tooLong();
        this.s = this.pos < this.s.length ? this.s.slice(this.pos) + text : text;
        this.pos = 0;
        this.nextLf = this.nextDelim = this.nextQuote = -1;
    }
    /** Remembers the read position, to parse the same row again (the header, once sized). */
    save() {
        return [this.pos, this.line];
    }
    restore([pos, line]) {
        this.pos = pos;
        this.line = line;
        this.nextLf = this.nextDelim = this.nextQuote = -1;
    }
    /** Text not parsed yet (used to place errors that follow it). */
    rest() {
        return this.s.slice(this.pos);
    }
    /**
     * Skips blank lines (when `skipBlank`), then parses one row into cols[c][r] for c < width
     * (extra fields are counted in `fields`, not stored). Returns ROW, NEED_MORE (the row is
     * not complete in the text so far; nothing is consumed) or END (final and no text left).
     */
    parseRow(cols, r, width, final, skipBlank) {
        const s = this.s;
        const len = s.length;
        let p = this.pos;
        let line = this.line;
        if (skipBlank) {
            for (;;) {
                const ch = s.charCodeAt(p);
                if (ch === LF)
                    p++;
                else if (ch === CR && p + 1 < len && s.charCodeAt(p + 1) === LF)
                    p += 2;
                else if (ch === CR && p + 1 >= len && !final)
                    return this.rewind();
                else
                    break;
                line++;
            }
            this.pos = p;
            this.line = line;
        }
        if (p >= len)
            return final ? END : NEED_MORE;
        const rowLine = line;
        const delim = this.delimCode;
        let lf = this.nextLf;
        if (lf < p)
            lf = this.nextLf = find(s, '\n', p);
        let c = 0;
        for (;;) {
            let value;
            let last;
            if (s.charCodeAt(p) === QUOTE) {
                const opened = line;
                let from = p + 1;
                value = '';
                let close;
                for (;;) {
                    close = s.indexOf('"', from);
                    if (close === -1 || (close + 1 >= len && !final)) {
                        if (final)
                            this.fail(`unterminated quoted field (field ${c + 1} opens a quote that never closes)`, opened);
                        return this.rewind();
                    }
                    if (s.charCodeAt(close + 1) !== QUOTE)
                        break;
                    value += s.slice(from, close + 1);
                    from = close + 2;
                }
                value += s.slice(from, close);
                if (lf < close) {
                    for (let k = lf; k !== -1 && k < close; k = s.indexOf('\n', k + 1))
                        line++;
                }
                p = close + 1;
                const ch = s.charCodeAt(p);
                if (ch === delim)
                    last = false;
                else if (ch === LF || p >= len)
                    last = true;
                else if (ch === CR && s.charCodeAt(p + 1) === LF) {
                    last = true;
                    p++;
                }
                else if (ch === CR && p + 1 >= len) {
                    if (!final)
                        return this.rewind();
                    last = true;
                }
                else {
                    this.fail(`unexpected text after the closing quote of field ${c + 1} (a quote inside a quoted field must be doubled: "")`, line);
                }
                if (lf < p)
                    lf = this.nextLf = find(s, '\n', p);
                if (c < width)
                    cols[c][r] = value;
                p++;
            }
            else {
                let end = this.nextDelim;
                if (end < p)
                    end = this.nextDelim = find(s, this.delimiter, p);
                if (lf === Infinity && !final)
                    return this.rewind();
                const rowEnd = lf === Infinity ? len : lf;
                last = end >= rowEnd;
                if (last)
                    end = rowEnd;
                let q = this.nextQuote;
                if (q < p)
                    q = this.nextQuote = find(s, '"', p);
                if (q < end)
                    this.fail(`stray quote in field ${c + 1} (a field containing quotes must be quoted, with inner quotes doubled)`, line);
                if (c < width)
                    cols[c][r] = s.slice(p, last && end > p && s.charCodeAt(end - 1) === CR ? end - 1 : end);
                p = end + 1;
            }
            c++;
            if (last)
                break;
        }
        this.pos = p;
        this.line = line + 1;
        this.fields = c;
        this.rowLine = rowLine;
        return ROW;
    }
    /** The row will be parsed again from its start: forget scan positions past that start. */
    rewind() {
        this.nextLf = this.nextDelim = this.nextQuote = -1;
        return NEED_MORE;
    }
    tooLong() {
        this.fail(`a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MiB starts here (is a quote left open?)`, this.line);
    }
    fail(problem, line) {
        throw new errors/* UserError */.yo(`${this.file}:${line}: ${problem}`, { file: this.file, line });
    }
}
function find(s, what, from) {
    const at = s.indexOf(what, from);
    return at === -1 ? Infinity : at;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/src/data/utf8.js
/**
 * UTF-8 boundaries and error positions. The fast path validates whole chunks with
 * buffer.isUtf8 (native); these JS loops run only at chunk edges or once an error is known.
 */
/** Length of the longest prefix of `bytes` that does not end inside a multi-byte sequence. */
function completeUtf8Length(bytes) {
    const len = bytes.length;
    // A sequence is at most 4 bytes: look back at most 3 bytes for its lead byte.
    for (let i = len - 1; i >= 0 && i >= len - 3; i--) {
        const b = bytes[i];
        if ((b & 0xc0) === 0x80)
            continue; // continuation byte: keep looking for the lead
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return i + need > len ? i : len;
    }
    return len;
}
/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when all is valid. */
function firstInvalidUtf8(bytes) {
    const len = bytes.length;
    let i = 0;
    while (i < len) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0; // overlong
            if (b === 0xed)
                hi = 0x9f; // surrogates
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90; // overlong
            if (b === 0xf4)
                hi = 0x8f; // above U+10FFFF
        }
        else
            return i;
        if (i + need >= len)
            return i; // truncated sequence
        const second = bytes[i + 1];
        if (second < lo || second > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const c = bytes[i + k];
            if (c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Counts '\n' in `text` from `start`; used to place errors, never in the hot loop. */
function countNewlines(text, start = 0) {
    let n = 0;
    for (let k = text.indexOf('\n', start); k !== -1; k = text.indexOf('\n', k + 1))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./lib/src/data/text-source.js
/**
 * Streams a text file (optionally gzipped) as validated UTF-8 strings of about 1 MB. Each
 * chunk is decoded once, whole: measured in bench/readers, decoding a chunk costs ~5 ns per
 * field while decoding each field from the Buffer costs ~150 ns (a native call per field), so
 * the tokenizers cut fields out of these strings instead.
 */






const CHUNK = 1 << 20;
/**
 * Yields the file's text chunk by chunk, skipping a UTF-8 BOM. A multi-byte character split
 * across reads is carried to the next chunk. `lineAtEnd()` tells, on a gzip or read error,
 * which line the caller has reached, so the error lands there.
 */
async function* readTextChunks(path, gzip, lineAtEnd, signal, chunkBytes = CHUNK) {
    const raw = (0,external_node_fs_.createReadStream)(path, { highWaterMark: chunkBytes, signal });
    // zlib's smallest output chunk is 64 bytes.
    const stream = gzip ? (0,external_node_stream_.pipeline)(raw, (0,external_node_zlib_.createGunzip)({ chunkSize: Math.max(64, chunkBytes) }), () => { }) : raw;
    let carry;
    let offset = 0; // decoded bytes before `carry`
    let first = true;
    try {
        for await (const piece of stream) {
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
            if (cut < buf.length)
                carry = Buffer.from(buf.subarray(cut));
            const body = buf.subarray(0, cut);
            if (!(0,external_node_buffer_.isUtf8)(body)) {
                const bad = firstInvalidUtf8(body);
                yield { text: body.toString('utf8', 0, bad), bytesRead: raw.bytesRead, invalid: { byte: body[bad] ?? 0, offset: offset + bad } };
                return;
            }
            offset += cut;
            yield { text: body.toString('utf8'), bytesRead: raw.bytesRead };
        }
    }
    catch (error) {
        throw sourceError(path, gzip, error, lineAtEnd());
    }
    finally {
        raw.destroy();
        stream.destroy();
    }
    if (carry !== undefined && carry.length > 0) {
        // The file ends inside a multi-byte character (or is only a partial BOM).
        yield { text: '', bytesRead: raw.bytesRead, invalid: { byte: carry[0] ?? 0, offset } };
    }
}
function isBomPrefix(buf) {
    return buf[0] === 0xef && (buf.length < 2 || buf[1] === 0xbb);
}
function sourceError(path, gzip, error, line) {
    const err = error;
    if (err?.name === 'AbortError')
        return error;
    if (gzip && typeof err?.code === 'string' && err.code.startsWith('Z_')) {
        const what = err.code === 'Z_BUF_ERROR' ? 'is truncated (it ends before the gzip stream does)' : `is not valid gzip data (${err.message})`;
        return new errors/* UserError */.yo(`${path}: the file ${what}; the last complete line read was ${Math.max(0, line - 1)}`, { file: path, line, cause: error });
    }
    if (typeof err?.code === 'string') {
        return new errors/* UserError */.yo(`${path}: cannot read the file (${err.code}: ${err.message})`, { file: path, cause: error });
    }
    return error;
}
/** The error for a chunk flagged `invalid`, placed at `line`. */
function invalidUtf8Error(path, invalid, line) {
    const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return new errors/* UserError */.yo(`${path}:${line}: invalid UTF-8 (byte ${byte} at byte offset ${invalid.offset}); save the file as UTF-8`, { file: path, line });
}

;// CONCATENATED MODULE: ./lib/src/data/types.js
/**
 * The shapes the streaming readers hand to validators and profilers. One batch holds up to
 * `batchRows` rows of one file, column-major so a column's checks run over one plain array.
 */
const FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'];
/** Default rows per batch for a table of `width` columns (about 32K cells, 512..64K rows). */
function defaultBatchRows(width) {
    return Math.max(512, Math.min(65_536, Math.floor(32_768 / Math.max(1, width))));
}
/**
 * Returns a copy of `value` that does not share memory with the text it was cut from. Cheap
 * for short strings (V8 copies those already); call it on values kept beyond their batch.
 */
function detachString(value) {
    // A JSON round trip builds a new flat string (lone surrogates survive as escapes); slicing
    // or concatenating would only make another view of the same text.
    return value.length < 13 ? value : JSON.parse(JSON.stringify(value));
}

;// CONCATENATED MODULE: ./lib/src/data/csv-reader.js
/** Reads one CSV or TSV file (optionally gzipped) into batches of raw string cells. */





/**
 * Yields the rows of one delimited file. Always yields at least one batch (a header-only
 * file gives one batch of zero rows) so consumers see the header. Blank lines are skipped
 * when there are several columns; with one column a blank line is an empty value.
 */
async function* readDelimitedFile(file, delimiter, gzip, ctx) {
    const tok = new CsvTokenizer(file, delimiter);
    const lineReached = () => tok.line + countNewlines(tok.rest());
    const chunks = readTextChunks(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
    let final = false;
    let bytes = 0;
    let invalid;
    const more = async () => {
        ctx.signal?.throwIfAborted();
        if (invalid !== undefined)
            throw invalidUtf8Error(file, invalid, lineReached());
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
            if (status === END)
                throw new errors/* UserError */.yo(`${file}: empty: no header`, { file, line: 1 });
            if (status === NEED_MORE) {
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
        const batchRows = ctx.batchRows ?? defaultBatchRows(width);
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
                if (status === ROW) {
                    if (tok.fields !== width) {
                        throw new errors/* UserError */.yo(`${file}:${tok.rowLine}: expected ${width} fields (as in the header), got ${tok.fields}`, { file, line: tok.rowLine });
                    }
                    lines[n++] = tok.rowLine;
                }
                else if (status === NEED_MORE)
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
            throw new errors/* UserError */.yo(`${where}: column ${i + 1} of the header has an empty name`, at);
        const before = seen.get(name);
        if (before !== undefined) {
            throw new errors/* UserError */.yo(`${where}: duplicate column name "${name}" (columns ${before + 1} and ${i + 1})`, at);
        }
        seen.set(name, i);
    });
}

;// CONCATENATED MODULE: ./lib/src/data/format.js
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
        if (!FORMATS.includes(format)) {
            throw new errors/* UserError */.yo(`Unknown data format '${override}': expected one of ${FORMATS.join(', ')}`, { input: 'format' });
        }
        if (format === 'parquet' && isGzipPath(path)) {
            throw new errors/* UserError */.yo(`${path}: a gzipped Parquet file cannot be read; Parquet compresses its own pages`, { file: path });
        }
        return format;
    }
    const format = guess(path);
    if (format === undefined) {
        const hint = path.toLowerCase().endsWith('.parquet.gz') ? 'Parquet files cannot be gzipped' : `set the format input to one of ${FORMATS.join(', ')}`;
        throw new errors/* UserError */.yo(`${path}: cannot tell the data format from the file name (${hint})`, { file: path });
    }
    return format;
}

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
    const lineReached = () => line + countNewlines(text, pos);
    const chunks = readTextChunks(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
    const batchRows = ctx.batchRows ?? defaultBatchRows(Math.max(keys.names.length, 8));
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
                        throw invalidUtf8Error(file, invalid, lineReached());
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
    checkHeader(file, columns, 0);
    const batchRows = ctx.batchRows ?? defaultBatchRows(columns.length);
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
    if (paths.length === 0)
        throw new errors/* UserError */.yo('The dataset has no files', { input: 'data' });
    const formats = paths.map((path) => detectFormat(path, options.format));
    const format = formats[0];
    formats.forEach((other, i) => {
        if (other !== format) {
            throw new errors/* UserError */.yo(`Files of one dataset must share a format: ${paths[0]} is ${format} but ${paths[i]} is ${other}`, { file: paths[i] });
        }
    });
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
function readFile(file, format, keys, ctx) {
    switch (format) {
        case 'csv':
            return readDelimitedFile(file, ',', isGzipPath(file), ctx);
        case 'tsv':
            return readDelimitedFile(file, '\t', isGzipPath(file), ctx);
        case 'jsonl':
            return readJsonlFile(file, isGzipPath(file), keys, ctx);
        case 'parquet':
            return readParquetFile(file, ctx);
    }
}
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
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
        const files = found.filter(hasDataExtension).map((f) => (0,external_node_path_.join)(trimmed, f));
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

/***/ 4104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ Mulberry32)
/* harmony export */ });
/**
 * Mulberry32: a tiny seeded PRNG (public domain, Tommy Ettinger). Sketches that randomise
 * (KLL's compactions) use it instead of Math.random so a profile is reproducible from its
 * seed, and its whole state is one uint32 that fits in the sketch's JSON.
 */
class Mulberry32 {
    /** The full generator state; serialise it to resume the exact same sequence. */
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** The next 32 random bits as an unsigned integer. */
    nextUint32() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (t ^ (t >>> 14)) >>> 0;
    }
    /** A fair coin flip: 0 or 1. */
    nextBit() {
        return this.nextUint32() >>> 31;
    }
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
