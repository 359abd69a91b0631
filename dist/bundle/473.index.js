export const id = 473;
export const ids = [473];
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
/* harmony import */ var _typed_cells_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5263);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4582);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5440);
/** Reads one CSV or TSV file (optionally gzipped) into batches of raw string cells. */






/**
 * Yields the rows of one delimited file. Always yields at least one batch (a header-only
 * file gives one batch of zero rows) so consumers see the header. Blank lines are skipped
 * when there are several columns; with one column a blank line is an empty value.
 */
async function* readDelimitedFile(file, delimiter, gzip, ctx) {
    const tok = new _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvTokenizer */ .YB(file, delimiter);
    const lineReached = () => tok.line + (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .countNewlines */ .Dn)(tok.rest());
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
        const batchRows = ctx.batchRows ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBatchRows */ .P_)(width);
        const skipBlank = width > 1;
        const plans = ctx.typed?.(header);
        let firstRow = ctx.firstRow;
        let yielded = false;
        for (;;) {
            const values = Array.from({ length: width }, () => new Array(batchRows));
            const lines = new Int32Array(batchRows);
            const typed = (0,_typed_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .allocateTypedCells */ .rS)(plans, batchRows);
            const reader = (0,_typed_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .typedReader */ .Yx)(plans, typed);
            let n = 0;
            let done = false;
            while (n < batchRows) {
                const filled = (0,_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .fillRows */ .HP)(tok, values, lines, n, final, skipBlank, file, reader);
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
                yield { file, format: delimiter === ',' ? 'csv' : 'tsv', columns: header, values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: ctx.bytesBefore + bytes, ...(typed ? { typed } : {}) };
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
/**
 * Refuses empty and duplicate column names, naming the column, and names that show the file is
 * not what it should be: a NUL (UTF-16 text without a byte-order mark, or a binary file) or a
 * carriage return without a line feed (lines ended by CR alone, as on classic Mac OS, which
 * would otherwise read as one long header and silently no rows). `line` 0 means no line.
 */
function checkHeader(file, header, line) {
    const where = line > 0 ? `${file}:${line}` : file;
    const at = line > 0 ? { file, line } : { file };
    const seen = new Map();
    header.forEach((name, i) => {
        if (name.trim() === '')
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: column ${i + 1} of the header has an empty name`, at);
        if (name.includes('\0')) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: column ${i + 1} of the header holds a NUL character: the file is not UTF-8 text (UTF-16 without a byte-order mark, or a binary file?); save it as UTF-8`, at);
        }
        if (/\r(?!\n)/.test(name)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: column ${i + 1} of the header holds a carriage return: the file's lines seem to end in CR alone (classic Mac OS); save it with LF or CRLF line endings`, at);
        }
        const before = seen.get(name);
        if (before !== undefined) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: duplicate column name "${name}" (columns ${before + 1} and ${i + 1})`, at);
        }
        seen.set(name, i);
    });
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ fillRows),
/* harmony export */   Jt: () => (/* binding */ NEED_MORE),
/* harmony export */   Kp: () => (/* binding */ END),
/* harmony export */   Q1: () => (/* binding */ MAX_ROW_CHARS),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   nw: () => (/* binding */ ROW),
/* harmony export */   rE: () => (/* binding */ overlongRow)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/* harmony import */ var _typed_cells_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5263);
/**
 * RFC 4180 tokenizer for CSV and TSV text arriving in chunks, writing fields straight into
 * column arrays (no per-row arrays or objects).
 *
 * Why not csv-parse: on bench/readers' 1.15 GB, 13M-row, 12-column CSV, csv-parse 7 read
 * 21 MB/s (56 s); this tokenizer read 59-147 MB/s (19.6 s on a loaded 2-core machine, 7.8 s
 * on a quieter one) at 165 MB peak RSS; pandas.read_csv took 3.1 s but 3.4 GB. It finds
 * delimiters, line ends and quotes with String#indexOf (native scans) over text decoded once
 * per 1 MB chunk, shares each scan across the fields up to the hit, and cuts each field with
 * one slice; runs of plain rows (no quote, not blank) go through plainRows, one loop with no
 * per-row setup. What remains is mostly allocating one string per cell (and collecting it).
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
/**
 * "Not found" for the scan positions: past the end of any string (V8's longest string has
 * 2^29 - 24 characters) and still a small integer, unlike Infinity, which made V8 box the
 * positions as doubles and drop parseRow's optimized code.
 */
const NONE = 2 ** 30 - 1;
/**
 * Rows longer than this are refused, so an unterminated quote cannot eat all memory. 16 MiB:
 * the pending row is held as pieces and then joined (twice its size for a moment, and UTF-16
 * text takes two bytes a character), so at 64 MiB one such row alone could take 256 MB of the
 * 300 MB budget; real rows are far shorter (Python's csv module refuses fields over 128 KiB).
 */
const MAX_ROW_CHARS = 16 * 1024 * 1024;
/**
 * What an incomplete row waits for (set by parseRow when it returns NEED_MORE): text without
 * it cannot end the row, so push keeps such text aside instead of joining and parsing again.
 */
const WAIT_ANY = 0;
/** An unquoted field with no line feed after it: the row needs a line feed. */
const WAIT_LF = 1;
/** A quoted field with no quote after it: the row needs a closing quote (not a doubled ""). */
const WAIT_CLOSE = 2;
/** A quoted field whose text so far ends in a quote: a closing one unless the next text starts with a quote. */
const WAIT_PAIR = 3;
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
    // NONE when there is none in `s`. Recomputed only once passed, so each scan is shared
    // by all the fields up to it.
    nextLf = -1;
    nextDelim = -1;
    nextQuote = -1;
    delimCode;
    /**
     * Text pushed after the incomplete row at `pos` that cannot end it (see WAIT_*), kept as
     * pieces: joining each one to the row and parsing the row again from its start made a quote
     * left open quadratic (40 s and 547 MB for 100 MB of rows after it). Joined when a piece may
     * end the row, or at the end of the text.
     */
    tail = [];
    tailChars = 0;
    wait = WAIT_ANY;
    /** Characters of incomplete rows copied or scanned again when more text came (tests check it stays linear). */
    carried = 0;
    constructor(file, delimiter) {
        this.file = file;
        this.delimiter = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
    }
    /** Appends decoded text after what is still unread (called when parseRow needs more). */
    push(text) {
        // What is unread is one incomplete row: refuse to grow it without bound.
        const pending = this.s.length - this.pos;
        if (pending + this.tailChars > MAX_ROW_CHARS)
            this.tooLong();
        if (this.wait !== WAIT_ANY) {
            const wait = waitAfter(text, this.wait);
            if (wait !== WAIT_ANY) {
                // The row stays incomplete whatever it holds: parseRow would only scan it again.
                this.wait = wait;
                this.tail.push(text);
                this.tailChars += text.length;
                return;
            }
        }
        if (this.tail.length > 0) {
            this.tail.push(text);
            this.join(false);
            return;
        }
        this.carried += pending;
        this.s = pending > 0 ? this.s.slice(this.pos) + text : text;
        this.pos = 0;
        this.wait = WAIT_ANY;
        this.nextLf = this.nextDelim = this.nextQuote = -1;
    }
    /** Characters pushed and not parsed yet. */
    get pendingChars() {
        return this.s.length - this.pos + this.tailChars;
    }
    /**
     * Joins the pieces kept aside to the text, as one flat string (Array#join builds it in one
     * copy; `a + b` makes a rope that V8 flattens, a second copy). `keepRead`: the text already
     * parsed is kept, so positions from save() stay valid (parseRow joins at the end of the text,
     * possibly between the reader's save and restore of the header); otherwise it is dropped.
     */
    join(keepRead) {
        this.carried += this.s.length - this.pos + this.tailChars;
        if (keepRead) {
            this.tail.unshift(this.s);
        }
        else {
            if (this.pos < this.s.length)
                this.tail.unshift(this.s.slice(this.pos));
            this.pos = 0;
        }
        this.s = this.tail.join('');
        this.tail = [];
        this.tailChars = 0;
        this.wait = WAIT_ANY;
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
        return this.s.slice(this.pos) + this.tail.join('');
    }
    /**
     * Skips blank lines (when `skipBlank`), then parses one row into cols[c][r] for c < width
     * (extra fields are counted in `fields`, not stored). Returns ROW, NEED_MORE (the row is
     * not complete in the text so far; nothing is consumed) or END (final and no text left).
     */
    parseRow(cols, r, width, final, skipBlank) {
        if (this.tail.length > 0) {
            // Text kept aside by push cannot end the row: only the end of the text can.
            if (!final)
                return NEED_MORE;
            this.join(true);
        }
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
        if (p >= len) {
            this.wait = WAIT_ANY;
            return final ? END : NEED_MORE;
        }
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
                        return this.rewind(close === -1 ? WAIT_CLOSE : WAIT_PAIR);
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
                if (lf === NONE && !final)
                    return this.rewind(WAIT_LF);
                const rowEnd = lf === NONE ? len : lf;
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
    /**
     * Parses the plain rows from here on into cols[c][r..] (r < lines.length): rows that are
     * complete, have no quote, are not blank and have exactly `width` fields, as parseRow would;
     * stops before any other row (parseRow then parses it, or fails on it). Returns the next r.
     * One loop over many rows, with the positions in local variables: the common rows of a file
     * skip parseRow's per-row setup. With `typed`, the plain cells of its typed columns are read
     * into its arrays and left undefined in `cols` (typed-cells.ts).
     */
    plainRows(cols, lines, r, width, typed) {
        // Text kept aside: the row at `pos` is incomplete (parseRow's).
        if (this.tail.length > 0)
            return r;
        const s = this.s;
        const d = this.delimiter;
        const end = lines.length;
        let p = this.pos;
        let line = this.line;
        let lf = this.nextLf;
        let quote = this.nextQuote;
        let k = this.nextDelim;
        while (r < end) {
            if (lf < p)
                lf = find(s, '\n', p);
            // No line feed: the row may go on in the next chunk (parseRow decides).
            if (lf === NONE)
                break;
            if (quote < p)
                quote = find(s, '"', p);
            // A blank line (LF or CRLF) or a row with a quote: parseRow's.
            if (quote < lf || lf === p || (lf === p + 1 && s.charCodeAt(p) === CR))
                break;
            if (k < p)
                k = s.indexOf(d, p);
            let start = p;
            let c = 0;
            while (k !== -1 && k < lf) {
                if (c < width && (typed === undefined || typed.kinds[c] === 0 || !(0,_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .readTypedCell */ .jY)(typed, c, r, s, start, k)))
                    cols[c][r] = s.slice(start, k);
                c++;
                start = k + 1;
                k = s.indexOf(d, start);
            }
            // A ragged row is left unconsumed to parseRow (which overwrites the cells set here).
            if (c + 1 !== width) {
                k = -1;
                break;
            }
            const last = lf > start && s.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
            if (typed === undefined || typed.kinds[c] === 0 || !(0,_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .readTypedCell */ .jY)(typed, c, r, s, start, last))
                cols[c][r] = s.slice(start, last);
            lines[r++] = line;
            line++;
            p = lf + 1;
        }
        this.pos = p;
        this.line = line;
        this.nextLf = lf;
        this.nextQuote = quote;
        // -1 (none found, or not looked for) is below any position: looked for again when needed.
        this.nextDelim = k;
        return r;
    }
    /** The row will be parsed again from its start: forget scan positions past that start. */
    rewind(wait = WAIT_ANY) {
        this.carried += this.s.length - this.pos;
        this.wait = wait;
        this.nextLf = this.nextDelim = this.nextQuote = -1;
        return NEED_MORE;
    }
    tooLong() {
        throw overlongRow(this.file, this.line);
    }
    fail(problem, line) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${this.file}:${line}: ${problem}`, { file: this.file, line });
    }
}
/** The error for a row with no end within MAX_ROW_CHARS, starting at `line` (the splitter in csv-split.ts gives it too). */
function overlongRow(file, line) {
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}:${line}: a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MiB starts here (is a quote left open?)`, { file, line });
}
/**
 * What the incomplete row waits for after `text` (which comes after text that left it waiting
 * for `wait`), or WAIT_ANY when `text` may end it. Inside a quoted field only a quote that is
 * not half of a doubled "" closes it.
 */
function waitAfter(text, wait) {
    if (wait === WAIT_LF)
        return text.indexOf('\n') === -1 ? WAIT_LF : WAIT_ANY;
    let from = 0;
    if (wait === WAIT_PAIR) {
        if (text.length === 0)
            return WAIT_PAIR;
        if (text.charCodeAt(0) !== QUOTE)
            return WAIT_ANY;
        from = 1;
    }
    for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 2)) {
        if (q + 1 === text.length)
            return WAIT_PAIR;
        if (text.charCodeAt(q + 1) !== QUOTE)
            return WAIT_ANY;
    }
    return WAIT_CLOSE;
}
function find(s, what, from) {
    const at = s.indexOf(what, from);
    return at === -1 ? NONE : at;
}
/**
 * Fills a batch from row `n` until it is full or the tokenizer needs more text or ends; returns
 * the rows filled and why it stopped (ROW when the batch is full). A row whose field count is not
 * the header's is an error naming its line. Shared by the streaming reader and the part reader.
 */
function fillRows(tok, values, lines, n, final, skipBlank, file, typed) {
    const width = values.length;
    while (n < lines.length) {
        n = tok.plainRows(values, lines, n, width, typed);
        if (n === lines.length)
            break;
        const status = tok.parseRow(values, n, width, final, skipBlank);
        if (status !== ROW)
            return { rows: n, status };
        if (tok.fields !== width) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}:${tok.rowLine}: expected ${width} fields (as in the header), got ${tok.fields}`, { file, line: tok.rowLine });
        }
        lines[n++] = tok.rowLine;
    }
    return { rows: n, status: ROW };
}


