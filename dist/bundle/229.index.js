export const id = 229;
export const ids = [229];
export const modules = {

/***/ 6467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ FieldChecker),
/* harmony export */   hp: () => (/* binding */ jsonKeyPart)
/* harmony export */ });
/* unused harmony export keyOf */
/* harmony import */ var _src_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/* harmony import */ var _src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5263);
/* harmony import */ var _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4309);
/* harmony import */ var _src_schema_categories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5722);
/**
 * Checks the cells of one schema field: missing values, type, every Frictionless constraint and
 * Table Schema v2 `categories`, plus the per-value expectations (valuesIn, between). Built once
 * per field so the per-cell path does no option lookups. The common casts and the constraints
 * are written out in check() rather than called as closures: the one call site per closure kind,
 * shared by all fields, was megamorphic (bench/validate-data: ~0.1 s per 1M rows x 12 columns).
 */




class FieldChecker {
    name;
    required;
    unique;
    cast;
    /** castText's code for this field's text cells (TEXT_CAST_OTHER: use `cast`). */
    textCast;
    missing;
    /** The constraints, checked in this order; undefined when absent. */
    min;
    max;
    xmin;
    xmax;
    minLength;
    maxLength;
    pattern;
    allowed;
    /** Table Schema v2 `categories`, as keys (src/schema/categories.ts). */
    categories;
    /** Some constraint (or categories) is set. */
    constrained;
    /** Counters for the expectations: cells seen, missing, and present ones in the set/range. */
    shares = { cells: 0, missing: 0, inSet: 0, inRange: 0, present: 0 };
    inSet;
    range;
    constructor(field, missingValues, file) {
        this.name = field.name;
        const c = field.constraints ?? {};
        this.required = c.required === true;
        this.unique = c.unique === true;
        // The schema errors below name no line: load.ts refuses each such schema first, at the key's
        // line (the format check in checkFieldValues, constraint-values.ts). They stay as a backstop
        // for descriptors that did not come through it.
        try {
            this.cast = (0,_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .casterFor */ .yY)(field);
            if (field.format && /%/.test(field.format))
                this.cast('');
        }
        catch (error) {
            throw new _src_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: field '${field.name}': format '${field.format}' is not supported: ${error.message}`, { file });
        }
        this.textCast = (0,_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .textCastOf */ .AL)(field);
        this.missing = new Set(field.missingValues?.map((m) => (typeof m === 'string' ? m : m.value)) ?? missingValues);
        this.onlyEmptyIsMissing = this.missing.size === 1 && this.missing.has('');
        const bound = (key) => {
            const given = c[key];
            if (given === undefined)
                return undefined;
            const value = typeof given === 'number' ? given : this.cast(given);
            if (value === _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY)
                throw new _src_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: field '${field.name}': constraint ${key} '${given}' is not a valid ${field.type ?? 'string'}`, { file });
            return value;
        };
        this.min = bound('minimum');
        this.max = bound('maximum');
        this.xmin = bound('exclusiveMinimum');
        this.xmax = bound('exclusiveMaximum');
        this.minLength = c.minLength;
        this.maxLength = c.maxLength;
        if (c.pattern !== undefined) {
            try {
                // Table Schema patterns must match the whole value (XML Schema semantics).
                this.pattern = new RegExp(`^(?:${c.pattern})$`, 'u');
            }
            catch (error) {
                throw new _src_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: field '${field.name}': constraint pattern is not a valid regular expression: ${error.message}`, { file });
            }
        }
        // Schema values go through the cast as the cells do, so they meet in one form: text as any
        // cell's, and in an integer field numbers too (a number beyond 2^53 becomes the bigint a
        // cell of that value casts to; YAML and JSON already rounded it, so such values are exact
        // only when written as text: '9007199254740993').
        const schemaValue = (e) => keyOf(typeof e === 'string' || (field.type === 'integer' && typeof e === 'number') ? this.cast(e) : e);
        if (c.enum !== undefined)
            this.allowed = new Set(c.enum.map(schemaValue));
        const categories = (0,_src_schema_categories_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryValues */ .Xo)(field);
        if (categories !== undefined)
            this.categories = new Set(categories.map(schemaValue));
        // A field without constraints or categories returns from check() before any of them is looked at.
        this.constrained = [this.min, this.max, this.xmin, this.xmax, this.minLength, this.maxLength, this.pattern, this.allowed, this.categories].some((x) => x !== undefined);
        const ex = field.expectations;
        if (ex?.valuesIn)
            this.inSet = new Set(ex.valuesIn.values.map(schemaValue));
        if (ex?.between)
            this.range = ex.between;
    }
    /**
     * The cast value of the cell last checked; INVALID when it was missing or of the wrong type.
     * check() sets it instead of returning an object: an object per cell cost ~0.8 s of GC and
     * allocation per 1M rows x 12 columns (bench/validate-data).
     */
    value = _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
    /** The array check() returns (reused: read it before the next call). */
    failed = [];
    onlyEmptyIsMissing;
    /** Adds the counters of the same field's checker on another part of the data. */
    addShares(other) {
        const s = this.shares;
        s.cells += other.cells;
        s.missing += other.missing;
        s.inSet += other.inSet;
        s.inRange += other.inRange;
        s.present += other.present;
    }
    /**
     * How the CSV reader may read this field's plain cells as typed values (src/data/typed-cells.ts),
     * or undefined when every cell must come as text: the plan lets through only values that
     * pass every check, so such a cell is only counted (addTypedCells, countTypedValue). Built once.
     */
    typedPlan() {
        if (this.plan === null)
            this.plan = this.buildTypedPlan();
        return this.plan;
    }
    plan = null;
    buildTypedPlan() {
        const kind = TYPED_KIND[this.textCast];
        if (kind === undefined)
            return undefined;
        // Length and pattern constraints read the text; a boolean's bounds or set compare booleans.
        if (this.minLength !== undefined || this.maxLength !== undefined || this.pattern !== undefined)
            return undefined;
        if (kind === _src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .TYPED_BOOLEAN */ .k9 && (this.constrained || this.inSet !== undefined))
            return undefined;
        const bound = (value, none) => (value === undefined ? none : typeof value === 'number' ? value : undefined);
        const min = bound(this.min, -Infinity);
        const max = bound(this.max, Infinity);
        const xmin = bound(this.xmin, -Infinity);
        const xmax = bound(this.xmax, Infinity);
        if (min === undefined || max === undefined || xmin === undefined || xmax === undefined)
            return undefined;
        // The values an enum and v2 categories allow (both, when both are given); values that are
        // not numbers never equal a typed value (keyOf keeps numbers as they are).
        const numbers = (values) => new Set([...values].filter((v) => typeof v === 'number'));
        let allowed = this.allowed === undefined ? undefined : numbers(this.allowed);
        if (this.categories !== undefined) {
            const categories = numbers(this.categories);
            allowed = allowed === undefined ? categories : new Set([...allowed].filter((v) => categories.has(v)));
        }
        const plan = { kind, min, max, xmin, xmax, ...(allowed ? { allowed } : {}) };
        // A missing value the plan would read as a value (missingValues: ['-1']) must stay text.
        if ([...this.missing].some((m) => (0,_src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .readsAsValue */ .FD)(plan, m)))
            return undefined;
        return plan;
    }
    /**
     * Counts `n` cells the reader read through typedPlan (present, of the type, within the
     * constraints), as check() would count them; countTypedValue adds what depends on each value.
     */
    addTypedCells(n) {
        this.shares.cells += n;
        this.shares.present += n;
    }
    /** The expectations count values in a set or range: call countTypedValue for each typed cell. */
    get countsTypedValues() {
        return this.inSet !== undefined || this.range !== undefined;
    }
    countTypedValue(value) {
        this.countInSetAndRange(this.typedCast(value));
    }
    /** The expectations' counts of a present value: in valuesIn's set, within between's range. */
    countInSetAndRange(value) {
        if (this.inSet && this.inSet.has(keyOf(value)))
            this.shares.inSet++;
        if (this.range && (typeof value === 'number' || typeof value === 'bigint') && (this.range.min === undefined || value >= this.range.min) && (this.range.max === undefined || value <= this.range.max))
            this.shares.inRange++;
    }
    /** The cast value of a typed cell: the number itself, or a boolean field's boolean. */
    typedCast(value) {
        return this.textCast === _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_CAST_BOOLEAN */ .Bn ? value === 1 : value;
    }
    /** Checks one cell: returns the names of the failed checks (each counts once), or undefined. */
    check(raw) {
        this.shares.cells++;
        if (raw === null || raw === undefined || (typeof raw === 'string' && (this.onlyEmptyIsMissing ? raw === '' : this.missing.has(raw)))) {
            this.shares.missing++;
            this.value = _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            return this.required ? REQUIRED : undefined;
        }
        let value;
        if (this.textCast !== _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_CAST_OTHER */ .Rq && typeof raw === 'string')
            value = (0,_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .castText */ .j9)(this.textCast, raw);
        if (value === undefined)
            value = this.cast(raw);
        this.value = value;
        if (value === _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY)
            return TYPE;
        this.shares.present++;
        this.countInSetAndRange(value);
        if (!this.constrained)
            return undefined;
        const failed = this.failed;
        // Setting length costs a builtin call per cell (~0.3 s per 1M rows x 12 columns): only when needed.
        if (failed.length !== 0)
            failed.length = 0;
        if (this.min !== undefined && value < this.min)
            failed.push('minimum');
        if (this.max !== undefined && value > this.max)
            failed.push('maximum');
        if (this.xmin !== undefined && value <= this.xmin)
            failed.push('exclusiveMinimum');
        if (this.xmax !== undefined && value >= this.xmax)
            failed.push('exclusiveMaximum');
        if (this.minLength !== undefined || this.maxLength !== undefined) {
            const length = lengthOf(value, raw);
            if (this.minLength !== undefined && length < this.minLength)
                failed.push('minLength');
            if (this.maxLength !== undefined && length > this.maxLength)
                failed.push('maxLength');
        }
        if (this.pattern !== undefined && !this.pattern.test(typeof raw === 'string' ? raw : String(value)))
            failed.push('pattern');
        if (this.allowed !== undefined && !this.allowed.has(keyOf(value)))
            failed.push('enum');
        if (this.categories !== undefined && !this.categories.has(keyOf(value)))
            failed.push('categories');
        return failed.length > 0 ? failed : undefined;
    }
}
/** The typed-cell kind of each castText code that has one. */
const TYPED_KIND = {
    [_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_CAST_INTEGER */ .ps]: _src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .TYPED_INTEGER */ .m5,
    [_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_CAST_NUMBER */ .em]: _src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .TYPED_NUMBER */ .rX,
    [_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_CAST_DATETIME */ .kl]: _src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .TYPED_DATETIME */ .T5,
    [_src_schema_cast_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_CAST_BOOLEAN */ .Bn]: _src_data_typed_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .TYPED_BOOLEAN */ .k9,
};
const REQUIRED = Object.freeze(['required']);
const TYPE = Object.freeze(['type']);
/**
 * What `minLength`/`maxLength` count, as frictionless-py's len() of the read value does: an
 * array's or list's items, an object's keys (not its JSON text's characters), a text's code
 * points.
 */
function lengthOf(value, raw) {
    if (typeof value === 'object')
        return Array.isArray(value) ? value.length : Object.keys(value).length;
    if (typeof raw === 'string')
        return codePoints(raw);
    return String(value).length;
}
/** Length in code points ([...s].length without building the array). */
function codePoints(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        // A high surrogate followed by a low one is one code point.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n--;
                i++;
            }
        }
    }
    return n;
}
/** A Set key under which equal logical values meet (1 and "1.0" in a number field, say). */
function keyOf(value) {
    return typeof value === 'object' && value !== null ? JSON.stringify(value, jsonKeyPart) : value;
}
/**
 * JSON.stringify's replacer for values inside a key (a list's items): a bigint (an integer
 * item beyond 2^53) as its digits, which JSON.stringify would throw on, and NaN/Infinity as
 * their text rather than null.
 */
function jsonKeyPart(_, v) {
    return typeof v === 'bigint' ? v.toString() : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}


/***/ }),

/***/ 330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   Uq: () => (/* binding */ keyPartText),
/* harmony export */   Uu: () => (/* binding */ keyDefinitions),
/* harmony export */   Vc: () => (/* binding */ PARALLEL_KEYS_BUDGET),
/* harmony export */   Wh: () => (/* binding */ finishKeys)
/* harmony export */ });
/* harmony import */ var _src_unique_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9452);
/* harmony import */ var _field_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6467);


/** The keys the schema asks to be unique. */
function keyDefinitions(schema, maxExamples, budgetBytes = KEYS_BUDGET) {
    const wanted = [];
    for (const field of schema.fields)
        if (field.constraints?.unique)
            wanted.push(['unique', [field.name]]);
    if (schema.primaryKey !== undefined)
        wanted.push(['primaryKey', typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey]);
    for (const fields of schema.uniqueKeys ?? [])
        wanted.push(['uniqueKeys', fields]);
    // The indexes share one memory budget, so peak memory does not grow with the number of keys.
    const budget = Math.max(MIN_INDEX_BUDGET, Math.floor(budgetBytes / Math.max(1, wanted.length)));
    const types = new Map(schema.fields.map((f) => [f.name, f.type]));
    return wanted.map(([check, fields]) => ({
        check,
        fields,
        numeric: fields.length === 1 && NUMERIC_TYPES.has(types.get(fields[0]) ?? ''),
        ...temporalOf(fields, types),
        index: new _src_unique_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UniqueIndex */ .mZ({ maxExamples, memoryBudgetBytes: budget, tempDir: process.env.RUNNER_TEMP }),
    }));
}
/**
 * Memory for all uniqueness indexes together; beyond it they spill sorted runs to disk. 64 MiB
 * keeps a one-thread run of the 13M-row benchmark at 273-286 MB peak (96 MiB: 295-321 MB).
 */
const KEYS_BUDGET = 64 << 20;
/** The same with a worker thread's heap beside the main thread's (parallel.ts). */
const PARALLEL_KEYS_BUDGET = 16 << 20;
const MIN_INDEX_BUDGET = 8 << 20;
/** Field types whose cast values are numbers (or invalid): their one-field keys are number keys. */
const NUMERIC_TYPES = new Set(['number', 'integer']);
/**
 * The canonical text of a key: of the cast values, so `1` and `1.0` in a number field are the
 * same key. One part: a string as it is, a number as String() gives it (as JSON does for finite
 * numbers, and twice as fast; JSON would write NaN, Infinity and -Infinity all as `null`, one
 * key), a bigint (an integer beyond 2^53, cast.ts) as its decimal digits (canonical: no '+',
 * no leading zeros), anything else as JSON. Several parts: the JSON array of the parts,
 * non-finite numbers written as their String() text and bigints as the JSON string of their
 * digits, so parts cannot run into each other (a field's parts are all of one type: a
 * number's text cannot meet the same string in that position, and an integer field's bigint,
 * quoted, cannot meet its numbers, unquoted; nor the same value: the cast gives each integer
 * one form).
 */
function keyText(values) {
    if (values.length === 1)
        return keyPartText(values[0]);
    return JSON.stringify(values, _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonKeyPart */ .hp);
}
/** The key text of a one-field key (see keyText). */
function keyPartText(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : typeof value === 'bigint' ? value.toString() : JSON.stringify(value, _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonKeyPart */ .hp);
}
function temporalOf(fields, types) {
    const type = fields.length === 1 ? types.get(fields[0]) : undefined;
    return type === 'date' || type === 'datetime' ? { temporal: type } : {};
}
/** A duplicate's value as the report shows it: a date or datetime key (epoch ms) as ISO text. */
function shownValue(key, value) {
    const ms = key.temporal === undefined ? NaN : Number(value);
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)
        return value;
    const iso = new Date(ms).toISOString();
    return key.temporal === 'date' ? iso.slice(0, 10) : iso;
}
/** Finishes every index and turns duplicates into failed checks. */
async function finishKeys(keys, fileOfRow) {
    const failed = [];
    for (const key of keys) {
        const result = await key.index.finish();
        if (!result.violations)
            continue;
        failed.push({
            ...(key.check === 'unique' ? { field: key.fields[0] } : {}),
            check: key.check,
            violations: result.violations,
            examples: result.examples.map((d) => {
                const file = fileOfRow(d.row);
                return { row: d.row, ...(d.line !== undefined ? { line: d.line } : {}), ...(file ? { file } : {}), value: shownValue(key, d.value) };
            }),
            // With max-examples 0 there is no example to name a first row from.
            message: `${key.fields.join(', ')} must be unique; duplicates repeat an earlier row${result.examples[0] ? ` (first duplicate of row ${result.examples[0].firstRow})` : ''}`,
        });
    }
    return failed;
}


/***/ }),

/***/ 3229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ik: () => (/* binding */ FINISH_ID),
  oY: () => (/* binding */ PartLane),
  Xv: () => (/* binding */ failureError),
  runPartWorker: () => (/* binding */ runPartWorker)
});

// UNUSED EXPORTS: partFailure

// EXTERNAL MODULE: ./lib/src/data/csv-tokenizer.js
var csv_tokenizer = __webpack_require__(5167);
// EXTERNAL MODULE: ./lib/src/data/text-source.js
var text_source = __webpack_require__(9524);
// EXTERNAL MODULE: ./lib/src/data/typed-cells.js
var typed_cells = __webpack_require__(5263);
// EXTERNAL MODULE: ./lib/src/data/types.js
var types = __webpack_require__(4582);
// EXTERNAL MODULE: ./lib/src/data/utf8.js
var utf8 = __webpack_require__(5440);
;// CONCATENATED MODULE: ./lib/src/data/csv-part.js
/**
 * Parses one part of a delimited file (csv-split.ts) into batches, as readDelimitedFile does
 * for a whole file: same tokenizer, same checks, same errors at the same lines. Runs on a
 * worker thread; row numbers are relative to the part (its first row is `firstRow`), lines are
 * the file's.
 */





/** Yields the part's rows in batches; `bytesRead` of each batch is 0 (the caller tracks bytes). */
function* readDelimitedPart(bytes, options, pieceBytes = text_source/* TEXT_PIECE_BYTES */.js) {
    const { file, delimiter, columns } = options;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tok = new csv_tokenizer/* CsvTokenizer */.YB(file, delimiter);
    tok.line = options.firstLine;
    let decoded = 0; // bytes of `buffer` given to the tokenizer
    let invalidAt = -1; // offset of the first invalid UTF-8 byte, once decoding reached it
    // The text goes to the tokenizer a piece at a time (see TEXT_PIECE_BYTES); decoding stops at invalid UTF-8.
    const pushPiece = () => {
        const piece = (0,text_source/* decodePiece */.VP)(buffer, decoded, pieceBytes);
        tok.push(piece.text);
        invalidAt = piece.invalidAt;
        decoded = invalidAt >= 0 ? buffer.length : piece.end;
    };
    pushPiece();
    const width = columns.length;
    const batchRows = options.batchRows ?? (0,types/* defaultBatchRows */.P_)(width);
    const skipBlank = width > 1;
    const format = delimiter === ',' ? 'csv' : 'tsv';
    let firstRow = options.firstRow ?? 1;
    for (;;) {
        const values = Array.from({ length: width }, () => new Array(batchRows));
        const lines = new Int32Array(batchRows);
        const typed = (0,typed_cells/* allocateTypedCells */.rS)(options.typed, batchRows);
        const reader = (0,typed_cells/* typedReader */.Yx)(options.typed, typed);
        let n = 0;
        let status;
        for (;;) {
            // A part ends on a row boundary, so only the file's last part can end inside a row.
            const filled = (0,csv_tokenizer/* fillRows */.HP)(tok, values, lines, n, decoded === buffer.length && invalidAt < 0, skipBlank, file, reader);
            n = filled.rows;
            status = filled.status;
            if (status !== csv_tokenizer/* NEED_MORE */.Jt || decoded === buffer.length)
                break;
            pushPiece();
        }
        if (status === csv_tokenizer/* NEED_MORE */.Jt) {
            // Only with invalid UTF-8: the rows before the bad byte are done; fail where it is.
            throw (0,text_source/* invalidUtf8Error */.PI)(file, { byte: buffer[invalidAt] ?? 0, offset: options.offset + invalidAt }, tok.line + (0,utf8/* countNewlines */.Dn)(tok.rest()));
        }
        const done = status === csv_tokenizer/* END */.Kp;
        if (n > 0) {
            if (n < batchRows)
                for (const column of values)
                    column.length = n;
            yield { file, format, columns, values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: 0, ...(typed ? { typed } : {}) };
            firstRow += n;
        }
        if (done)
            return;
    }
}

// EXTERNAL MODULE: ./lib/src/data/parquet-reader.js + 5 modules
var parquet_reader = __webpack_require__(7462);
// EXTERNAL MODULE: ./lib/src/profile/profile.js
var profile = __webpack_require__(3541);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/unique/index.js + 16 modules
var unique = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/actions/validate-data/pass.js
var pass = __webpack_require__(5948);
// EXTERNAL MODULE: ./lib/actions/validate-data/violations.js
var validate_data_violations = __webpack_require__(1621);
;// CONCATENATED MODULE: ./lib/actions/validate-data/part-worker.js
/**
 * What a thread does with the parts of a large CSV/TSV or Parquet file it is given: parse (or
 * read) each, check every cell, record the keys and profile it. A PartLane keeps one profile
 * and one set of checker counts across all its parts (so sketches are built once per thread,
 * not per part) and hands them back once, at the end; each part's violations and keys go back
 * as they are done, to be merged in file order (parallel.ts). A lane is a plain object, so the
 * same work can run inline (the main thread's own lane, tests) or in a worker.
 */







/**
 * Rows per batch of a part. The reader's default (~2,700 rows of 12 columns) makes a batch of
 * cell strings about as large as a worker's young generation (4 MB when this was measured, 8 MB
 * now: part-pool.ts), so most cells were still alive at each scavenge and got copied, then
 * promoted; at 512 rows they die young. At 1M rows this cut the run's CPU by ~0.5 s (mostly
 * V8's GC helper threads), and ~0.15 s more on the main thread's lane.
 */
const LANE_BATCH_ROWS = 512;
/** The id of the reply carrying a lane's state. */
const FINISH_ID = -1;
/**
 * The parts run on one thread, in the order given. The profile and the checkers' counts
 * accumulate across parts (the main thread passes its own, so its lane needs no merge).
 */
class PartLane {
    setup;
    checkers;
    profiler;
    recorders;
    /** The Parquet footer and page buffers kept from one part to the next (parts run one at a time). */
    parquetReuse;
    constructor(setup, checkers = (0,pass/* buildCheckers */.rs)(setup.schema, setup.schemaFile), profiler = new profile/* DatasetProfiler */.ib()) {
        this.setup = setup;
        this.checkers = checkers;
        this.profiler = profiler;
        this.parquetReuse = new parquet_reader/* ParquetPartReuse */.A();
    }
    /**
     * Runs a part: at once for CSV/TSV (its bytes are in the task), asynchronously for Parquet
     * (read from the file). The caller starts a lane's next part only after this one is done.
     */
    run(task) {
        const batchRows = this.setup.batchRows ?? LANE_BATCH_ROWS;
        if ('parquet' in task)
            return this.runParquet(task, batchRows);
        const typed = this.setup.schema === undefined ? undefined : (0,pass/* typedPlanner */.zt)(this.checkers)(task.columns);
        const batches = readDelimitedPart(task.bytes, { file: task.file, delimiter: task.delimiter, columns: task.columns, offset: task.offset, firstLine: task.firstLine, batchRows, ...(typed ? { typed } : {}) });
        const part = this.startPart();
        for (const batch of batches)
            part.observe(batch);
        return part.result(task.id);
    }
    async runParquet(task, batchRows) {
        const part = this.startPart();
        // Rows numbered from 1 within the part, as a CSV part's; the reader skips the other groups.
        for await (const batch of (0,parquet_reader/* readParquetFile */.N)(task.file, { firstRow: 1, bytesBefore: 0, batchRows }, task.parquet, this.parquetReuse))
            part.observe(batch);
        return part.result(task.id);
    }
    /** A part's violations and keys, collected apart; the profile and counts run on in the lane. */
    startPart() {
        const setup = this.setup;
        // One set of recorders a lane, emptied per part: their arrays grow once to a part's keys
        // instead of anew for every part.
        const recorders = (this.recorders ??= setup.keys.map((k) => ({ fields: k.fields, numeric: k.numeric, index: new unique/* KeyRecorder */.Ak(k.maxKeyBytes) })));
        for (const recorder of recorders)
            recorder.index.reset();
        const violations = new validate_data_violations/* ViolationCollector */.D(setup.maxExamples);
        const validating = setup.schema !== undefined;
        let rows = 0;
        return {
            observe: (batch) => {
                // Rows are numbered within the part (the main thread offsets them); the profile runs on.
                if (validating) {
                    (0,pass/* checkBatch */.zR)(batch, this.checkers, recorders, violations, this.profiler.columnsOf(batch));
                    this.profiler.endBatch(batch);
                }
                else
                    this.profiler.observeBatch(batch);
                rows += batch.rowCount;
            },
            result: (id) => ({ id, rows, checks: violations.entries(), keys: recorders.map((r) => r.index.take()) }),
        };
    }
    /** The lane's profile and counts, to merge into the main thread's (see DatasetProfiler.mergePart). */
    state() {
        return { profile: this.profiler.partState(), shares: [...this.checkers].map(([name, checker]) => [name, { ...checker.shares }]) };
    }
}
function partFailure(id, error) {
    if (error instanceof errors/* UserError */.yo)
        return { id, error: { message: error.message, user: true, file: error.file, line: error.line } };
    const err = error instanceof Error ? error : new Error(String(error));
    return { id, error: { message: err.message, user: false, stack: err.stack } };
}
/** The error a failed part raises on the main thread. */
function failureError(failure) {
    if (failure.user)
        return new errors/* UserError */.yo(failure.message, { ...(failure.file !== undefined ? { file: failure.file } : {}), ...(failure.line !== undefined ? { line: failure.line } : {}) });
    const error = new Error(`validate-data worker thread failed: ${failure.message}`);
    if (failure.stack)
        error.stack = `${error.message}\n(worker stack) ${failure.stack}`;
    return error;
}
/** Entry of a worker thread: one lane, answering each part with its result or failure. */
async function runPartWorker() {
    const { parentPort, workerData } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 19));
    if (!parentPort)
        throw new Error('runPartWorker() must run in a worker thread');
    const { setup } = workerData;
    const lane = new PartLane(setup);
    // Parts (and the final state) in the order received, each after the one before has finished:
    // a Parquet part awaits its reads, and the lane's profile must see its parts in order.
    let queue = Promise.resolve();
    parentPort.on('message', (message) => {
        queue = queue.then(async () => {
            if ('finish' in message) {
                parentPort.postMessage({ id: FINISH_ID, state: lane.state() });
                return;
            }
            const task = message.part;
            let reply;
            try {
                reply = await lane.run(task);
            }
            catch (error) {
                parentPort.postMessage(partFailure(task.id, error));
                return;
            }
            const transfer = reply.keys.flatMap((k) => [k.words.buffer, k.bytes.buffer]);
            parentPort.postMessage(reply, transfer);
        });
    });
}


/***/ }),

/***/ 5948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oF: () => (/* binding */ Pass),
/* harmony export */   rs: () => (/* binding */ buildCheckers),
/* harmony export */   zR: () => (/* binding */ checkBatch),
/* harmony export */   zt: () => (/* binding */ typedPlanner)
/* harmony export */ });
/* harmony import */ var _src_profile_profile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4309);
/* harmony import */ var _field_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6467);
/* harmony import */ var _key_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(330);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1621);





/** One checker per schema field (primary-key fields are implicitly required, as Table Schema says). */
function buildCheckers(schema, schemaFile) {
    const schemaMissing = (schema?.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
    const primary = new Set(schema?.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey);
    return new Map((schema?.fields ?? []).map((f) => {
        const field = primary.has(f.name) ? { ...f, constraints: { ...f.constraints, required: true } } : f;
        return [f.name, new _field_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldChecker */ .Of(field, schemaMissing, schemaFile)];
    }));
}
/** The typed plans of a header's columns: each checked field's own (FieldChecker.typedPlan). */
function typedPlanner(checkers) {
    return (columns) => columns.map((name) => checkers.get(name)?.typedPlan());
}
/** Checks and profiles batches; its state is merged across parts by parallel.ts. */
class Pass {
    checkers;
    keys;
    violations;
    validating;
    profiler = new _src_profile_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .DatasetProfiler */ .ib();
    constructor(checkers, keys, violations, validating) {
        this.checkers = checkers;
        this.keys = keys;
        this.violations = violations;
        this.validating = validating;
    }
    /** What the CSV reader may read as typed values for this pass (only when it checks cells). */
    typedPlanner() {
        return this.validating ? typedPlanner(this.checkers) : undefined;
    }
    observe(batch) {
        if (!this.validating) {
            this.profiler.observeBatch(batch);
            return;
        }
        checkBatch(batch, this.checkers, this.keys, this.violations, this.profiler.columnsOf(batch));
        this.profiler.endBatch(batch);
    }
}
/**
 * Checks every cell of the batch; with `profiles` (the profiler's columns, see columnsOf) each
 * cell is also profiled right after its check, while its classification is still cached.
 */
function checkBatch(batch, checkers, keys, violations, profiles) {
    const { columns, values, firstRow, lines, file, rowCount } = batch;
    const castKeyColumns = new Map();
    const keyFields = new Set(keys.flatMap((k) => k.fields));
    columns.forEach((name, c) => {
        const checker = checkers.get(name);
        const cells = values[c];
        const profile = profiles?.[c];
        if (!checker || !cells) {
            if (profile && cells)
                for (let i = 0; i < rowCount; i++)
                    profile.observe(cells[i]);
            return;
        }
        const cast = keyFields.has(name) ? new Array(rowCount) : undefined;
        if (cast)
            castKeyColumns.set(name, cast);
        // Cells the reader read as typed values (undefined text) passed every check already.
        const typedValues = batch.typed?.values[c];
        const typedKinds = batch.typed?.textKinds[c];
        const countsValues = checker.countsTypedValues;
        let typed = 0;
        for (let i = 0; i < rowCount; i++) {
            const raw = cells[i];
            if (raw === undefined && typedValues !== undefined) {
                typed++;
                const value = typedValues[i];
                if (profile)
                    profile.observeTyped(typedKinds[i], value);
                if (countsValues)
                    checker.countTypedValue(value);
                if (cast)
                    cast[i] = checker.typedCast(value);
                continue;
            }
            const failed = checker.check(raw);
            if (profile)
                profile.observe(raw);
            if (cast)
                cast[i] = checker.value;
            if (failed !== undefined) {
                for (const check of failed) {
                    violations.add(name, check, () => ({ row: firstRow + i, ...(lines ? { line: lines[i] } : {}), file, value: (0,_violations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayValue */ .K)(raw) }));
                }
            }
        }
        if (typed > 0)
            checker.addTypedCells(typed);
    });
    for (const key of keys) {
        const parts = key.fields.map((f) => castKeyColumns.get(f));
        if (parts.some((p) => p === undefined))
            continue;
        if (parts.length === 1) {
            // One field (the common case): no array per row.
            const only = parts[0];
            for (let i = 0; i < rowCount; i++) {
                const value = only[i];
                if (value === _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID */ .uY)
                    continue;
                const line = lines ? lines[i] : undefined;
                if (key.numeric && typeof value === 'number')
                    key.index.addNumber(value, firstRow + i, line);
                else
                    key.index.add((0,_key_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .keyPartText */ .Uq)(value), firstRow + i, line);
            }
            continue;
        }
        for (let i = 0; i < rowCount; i++) {
            const values = parts.map((p) => p[i]);
            // Rows with a missing or invalid key part are reported by `required`/`type`, not as duplicates.
            if (values.some((v) => v === _src_schema_cast_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID */ .uY))
                continue;
            key.index.add((0,_key_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .keyText */ .Pu)(values), firstRow + i, lines ? lines[i] : undefined);
        }
    }
}


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ViolationCollector),
/* harmony export */   K: () => (/* binding */ displayValue)
/* harmony export */ });
/** Counts violations per (field, check) and keeps the first few examples of each. */
const MAX_VALUE_TEXT = 200;
/** Shows a cell in a report: text as is (capped), everything else as JSON. */
function displayValue(value) {
    const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : JSON.stringify(value) ?? String(value);
    return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT)}…` : text;
}
class ViolationCollector {
    maxExamples;
    checks = new Map();
    constructor(maxExamples) {
        this.maxExamples = maxExamples;
    }
    /** Records one violation; `example` is only built while examples are still wanted. */
    add(field, check, example) {
        const key = `${field ?? ''}\u0000${check}`;
        let entry = this.checks.get(key);
        if (!entry) {
            entry = { ...(field !== undefined ? { field } : {}), check, violations: 0, examples: [] };
            this.checks.set(key, entry);
        }
        entry.violations++;
        if (entry.examples.length < this.maxExamples)
            entry.examples.push(example());
    }
    /** Adds a whole failed check at once (dataset-level checks, expectations, duplicates). */
    addCheck(check) {
        const key = `${check.field ?? ''}\u0000${check.check}`;
        const existing = this.checks.get(key);
        if (existing) {
            existing.violations += check.violations;
            existing.examples.push(...check.examples.slice(0, Math.max(0, this.maxExamples - existing.examples.length)));
        }
        else
            this.checks.set(key, { ...check, examples: check.examples.slice(0, this.maxExamples) });
    }
    /** The checks in the order first met (a worker's part result, for mergePart). */
    entries() {
        return [...this.checks.values()];
    }
    /**
     * Adds the checks of the part that follows the rows seen so far (see entries()), its rows
     * offset by `rowOffset`. Parts merged in file order keep the same examples (the earliest
     * rows) as one sequential pass.
     */
    mergePart(checks, rowOffset) {
        for (const check of checks) {
            this.addCheck({ ...check, examples: check.examples.map((e) => (e.row === undefined ? e : { ...e, row: e.row + rowOffset })) });
        }
    }
    /** Failed checks in a stable order: dataset-level first, then by field and check. */
    all() {
        return [...this.checks.values()].sort((a, b) => (a.field === undefined ? -1 : 0) - (b.field === undefined ? -1 : 0) || (a.field ?? '').localeCompare(b.field ?? '') || a.check.localeCompare(b.check));
    }
    total() {
        let sum = 0;
        for (const check of this.checks.values())
            sum += check.violations;
        return sum;
    }
}


/***/ }),

