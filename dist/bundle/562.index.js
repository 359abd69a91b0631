export const id = 562;
export const ids = [562];
export const modules = {

/***/ 4074:
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
        values[c][r] = cellOf(file, line, key, row[key]);
    }
    return values;
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
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4074);
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

/***/ 9361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ resolveModelReference),
/* harmony export */   GA: () => (/* binding */ scratchDir),
/* harmony export */   NL: () => (/* binding */ fetchAttachments),
/* harmony export */   lb: () => (/* binding */ isRegistryReference)
/* harmony export */ });
/* unused harmony exports REGISTRY_PREFIX, parseModelReference */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9006);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8064);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5174);
/**
 * `registry:<name>@<alias-or-version>`: how eval-gate (`baseline`) and drift-check
 * (`reference`) name a version that register-model recorded, e.g.
 * `registry:churn-classifier@production`. Parsing, resolving (with errors that say which
 * models or aliases exist) and fetching attachments live here so every consumer behaves alike.
 */






const REGISTRY_PREFIX = 'registry:';
const SYNTAX = 'registry:<name>@<alias-or-version>, e.g. registry:churn-classifier@production';
/** An alias or a version: the OCI tag grammar, which both follow. */
const REF = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** True when the input value is a registry reference rather than a path. */
function isRegistryReference(spec) {
    return spec.trim().startsWith(REGISTRY_PREFIX);
}
/** Parses `registry:<name>@<ref>`; errors name `input`. */
function parseModelReference(spec, input) {
    const trimmed = spec.trim();
    if (!trimmed.startsWith(REGISTRY_PREFIX))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `expected ${SYNTAX}, got '${spec}'`);
    const body = trimmed.slice(REGISTRY_PREFIX.length);
    const at = body.indexOf('@');
    if (at < 0 || body.indexOf('@', at + 1) >= 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${trimmed}' must name one model and one alias or version: ${SYNTAX}`);
    const name = body.slice(0, at);
    const ref = body.slice(at + 1);
    (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .checkModelName */ .Xs)(name, input);
    if (!REF.test(ref))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${ref}' is not an alias or version (letters, digits, '.', '_', '-'): ${SYNTAX}`);
    return { name, ref };
}
/** Opens the registry and finds the version; unknown models, aliases and versions are user errors. */
async function resolveModelReference(spec, options) {
    const { name, ref } = parseModelReference(spec, options.input);
    const registry = await (0,_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openRegistry */ .M)(options.registry, options);
    const version = await registry.getVersion(name, ref);
    // An OCI repository holds one model whatever the name asked for: check it is this one.
    if (version && (!version.name || version.name === name)) {
        return { registry, version, description: `registry:${name}@${ref} (version ${version.version} in ${registry.label})` };
    }
    const aliases = version ? undefined : await registry.listAliases(name);
    if (aliases === undefined) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(options.input, `${registry.label} has no model '${name}'${version ? ` (it holds '${version.name}')` : ''}; check the name, and the \`registry\` input (register-model's must match)`);
    }
    const known = aliases.length ? `its aliases are: ${aliases.join(', ')}` : 'it has no aliases';
    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isVersionNumber */ .i3)(ref))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(options.input, `model '${name}' in ${registry.label} has no version ${ref} (${known})`);
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(options.input, `model '${name}' in ${registry.label} has no alias or version '${ref}'; ${known}`);
}
/** A fresh folder under RUNNER_TEMP (or the OS temp dir) for fetched files. */
function scratchDir(prefix) {
    const parent = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, `${prefix}-`));
}
/** Downloads every attachment of that kind; returns their local paths (none when there are none). */
async function fetchAttachments(resolved, kind, destDir) {
    const { registry, version } = resolved;
    const paths = [];
    for (const attachment of version.attachments.filter((a) => a.kind === kind)) {
        paths.push(await registry.fetchAttachment(version.name, version.version, attachment.name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(destDir, kind)));
    }
    return paths;
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


/***/ })

};