/***/ }),

/***/ 7462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ ParquetPartReuse),
  N: () => (/* binding */ readParquetFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/data/csv-reader.js
var csv_reader = __webpack_require__(1547);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
;// CONCATENATED MODULE: ./lib/src/data/parquet-temporal.js
/**
 * Parquet's DATE, TIME and TIMESTAMP values as Cells (see Cell in types.ts), so a Parquet file
 * reads as the same data in a CSV does: a DATE is the text "2019-12-04", a TIME the text
 * "12:30:01" (with the unit's fraction digits when not zero: "12:30:01.500" for milliseconds,
 * "12:30:01.000250" for microseconds), a TIMESTAMP a Date.
 *
 * A value no Date can hold (beyond ±8.64e15 ms, years -271821..275760; INT64 max is a common
 * "no end" marker) or outside a day for a TIME reads as the text of the stored integer and what
 * it counts, e.g. "9223372036854775807 us since 1970-01-01": a readable value that fails a
 * date, datetime or time check like any other invalid value, and that profiles count as a
 * text value, neither null nor a time.
 */

/** The largest distance from 1970 a Date holds, in milliseconds (ECMAScript's time values). */
const MAX_DATE_MS = 8.64e15;
const DAY_MS = 86_400_000;
const PER_SECOND = { ms: 1e3, us: 1e6, ns: 1e9 };
const FRACTION_DIGITS = { ms: 3, us: 6, ns: 9 };
/** A timestamp `ms` milliseconds from 1970 as a Date; `raw` (in `unit`) as text beyond a Date's range. */
function timestampCell(ms, raw, unit) {
    return ms >= -MAX_DATE_MS && ms <= MAX_DATE_MS ? new Date(ms) : `${raw} ${unit} since 1970-01-01`;
}
/**
 * Days since 1970-01-01 as the ISO date text, as a CSV holds it. Years 0..9999 are built by
 * arithmetic (H. Hinnant's civil_from_days; a Date and its toISOString per cell cost several
 * times more); other years in a Date's range take toISOString's signed six-digit form.
 */
function dateText(days) {
    if (!(Math.abs(days) <= MAX_DATE_MS / DAY_MS) || !Number.isInteger(days))
        return `${days} days since 1970-01-01`;
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        const iso = new Date(days * DAY_MS).toISOString();
        return iso.slice(0, iso.indexOf('T'));
    }
    return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
/**
 * A time of day, `value` units after midnight, as "HH:MM:SS" with the unit's fraction digits
 * when not zero; `exact` is the stored integer when it is beyond 2^53 (`value` then rounded).
 * A value outside the day (negative, or 24:00:00 and after) reads as the stored integer.
 */
function timeText(value, unit, exact) {
    const perSecond = PER_SECOND[unit];
    if (exact !== undefined || !(value >= 0 && value < 86_400 * perSecond) || !Number.isInteger(value))
        return `${exact ?? value} ${unit} since midnight`;
    const seconds = Math.floor(value / perSecond);
    const fraction = value - seconds * perSecond;
    const h = Math.floor(seconds / 3600);
    const m = Math.floor(seconds / 60) % 60;
    const s = seconds % 60;
    const text = `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`;
    return fraction === 0 ? text : `${text}.${String(fraction).padStart(FRACTION_DIGITS[unit], '0')}`;
}
/** A TIME value as hyparquet hands it over (INT32 number, INT64 bigint), as a Cell. */
function timeCell(value, unit) {
    if (typeof value === 'number')
        return timeText(value, unit);
    if (typeof value !== 'bigint')
        return null;
    return value <= 9007199254740991n && value >= -9007199254740991n ? timeText(Number(value), unit) : timeText(Number(value), unit, value);
}
/** The unit of a TIME column (converted or logical type), else undefined. */
function timeUnitOf(element) {
    const { type, converted_type: ctype, logical_type: ltype } = element;
    if (type === 'INT32' && (ctype === 'TIME_MILLIS' || (ltype?.type === 'TIME' && ltype.unit === 'MILLIS')))
        return 'ms';
    if (type !== 'INT64')
        return undefined;
    if (ctype === 'TIME_MICROS' || (ltype?.type === 'TIME' && ltype.unit === 'MICROS'))
        return 'us';
    return ltype?.type === 'TIME' && ltype.unit === 'NANOS' ? 'ns' : undefined;
}
/** Whether a column holds DATE values (days since 1970 in an INT32). */
function isDate(element) {
    return element.type === 'INT32' && (element.converted_type === 'DATE' || element.logical_type?.type === 'DATE');
}
/**
 * hyparquet's parsers for the values its `convert` turns into rich types, with timestamps out
 * of a Date's range and dates as above (its own give an Invalid Date and a Date at midnight).
 * As hyparquet, micro- and nanoseconds are truncated towards zero to milliseconds.
 */
const CELL_PARSERS = {
    ...convert/* DEFAULT_PARSERS */.Rc,
    timestampFromMilliseconds: (millis) => timestampCell(Number(millis), millis, 'ms'),
    timestampFromMicroseconds: (micros) => timestampCell(Number(micros / 1000n), micros, 'us'),
    timestampFromNanoseconds: (nanos) => timestampCell(Number(nanos / 1000000n), nanos, 'ns'),
    dateFromDays: (days) => dateText(days),
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(6884);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(3448);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(4809);
;// CONCATENATED MODULE: ./lib/src/data/parquet-values.js
/**
 * The values of one Parquet page or dictionary, kept compact (typed arrays, or the page's
 * bytes and string offsets) and turned into Cells only a batch at a time.
 *
 * Why lazily: a page lives for several batches, so cells built for a whole page outlive V8's
 * young generation and are promoted; on the benchmark that garbage let the old space grow to
 * ~180 MB between full collections. Batch-sized cells die young. Numbers, strings, millisecond
 * timestamps, dates and times of day take these compact stores; every other type goes through
 * hyparquet's own `convert` and `toCell` (CellStore), so it reads as through hyparquet's
 * high-level API, except for the temporal values of parquet-temporal.ts (CELL_PARSERS).
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
 * Numbers (INT32, FLOAT, DOUBLE, INT64 within 2^53), or integers that `asCell` turns into
 * cells a batch at a time: millisecond timestamps into Dates, dates and times of day into their
 * text (parquet-temporal.ts). INT64 values beyond 2^53 are kept aside by index, exact: as
 * bigint for integers (as toCell gives them), for `asCell` as its `exact` argument.
 */
class NumberStore {
    values;
    asCell;
    big;
    constructor(values, asCell, big) {
        this.values = values;
        this.asCell = asCell;
        this.big = big;
    }
    get length() {
        return this.values.length;
    }
    cell(i) {
        const value = this.values[i];
        if (value === undefined)
            return null;
        if (this.asCell)
            return this.asCell(value, this.big?.get(i));
        return this.big?.get(i) ?? value;
    }
    copy(from, count, out, at) {
        if (this.asCell || this.big) {
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
const utf8 = new TextDecoder();
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
        return utf8.decode(bytes.subarray(start, end));
    let text = '';
    for (let i = start; i < end; i++) {
        const byte = bytes[i];
        if (byte >= 0x80)
            return utf8.decode(bytes.subarray(start, end));
        text += String.fromCharCode(byte);
    }
    return text;
}
function valueKind(decoder) {
    const { element } = decoder;
    const { type, converted_type: ctype, logical_type: ltype } = element;
    if (isDate(element))
        return 'date';
    const timeUnit = timeUnitOf(element);
    if (timeUnit)
        return `time-${timeUnit}`;
    switch (type) {
        case 'INT32':
            // UINT_32 and the other converted types (decimals) are remapped by convert.
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
/** How the integers of each kind that is not a plain number become cells. */
const AS_CELL = {
    // As hyparquet's parser, new Date(Number(millis)), within a Date's range.
    'timestamp-ms': (value, exact) => timestampCell(value, exact ?? value, 'ms'),
    date: (days) => dateText(days),
    'time-ms': (value) => timeText(value, 'ms'),
    'time-us': (value, exact) => timeText(value, 'us', exact),
    'time-ns': (value, exact) => timeText(value, 'ns', exact),
};
/**
 * A store for PLAIN-encoded values already decoded by hyparquet's readPlain (or any decoder);
 * `buffers` (data pages only, not dictionaries) lends a reused array for INT64 values. Other
 * types go through hyparquet's `convert` (with CELL_PARSERS, whatever the decoder's) and toCell.
 */
function storeOf(raw, kind, decoder, buffers) {
    const asCell = AS_CELL[kind];
    if ((kind === 'int64' || kind === 'timestamp-ms' || kind === 'time-us' || kind === 'time-ns') && raw instanceof BigInt64Array) {
        return int64Store(raw, asCell, buffers ? buffers.numbers(raw.length) : new Float64Array(raw.length));
    }
    if ((kind === 'int32' || kind === 'float' || kind === 'date' || kind === 'time-ms') && (raw instanceof Int32Array || raw instanceof Float64Array || raw instanceof Float32Array)) {
        return new NumberStore(raw, asCell);
    }
    if (kind === 'time-ms' || kind === 'time-us' || kind === 'time-ns') {
        // convert leaves TIME values as they are stored (number or bigint).
        const unit = kind === 'time-ms' ? 'ms' : kind === 'time-us' ? 'us' : 'ns';
        return new CellStore(Array.from(raw, (value) => timeCell(value, unit)));
    }
    const converted = (0,convert/* convert */.C6)(raw, decoder.parsers === CELL_PARSERS ? decoder : { ...decoder, parsers: CELL_PARSERS });
    const cells = new Array(converted.length);
    for (let i = 0; i < converted.length; i++)
        cells[i] = toCell(converted[i]);
    return new CellStore(cells);
}
/**
 * INT64 values as doubles, read as two 32-bit halves (each read from a BigInt64Array
 * allocates a BigInt). hi * 2^32 is exact, and so is the sum whenever the true value is
 * within 2^53; beyond, it rounds to at least 2^53 (and the exact value is kept aside).
 */
function int64Store(raw, asCell, values) {
    const halves = new Int32Array(raw.buffer, raw.byteOffset, raw.length * 2);
    let big;
    for (let i = 0; i < raw.length; i++) {
        const value = halves[2 * i + 1] * 4294967296 + (halves[2 * i] >>> 0);
        if (value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER) {
            values[i] = value;
        }
        else {
            const exact = raw[i];
            values[i] = Number(exact);
            (big ??= new Map()).set(i, exact);
        }
    }
    return new NumberStore(values, asCell, big);
}
/** One value as hyparquet converts it, as a Cell (see Cell in types.ts). */
function toCell(value) {
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
    /** Bytes the reused arrays hold now. */
    get heldBytes() {
        return [this.readBytes, this.bytes, this.levelArray, this.indexArray, this.startArray, this.endArray, this.numberArray].reduce((sum, a) => sum + a.byteLength, 0);
    }
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
/**
 * The values of a dictionary page; `bytes` is the page as read, in an array of its own (the
 * chunk reader reads dictionaries apart from its reused buffer), so the store may keep views
 * of it: an uncompressed page is not copied again.
 */
function decodeDictionaryPage(header, bytes, { decoder, kind }) {
    const count = header.dictionary_page_header?.num_values;
    if (count === undefined)
        throw new Error('dictionary page without its header');
    const page = decoder.codec === 'UNCOMPRESSED' ? bytes : ownedPage(bytes, Number(header.uncompressed_page_size), decoder);
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
    // One level, or without levels one value, per row of a flat column. Another count than the
    // header's rows is a corrupt page: reported, as a part of a row group that passed over the
    // page by its header counts the header's rows (parquet-column.ts skip), and the columns would
    // no longer line up.
    const slots = levels ? levels.length : dataPage.length;
    if (slots !== rows)
        throw new Error(`the page holds ${slots} ${levels ? 'levels' : 'values'} where its header gives ${rows} rows`);
    if (encoding.endsWith('_DICTIONARY'))
        return { rows, levels, store: requireDictionary(ctx), indices: dataPage };
    const store = storeOf(dataPage, kind, decoder);
    return { rows, levels, store };
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





/** Bytes first read for a page header; headers with long statistics get a larger re-read. */
const HEADER_BYTES = 256;
const MAX_HEADER_BYTES = 16 << 20;
const NO_PAGE = { rows: 0, store: { length: 0, cell: () => null, copy: () => undefined, gather: () => undefined } };
class ParquetColumnChunk {
    handle;
    groupRows;
    position;
    end;
    ctx;
    /** The current page, the next row of it to hand out and the next of its stored values. */
    page = NO_PAGE;
    rowAt = 0;
    valueAt = 0;
    /** The dictionary page met and not decoded yet (see decodeDictionary). */
    dictionaryPage;
    /** Rows decoded so far from this chunk. */
    decodedRows = 0;
    headerBytes;
    constructor(handle, decoder, range, groupRows, options = {}) {
        this.handle = handle;
        this.groupRows = groupRows;
        this.headerBytes = options.headerBytes ?? HEADER_BYTES;
        const buffers = options.buffers ?? new PageBuffers();
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
    /**
     * Passes over the next n rows (a part of a row group that starts after its first row): whole
     * data pages by their headers alone, neither read nor decompressed, the rest decoded as by
     * take() but not handed out.
     */
    async skip(n) {
        while (n > 0) {
            if (this.rowAt === this.page.rows) {
                n -= await this.nextPage(n);
                continue;
            }
            const k = Math.min(n, this.page.rows - this.rowAt);
            const levels = this.page.levels;
            if (!levels)
                this.valueAt += k;
            else {
                const max = this.ctx.maxDefinition;
                for (let j = 0; j < k; j++)
                    if (levels[this.rowAt + j] === max)
                        this.valueAt++;
            }
            this.rowAt += k;
            n -= k;
        }
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
    /**
     * Makes the next data page with rows the current one. A data page of at most `skipUpTo` rows
     * is passed over instead (its rows counted by its header: on a flat column a page holds one
     * value or null per row): returns the rows so passed, 0 when a page was decoded.
     */
    async nextPage(skipUpTo = 0) {
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
                if (rows > 0)
                    return rows;
                continue;
            }
            if (header.type === 'DICTIONARY_PAGE') {
                this.dictionaryPage = { header, position: this.position };
                this.ctx.dictionary = undefined;
                this.position += size;
                continue;
            }
            if (this.dictionaryPage && usesDictionary(header))
                await this.decodeDictionary(this.dictionaryPage);
            const bytes = await this.read(this.position, size);
            this.position += size;
            if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
                this.page = decodeDataPage(header, bytes, this.ctx);
                this.rowAt = 0;
                this.valueAt = 0;
                this.decodedRows += this.page.rows;
                if (this.page.rows)
                    return 0;
            }
            else if (header.type !== 'INDEX_PAGE') {
                throw new Error(`unknown page type at byte ${this.position - size - length}`);
            }
        }
    }
    /**
     * Decodes the chunk's dictionary, when the first page that needs it comes. A part of a large
     * row group (parquet-split.ts) often starts after the writer fell back from dictionary to
     * plain pages (pyarrow caps a dictionary at 1 MB), and then never decodes it.
     */
    async decodeDictionary(page) {
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
    async read(position, length, bytes = this.ctx.buffers.read(length)) {
        const bytesRead = (0,external_node_fs_.readSync)(this.handle.fd, bytes, 0, length, position);
        if (bytesRead < length)
            throw new Error(`the file ends at byte ${position + bytesRead}, inside a page`);
        return bytes;
    }
}
/** The rows of a data page as its header gives them; undefined for other pages. */
function rowsOf(header) {
    const rows = header.type === 'DATA_PAGE' ? header.data_page_header?.num_values : header.type === 'DATA_PAGE_V2' ? header.data_page_header_v2?.num_rows : undefined;
    // A header with an impossible count is decoded instead, which reports it.
    return Number.isSafeInteger(rows) && rows >= 0 ? rows : undefined;
}
/** Whether a data page's values are indices into the chunk's dictionary. */
function usesDictionary(header) {
    const encoding = header.type === 'DATA_PAGE' ? header.data_page_header?.encoding : header.data_page_header_v2?.encoding;
    return encoding?.endsWith('_DICTIONARY') === true;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(7992);
// EXTERNAL MODULE: ./lib/src/data/row-group-bytes.js
var row_group_bytes = __webpack_require__(4415);
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
        const groupBytes = (0,row_group_bytes/* rowGroupBytes */.x)(group);
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
    // hyparquet leaves TIME values as stored: top-level ones read as the page-by-page path reads them.
    const timeUnits = new Map((0,src_metadata/* parquetSchema */.YR)(metadata).children.map((field) => [field.element.name, timeUnitOf(field.element)]));
    const onChunk = ({ columnName, columnData, rowStart }) => {
        const target = values[index.get(columnName) ?? -1];
        if (target === undefined)
            return;
        const from = Math.max(0, spanStart - rowStart);
        const to = Math.min(columnData.length, spanStart + spanRows - rowStart);
        const unit = timeUnits.get(columnName);
        for (let k = from; k < to; k++)
            target[rowStart + k - spanStart] = unit ? timeCell(columnData[k], unit) : toCell(columnData[k]);
    };
    await (0,read/* parquetRead */.bA)({ file: buffer, metadata, rowStart: spanStart, rowEnd: spanStart + spanRows, compressors: src/* compressors */.Vm, parsers: CELL_PARSERS, onChunk });
    return values;
}

// EXTERNAL MODULE: ./lib/src/data/types.js
var types = __webpack_require__(4582);
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
 * What a thread reading one part of a file after another keeps between parts: the file's
 * parsed footer (read and parsed once, not once per part) and each column's page buffers
 * (grown once, not again for every part). One part at a time.
 */
class ParquetPartReuse {
    footerFile;
    metadata;
    buffers = [];
    /** The file's footer: read for the first part of a file, kept for the next. */
    async footer(file) {
        if (this.footerFile !== file || !this.metadata) {
            this.metadata = await readFooter(file);
            this.footerFile = file;
        }
        return this.metadata;
    }
    pageBuffers(columns) {
        while (this.buffers.length < columns)
            this.buffers.push(new PageBuffers());
        return this.buffers.slice(0, columns);
    }
}
/**
 * Yields the rows of one Parquet file in batches cut from its row groups (only those of
 * `groups` when given: flat schemas only, see parquetLayout). Always yields at least one
 * batch so consumers see the columns. A truncated or corrupt file gives a UserError naming
 * the file and what was found wrong. `reuse` carries the footer and buffers from one part of
 * a file to the next on a thread.
 */
async function* readParquetFile(file, ctx, groups, reuse) {
    const metadata = reuse ? await reuse.footer(file) : await readFooter(file);
    const schema = (0,src_metadata/* parquetSchema */.YR)(metadata);
    const columns = schema.children.map((child) => child.element.name);
    (0,csv_reader/* checkHeader */.e)(file, columns, 0);
    const batchRows = ctx.batchRows ?? (0,types/* defaultBatchRows */.P_)(columns.length);
    const bytesRead = ctx.bytesBefore + metadata.metadata_length + 8;
    if (!schema.children.every((child) => (0,src_schema/* isFlatColumn */.g7)([schema, child]))) {
        if (groups)
            throw new Error(`${file}: row-group ranges are read only from flat schemas`);
        const buffer = await openBuffer(file);
        yield* readNestedParquet({ file, buffer, metadata, columns, batchRows, firstRow: ctx.firstRow, bytesRead, signal: ctx.signal, corrupt: (where, error) => corrupt(file, where, error) });
        return;
    }
    const handle = await (0,promises_.open)(file, 'r').catch((error) => {
        throw new errors/* UserError */.yo(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
    });
    try {
        const buffers = reuse?.pageBuffers(columns.length) ?? columns.map(() => new PageBuffers());
        yield* readFlatParquet(file, handle, metadata, schema, batchRows, { ...ctx, bytesBefore: bytesRead }, groups ?? { first: 0, end: metadata.row_groups.length }, buffers);
    }
    finally {
        await handle.close();
    }
}
/** The file's footer, or a UserError naming the file. */
async function readFooter(file) {
    const buffer = await openBuffer(file);
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    }
    catch (error) {
        throw corrupt(file, 'its footer', error);
    }
    // hyparquet checks only the footer's magic: a file whose start is damaged or replaced would
    // otherwise be read as if whole.
    const head = new Uint8Array(await buffer.slice(0, 4));
    if (String.fromCharCode(...head) !== 'PAR1')
        throw corrupt(file, 'its first bytes', new Error('the file does not start with the Parquet magic bytes PAR1'));
    return metadata;
}
function openBuffer(file) {
    return (0,node/* asyncBufferFromFile */.Rv)(file).catch((error) => {
        throw new errors/* UserError */.yo(`${file}: cannot read the file (${error.code ?? ''} ${error.message})`, { file, cause: error });
    });
}
async function* readFlatParquet(file, handle, metadata, schema, batchRows, ctx, range, buffers) {
    const fields = schema.children;
    const columns = fields.map((field) => field.element.name);
    const groups = metadata.row_groups.length;
    let firstRow = ctx.firstRow;
    let bytesRead = ctx.bytesBefore;
    let yielded = false;
    for (let g = range.first; g < range.end; g++) {
        const group = metadata.row_groups[g];
        const where = (c) => `column "${columns[c]}" in row group ${g + 1} of ${groups}`;
        const groupRows = Number(group.num_rows);
        const from = g === range.first ? (range.rowStart ?? 0) : 0;
        const to = g === range.end - 1 ? Math.min(range.rowEnd ?? groupRows, groupRows) : groupRows;
        const groupBytes = (0,row_group_bytes/* rowGroupBytes */.x)(group);
        const chunks = fields.map((field, c) => {
            try {
                return openChunk(handle, schema, field, group.columns, groupRows, buffers[c]);
            }
            catch (error) {
                throw corrupt(file, where(c), error);
            }
        });
        if (from > 0) {
            for (const [c, chunk] of chunks.entries()) {
                try {
                    await chunk.skip(from);
                }
                catch (error) {
                    throw corrupt(file, where(c), error);
                }
            }
        }
        for (let at = from; at < to; at += batchRows) {
            ctx.signal?.throwIfAborted();
            const n = Math.min(batchRows, to - at);
            const values = [];
            for (const [c, chunk] of chunks.entries()) {
                try {
                    values.push(await chunk.take(n));
                }
                catch (error) {
                    throw corrupt(file, where(c), error);
                }
            }
            yield { file, format: 'parquet', columns, values, rowCount: n, firstRow, bytesRead: bytesRead + Math.round((groupBytes * (at + n - from)) / groupRows) };
            yielded = true;
            firstRow += n;
        }
        bytesRead += from === 0 && to === groupRows ? groupBytes : Math.round((groupBytes * (to - from)) / groupRows);
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
        parsers: CELL_PARSERS,
        compressors: src/* compressors */.Vm,
    };
    return new ParquetColumnChunk(handle, decoder, { start, end }, groupRows, { buffers });
}
function corrupt(file, where, error) {
    const detail = error instanceof Error ? error.message : String(error);
    return new errors/* UserError */.yo(`${file}: not a valid Parquet file, or truncated: cannot read ${where} (${detail})`, { file, cause: error });
}


/***/ }),

/***/ 4415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ rowGroupBytes)
/* harmony export */ });
/** Compressed bytes of a row group's column chunks. */
function rowGroupBytes(group) {
    return group.columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0n), 0);
}


/***/ }),