/***/ 5722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ categoryValues),
/* harmony export */   g: () => (/* binding */ categoryValuePaths),
/* harmony export */   ly: () => (/* binding */ checkCategorySet),
/* harmony export */   ps: () => (/* binding */ checkCategoryForm)
/* harmony export */ });
/* unused harmony export CATEGORY_TYPES */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/* harmony import */ var _cast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4309);
/**
 * Table Schema v2 `categories` and `categoriesOrdered`, as the standard words them
 * (https://datapackage.org/standard/table-schema/#categories, field properties):
 * - "`string` and `integer` field types MAY include a `categories` property"; it "MUST be either
 *   (a) an array of unique values or (b) an array of objects, each with a unique `value`
 *   property", and a `label`, when present, is a string and "Labels MUST be unique".
 * - "The logical representation of data in the field MUST exactly match one of the values in
 *   `categories`": FieldChecker's `categories` check, on the cast value like `enum`.
 * - "An `enum` constraint MAY be added to a field with a `categories` property, but if so, the
 *   `enum` values MUST be a subset of the values in `categories`."
 * - `categoriesOrdered` "MUST be `boolean`" (json-schema.ts); it says whether the categories'
 *   order is the values' natural order, which no check here uses.
 * frictionless-py (v5) does not read `categories` at all; frictionless-ts casts a cell outside
 * them to null and so reports a type error. We report a cell of the right type outside them as
 * the `categories` check, as `enum` is reported, so the report says which rule the cell broke.
 *
 * Values are compared as cast values, as cells are: in an integer field `'7'`, `'+7'` and `7` are
 * one category. Each value's fit with the field's type is checked with the enum values (load.ts).
 */


/** The types that take `categories`; a field without `type` is a string field here. */
const CATEGORY_TYPES = ['string', 'integer'];
function isObject(item) {
    return typeof item === 'object' && item !== null && !Array.isArray(item);
}
/** The values of the field's categories in order (an object's `value`), or undefined without them. */
function categoryValues(field) {
    return field.categories?.map((item) => (isObject(item) ? item.value : item));
}
/** The schema path of each category value (fields.N.categories.J, or .J.value for an object). */
function categoryValuePaths(field, index) {
    return (field.categories ?? []).map((item, j) => ['fields', String(index), 'categories', String(j), ...(isObject(item) ? ['value'] : [])]);
}
/**
 * What can be told before the values are read as the field's type: the field's type takes
 * categories, and they are all values or all objects.
 */
function checkCategoryForm(field, index, locate, file, input) {
    const items = field.categories;
    if (items === undefined)
        return;
    const type = field.type ?? 'string';
    if (!CATEGORY_TYPES.includes(type)) {
        const { line, col, where } = locate(['fields', String(index), 'categories']);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: field '${field.name}' is of type ${type}, but categories are for string and integer fields (Table Schema v2): use constraints.enum`, { file, line, column: col, input, title: 'Invalid schema' });
    }
    const objects = isObject(items[0]);
    const other = items.findIndex((item) => isObject(item) !== objects);
    if (other >= 0) {
        const { line, col, where } = locate(['fields', String(index), 'categories', String(other)]);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: field '${field.name}': categories are either all values or all {value, label} objects (Table Schema v2), but the first is ${objects ? 'an object' : 'a value'} and this one is not`, { file, line, column: col, input, title: 'Invalid schema' });
    }
}
/**
 * What needs the values read as the field's type (after load.ts has checked each can be):
 * no value or label given twice, and every enum value among the categories.
 * `written` gives a value as the file writes it.
 */