/***/ 9524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ sourceError),
/* harmony export */   LY: () => (/* binding */ openByteStream),
/* harmony export */   PI: () => (/* binding */ invalidUtf8Error),
/* harmony export */   VP: () => (/* binding */ decodePiece),
/* harmony export */   Yd: () => (/* binding */ TEXT_CHUNK_BYTES),
/* harmony export */   cj: () => (/* binding */ readTextChunks),
/* harmony export */   js: () => (/* binding */ TEXT_PIECE_BYTES)
/* harmony export */ });
/* unused harmony export decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9006);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5440);
/**
 * Streams a text file (optionally gzipped) as validated UTF-8 strings of 64 KiB (TEXT_PIECE_BYTES). Each
 * piece is decoded once, whole: measured in bench/readers, decoding a chunk costs ~5 ns per
 * field while decoding each field from the Buffer costs ~150 ns (a native call per field), so
 * the tokenizers cut fields out of these strings instead.
 */






/** Bytes read (and, for gzip, decompressed) at a time; each chunk is decoded in TEXT_PIECE_BYTES pieces. */
const TEXT_CHUNK_BYTES = 1 << 20;
/**
 * The file's bytes as a stream of Buffers, decompressed when `gzip`: `raw` counts the file bytes
 * read. Shared with the gzip splitter (csv-split.ts), so both see the same bytes before an error.
 */