function checkCategorySet(field, index, locate, written, file, input) {
    const values = categoryValues(field);
    if (values === undefined)
        return;
    const logical = logicalValue(field);
    const paths = categoryValuePaths(field, index);
    const seen = new Map();
    values.forEach((value, j) => {
        const key = logical(value);
        const first = seen.get(key);
        if (first === undefined) {
            seen.set(key, j);
            return;
        }
        const earlier = locate(paths[first]);
        const { line, col, where } = locate(paths[j]);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: field '${field.name}': category ${written(paths[j])} is given twice (first at line ${earlier.line}, column ${earlier.col}); Table Schema v2 categories are unique`, { file, line, column: col, input, title: 'Invalid schema' });
    });
    const labels = new Map();
    (field.categories ?? []).forEach((item, j) => {
        if (!isObject(item) || item.label === undefined)
            return;
        const first = labels.get(item.label);
        if (first === undefined) {
            labels.set(item.label, j);
            return;
        }
        const earlier = locate(['fields', String(index), 'categories', String(first), 'label']);
        const { line, col, where } = locate(['fields', String(index), 'categories', String(j), 'label']);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: field '${field.name}': label '${item.label}' is given twice (first at line ${earlier.line}, column ${earlier.col}); Table Schema v2 category labels are unique`, { file, line, column: col, input, title: 'Invalid schema' });
    });
    field.constraints?.enum?.forEach((value, j) => {
        if (seen.has(logical(value)))
            return;
        const path = ['fields', String(index), 'constraints', 'enum', String(j)];
        const { line, col, where } = locate(path);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: field '${field.name}': enum value ${written(path)} is not among the categories; Table Schema v2 requires enum to be a subset of categories`, { file, line, column: col, input, title: 'Invalid schema' });
    });
}
/**
 * A schema value as the cast value it stands for, as FieldChecker compares it: text is cast
 * like a cell, and in an integer field a number too (so 7 and '+7' meet, and a bigint cell
 * meets the number). Categories are of string and integer fields, so no value is an object.
 */
function logicalValue(field) {
    const cast = (0,_cast_js__WEBPACK_IMPORTED_MODULE_1__/* .casterFor */ .yY)(field);
    return (value) => (typeof value === 'string' || (field.type === 'integer' && typeof value === 'number') ? cast(value) : value);
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ak: () => (/* reexport */ KeyRecorder),
  mZ: () => (/* reexport */ UniqueIndex)
});

// UNUSED EXPORTS: DEFAULT_BUDGET

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/src/unique/run-file.js
/**
 * Sorted runs on disk. A record is six 32-bit words (hi, lo, row, line, meta, key length) and
 * the key's bytes padded to a multiple of 4, so records stay aligned and are read through a
 * Uint32Array view. Runs are private temporary files read back by the same process, so the
 * platform's byte order is fine.
 */


const HEADER_WORDS = 6;
const HEADER_BYTES = HEADER_WORDS * 4;
/**
 * A run's records fall into BUCKETS ranges of hashes by the top bits of hi; the writer notes
 * where each range starts and how many records it holds, so the final scan can read the same
 * range of every run at once (bucket-scan.ts) instead of merging whole runs record by record.
 */
const BUCKET_BITS = 10;
const BUCKETS = 1 << BUCKET_BITS;
/** The largest record for keys of at most maxKeyBytes bytes. */
function maxRecordBytes(maxKeyBytes) {
    return HEADER_BYTES + ((maxKeyBytes + 3) & ~3);
}
/** A write buffer for RunWriter. */
function writeChunk(bytes) {
    return new Uint8Array(bytes & ~3);
}
/** Writes records to a new file synchronously (spills happen inside the synchronous add()). */
class RunWriter {
    path;
    fd;
    chunk;
    words;
    pos = 0;
    /** Bytes flushed to the file before the chunk's. */
    flushed = 0;
    /** The bucket whose start is noted next (records arrive sorted by hash). */
    bucket = 0;
    records = 0;
    /** Where each hash range starts and how many records it has (complete once closed). */
    index = { starts: new Float64Array(BUCKETS + 1), counts: new Float64Array(BUCKETS) };
    /** `chunk`: the write buffer (its length a multiple of 4), reused across runs to spare the GC. */
    constructor(path, chunk) {
        this.path = path;
        this.fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
        this.chunk = chunk;
        this.words = new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >>> 2);
    }
    /** Copies a record laid out in run format from `words` at word offset `at` (see EntryBuffer). */
    copy(words, at) {
        const size = HEADER_WORDS + ((words[at + 5] + 3) >>> 2);
        if ((this.pos >>> 2) + size > this.words.length)
            this.flush();
        this.note(words[at]);
        const out = this.words;
        const w = this.pos >>> 2;
        for (let k = 0; k < size; k++)
            out[w + k] = words[at + k];
        this.pos += size * 4;
        this.records++;
    }
    write(hi, lo, row, line, meta, key, start, len) {
        const size = HEADER_BYTES + ((len + 3) & ~3);
        if (this.pos + size > this.chunk.length)
            this.flush();
        this.note(hi);
        const w = this.pos >>> 2;
        const words = this.words;
        words[w] = hi;
        words[w + 1] = lo;
        words[w + 2] = row;
        words[w + 3] = line;
        words[w + 4] = meta;
        words[w + 5] = len;
        const chunk = this.chunk;
        const at = this.pos + HEADER_BYTES;
        for (let i = 0; i < len; i++)
            chunk[at + i] = key[start + i];
        this.pos += size;
        this.records++;
    }
    /** Flushes and closes the file. */
    close() {
        try {
            this.flush();
            const starts = this.index.starts;
            while (this.bucket <= BUCKETS)
                starts[this.bucket++] = this.flushed;
        }
        finally {
            (0,external_node_fs_.closeSync)(this.fd);
        }
    }
    /** Counts the record about to be written at pos, of hash word hi, in its bucket. */
    note(hi) {
        const b = hi >>> (32 - BUCKET_BITS);
        const starts = this.index.starts;
        while (this.bucket <= b)
            starts[this.bucket++] = this.flushed + this.pos;
        this.index.counts[b]++;
    }
    flush() {
        let done = 0;
        while (done < this.pos)
            done += (0,external_node_fs_.writeSync)(this.fd, this.chunk, done, this.pos - done);
        this.flushed += this.pos;
        this.pos = 0;
    }
}
/** Reads a run back record by record through a bounded buffer. */
class RunReader {
    file;
    path;
    order;
    buf;
    words;
    pos = 0;
    end = 0;
    eof = false;
    // The current record: its key bytes are buf[keyStart, keyStart + keyLength) until the next refill.
    hi = 0;
    lo = 0;
    row = 0;
    line = 0;
    meta = 0;
    keyStart = 0;
    keyLength = 0;
    constructor(file, path, order, bufferBytes) {
        this.file = file;
        this.path = path;
        this.order = order;
        this.buf = new Uint8Array(bufferBytes & ~3);
        this.words = new Uint32Array(this.buf.buffer);
    }
    /** Opens a run; `order` breaks ties between equal hashes (earlier runs hold earlier rows). */
    static async open(path, order, bufferBytes) {
        return new RunReader(await (0,promises_.open)(path, 'r'), path, order, bufferBytes);
    }
    get bytes() {
        return this.buf.byteLength;
    }
    get buffer() {
        return this.buf;
    }
    /**
     * Moves to the next record: true when there is one, false at the end of the run, null when
     * the buffer must be refilled first (await refill(), then call next() again).
     */
    next() {
        const avail = this.end - this.pos;
        if (avail >= HEADER_BYTES) {
            const w = this.pos >>> 2;
            const len = this.words[w + 5];
            const size = HEADER_BYTES + ((len + 3) & ~3);
            if (avail >= size) {
                this.hi = this.words[w];
                this.lo = this.words[w + 1];
                this.row = this.words[w + 2];
                this.line = this.words[w + 3];
                this.meta = this.words[w + 4];
                this.keyStart = this.pos + HEADER_BYTES;
                this.keyLength = len;
                this.pos += size;
                return true;
            }
        }
        if (!this.eof)
            return null;
        if (avail === 0)
            return false;
        throw new Error(`Temporary run ${this.path} ends inside a record (${avail} bytes left)`);
    }
    /** Keeps the unread bytes and reads more behind them. */
    async refill() {
        const rest = this.end - this.pos;
        this.buf.copyWithin(0, this.pos, this.end);
        this.pos = 0;
        this.end = rest;
        while (this.end < this.buf.length) {
            const { bytesRead } = await this.file.read(this.buf, this.end, this.buf.length - this.end, null);
            if (bytesRead === 0) {
                this.eof = true;
                break;
            }
            this.end += bytesRead;
        }
    }
    async close() {
        await this.file.close();
    }
}

;// CONCATENATED MODULE: ./lib/src/unique/entry-buffer.js
/**
 * The in-memory part of the index: one record per added row in an arena laid out exactly as a
 * run file (see run-file.ts), plus each record's hash word and offset in flat arrays for the
 * sort. Spilling then copies whole records in sorted order, one random read each: keeping the
 * fields in separate column arrays made that gather miss the cache once per column, and tripled
 * the time of a spill at a 32 MiB budget.
 */

/** Bytes each entry costs outside the arena: hi and offset here, four words of sort scratch. */
const BYTES_PER_ENTRY = 24;
/** Top bit of `meta`: the stored key is a prefix of a longer key. The low bits: its UTF-8 length. */
const TRUNCATED = 0x80000000;
/**
 * Next bit of `meta`: the key is a number, stored as nothing but its hash (numberKeyHash), which
 * is one-to-one, so equal hashes are equal numbers and the value is read back from the hash.
 */
const NUMBER_KEY = 0x40000000;
/** The bits of `meta` below the flags: the stored key's UTF-8 length. */
const KEY_LENGTH_MASK = 0x3fffffff;
class EntryBuffer {
    budget;
    /** The high 32 bits of each entry's hash, in row order. */
    hi;
    /** Word offset of each entry's record in the arena, in row order (so increasing). */
    offsets;
    words;
    bytesView;
    count = 0;
    /** Words of the arena in use. */
    used = 0;
    /** @param budget bytes it may grow to; lowered by the index while it is empty (UniqueIndex.sizeArena). */
    constructor(budget) {
        this.budget = budget;
        const entries = Math.max(16, Math.min(4096, Math.floor(budget / 8 / BYTES_PER_ENTRY)));
        this.hi = new Uint32Array(entries);
        this.offsets = new Uint32Array(entries);
        this.words = new Uint32Array(Math.max(64, Math.min(16384, Math.floor(budget / 64))));
        this.bytesView = new Uint8Array(this.words.buffer);
    }
    get capacity() {
        return this.hi.length;
    }
    /** Bytes held, counting the sort scratch sized to the capacity. */
    get bytes() {
        return cost(this.capacity, this.words.length);
    }
    /** The low 32 bits of the hash of the record at a word offset. */
    loOf = (offset) => this.words[offset + 1];
    /**
     * Makes room for one more record with `keyBytes` bytes of key text; false when that would take
     * the buffer past its budget (spill, clear, then it fits).
     */
    reserve(keyBytes) {
        if (this.count === this.capacity) {
            let entries = this.capacity * 2;
            if (cost(entries, this.words.length) > this.budget) {
                entries = Math.floor((this.budget - this.words.length * 4) / BYTES_PER_ENTRY);
            }
            if (entries <= this.capacity)
                return false;
            this.hi = grow(this.hi, entries, this.count);
            this.offsets = grow(this.offsets, entries, this.count);
        }
        const need = this.used + HEADER_WORDS + ((keyBytes + 3) >>> 2);
        if (need > this.words.length) {
            let size = Math.max(this.words.length * 2, need);
            if (cost(this.capacity, size) > this.budget)
                size = Math.floor((this.budget - this.capacity * BYTES_PER_ENTRY) / 4);
            if (size < need)
                return false;
            this.words = grow(this.words, size, this.used);
            this.bytesView = new Uint8Array(this.words.buffer);
        }
        return true;
    }
    /** Appends a record; reserve() must have said there is room. */
    append(hi, lo, row, line, meta, key, keyLength, keyStart = 0) {
        const i = this.count++;
        const at = this.used;
        this.hi[i] = hi;
        this.offsets[i] = at;
        const words = this.words;
        words[at] = hi;
        words[at + 1] = lo;
        words[at + 2] = row;
        words[at + 3] = line;
        words[at + 4] = meta;
        words[at + 5] = keyLength;
        const bytes = this.bytesView;
        const start = (at + HEADER_WORDS) * 4;
        for (let b = 0; b < keyLength; b++)
            bytes[start + b] = key[keyStart + b];
        this.used = at + HEADER_WORDS + ((keyLength + 3) >>> 2);
    }
    /**
     * The next `bytes` bytes of the arena (a multiple of 4), taken as used, for records read
     * straight into it (add each with addEntry); undefined when the arena has not that room.
     */
    arenaBytes(bytes) {
        const words = bytes >>> 2;
        if (words * 4 !== bytes || this.used + words > this.words.length)
            return undefined;
        const at = this.used;
        this.used += words;
        return this.bytesView.subarray(at * 4, (at + words) * 4);
    }
    /** Counts the record at word offset `at` of the arena, of hash word `hi`; false when the entry arrays are full. */
    addEntry(hi, at) {
        if (this.count === this.hi.length)
            return false;
        this.hi[this.count] = hi;
        this.offsets[this.count++] = at;
        return true;
    }
    /**
     * Grows the arrays to hold `entries` records in `words` words of arena (never shrinks them;
     * the caller keeps the total within the budget): the bucket scan shapes the buffer once for
     * the ranges it loads, instead of letting append-time growth split the budget by chance.
     */
    growTo(entries, words) {
        if (entries > this.hi.length) {
            this.hi = grow(this.hi, entries, this.count);
            this.offsets = grow(this.offsets, entries, this.count);
        }
        if (words > this.words.length) {
            this.words = grow(this.words, words, this.used);
            this.bytesView = new Uint8Array(this.words.buffer);
        }
    }
    /** Empties the buffer, keeping its arrays for the next run. */
    clear() {
        this.count = 0;
        this.used = 0;
    }
}
function grow(a, size, keep) {
    const b = new Uint32Array(size);
    b.set(a.subarray(0, keep));
    return b;
}
function cost(entries, words) {
    return entries * BYTES_PER_ENTRY + words * 4;
}

;// CONCATENATED MODULE: ./lib/src/unique/radix-sort.js
/**
 * Sorts buffered entries by their 64-bit hash (hi, lo), stably, so that entries of one key stay
 * in row order. Measured on 1M random hashes (bench/unique): the LSD radix sort below is many
 * times faster than Array.prototype.sort with a comparator over an index array.
 */
/** Reusable scratch arrays for sortByHash (16 bytes an entry), counted in the index's budget. */
class SortScratch {
    keys = new Uint32Array(0);
    keys2 = new Uint32Array(0);
    perm = new Uint32Array(0);
    perm2 = new Uint32Array(0);
    counts = new Uint32Array(3 * 2048);
    /** After sortByHash: the hash words in sorted order (the first n; valid until the next call). */
    sortedHi = new Uint32Array(0);
    /** Bytes held by the scratch arrays. */
    get bytes() {
        return (this.keys.length + this.keys2.length + this.perm.length + this.perm2.length) * 4 + this.counts.byteLength;
    }
    /** Frees the arrays (they are allocated again by the next sort). */
    release() {
        this.keys = this.keys2 = this.perm = this.perm2 = this.sortedHi = new Uint32Array(0);
    }
    ensure(n) {
        if (this.keys.length >= n)
            return;
        this.keys = new Uint32Array(n);
        this.keys2 = new Uint32Array(n);
        this.perm = new Uint32Array(n);
        this.perm2 = new Uint32Array(n);
    }
}
const SHIFTS = [0, 11, 22];
/**
 * Sorts the tags of entries 0..n-1 by (hi, lo(tag), tag) and returns them (a view into
 * scratch, valid until the next call). Tags must increase with the index (record offsets do),
 * so ties keep index order. Three 11-bit radix passes order by hi; the few entries whose hi
 * collide (birthday pairs, and repeats of one key) are then ordered by lo. Carrying the tag
 * rather than the index lets the caller reach each record with one random read.
 */
function sortByHash(hi, tags, n, loOf, scratch) {
    scratch.ensure(n);
    const counts = scratch.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        counts[h & 0x7ff]++;
        counts[2048 + ((h >>> 11) & 0x7ff)]++;
        counts[4096 + (h >>> 22)]++;
    }
    let keysIn = hi;
    let permIn;
    let keysOut = scratch.keys;
    let permOut = scratch.perm;
    for (let pass = 0; pass < 3; pass++) {
        const base = pass * 2048;
        const shift = SHIFTS[pass];
        let sum = 0;
        for (let b = 0; b < 2048; b++) {
            const c = counts[base + b];
            counts[base + b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const k = keysIn[i];
            const slot = counts[base + ((k >>> shift) & 0x7ff)]++;
            keysOut[slot] = k;
            permOut[slot] = permIn === undefined ? tags[i] : permIn[i];
        }
        keysIn = keysOut;
        permIn = permOut;
        keysOut = keysIn === scratch.keys ? scratch.keys2 : scratch.keys;
        permOut = permIn === scratch.perm ? scratch.perm2 : scratch.perm;
    }
    const perm = permIn;
    scratch.sortedHi = keysIn;
    orderEqualHiByLo(keysIn, perm, loOf, n);
    return perm.subarray(0, n);
}
/** Within each stretch of equal hi, orders by lo, ties by tag (= row order). */
function orderEqualHiByLo(sortedHi, perm, loOf, n) {
    let start = 0;
    while (start < n) {
        const h = sortedHi[start];
        let end = start + 1;
        while (end < n && sortedHi[end] === h)
            end++;
        if (end - start > 1)
            sortStretch(perm, loOf, start, end);
        start = end;
    }
}
function sortStretch(perm, loOf, start, end) {
    if (end - start > 32) {
        if (isOrdered(perm, loOf, start, end))
            return; // the usual case: many repeats of one key
        // Long stretches are repeats of one key (or crafted input): a comparison sort bounds the cost.
        const part = Array.from(perm.subarray(start, end));
        part.sort((a, b) => loOf(a) - loOf(b) || a - b);
        perm.set(part, start);
        return;
    }
    for (let i = start + 1; i < end; i++) {
        const p = perm[i];
        const l = loOf(p);
        let j = i - 1;
        while (j >= start && (loOf(perm[j]) > l || (loOf(perm[j]) === l && perm[j] > p))) {
            perm[j + 1] = perm[j];
            j--;
        }
        perm[j + 1] = p;
    }
}
function isOrdered(perm, loOf, start, end) {
    for (let i = start + 1; i < end; i++) {
        const a = perm[i - 1];
        const b = perm[i];
        if (loOf(a) > loOf(b) || (loOf(a) === loOf(b) && a > b))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/src/unique/bucket-scan.js
/**
 * The final scan over spilled runs, one range of hashes at a time: the same range (a few
 * consecutive buckets, see RunIndex) of every run is read into the in-memory arena, in run
 * order, sorted there by hash and scanned like an index that never spilled. Records of one key
 * share a hash, so they meet in one range, and a stable sort of runs read in order keeps them
 * in row order: the scanner sees what the k-way merge (merge.ts) would give it.
 *
 * Why: the merge compares records through a heap of readers, about 90 ns a record; 13M keys of
 * the benchmark (two threads, 16 MiB budget, ~50 runs) took ~1.5 s on the main thread while
 * the worker thread had finished. Reading ranges and radix-sorting them costs less, and a
 * record whose hash no other record has is never even looked at (it cannot repeat a key).
 */




/**
 * Scans every run, range by range, into the scanner through `buffer` (emptied first, and
 * between ranges; its arrays grown within its budget). Returns false, having scanned nothing,
 * when a single bucket does not fit the buffer (many rows of one key): the caller then merges
 * the runs instead, which needs no such room.
 */
function scanRuns(runs, buffer, scratch, scanner) {
    let count = 0;
    let bytes = 0;
    for (const { index } of runs) {
        count += index.counts.reduce((a, b) => a + b, 0);
        bytes += index.starts[BUCKETS];
    }
    // Split the budget between entries and record words as the runs' records need them.
    const share = (count * BYTES_PER_ENTRY) / Math.max(1, count * BYTES_PER_ENTRY + bytes);
    let entries = Math.max(buffer.capacity, Math.floor((buffer.budget * share) / BYTES_PER_ENTRY));
    const words = Math.max(buffer.words.length, Math.floor((buffer.budget - entries * BYTES_PER_ENTRY) / 4));
    entries = Math.min(entries, Math.floor((buffer.budget - words * 4) / BYTES_PER_ENTRY));
    const ranges = planRanges(runs, entries, words * 4);
    if (ranges === undefined)
        return false;
    buffer.growTo(entries, words);
    // Sized once for the largest range, not regrown (and left as garbage) range after range.
    scratch.ensure(entries);
    const fds = [];
    try {
        for (const run of runs)
            fds.push((0,external_node_fs_.openSync)(run.path, 'r'));
        for (const [from, to] of ranges) {
            buffer.clear();
            runs.forEach((run, r) => loadRange(fds[r], run, run.index.starts[from], run.index.starts[to], buffer));
            scanBuffer(buffer, scratch, scanner);
        }
    }
    finally {
        for (const fd of fds)
            (0,external_node_fs_.closeSync)(fd);
    }
    return true;
}
/**
 * Consecutive bucket ranges [from, to) whose records, from every run together, number at most
 * maxCount and take at most maxBytes; undefined when a single bucket exceeds either.
 */
function planRanges(runs, maxCount, maxBytes) {
    const ranges = [];
    let from = 0;
    let count = 0;
    let bytes = 0;
    for (let b = 0; b < BUCKETS; b++) {
        let bucketCount = 0;
        let bucketBytes = 0;
        for (const { index } of runs) {
            bucketCount += index.counts[b];
            bucketBytes += index.starts[b + 1] - index.starts[b];
        }
        if (bucketCount > maxCount || bucketBytes > maxBytes)
            return undefined;
        if (count + bucketCount > maxCount || bytes + bucketBytes > maxBytes) {
            ranges.push([from, b]);
            from = b;
            count = 0;
            bytes = 0;
        }
        count += bucketCount;
        bytes += bucketBytes;
    }
    ranges.push([from, BUCKETS]);
    return ranges;
}
/**
 * Appends the records in bytes [start, end) of a run to the buffer (planRanges made room): read
 * straight into its arena, whose layout is the run file's, then walked for each record's hash
 * word and offset. Copying record by record through a read buffer took 0.39 s of the main
 * thread's ~1 s final scan at 13M keys, after the worker thread had finished.
 */
function loadRange(fd, run, start, end, buffer) {
    const first = buffer.used;
    const view = buffer.arenaBytes(end - start);
    if (view === undefined)
        throw doesNotFit(run);
    for (let done = 0; done < view.length;) {
        const got = (0,external_node_fs_.readSync)(fd, view, done, view.length - done, start + done);
        if (got === 0)
            throw new Error(`Temporary run ${run.path} is shorter than its index says (${start + done} of ${end} bytes)`);
        done += got;
    }
    const words = buffer.words;
    const last = first + view.length / 4;
    for (let w = first; w < last;) {
        const size = HEADER_WORDS + ((words[w + 5] + 3) >>> 2);
        if (w + size > last)
            throw new Error(`Temporary run ${run.path} ends inside a record at byte ${end - (last - w) * 4}`);
        if (!buffer.addEntry(words[w], w))
            throw doesNotFit(run);
        w += size;
    }
}
/**
 * Sorts the buffer's records by hash and pushes to the scanner those whose hash word another
 * record shares (only they can repeat a key), in sorted order.
 */
function scanBuffer(buffer, scratch, scanner) {
    const n = buffer.count;
    const sorted = sortByHash(buffer.hi, buffer.offsets, n, buffer.loOf, scratch);
    const hi = scratch.sortedHi;
    const { words, bytesView } = buffer;
    for (let k = 0; k < n; k++) {
        const h = hi[k];
        if ((k === 0 || hi[k - 1] !== h) && (k + 1 === n || hi[k + 1] !== h))
            continue;
        const at = sorted[k];
        scanner.push(words[at], words[at + 1], words[at + 2], words[at + 3], words[at + 4], bytesView, (at + HEADER_WORDS) * 4, words[at + 5]);
    }
}
function doesNotFit(run) {
    return new Error(`Temporary run ${run.path}: a range of records does not fit the memory planned for it`);
}

;// CONCATENATED MODULE: ./lib/src/unique/dense-integers.js
/**
 * Integer keys held as bits: a bitmap over a window of consecutive integers, one bit per value,
 * set once the value is seen. Ids are the common case of a `unique` field or primary key, and
 * they are mostly integers in a range not much wider than their count (1..n, or an offset range),
 * where a bit a value answers "seen before?" exactly, in one memory access, with no sort, no
 * spill and no final scan. On the 13M-row benchmark the hashed index (sort, spill, range scan)
 * cost about 2.5 s of a 15-16 s run and wrote 470 MB of temporary files.
 *
 * The window starts at the first integer and grows (doubling, at word granularity) to cover
 * every value seen, up to `maxBytes` of bits. The first value it cannot hold (not a safe
 * integer, or too far from the others) freezes it: from then on it holds exactly the values
 * inside its window and refuses the others, which go to the hashed index. Since nothing was
 * refused before the freeze and the window never moves after it, a value always goes to the
 * same side, so no duplicate is split between the two.
 */
/** add(): the value is not held here (the caller keeps it elsewhere). */
const REFUSED = -1;
/** add(): first time this value is seen. */
const FIRST = 0;
/** add(): the value was seen before. */
const REPEAT = 1;
/** Smallest window allocated, in bits (1 KiB of words). */
const MIN_BITS = 8192;
/** Window bounds stay within ±2^53, where every integer is a double (multiples of 32, as the base must be). */
const LIMIT = 2 ** 53;
class DenseIntegerSet {
    words = new Uint32Array(0);
    /** The value of bit 0 (a multiple of 32). */
    base = 0;
    frozen = false;
    maxBits;
    /** @param maxBytes the most the bitmap may take (its window is 8 values a byte). */
    constructor(maxBytes) {
        // Offsets into the window must stay small integers for the bit arithmetic: below 2^31.
        this.maxBits = Math.min(2 ** 31 - 32, Math.max(0, Math.floor(maxBytes / 4)) * 32);
    }
    /** Bytes of the bitmap now. */
    get bytes() {
        return this.words.byteLength;
    }
    /** Whether some value was refused (the window can no longer grow). */
    get isFrozen() {
        return this.frozen;
    }
    /** Marks the number as seen: FIRST, REPEAT, or REFUSED when it is not held here (-0 is 0). */
    add(value) {
        let offset = value - this.base;
        // An integer offset in [0, 2^31) that gives the value back: the subtraction rounds, so a
        // fraction near an integer (-5e-324 + 32 is 32) is caught only by adding it back.
        if (!((offset | 0) === offset && offset >= 0 && offset < this.words.length * 32 && offset + this.base === value)) {
            if (!this.cover(value))
                return REFUSED;
            offset = value - this.base;
        }
        const at = offset >>> 5;
        const bit = 1 << (offset & 31);
        const word = this.words[at];
        if ((word & bit) !== 0)
            return REPEAT;
        this.words[at] = word | bit;
        return FIRST;
    }
    /** Grows the window to hold `value`, if allowed; false (and frozen from now on) otherwise. */
    cover(value) {
        if (this.frozen || !Number.isSafeInteger(value) || this.maxBits === 0)
            return this.freeze();
        const at = Math.floor(value / 32) * 32;
        const bits = this.words.length * 32;
        const lo = bits === 0 ? at : Math.min(this.base, at);
        const hi = bits === 0 ? at + 32 : Math.max(this.base + bits, at + 32);
        if (hi - lo > this.maxBits)
            return this.freeze();
        const size = Math.min(this.maxBits, Math.max(hi - lo, 2 * bits, MIN_BITS));
        // Grow away from the side already held: downwards when the value is below the window.
        let start = bits !== 0 && at < this.base ? hi - size : lo;
        start = Math.min(Math.max(start, -LIMIT), LIMIT - size);
        const words = new Uint32Array(size / 32);
        if (bits !== 0)
            words.set(this.words, (this.base - start) / 32);
        this.words = words;
        this.base = start;
        return true;
    }
    freeze() {
        this.frozen = true;
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/src/unique/examples.js
/**
 * Keeps the first `max` duplicates in row order while the merge finds them in hash order:
 * a sorted array that only admits rows earlier than its last one once full.
 */
class ExampleKeeper {
    max;
    items = [];
    constructor(max) {
        this.max = max;
    }
    /** Whether a duplicate on this row would be kept: check before building its value text. */
    wants(row) {
        if (this.max <= 0)
            return false;
        return this.items.length < this.max || row < this.items[this.items.length - 1].row;
    }
    add(example) {
        if (!this.wants(example.row))
            return;
        let lo = 0;
        let hi = this.items.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.items[mid].row < example.row)
                lo = mid + 1;
            else
                hi = mid;
        }
        this.items.splice(lo, 0, example);
        if (this.items.length > this.max)
            this.items.pop();
    }
    /** The kept examples, in row order. */
    list() {
        return [...this.items];
    }
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/murmur3.js
/**
 * MurmurHash3_x86_128 (Austin Appleby, public domain), the 32-bit-word variant: JavaScript has
 * fast 32-bit integer arithmetic (Math.imul) but no fast 64-bit one, so this variant hashes
 * without BigInt or allocation. Checked against SMHasher's published verification value.
 */
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;
function rotl(x, r) {
    return (x << r) | (x >>> (32 - r));
}
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
function word(b, i) {
    return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
/**
 * Hashes bytes[0, len) with the seed and writes the four 32-bit words h1..h4 of the 128-bit
 * digest (the digest's bytes are h1..h4, each little-endian) into out[0..3].
 */
function murmur3x86128(bytes, len, seed, out) {
    let h1 = seed >>> 0;
    let h2 = h1;
    let h3 = h1;
    let h4 = h1;
    const blocksEnd = len - (len & 15);
    for (let i = 0; i < blocksEnd; i += 16) {
        let k1 = word(bytes, i);
        let k2 = word(bytes, i + 4);
        let k3 = word(bytes, i + 8);
        let k4 = word(bytes, i + 12);
        k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
        h1 ^= k1;
        h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
        k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
        h2 ^= k2;
        h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
        k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
        h3 ^= k3;
        h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
        k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
        h4 ^= k4;
        h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
    }
    // The tail: up to 15 bytes, packed little-endian into k1..k4 as the reference's fall-through switch does.
    const rest = len & 15;
    if (rest > 0) {
        let k1 = 0;
        let k2 = 0;
        let k3 = 0;
        let k4 = 0;
        for (let j = rest - 1; j >= 0; j--) {
            const b = bytes[blocksEnd + j];
            const shift = (j & 3) * 8;
            if (j >= 12)
                k4 ^= b << shift;
            else if (j >= 8)
                k3 ^= b << shift;
            else if (j >= 4)
                k2 ^= b << shift;
            else
                k1 ^= b << shift;
        }
        if (rest > 12)
            h4 ^= Math.imul(rotl(Math.imul(k4, C4), 18), C1);
        if (rest > 8)
            h3 ^= Math.imul(rotl(Math.imul(k3, C3), 17), C4);
        if (rest > 4)
            h2 ^= Math.imul(rotl(Math.imul(k2, C2), 16), C3);
        h1 ^= Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    }
    h1 ^= len;
    h2 ^= len;
    h3 ^= len;
    h4 ^= len;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h3 = fmix(h3);
    h4 = fmix(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    out[0] = h1;
    out[1] = h2;
    out[2] = h3;
    out[3] = h4;
}

;// CONCATENATED MODULE: ./lib/src/unique/key-hash.js
/**
 * Turns a key into what the index stores: its 64-bit hash and its UTF-8 bytes.
 *
 * The hash is MurmurHash3_x86_128 (the project's checked implementation in src/profile) over the
 * key's UTF-8 bytes, seed 0, keeping the first two 32-bit words. A well-kept npm library was
 * measured first (xxhash-wasm 1.1.0: 170 ns per short key, async set-up, BigInt results); this
 * path needs a synchronous, allocation-free hash, and runs at a fraction of that.
 */

const encoder = new TextEncoder();
const digest = new Uint32Array(4);
/** The last key encoded by encodeKey: bytes[0, length) hold its UTF-8 text. */
const KEY = { bytes: new Uint8Array(1024), length: 0, hi: 0, lo: 0 };
/**
 * Encodes the key as UTF-8 into KEY.bytes and hashes it into KEY.hi/KEY.lo. No allocation for
 * ASCII keys: this runs once per row. Unpaired surrogates become U+FFFD, as in any UTF-8 text.
 */
function encodeKey(key) {
    const n = key.length;
    if (KEY.bytes.length < n * 3)
        KEY.bytes = new Uint8Array(Math.max(n * 3, KEY.bytes.length * 2));
    const bytes = KEY.bytes;
    let len = n;
    for (let i = 0; i < n; i++) {
        const c = key.charCodeAt(i);
        if (c >= 0x80) {
            len = encoder.encodeInto(key, bytes).written;
            break;
        }
        bytes[i] = c;
    }
    KEY.length = len;
    murmur3x86128(bytes, len, 0, digest);
    KEY.hi = digest[0];
    KEY.lo = digest[1];
}
/**
 * How many of the first `limit` bytes of a UTF-8 text of `length` bytes can be kept without
 * cutting a character in two (so a stored prefix always decodes cleanly).
 */
function utf8PrefixLength(bytes, start, length, limit) {
    if (length <= limit)
        return length;
    let cut = limit;
    // Step back over continuation bytes (10xxxxxx) to the start of the character being cut.
    while (cut > 0 && (bytes[start + cut] & 0xc0) === 0x80)
        cut--;
    return cut;
}
/**
 * The hash of a number key, into KEY.hi/KEY.lo (no key bytes): a 64-bit permutation of the
 * number's IEEE 754 bits (three Feistel rounds of MurmurHash3's 32-bit finaliser), so distinct
 * numbers always get distinct hashes and numberOfKeyHash gives the number back. All NaNs are one
 * key, and -0 is 0, as their text keys ("NaN", "0") are.
 *
 * Why: an id column's keys were turned into text, encoded as UTF-8 and hashed with MurmurHash3
 * row by row, and their text stored beside the hash; at 13M rows of integer ids that was most of
 * what uniqueness cost (4-6 of ~29 CPU s on one thread; see bench/README.md).
 */
function numberKeyHash(value) {
    BITS_FLOAT[0] = value === 0 ? 0 : value === value ? value : NaN;
    let left = BITS_WORDS[1];
    let right = BITS_WORDS[0];
    for (let round = 0; round < ROUND_KEYS.length; round++) {
        const next = (left ^ fmix32(right ^ ROUND_KEYS[round])) >>> 0;
        left = right;
        right = next;
    }
    KEY.hi = left;
    KEY.lo = right;
    KEY.length = 0;
}
/** The number whose numberKeyHash is (hi, lo). */
function numberOfKeyHash(hi, lo) {
    let left = hi;
    let right = lo;
    for (let round = ROUND_KEYS.length - 1; round >= 0; round--) {
        const previous = (right ^ fmix32(left ^ ROUND_KEYS[round])) >>> 0;
        right = left;
        left = previous;
    }
    BITS_WORDS[1] = left;
    BITS_WORDS[0] = right;
    return BITS_FLOAT[0];
}
const BITS_FLOAT = new Float64Array(1);
/** The same 8 bytes as two 32-bit words (the hash and its inverse read them through the same view, so byte order does not matter). */
const BITS_WORDS = new Uint32Array(BITS_FLOAT.buffer);
const ROUND_KEYS = [0x9e3779b9, 0x7f4a7c15, 0x85ebca6b];
/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}

;// CONCATENATED MODULE: ./lib/src/unique/duplicate-scanner.js



const decoder = new TextDecoder();
class DuplicateScanner {
    maxKeyBytes;
    violations = 0;
    /** Violations confirmed only by stored prefix and 64-bit hash (keys longer than the stored limit). */
    unverified = 0;
    examples;
    refs = [];
    refCount = 0;
    hi = 0;
    lo = 0;
    constructor(maxExamples, maxKeyBytes) {
        this.maxKeyBytes = maxKeyBytes;
        this.examples = new ExampleKeeper(maxExamples);
    }
    push(hi, lo, row, line, meta, key, start, length) {
        if (this.refCount === 0 || hi !== this.hi || lo !== this.lo) {
            this.hi = hi;
            this.lo = lo;
            this.refCount = 0;
            this.remember(row, meta, key, start, length);
            return;
        }
        for (let r = 0; r < this.refCount; r++) {
            const ref = this.refs[r];
            if (ref.meta === meta && ref.length === length && sameBytes(ref.bytes, key, start, length)) {
                this.violations++;
                if (meta & TRUNCATED)
                    this.unverified++;
                if (this.examples.wants(row)) {
                    const example = { row, firstRow: ref.row, value: meta & NUMBER_KEY ? String(numberOfKeyHash(hi, lo)) : valueText(ref) };
                    if (line > 0)
                        example.line = line;
                    this.examples.add(example);
                }
                return;
            }
        }
        // Same 64-bit hash, different key: a genuine collision, rightly not a duplicate.
        this.remember(row, meta, key, start, length);
    }
    /** The kept examples, in row order. */
    list() {
        return this.examples.list();
    }
    remember(row, meta, key, start, length) {
        let ref = this.refs[this.refCount];
        if (ref === undefined) {
            ref = { bytes: new Uint8Array(this.maxKeyBytes), length: 0, meta: 0, row: 0 };
            this.refs.push(ref);
        }
        this.refCount++;
        const bytes = ref.bytes;
        for (let i = 0; i < length; i++)
            bytes[i] = key[start + i];
        ref.length = length;
        ref.meta = meta;
        ref.row = row;
    }
}
function sameBytes(a, b, start, length) {
    for (let i = 0; i < length; i++)
        if (a[i] !== b[start + i])
            return false;
    return true;
}
function valueText(ref) {
    const text = decoder.decode(ref.bytes.subarray(0, ref.length));
    return ref.meta & TRUNCATED ? `${text}…` : text;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
;// CONCATENATED MODULE: ./lib/src/unique/temp-dir.js
/**
 * The index's private temporary directory: created on the first spill, removed when the index
 * finishes or is aborted, and also when the process exits, so no run outlives a crash.
 */




const live = new Set();
let exitHookInstalled = false;
function removeAllOnExit() {
    for (const dir of live)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    live.clear();
}
/**
 * Creates a fresh private directory under `parent` (default: RUNNER_TEMP, else the OS temp
 * dir). A parent that cannot be written is a user error naming it.
 */
function createTempDir(parent) {
    const base = parent ?? process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)();
    try {
        (0,external_node_fs_.mkdirSync)(base, { recursive: true });
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'mlops-unique-'));
        live.add(dir);
        if (!exitHookInstalled) {
            process.once('exit', removeAllOnExit);
            exitHookInstalled = true;
        }
        return dir;
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The uniqueness check needs to write temporary files but cannot create a directory in ${base}: ${describe(error)}. ` +
            'Point it at a writable directory with free space (tempDir, or RUNNER_TEMP).', { cause: error, title: 'Temporary directory not writable' });
    }
}
/** Removes the directory and everything in it; never throws (cleanup must not hide an error). */
function removeTempDir(dir) {
    live.delete(dir);
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        // Nothing useful to do: the OS temp cleaner will get it.
    }
}
/** A short description of a file-system error: its code and message. */
function describe(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./lib/src/unique/spill-error.js
/** Turns a failure to write a run into an error the user can act on. */


const USER_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EMFILE', 'ENFILE']);
/** A file-system failure while spilling is the user's to fix (disk full, no permission); anything else is ours. */
function spillError(error, dir) {
    const code = error?.code;
    if (code !== undefined && USER_CODES.has(code)) {
        return new errors/* UserError */.yo(`The uniqueness check could not write its temporary files in ${dir}: ${describe(error)}. ` +
            'Free disk space there or point it at another directory (tempDir, or RUNNER_TEMP).', { cause: error, title: 'Temporary files not writable' });
    }
    return error instanceof Error ? error : new Error(describe(error));
}

;// CONCATENATED MODULE: ./lib/src/unique/first-row-log.js
/**
 * The rows of the keys a DenseIntegerSet holds, so a duplicate's first row can be found once the
 * pass is over. A bit says a value was seen, not where: the report's message names the first row
 * of the first duplicate, so each (value, row) is appended here, 8 bytes a row (the value as its
 * offset from the first one, which the set's window of under 2^31 values keeps within 32 bits),
 * in a bounded chunk written to a temporary file when full. It is read back only when there are
 * duplicates, once, for the few values of the examples; otherwise it is just removed. At 13M ids
 * that is 104 MB written, against the 470 MB of sorted runs of the hashed index.
 */




class FirstRowLog {
    tempParent;
    pairs;
    bytes;
    /** Entries in the chunk now. */
    count = 0;
    origin = NaN;
    dir;
    fd = -1;
    /** @param chunkBytes the in-memory chunk (at least 8 bytes: one entry). */
    constructor(chunkBytes, tempParent) {
        this.tempParent = tempParent;
        this.pairs = new Int32Array(Math.max(2, Math.floor(chunkBytes / 8) * 2));
        this.bytes = new Uint8Array(this.pairs.buffer);
    }
    get chunkBytes() {
        return this.pairs.byteLength;
    }
    /** Notes that `value` (an integer within 2^31 of every other value added) was on `row`. */
    append(value, row) {
        if (this.origin !== this.origin)
            this.origin = value;
        if (this.count * 2 === this.pairs.length)
            this.flush();
        const at = this.count * 2;
        this.pairs[at] = value - this.origin;
        this.pairs[at + 1] = row;
        this.count++;
    }
    /**
     * The first (lowest) row of each of `values` in the log; values never added are left out.
     * Called once, at the end: it reads the file through the chunk, which holds nothing after.
     */
    firstRows(values) {
        // Only values within 2^31 of the origin can be in the log (their offsets are 32-bit).
        const held = values.filter((v) => Number.isInteger(v) && Math.abs(v - this.origin) < 2 ** 31);
        const wanted = Int32Array.from(held, (v) => v - this.origin);
        const first = new Float64Array(wanted.length).fill(Infinity);
        const scan = (pairs, n) => {
            for (let i = 0; i < 2 * n; i += 2) {
                const offset = pairs[i];
                for (let w = 0; w < wanted.length; w++) {
                    if (offset === wanted[w] && pairs[i + 1] >>> 0 < first[w])
                        first[w] = pairs[i + 1] >>> 0;
                }
            }
        };
        if (wanted.length > 0) {
            // The chunk's entries come after the file's; scan them first, as the file is read through the chunk.
            scan(this.pairs, this.count);
            if (this.fd >= 0) {
                for (let position = 0;;) {
                    const read = readFully(this.fd, this.bytes, position);
                    if (read === 0)
                        break;
                    position += read;
                    scan(this.pairs, read / 8);
                }
                this.count = 0;
            }
        }
        const result = new Map();
        held.forEach((value, w) => {
            if (first[w] !== Infinity)
                result.set(value, first[w]);
        });
        return result;
    }
    /** Removes the temporary file; the log must not be used afterwards. */
    release() {
        if (this.fd >= 0) {
            try {
                (0,external_node_fs_.closeSync)(this.fd);
            }
            catch {
                // Closing a file being removed anyway: nothing to do.
            }
            this.fd = -1;
        }
        if (this.dir !== undefined)
            removeTempDir(this.dir);
        this.dir = undefined;
    }
    /** Writes the chunk at the end of the file (created on the first flush) and empties it. */
    flush() {
        try {
            if (this.fd < 0) {
                this.dir = createTempDir(this.tempParent);
                this.fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, 'first-rows'), 'wx+', 0o600);
            }
            const size = this.count * 8;
            for (let done = 0; done < size;)
                done += (0,external_node_fs_.writeSync)(this.fd, this.bytes, done, size - done, null);
        }
        catch (error) {
            // createTempDir's own errors are UserErrors already; spillError passes those through.
            throw spillError(error, this.dir ?? this.tempParent ?? '');
        }
        this.count = 0;
    }
}
/** Reads into `into` from `position` until it is full or the file ends; returns the bytes read (a multiple of 8). */
function readFully(fd, into, position) {
    let got = 0;
    while (got < into.length) {
        const n = (0,external_node_fs_.readSync)(fd, into, got, into.length - got, position + got);
        if (n === 0)
            break;
        got += n;
    }
    return got - (got % 8);
}