function openByteStream(path, gzip, chunkBytes = TEXT_CHUNK_BYTES, signal) {
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: chunkBytes, signal });
    // zlib's smallest output chunk is 64 bytes.
    const stream = gzip ? (0,node_stream__WEBPACK_IMPORTED_MODULE_2__.pipeline)(raw, (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)({ chunkSize: Math.max(64, chunkBytes) }), () => { }) : raw;
    return { raw, stream };
}
/**
 * Yields the file's text chunk by chunk, skipping a UTF-8 BOM. A multi-byte character split
 * across reads is carried to the next chunk. `lineAtEnd()` tells, on a gzip or read error,
 * which line the caller has reached, so the error lands there.
 */
async function* readTextChunks(path, gzip, lineAtEnd, signal, chunkBytes = TEXT_CHUNK_BYTES) {
    const { raw, stream } = openByteStream(path, gzip, chunkBytes, signal);
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
            const cut = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_5__/* .completeUtf8Length */ .fV)(buf);
            if (cut < buf.length)
                carry = Buffer.from(buf.subarray(cut));
            const body = buf.subarray(0, cut);
            for (let at = 0; at < body.length;) {
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
/**
 * Bytes decoded into one string: 64 KiB. V8 gives every object over 128 KB pages of its own,
 * mapped when it is made and unmapped when it is collected, so a whole 960 KiB chunk as one
 * string cost a page fault per 4 KB of text (validate-data, 13M-row CSV on two threads: 1.5-2.0
 * s of system time against 0.6-0.9 in pieces, peaks 8-24 MB higher); smaller strings are
 * ordinary young-generation objects.
 */
const TEXT_PIECE_BYTES = 64 << 10;
/**
 * Decodes bytes[at..] up to about `pieceBytes` (at least 4), cut after a whole character;
 * `bytes` must end on one. `end`: where the piece ends in `bytes`; `invalidAt`: the offset in
 * `bytes` of the first invalid byte (the text stops before it), or -1.
 */
function decodePiece(bytes, at, pieceBytes = TEXT_PIECE_BYTES) {
    let end = Math.min(bytes.length, at + Math.max(4, pieceBytes));
    // With 4 bytes or more before the cut, a whole character always fits (completeUtf8Length > 0).
    if (end < bytes.length)
        end = at + (0,_utf8_js__WEBPACK_IMPORTED_MODULE_5__/* .completeUtf8Length */ .fV)(bytes.subarray(at, end));
    const { text, invalidAt } = decodeText(bytes.subarray(at, end));
    return { text, invalidAt: invalidAt < 0 ? -1 : at + invalidAt, end };
}
/**
 * The text of UTF-8 bytes, and where the first invalid byte is (-1: none; the text then stops
 * before it). Bytes that are all ASCII (buffer.isAscii, native) decode as latin1, a plain copy:
 * ASCII is valid UTF-8 and reads the same; on bench/readers' 87 MB CSV, isAscii plus the latin1
 * decode took ~20 ms against ~75 ms for the UTF-8 decode (which checks each byte).
 */
function decodeText(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isAscii)(bytes))
        return { text: bytes.toString('latin1'), invalidAt: -1 };
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
        return { text: bytes.toString('utf8'), invalidAt: -1 };
    const invalidAt = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_5__/* .firstInvalidUtf8 */ .vE)(bytes);
    return { text: bytes.toString('utf8', 0, invalidAt), invalidAt };
}
function isBomPrefix(buf) {
    return buf[0] === 0xef && (buf.length < 2 || buf[1] === 0xbb);
}
/** A read or gzip error as a UserError naming the file (and, for gzip, the last complete line read); other errors as they are. */
function sourceError(path, gzip, error, line) {
    const err = error;
    if (err?.name === 'AbortError')
        return error;
    if (gzip && typeof err?.code === 'string' && err.code.startsWith('Z_')) {
        const what = err.code === 'Z_BUF_ERROR' ? 'is truncated (it ends before the gzip stream does)' : `is not valid gzip data (${err.message})`;
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${path}: the file ${what}; the last complete line read was ${Math.max(0, line - 1)}`, { file: path, line, cause: error });
    }
    if (typeof err?.code === 'string') {
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${path}: cannot read the file (${err.code}: ${err.message})`, { file: path, cause: error });
    }
    return error;
}
/** The error for a chunk flagged `invalid`, placed at `line`. */
function invalidUtf8Error(path, invalid, line) {
    const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${path}:${line}: invalid UTF-8 (byte ${byte} at byte offset ${invalid.offset}); save the file as UTF-8`, { file: path, line });
}


/***/ }),

/***/ 5263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ readsAsValue),
/* harmony export */   T5: () => (/* binding */ TYPED_DATETIME),
/* harmony export */   Yx: () => (/* binding */ typedReader),
/* harmony export */   jY: () => (/* binding */ readTypedCell),
/* harmony export */   k9: () => (/* binding */ TYPED_BOOLEAN),
/* harmony export */   m5: () => (/* binding */ TYPED_INTEGER),
/* harmony export */   rS: () => (/* binding */ allocateTypedCells),
/* harmony export */   rX: () => (/* binding */ TYPED_NUMBER)
/* harmony export */ });
/* unused harmony export TYPED_NONE */
/* harmony import */ var _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1376);
/* harmony import */ var _schema_civil_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9813);
/**
 * Typed cells: the CSV tokenizer reads the common shapes of number, datetime and boolean cells
 * straight from the text into typed arrays, instead of cutting a string per cell that a cast
 * and the profile then scan again (bench/README.md: the strings, their casts and checks were
 * three quarters of validate-data's pass).
 *
 * A consumer asks for it per column with a TypedPlan. The tokenizer takes a cell this way only
 * when the cell has a plain shape (below) and its value passes the plan's bounds and set: such
 * a cell is known to be present, of the right type and within every constraint, so it needs no
 * check, only its value. Every other cell is cut as text as before and goes through the full
 * cast and checks. The plain shapes are a subset of what the casts and the profile's
 * classification (src/profile/text-kind.ts) accept, read to the same values:
 * - integer: `-?(0|[1-9][0-9]{0,14})`, not `-0`;
 * - number: that, optionally followed by `.` and digits, 15 digits in all (Clinger's fast
 *   path: m / 10^k with both exact is the correctly rounded value, as Number() gives), not -0;
 * - datetime: exactly `YYYY-MM-DDTHH:MM:SS`, a day that exists (src/schema/civil-time.ts), hour
 *   up to 23, minute and second up to 59: epoch milliseconds, read as UTC as the cast and the
 *   profile do;
 * - boolean: `true` or `false`.
 */


/** TypedPlan kinds (0: the column is read as text). */
const TYPED_NONE = 0;
const TYPED_INTEGER = 1;
const TYPED_NUMBER = 2;
const TYPED_DATETIME = 3;
const TYPED_BOOLEAN = 4;
/** Typed arrays for a batch of `rows` rows under `plans` (undefined when no column has one). */
function allocateTypedCells(plans, rows) {
    if (!plans || !plans.some((p) => p !== undefined && p.kind !== TYPED_NONE))
        return undefined;
    const typed = (p) => p !== undefined && p.kind !== TYPED_NONE;
    return {
        values: plans.map((p) => (typed(p) ? new Float64Array(rows) : undefined)),
        textKinds: plans.map((p) => (typed(p) ? new Uint8Array(rows) : undefined)),
    };
}
/** A TypedReader for a batch, or undefined when nothing is typed. */
function typedReader(plans, cells) {
    if (!plans || !cells)
        return undefined;
    return { kinds: Uint8Array.from(plans, (p) => p?.kind ?? TYPED_NONE), plans: [...plans], values: cells.values, textKinds: cells.textKinds };
}
/** Exact powers of ten (10^15 is the largest needed: 15 digits at most). */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** The kind code (text-kind.ts) of the text plainNumber read last. */
let numberTextKind = _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_INTEGER */ .v8;
/**
 * Reads s[start, end) as column c's typed value into row r; false (and nothing written) when
 * the cell is not of a plain shape or its value does not pass the plan: then it is cut as text.
 */
function readTypedCell(reader, c, r, s, start, end) {
    const kind = reader.kinds[c];
    let value;
    let textKind;
    if (kind === TYPED_DATETIME) {
        value = plainDatetime(s, start, end);
        textKind = _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_DATETIME */ .CN;
    }
    else if (kind === TYPED_BOOLEAN) {
        value = plainBoolean(s, start, end);
        textKind = _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_BOOLEAN */ .b5;
    }
    else {
        value = plainNumber(s, start, end, kind === TYPED_INTEGER);
        textKind = numberTextKind;
    }
    if (value !== value)
        return false;
    const plan = reader.plans[c];
    if (value < plan.min || value > plan.max || value <= plan.xmin || value >= plan.xmax)
        return false;
    if (plan.allowed !== undefined && !plan.allowed.has(value))
        return false;
    reader.values[c][r] = value;
    reader.textKinds[c][r] = textKind;
    return true;
}
/** The value of a plain integer or (unless `integer`) decimal in s[start, end), its kind in numberTextKind; NaN for any other text. */
function plainNumber(s, start, end, integer) {
    let i = start;
    const negative = s.charCodeAt(i) === 45;
    if (negative)
        i++;
    const intStart = i;
    let m = 0;
    let c = 0;
    while (i < end) {
        c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            break;
        m = m * 10 + (c - 48);
        i++;
    }
    const intDigits = i - intStart;
    // No digits, a leading zero before other digits, more than 15 digits, or -0 (a value of its
    // own to Number() and the casts): the cast decides.
    if (intDigits === 0 || intDigits > 15 || (intDigits > 1 && s.charCodeAt(intStart) === 48))
        return NaN;
    if (i === end) {
        if (negative && m === 0)
            return NaN;
        numberTextKind = _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_INTEGER */ .v8;
        return negative ? -m : m;
    }
    if (integer || c !== 46)
        return NaN;
    const fracStart = ++i;
    while (i < end) {
        c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return NaN;
        m = m * 10 + (c - 48);
        i++;
    }
    const fracDigits = end - fracStart;
    if (fracDigits === 0 || intDigits + fracDigits > 15 || (negative && m === 0))
        return NaN;
    numberTextKind = _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NUMBER */ .I0;
    const value = m / POW10[fracDigits];
    return negative ? -value : value;
}
/** 1 for exactly `true`, 0 for exactly `false`, NaN otherwise. */
function plainBoolean(s, start, end) {
    const len = end - start;
    if (len === 4 && s.startsWith('true', start))
        return 1;
    if (len === 5 && s.startsWith('false', start))
        return 0;
    return NaN;
}
/** Epoch ms of exactly `YYYY-MM-DDTHH:MM:SS` (a real day and time) in s[start, end); NaN otherwise. */
function plainDatetime(s, start, end) {
    if (end - start !== 19)
        return NaN;
    if (s.charCodeAt(start + 4) !== 45 || s.charCodeAt(start + 7) !== 45 || s.charCodeAt(start + 10) !== 84 || s.charCodeAt(start + 13) !== 58 || s.charCodeAt(start + 16) !== 58)
        return NaN;
    const y1 = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start);
    const y2 = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start + 2);
    const mo = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start + 5);
    const d = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start + 8);
    const h = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start + 11);
    const mi = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start + 14);
    const sec = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .two */ .l4)(s, start + 17);
    // Second 60 is left to the cast (it rolls over, or is refused at the end of a day).
    if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || sec > 59)
        return NaN;
    // The casts' calendar: NaN for a day or time that does not exist.
    return (0,_schema_civil_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utcFields */ .yE)(y1 * 100 + y2, mo, d, h, mi, sec, 0);
}
/** True when `plan` would read `text`, as a whole cell, as a typed value (FieldChecker asks it of missing values). */
function readsAsValue(plan, text) {
    const probe = { kinds: Uint8Array.of(plan.kind), plans: [plan], values: [new Float64Array(1)], textKinds: [new Uint8Array(1)] };
    return readTypedCell(probe, 0, 0, text, 0, text.length);
}


/***/ }),

/***/ 4582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ defaultBatchRows),
/* harmony export */   hR: () => (/* binding */ FORMATS)
/* harmony export */ });
/* unused harmony export detachString */
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


/***/ }),

/***/ 5440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   fV: () => (/* binding */ completeUtf8Length),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
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

/***/ 1376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ K_DATETIME),
/* harmony export */   I0: () => (/* binding */ K_NUMBER),
/* harmony export */   Yw: () => (/* binding */ K_NULL),
/* harmony export */   a: () => (/* binding */ TEXT_VALUE),
/* harmony export */   b5: () => (/* binding */ K_BOOLEAN),
/* harmony export */   l4: () => (/* binding */ two),
/* harmony export */   oF: () => (/* binding */ classifyText),
/* harmony export */   qQ: () => (/* binding */ classifyTextAgain),
/* harmony export */   v8: () => (/* binding */ K_INTEGER),
/* harmony export */   vs: () => (/* binding */ K_DATE)
/* harmony export */ });
/* unused harmony export K_STRING */
/* harmony import */ var _schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9813);
/**
 * Recognises the kind of a text cell (exactly as kindOf's regexes do) and reads its value in
 * the same scan: numbers as Number() would, dates and datetimes as the epoch milliseconds the
 * date and datetime casts give (UTC unless the text names an offset; src/schema/civil-time.ts).
 * No regex and no allocation on the common shapes: on bench/validate-data's 1M-row CSV,
 * kindOf's regexes plus Number() and new Date() per cell cost ~1.7 s of 14 s. Numbers in
 * unusual shapes (exponents, more than 15 digits) fall back to Number().
 *
 * A kind is a promise that the cast of the type inferred from it (src/schema/cast.ts) accepts
 * the text: a date or datetime naming a day or time that does not exist by the cast's rules
 * (2021-02-29, 2021-04-31, hour 24, minute 60) is text, and NaN, INF and -INF, which the number
 * cast accepts, are numbers (NaN a missing value in the sketches, as a Parquet NaN is).
 */

/** Kind codes, in the order of profile.ts's VALUE_KINDS. */
const K_NULL = 0;
const K_INTEGER = 1;
const K_NUMBER = 2;
const K_BOOLEAN = 3;
const K_DATE = 4;
const K_DATETIME = 5;
const K_STRING = 6;
/**
 * The value read by the last classifyText call: the number for K_INTEGER/K_NUMBER (NaN for
 * 'NaN'), epoch milliseconds for K_DATE/K_DATETIME, 1/0 for true/false.
 */
const TEXT_VALUE = new Float64Array(1);
/** Exact powers of ten (10^22 is the largest one a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const isDigit = (c) => c >= 48 && c <= 57;
// The last text a cast classified and its kind: validate-data casts a cell (cast.ts) and then
// profiles the same cell, so the profile's call (classifyTextAgain) is answered from here
// (TEXT_VALUE still holds that text's value: only a classification writes
// them). The profile's call forgets the entry: comparing the next cell with a different string
// of the same length compares their characters (~60 ns for a 19-character datetime cut from
// a chunk), while comparing with '' only compares lengths. ('' is K_NULL: a valid entry.)
let lastText = '';
let lastKind = K_NULL;
/** Kind code of a text cell (see kindOf); its value goes to TEXT_VALUE. Remembered for classifyTextAgain. */
function classifyText(s) {
    if (s === lastText)
        return lastKind;
    const kind = classify(s);
    lastText = s;
    lastKind = kind;
    return kind;
}
/**
 * classifyText for a cell that a cast may have just classified (the profile after the check):
 * answered from that classification when it is the same text. Either way the entry is then
 * forgotten (after a miss TEXT_VALUE no longer holds the entry's value).
 */
function classifyTextAgain(s) {
    const kind = s === lastText ? lastKind : classify(s);
    lastText = '';
    lastKind = K_NULL;
    return kind;
}
function classify(s) {
    const len = s.length;
    if (len === 0)
        return K_NULL;
    const first = s.charCodeAt(0);
    if (isDigit(first) || first === 43 || first === 45 || first === 46) {
        // A date's '-' at 4 stops the number scan there; go to the date scan first. (No number
        // is a date: a date has digits at 0-3, then '-'.)
        if (len >= 10 && s.charCodeAt(4) === 45) {
            const kind = scanDate(s, len);
            if (kind !== K_STRING)
                return kind;
            return scanNumber(s, len, first);
        }
        const kind = scanNumber(s, len, first);
        if (kind !== K_STRING)
            return kind;
        if (len >= 10 && isDigit(first))
            return scanDate(s, len);
        return first === 45 && s === '-INF' ? special(-Infinity) : K_STRING;
    }
    // The number cast's special values (exactly these spellings).
    if (first === 78 || first === 73)
        return s === 'NaN' ? special(NaN) : s === 'INF' ? special(Infinity) : K_STRING;
    // 't'/'T'/'f'/'F' may start a boolean; everything else is text.
    if (first === 116 || first === 84 || first === 102 || first === 70) {
        switch (s) {
            case 'true':
            case 'True':
            case 'TRUE':
                TEXT_VALUE[0] = 1;
                return K_BOOLEAN;
            case 'false':
            case 'False':
            case 'FALSE':
                TEXT_VALUE[0] = 0;
                return K_BOOLEAN;
        }
    }
    return K_STRING;
}
/** NaN, INF or -INF: K_NUMBER with that value. */
function special(value) {
    TEXT_VALUE[0] = value;
    return K_NUMBER;
}
/**
 * Matches /^[+-]?\d+$/ (K_INTEGER) or /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ (K_NUMBER);
 * K_STRING otherwise. Without an exponent and with at most 15 digits the value is m / 10^k
 * with both exact, and IEEE division rounds correctly, so it equals Number(s) (Clinger's fast
 * path); -0 stays -0.
 */
function scanNumber(s, len, first) {
    let i = first === 43 || first === 45 ? 1 : 0;
    let m = 0;
    let digits = 0;
    let c = 0;
    for (; i < len; i++) {
        c = s.charCodeAt(i);
        if (!isDigit(c))
            break;
        m = m * 10 + (c - 48);
        digits++;
    }
    const intDigits = digits;
    if (i === len) {
        if (intDigits === 0)
            return K_STRING;
        TEXT_VALUE[0] = digits <= 15 ? (first === 45 ? -m : m) : Number(s);
        return K_INTEGER;
    }
    let fracDigits = 0;
    if (c === 46) {
        for (i++; i < len; i++) {
            c = s.charCodeAt(i);
            if (!isDigit(c))
                break;
            m = m * 10 + (c - 48);
            fracDigits++;
        }
        digits += fracDigits;
        if (intDigits === 0 && fracDigits === 0)
            return K_STRING;
        if (i === len) {
            if (digits <= 15) {
                const v = m / POW10[fracDigits];
                TEXT_VALUE[0] = first === 45 ? -v : v;
            }
            else
                TEXT_VALUE[0] = Number(s);
            return K_NUMBER;
        }
    }
    if (digits === 0 || (c !== 101 && c !== 69))
        return K_STRING;
    i++;
    if (i < len && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45))
        i++;
    if (i === len)
        return K_STRING;
    for (; i < len; i++)
        if (!isDigit(s.charCodeAt(i)))
            return K_STRING;
    TEXT_VALUE[0] = Number(s);
    return K_NUMBER;
}
/** The two-digit number at s[i], s[i + 1], or -1 when either is not a digit. */
function two(s, i) {
    const a = s.charCodeAt(i) - 48;
    const b = s.charCodeAt(i + 1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
/**
 * Matches DATE or DATETIME of kindOf when the date or datetime cast accepts the text; K_STRING
 * otherwise. The casts (src/schema/civil-time.ts) read years 1-9999 exactly and refuse year 0
 * (as Python does) and what rolls over into another day (23:59:60, or a fraction rounding up
 * to the next day).
 */
function scanDate(s, len) {
    const y1 = two(s, 0);
    const y2 = two(s, 2);
    const mo = two(s, 5);
    const d = two(s, 8);
    if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return K_STRING;
    const y = y1 * 100 + y2;
    if (len === 10) {
        if (!(0,_schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .validDay */ .BW)(y, mo, d))
            return K_STRING;
        // UTC midnight, as new Date(`${s}T00:00:00Z`) reads it.
        TEXT_VALUE[0] = (0,_schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(y, mo, d) * _schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
        return K_DATE;
    }
    const sep = s.charCodeAt(10);
    if (len < 19 || (sep !== 84 && sep !== 32))
        return K_STRING;
    const h = two(s, 11);
    const mi = two(s, 14);
    const sec = two(s, 17);
    if (h < 0 || mi < 0 || sec < 0 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
        return K_STRING;
    let i = 19;
    let ms = 0;
    let fracDigits = 0;
    if (i < len && s.charCodeAt(i) === 46) {
        for (i++; i < len && isDigit(s.charCodeAt(i)); i++) {
            if (fracDigits < 3)
                ms = ms * 10 + (s.charCodeAt(i) - 48);
            fracDigits++;
        }
        if (fracDigits === 0)
            return K_STRING;
    }
    const fracEnd = i;
    let offsetMinutes = 0;
    // After the time: nothing or Z (UTC), or an offset ±HH:MM or ±HHMM.
    if (i < len && !(s.charCodeAt(i) === 90 && i + 1 === len)) {
        const z = s.charCodeAt(i);
        const oh = two(s, i + 1);
        if ((z !== 43 && z !== 45) || oh < 0)
            return K_STRING;
        let j = i + 3;
        if (j < len && s.charCodeAt(j) === 58)
            j++;
        const om = two(s, j);
        // An offset names hours 00-23 and minutes 00-59 (Python's fromisoformat refuses the rest).
        if (j + 2 !== len || om < 0 || oh > 23 || om > 59)
            return K_STRING;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
    }
    if (h > 23 || mi > 59 || sec > 60 || !(0,_schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .validDay */ .BW)(y, mo, d))
        return K_STRING;
    // Every shape is computed from its fields as UTC less the offset: a datetime without a zone
    // is UTC, as the cast reads it, whatever the process's time zone (new Date read it as local
    // time, so a profile made with TZ set differed from the runner's).
    const offsetMs = offsetMinutes * 60_000;
    const fraction = fracDigits <= 3 ? ms * (fracDigits === 1 ? 100 : fracDigits === 2 ? 10 : 1) : Math.round(Number(`0${s.slice(19, fracEnd)}`) * 1000);
    if (fracDigits <= 3 && sec <= 59) {
        // At most 999 ms past second 59: no roll-over into the next day.
        TEXT_VALUE[0] = (((0,_schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + sec * 1000 + fraction - offsetMs;
        return K_DATETIME;
    }
    // A leap second, or more fraction digits than milliseconds (rounded as the cast rounds them),
    // may roll over into the next day, which the cast refuses.
    const t = (0,_schema_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .utcFields */ .yE)(y, mo, d, h, mi, sec, fraction);
    if (t !== t)
        return K_STRING;
    TEXT_VALUE[0] = t - offsetMs;
    return K_DATETIME;
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zR: () => (/* binding */ asError)
/* harmony export */ });
/**
 * Errors that reach the user. A UserError is something the user can fix (a bad input, file,
 * schema or config) and is shown as one annotation without a stack trace; anything else is
 * an internal error, a bug of ours.
 */
/** A problem the user can fix: bad input, file, data, schema or configuration. */
class UserError extends Error {
    input;
    file;
    line;
    column;
    title;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.input = options.input;
        this.file = options.file;
        this.line = options.line;
        this.column = options.column;
        this.title = options.title;
    }
}
/** A user error about one action input; the message always starts by naming it. */
class InputError extends UserError {
    constructor(input, problem, options = {}) {
        super(`Input '${input}': ${problem}`, { ...options, input });
        this.name = 'InputError';
    }
}
/** A call to a remote service (GitHub, a registry, Prometheus) that answered with an error. */
class ServiceError extends UserError {
    status;
    endpoint;
    constructor(service, endpoint, status, detail, cause) {
        const statusText = status === undefined ? 'could not be reached' : `answered HTTP ${status}`;
        super(`${service} ${endpoint} ${statusText}: ${detail}`, { cause, title: `${service} request failed` });
        this.name = 'ServiceError';
        this.status = status;
        this.endpoint = endpoint;
    }
}
/** Turns anything thrown (including non-Error values) into an Error without losing its text. */
function asError(thrown) {
    if (thrown instanceof Error)
        return thrown;
    if (typeof thrown === 'string')
        return new Error(thrown);
    try {
        return new Error(`Non-error value thrown: ${JSON.stringify(thrown)}`);
    }
    catch {
        return new Error(`Non-error value thrown: ${String(thrown)}`);
    }
}


/***/ }),

/***/ 9813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ validDay),
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   aH: () => (/* binding */ offsetMs),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   yE: () => (/* binding */ utcFields)
/* harmony export */ });
/**
 * Calendar arithmetic for the date and datetime casts and the profile's text classification,
 * so both read the same text as the same instant. Exact for every year 1-9999: Date.UTC reads
 * years 0-99 as 1900-1999 (0050-01-01 came out 1900 years late). Year 0 does not exist, as in
 * Python's datetime (MINYEAR is 1), which Frictionless uses.
 */
const DAY_MS = 86_400_000;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** The day exists: year 1-9999, month 1-12, day within that month of that year. */
function validDay(y, mo, d) {
    if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1)
        return false;
    const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= DAYS[mo - 1] + (leap ? 1 : 0);
}
/**
 * Epoch milliseconds of the fields read as UTC, or NaN when the casts refuse them: a day that
 * does not exist, hour > 23, minute > 59, second > 60. Second 60 and a fraction rounded up to
 * 1000 ms roll over into the next second; a roll-over into the next day is refused (23:59:60
 * names no time of that day).
 */
function utcFields(y, mo, d, h, mi, s, ms) {
    if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 60)
        return NaN;
    const day = daysFromCivil(y, mo, d);
    const t = day * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
    return t < (day + 1) * DAY_MS ? t : NaN;
}
/**
 * A zone's offset from UTC in ms: 0 for none or Z, else ±HH:MM or ±HHMM; NaN for hours beyond
 * 23 or minutes beyond 59, which Python's fromisoformat refuses (since 3.14 for minutes 60-99
 * of an offset under 24 hours: gh-126883) and RFC 3339 forbids.
 */
function offsetMs(zone) {
    if (!zone || zone === 'Z')
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!m || +m[2] > 23 || +m[3] > 59)
        return NaN;
    return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) * 60_000;
}


/***/ })

};