;// CONCATENATED MODULE: ./lib/src/unique/key-records.js
/**
 * Keys encoded and hashed away from the index: a worker thread validating part of a file
 * records each row's key here (UTF-8 prefix and hash, as UniqueIndex.add would compute them),
 * sorted by hash when taken, and the thread that owns the index adds each part's records, parts
 * in row order, with addRecords. So the hashing runs on the workers and the index still sees
 * every key exactly once. The sort (on a part's records, which fit in the CPU cache) is for
 * the index's spills: it sorts its arena by hash and copies the records out in that order, and
 * with parts sorted already that copy reads a dozen parts front to back instead of one record
 * at random over the whole arena (at 1M keys and 16 MiB: 146-167 ms of adding and spilling
 * unsorted, 74-85 ms sorted).
 */



const RECORD_WORDS = 5;
class KeyRecorder {
    maxKeyBytes;
    sortBlock;
    words = new Uint32Array(RECORD_WORDS * 1024);
    bytes = new Uint8Array(16 * 1024);
    count = 0;
    used = 0;
    /** Whether every key so far is an integer number key, and their range (see take). */
    integersOnly = true;
    min = Infinity;
    max = -Infinity;
    /**
     * @param maxKeyBytes bytes of each key kept (the index's `maxKeyBytes`).
     * @param sortBlock records sorted at a time by take() (tests use small blocks).
     */
    constructor(maxKeyBytes, sortBlock = SORT_BLOCK) {
        this.maxKeyBytes = maxKeyBytes;
        this.sortBlock = sortBlock;
    }
    /** Same contract as UniqueIndex.add; rows are relative to the part (the owner offsets them). */
    add(key, row, line) {
        this.integersOnly = false;
        encodeKey(key);
        const stored = utf8PrefixLength(KEY.bytes, 0, KEY.length, this.maxKeyBytes);
        this.record(row, line, stored < KEY.length ? (stored | TRUNCATED) >>> 0 : stored, stored);
    }
    /** Same contract as UniqueIndex.addNumber. */
    addNumber(value, row, line) {
        if (Number.isSafeInteger(value)) {
            if (value < this.min)
                this.min = value;
            if (value > this.max)
                this.max = value;
        }
        else
            this.integersOnly = false;
        numberKeyHash(value);
        this.record(row, line, NUMBER_KEY, 0);
    }
    /** Records the key in KEY (its first `stored` bytes). */
    record(row, line, meta, stored) {
        const at = this.count * RECORD_WORDS;
        if (at + RECORD_WORDS > this.words.length) {
            const bigger = new Uint32Array(this.words.length * 2);
            bigger.set(this.words);
            this.words = bigger;
        }
        if (this.used + stored > this.bytes.length) {
            const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + stored));
            bigger.set(this.bytes.subarray(0, this.used));
            this.bytes = bigger;
        }
        const words = this.words;
        words[at] = KEY.hi;
        words[at + 1] = KEY.lo;
        words[at + 2] = row;
        words[at + 3] = line !== undefined && line > 0 && line <= 0xffffffff ? line : 0;
        words[at + 4] = meta;
        const from = KEY.bytes;
        const to = this.bytes;
        const base = this.used;
        for (let b = 0; b < stored; b++)
            to[base + b] = from[b];
        this.used = base + stored;
        this.count++;
    }
    /** Forgets the records so far, keeping the arrays for the next part's. */
    reset() {
        this.count = 0;
        this.used = 0;
        this.integersOnly = true;
        this.min = Infinity;
        this.max = -Infinity;
    }
    /**
     * The records so far in new arrays, in blocks of up to `sortBlock` records in row order, each
     * ordered by hash (hi, lo), rows ascending among equal hashes (`sorted`), or simply in row
     * order when they are integers of a narrow range; the recorder must not be used afterwards,
     * until reset().
     */
    take() {
        const n = this.count;
        const words = this.words;
        // Integer keys in a range about as wide as their count are what the index holds as bits
        // (dense-integers.ts), in any order: sorting them by hash would be work for nothing (about
        // 0.1 s of CPU per 1M rows), so they go in row order.
        if (this.integersOnly && this.max - this.min < DENSE_SPAN_PER_KEY * n + DENSE_SPAN_MIN) {
            return { count: n, words: words.slice(0, n * RECORD_WORDS), bytes: new Uint8Array(0), sorted: false };
        }
        const from = this.bytes;
        const out = new Uint32Array(n * RECORD_WORDS);
        const sortedBytes = new Uint8Array(this.used);
        const step = this.sortBlock;
        const { hi, tags, keyAt } = blockScratch(Math.min(n, step));
        let k = 0;
        let b = 0;
        for (let start = 0; start < n; start += step) {
            const count = Math.min(step, n - start);
            for (let i = 0; i < count; i++) {
                const at = (start + i) * RECORD_WORDS;
                hi[i] = words[at];
                tags[i] = start + i;
                keyAt[i] = k;
                k += words[at + 4] & KEY_LENGTH_MASK;
            }
            const order = sortByHash(hi, tags, count, (r) => words[r * RECORD_WORDS + 1], SCRATCH);
            for (let i = 0; i < count; i++) {
                const r = order[i];
                const at = r * RECORD_WORDS;
                const to = (start + i) * RECORD_WORDS;
                out[to] = words[at];
                out[to + 1] = words[at + 1];
                out[to + 2] = words[at + 2];
                out[to + 3] = words[at + 3];
                const meta = words[at + 4];
                out[to + 4] = meta;
                const length = meta & KEY_LENGTH_MASK;
                const keyStart = keyAt[r - start];
                for (let c = 0; c < length; c++)
                    sortedBytes[b + c] = from[keyStart + c];
                b += length;
            }
        }
        return { count: n, words: out, bytes: sortedBytes, sorted: true };
    }
}
/**
 * Records sorted at a time: a block's records, scratch and keys stay in the CPU cache (~1.5 MB
 * for short keys). Sorting a 256Ki-row Parquet part at once cost ~330 ns a record (13M rows on
 * two threads: 4.3 of 49 CPU s), against ~50-80 for a CSV part's few thousand. Blocks keep what
 * the index's spill needs: its copy-out reads a few dozen sorted stretches front to back.
 */
const SORT_BLOCK = 32 << 10;
/**
 * The widest range of integer keys, per key plus a constant, sent unsorted: 64 values a key is
 * a bitmap of 8 bytes a key, what the index's log of rows costs anyway.
 */
const DENSE_SPAN_PER_KEY = 64;
const DENSE_SPAN_MIN = 1 << 16;
/** Sort scratch shared by the recorders of a thread (one part's records at a time). */
const SCRATCH = new SortScratch();
/** A block's hashes, tags and key offsets (in `bytes`, so the sorted copy finds each key), reused. */
let BLOCK = { hi: new Uint32Array(0), tags: new Uint32Array(0), keyAt: new Uint32Array(0) };
function blockScratch(n) {
    if (BLOCK.hi.length < n)
        BLOCK = { hi: new Uint32Array(n), tags: new Uint32Array(n), keyAt: new Uint32Array(n) };
    return BLOCK;
}

;// CONCATENATED MODULE: ./lib/src/unique/merge.js
function before(a, b) {
    if (a.hi !== b.hi)
        return a.hi < b.hi;
    if (a.lo !== b.lo)
        return a.lo < b.lo;
    return a.order < b.order;
}
/** Advances a reader, refilling its buffer when needed; false at the end of its run. */
async function advance(reader) {
    const step = reader.next();
    if (step !== null)
        return step;
    await reader.refill();
    const again = reader.next();
    if (again === null)
        throw new Error(`Temporary run ${reader.path} holds a record larger than the read buffer`);
    return again;
}
/** Streams every record of the runs, in merged order, into the sink. */
async function mergeRuns(readers, sink) {
    const heap = [];
    for (const reader of readers)
        if (await advance(reader))
            heap.push(reader);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--)
        siftDown(heap, i);
    while (heap.length > 0) {
        const top = heap[0];
        sink.push(top.hi, top.lo, top.row, top.line, top.meta, top.buffer, top.keyStart, top.keyLength);
        // Only the top's record is consumed, so only its buffer may be refilled: the others' current
        // records stay valid.
        let more = top.next();
        if (more === null)
            more = await advance(top);
        if (!more) {
            const last = heap.pop();
            if (heap.length === 0)
                break;
            heap[0] = last;
        }
        siftDown(heap, 0);
    }
}
function siftDown(heap, i) {
    const n = heap.length;
    const item = heap[i];
    for (;;) {
        const l = 2 * i + 1;
        if (l >= n)
            break;
        const r = l + 1;
        const child = r < n && before(heap[r], heap[l]) ? r : l;
        if (!before(heap[child], item))
            break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = item;
}

;// CONCATENATED MODULE: ./lib/src/unique/run-set.js
/**
 * The sorted runs spilled to disk, and their merging. When there are more runs than can be read
 * at once within the budget, consecutive runs are merged into longer ones first (consecutive,
 * so that run order stays row order).
 */






class RunSet {
    dir;
    /** The runs in spill order (so row order), each with the index of its hash ranges. */
    runs = [];
    made = 0;
    chunk;
    /** `chunkBytes`: the size of the write buffer used by spills. */
    constructor(dir, chunkBytes) {
        this.dir = dir;
        this.chunk = writeChunk(chunkBytes);
    }
    nextPath() {
        return (0,external_node_path_.join)(this.dir, `run-${String(this.made++).padStart(6, '0')}.bin`);
    }
    /** Sorts the buffer by hash and writes it as the next run. */
    spill(buffer, scratch) {
        const sorted = sortByHash(buffer.hi, buffer.offsets, buffer.count, buffer.loOf, scratch);
        const writer = new RunWriter(this.nextPath(), this.chunk);
        const words = buffer.words;
        try {
            for (let k = 0; k < sorted.length; k++)
                writer.copy(words, sorted[k]);
        }
        finally {
            writer.close();
        }
        this.runs.push({ path: writer.path, index: writer.index });
    }
    get count() {
        return this.runs.length;
    }
    /** Merges consecutive runs until at most plan.fanIn are left (what one merge reads at once). */
    async mergeDown(plan) {
        while (this.runs.length > plan.fanIn)
            await this.mergePass(plan);
    }
    /**
     * Finds the duplicates of every run range by range through `buffer` (bucket-scan.ts); false,
     * having scanned nothing, when a range does not fit (then merge them: mergeInto).
     */
    scanRanges(scanner, buffer, scratch) {
        return scanRuns(this.runs, buffer, scratch, scanner);
    }
    /** Merges every run, in order, into the sink, reading at most plan.fanIn runs at a time. */
    async mergeInto(sink, plan) {
        await this.mergeDown(plan);
        await this.mergeGroup(this.runs.splice(0).map((run) => run.path), sink, plan.bufferBytes);
    }
    /** One pass that replaces each group of fanIn consecutive runs by their merge. */
    async mergePass(plan) {
        const inputs = this.runs.splice(0);
        for (let g = 0; g < inputs.length; g += plan.fanIn) {
            const group = inputs.slice(g, g + plan.fanIn);
            if (group.length === 1) {
                this.runs.push(group[0]);
                continue;
            }
            const writer = new RunWriter(this.nextPath(), writeChunk(plan.bufferBytes));
            const sink = {
                push: (hi, lo, row, line, meta, key, start, length) => writer.write(hi, lo, row, line, meta, key, start, length),
            };
            try {
                await this.mergeGroup(group.map((run) => run.path), sink, plan.bufferBytes);
            }
            finally {
                writer.close();
            }
            this.runs.push({ path: writer.path, index: writer.index });
        }
    }
    /** Merges the given runs into the sink and deletes them. */
    async mergeGroup(paths, sink, bufferBytes) {
        const readers = [];
        try {
            for (const [order, path] of paths.entries())
                readers.push(await RunReader.open(path, order, bufferBytes));
            await mergeRuns(readers, sink);
        }
        finally {
            for (const reader of readers)
                await reader.close();
            for (const path of paths)
                (0,external_node_fs_.rmSync)(path, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/unique/unique-index.js
/**
 * A bounded-memory duplicate detector for Table Schema `unique`, `primaryKey` and `uniqueKeys`.
 * See README.md in this folder for how memory is bounded and what the error rate is.
 */













const DEFAULT_BUDGET = 32 * 1024 * 1024;
const MIN_BUDGET = 4096;
const MAX_ROW = 0xffffffff;
class UniqueIndex {
    budget;
    maxKeyBytes;
    maxExamples;
    tempParent;
    chunkBytes;
    /** The in-memory arena's share of the budget (the spill writer's chunk takes the rest). */
    bufferBudget;
    buffer;
    scratch = new SortScratch();
    runs;
    spilled = 0;
    rows = 0;
    /** Rows whose key was stored as a prefix (see falsePositiveBound). */
    truncatedKeys = 0;
    lastRow = 0;
    done = false;
    /** Integer number keys as bits, with their rows logged and their duplicates counted apart. */
    dense;
    denseIntegers;
    /** Whether the arena's budget was cut by what the bits took, once they stopped growing. */
    arenaSized = false;
    /** Creates an empty index; nothing is allocated on disk until the budget is reached. */
    constructor(options = {}) {
        this.budget = Math.max(MIN_BUDGET, Math.floor(options.memoryBudgetBytes ?? DEFAULT_BUDGET));
        // Keys are stored up to this many bytes; capped so that a spill always holds many entries.
        this.maxKeyBytes = Math.max(4, Math.floor(Math.min(options.maxKeyBytes ?? 1024, this.budget / 32)));
        this.maxExamples = Math.max(0, Math.floor(options.maxExamples ?? 5));
        this.tempParent = options.tempDir;
        // The spill writer's chunk comes out of the budget; it must hold a couple of the largest records.
        this.chunkBytes = Math.max(2 * maxRecordBytes(this.maxKeyBytes), Math.min(1 << 20, Math.floor(this.budget / 16)));
        this.bufferBudget = Math.max(this.budget - this.chunkBytes, MIN_BUDGET / 2);
        this.buffer = new EntryBuffer(this.bufferBudget);
        this.denseIntegers = options.denseIntegers ?? true;
    }
    /** Bytes of memory the index holds now (its typed arrays and buffers), for checking the budget. */
    get bytesHeld() {
        const dense = this.dense ? this.dense.set.bytes + this.dense.log.chunkBytes : 0;
        return (this.buffer?.bytes ?? 0) + this.chunkBytes + dense;
    }
    /**
     * Adds the key of one row. `key` is the canonical text of the value, or of a composite key
     * (e.g. JSON.stringify of the parts); `row` is the 1-based data row, increasing from call to
     * call; `line` the physical line in a text file, if any.
     */
    add(key, row, line) {
        this.checkRow('add', row);
        encodeKey(key);
        const stored = utf8PrefixLength(KEY.bytes, 0, KEY.length, this.maxKeyBytes);
        const meta = stored < KEY.length ? (stored | TRUNCATED) >>> 0 : stored;
        if (meta & TRUNCATED)
            this.truncatedKeys++;
        this.append(row, line, meta, stored);
    }
    /**
     * Adds a number key: the same as add(String(value)) (so 0 and -0 are one key, and every NaN
     * another), without the text. A number key never equals a text key ("5" and 5 included):
     * an index may take both, for values that cannot be the same (validate-data gives an integer
     * field's safe integers as numbers and larger ones as their decimal text).
     */
    addNumber(value, row, line) {
        this.checkRow('addNumber', row);
        if (this.denseIntegers && this.addDense(value, row, line))
            return;
        numberKeyHash(value);
        this.append(row, line, NUMBER_KEY, 0);
    }
    /**
     * Adds a number key to the bits when they hold it (an integer in their window): counts it as
     * a duplicate when its bit was set, and logs its row. False when the hashed index must take it.
     */
    addDense(value, row, line) {
        // The bits may take half of what the log's chunk leaves of the arena's budget, and never
        // the arena's least (see sizeArena).
        const room = this.bufferBudget - this.chunkBytes;
        const dense = (this.dense ??= {
            set: new DenseIntegerSet(Math.max(0, Math.min(Math.floor(room / 2), room - MIN_BUDGET / 2))),
            log: new FirstRowLog(this.chunkBytes, this.tempParent),
            examples: new ExampleKeeper(this.maxExamples),
            violations: 0,
            rows: 0,
        });
        const seen = dense.set.add(value);
        if (seen === REFUSED) {
            if (!this.arenaSized)
                this.sizeArena(dense.set.bytes);
            return false;
        }
        try {
            dense.log.append(value, row);
        }
        catch (error) {
            this.abort();
            throw error;
        }
        dense.rows++;
        if (seen === REPEAT) {
            dense.violations++;
            if (dense.examples.wants(row)) {
                // The first row is filled in by finish(), from the log.
                const example = { row, firstRow: 0, value: String(value) };
                if (line !== undefined && line > 0 && line <= MAX_ROW)
                    example.line = line;
                dense.examples.add(example);
            }
        }
        return true;
    }
    /**
     * The bits stopped growing when they first refused a key: give the arena what they and the
     * log's chunk leave of its budget. Nothing is in the arena yet (every key went to the bits).
     */
    sizeArena(denseBytes) {
        this.arenaSized = true;
        // Lowered in place (addRecords holds the buffer in a local), never below what its first,
        // empty arrays take.
        const buffer = this.buffer;
        if (buffer.count === 0 && this.runs === undefined)
            buffer.budget = Math.max(MIN_BUDGET / 2, buffer.bytes, this.bufferBudget - this.chunkBytes - denseBytes);
    }
    checkRow(method, row) {
        if (this.done)
            throw new Error(`UniqueIndex.${method}() called after finish() or abort()`);
        if (!Number.isInteger(row) || row <= this.lastRow || row > MAX_ROW) {
            throw new RangeError(`UniqueIndex.${method}(): row ${row} must be an integer above the previous row ${this.lastRow} (and at most ${MAX_ROW})`);
        }
        this.lastRow = row;
        this.rows++;
    }
    /** Appends the record of the key in KEY (its first `stored` bytes), spilling first when full. */
    append(row, line, meta, stored) {
        const buffer = this.buffer;
        if (!buffer.reserve(stored)) {
            this.spill(buffer);
            buffer.clear();
        }
        buffer.append(KEY.hi, KEY.lo, row, line !== undefined && line > 0 && line <= MAX_ROW ? line : 0, meta, KEY.bytes, stored);
    }
    /** UTF-8 bytes of each key kept (what a KeyRecorder feeding this index must keep). */
    get keyByteLimit() {
        return this.maxKeyBytes;
    }
    /**
     * Adds keys recorded elsewhere (key-records.ts), their rows offset by `rowOffset`: the same
     * as add() of each key in row order, with the encoding and hashing already done. Records
     * sorted by hash (records.sorted, as KeyRecorder.take gives them) must all have rows above
     * those of earlier calls. The spill's sort keeps equal hashes in the order they were added,
     * which for sorted records of one part is row order.
     */
    addRecords(records, rowOffset) {
        if (this.done)
            throw new Error('UniqueIndex.addRecords() called after finish() or abort()');
        const { words, bytes, count } = records;
        const sorted = records.sorted === true;
        const firstRow = this.lastRow;
        let maxRow = firstRow;
        let keyAt = 0;
        const buffer = this.buffer;
        for (let r = 0, at = 0; r < count; r++, at += RECORD_WORDS) {
            const row = words[at + 2] + rowOffset;
            const previous = sorted ? firstRow : this.lastRow;
            if (!Number.isInteger(row) || row <= previous || row > MAX_ROW) {
                throw new RangeError(`UniqueIndex.addRecords(): row ${row} must be an integer above the previous row ${previous} (and at most ${MAX_ROW})`);
            }
            if (sorted) {
                if (row > maxRow)
                    maxRow = row;
            }
            else
                this.lastRow = row;
            this.rows++;
            const meta = words[at + 4];
            if (meta === NUMBER_KEY && this.denseIntegers && this.addDense(numberOfKeyHash(words[at], words[at + 1]), row, words[at + 3]))
                continue;
            if (meta & TRUNCATED)
                this.truncatedKeys++;
            const stored = meta & KEY_LENGTH_MASK;
            if (stored > this.maxKeyBytes)
                throw new RangeError(`UniqueIndex.addRecords(): a key of ${stored} bytes is over the limit of ${this.maxKeyBytes}`);
            if (!buffer.reserve(stored)) {
                this.spill(buffer);
                buffer.clear();
            }
            buffer.append(words[at], words[at + 1], row, words[at + 3], meta, bytes, stored, keyAt);
            keyAt += stored;
        }
        if (sorted)
            this.lastRow = maxRow;
    }
    /**
     * Finds the duplicates: the number of rows whose key was already seen on an earlier row, and
     * the first maxExamples of them. Removes the temporary files, also when it fails.
     */
    async finish() {
        if (this.done)
            throw new Error('UniqueIndex.finish() called twice, or after abort()');
        this.done = true;
        let buffer = this.buffer;
        this.buffer = undefined;
        const scanner = new DuplicateScanner(this.maxExamples, this.maxKeyBytes);
        let scannedBy = 'memory';
        let denseExamples = [];
        try {
            denseExamples = this.finishDense();
            if (this.runs === undefined) {
                scanBuffer(buffer, this.scratch, scanner);
            }
            else {
                if (buffer.count > 0)
                    this.spill(buffer);
                const plan = this.mergePlan();
                if (this.runs.count > plan.fanIn) {
                    // The merge passes take their read buffers from the budget: the arena goes first.
                    buffer = undefined;
                    this.scratch.release();
                    await this.runs.mergeDown(plan);
                    buffer = new EntryBuffer(this.bufferBudget);
                }
                scannedBy = 'ranges';
                if (!this.runs.scanRanges(scanner, buffer, this.scratch)) {
                    // A range too large for the arena (many rows of one key): merge, within the budget.
                    buffer = undefined;
                    this.scratch.release();
                    scannedBy = 'merge';
                    await this.runs.mergeInto(scanner, plan);
                }
            }
        }
        finally {
            this.release();
        }
        const m = this.truncatedKeys;
        return {
            violations: scanner.violations + (this.dense?.violations ?? 0),
            examples: [...denseExamples, ...scanner.list()].sort((a, b) => a.row - b.row).slice(0, this.maxExamples),
            exact: scanner.unverified === 0,
            // Union bound over the pairs of keys compared by hash alone: m(m-1)/2 pairs, 2^-64 each.
            falsePositiveBound: scanner.unverified === 0 ? 0 : Math.min(1, (m * (m - 1)) / 2 ** 65),
            rows: this.rows,
            spilledRuns: this.spilled,
            scannedBy,
            denseRows: this.dense?.rows ?? 0,
        };
    }
    /** Drops everything and removes the temporary files, when the caller gives up before finish(). */
    abort() {
        this.done = true;
        this.release();
    }
    /** The duplicates the bits found, with their first rows read from the log; frees the bits. */
    finishDense() {
        const dense = this.dense;
        if (dense === undefined)
            return [];
        const examples = dense.examples.list();
        dense.set = new DenseIntegerSet(0);
        if (examples.length === 0)
            return [];
        const firstRows = dense.log.firstRows([...new Set(examples.map((e) => Number(e.value)))]);
        for (const example of examples)
            example.firstRow = firstRows.get(Number(example.value)) ?? 0;
        return examples;
    }
    spill(buffer) {
        const runs = (this.runs ??= new RunSet(createTempDir(this.tempParent), this.chunkBytes));
        try {
            runs.spill(buffer, this.scratch);
            this.spilled++;
        }
        catch (error) {
            this.abort();
            throw spillError(error, runs.dir);
        }
    }
    mergePlan() {
        const minBuffer = Math.max(1024, 2 * maxRecordBytes(this.maxKeyBytes));
        // fanIn readers plus one writer for intermediate merges share what the spill chunk leaves.
        const budget = this.budget - this.chunkBytes;
        const fanIn = Math.max(2, Math.min(64, Math.floor(budget / minBuffer) - 1));
        const bufferBytes = Math.max(minBuffer, Math.floor(budget / (fanIn + 1)));
        return { fanIn, bufferBytes };
    }
    release() {
        this.buffer = undefined;
        if (this.runs !== undefined)
            removeTempDir(this.runs.dir);
        this.dense?.log.release();
    }
}

;// CONCATENATED MODULE: ./lib/src/unique/index.js
/** Bounded-memory duplicate detection for `unique`, `primaryKey` and `uniqueKeys`. */




/***/ })

};
