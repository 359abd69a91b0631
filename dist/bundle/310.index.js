export const id = 310;
export const ids = [310,528];
export const modules = {

/***/ 4921:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony export formatDuration */
/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms` or a bare number of seconds. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
/** Returns milliseconds, or undefined when the text is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match !== null; match = PART.exec(value)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return consumed === value.length && consumed > 0 ? Math.round(total) : undefined;
}
/** Formats milliseconds compactly for logs and summaries: `1m30s`, `250ms`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds || (!hours && !minutes) ? `${seconds}s` : ''}`;
}


/***/ }),

/***/ 2310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction),
  runActionInWorker: () => (/* binding */ runActionInWorker),
  runRootAction: () => (/* binding */ runRootAction)
});

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/actions/registry.js + 4 modules
var registry = __webpack_require__(3235);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/runner/inputs.js
var inputs = __webpack_require__(7724);
;// CONCATENATED MODULE: ./lib/src/runner/outputs.js
/** Action outputs, checked against the declaration so a typo cannot silently drop one. */

class Outputs {
    spec;
    values = {};
    constructor(spec) {
        this.spec = spec;
    }
    /** Sets an output; objects and arrays are written as JSON. */
    set(name, value) {
        if (!this.spec.outputs[name])
            throw new Error(`Output '${name}' is set but not declared in the spec of ${this.spec.name}`);
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        this.values[name] = text;
        core/* setOutput */.uH(name, text);
    }
    /** What has been set so far (for the CLI and tests). */
    all() {
        return this.values;
    }
}

// EXTERNAL MODULE: ./lib/src/runner/own-heap.js
var own_heap = __webpack_require__(204);
// EXTERNAL MODULE: ./lib/src/runner/run.js
var run = __webpack_require__(9528);
;// CONCATENATED MODULE: ./lib/src/runner/entry.js
/**
 * The entries the bundles call: one per action (dist/<name>/index.js), the root dispatcher
 * (dist/index.js) choosing the action by its `action` input, and the post step of either.
 * Whether this run is the post step is told by state saved during main, as actions/cache does.
 */








const POST_STATE = 'mlops-actions-post';
/** Runs the named action's main step, or its post step when main has run before. */
async function runAction(name) {
    (0,run/* installProcessGuards */.FD)();
    await (0,run/* runMain */.VN)(async () => {
        const action = (0,registry/* findAction */.O)(name);
        if (!action)
            throw new Error(`No action named '${name}' is registered`);
        await runRegistered(action);
    });
}
/** The root action: runs the action named by the `action` input. */
async function runRootAction() {
    (0,run/* installProcessGuards */.FD)();
    await (0,run/* runMain */.VN)(async () => {
        const post = core/* getState */.Gu(POST_STATE);
        const name = post || core/* getInput */.V4('action');
        const known = registry/* ACTIONS */.k.map((a) => a.spec.name);
        if (!name)
            throw new errors/* InputError */.dz('action', `is required but was not supplied: expected one of ${known.join(', ')}`);
        const action = (0,registry/* findAction */.O)(name);
        if (!action)
            throw new errors/* InputError */.dz('action', `expected one of ${known.join(', ')}, got '${name}'`);
        await runRegistered(action);
    });
}
/** Entry of the worker thread that runOnOwnHeap starts: runs the action's step there. */
async function runActionInWorker(name) {
    core/* debug */.Yz(`${name} runs on a worker thread with a heap limit of ${Math.round((0,external_node_v8_.getHeapStatistics)().heap_size_limit / 2 ** 20)} MB`);
    await runAction(name);
}
async function runRegistered(action) {
    // An action with heap limits runs its step on a thread that has them (the root action's
    // path; the per-action entries decide in launch.ts, before loading this module).
    const heap = (0,own_heap/* ownHeapOf */.M)(action);
    if (heap) {
        await (0,own_heap/* runOnOwnHeap */.F)(action.spec.name, heap);
        return;
    }
    const module = await action.load();
    const run = { spec: action.spec, inputs: new inputs/* Inputs */.G(action.spec), outputs: new Outputs(action.spec) };
    if (core/* getState */.Gu(POST_STATE)) {
        if (module.post)
            await module.post(run);
        return;
    }
    // Saved before main, for every action: the runner sets state only for the post step, so
    // finding it tells the post run apart from main (the root action has one post for all five),
    // and a main step killed half-way still gets its post step.
    core/* saveState */.LZ(POST_STATE, action.spec.name);
    await module.main(run);
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

/***/ 7724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs),
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9006);
/* harmony import */ var _text_position_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6940);
/**
 * Typed, named access to action inputs. Each getter reads the value the runner passes in
 * `INPUT_<NAME>` (through @actions/core), falls back to the declared default, and throws an
 * InputError that names the input and says what was expected.
 */







/** Inputs of one action, checked against its declaration. */
class Inputs {
    spec;
    constructor(spec) {
        this.spec = spec;
    }
    /** The raw text, or undefined when empty; required inputs throw when empty. */
    string(name) {
        const declared = this.spec.inputs[name];
        if (!declared)
            throw new Error(`Input '${name}' is read but not declared in the spec of ${this.spec.name}`);
        const given = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        let value = given !== '' ? given : (declared.default ?? '');
        // A default such as `${{ github.token }}` is evaluated by the runner; seen literally (the
        // CLI, a test harness) it means nothing was supplied.
        if (/^\$\{\{[^}]*\}\}$/.test(value.trim()))
            value = '';
        if (value === '') {
            if (declared.required)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `is required but was not supplied (${declared.description})`);
            return undefined;
        }
        return value;
    }
    /** Like string() but for inputs that must have a value in this situation. */
    requiredString(name, why = 'a value is required') {
        const value = this.string(name);
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `${why}, but it was not supplied`);
        return value;
    }
    /** YAML 1.2 core booleans, as @actions/core accepts them. */
    boolean(name) {
        const value = this.string(name);
        if (value === undefined)
            return false;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected true or false, got '${value}'`);
    }
    integer(name, range = {}) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        if (!/^[+-]?\d+$/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected a whole number, got '${value}'`);
        return checkRange(name, Number(value), range);
    }
    number(name, range = {}) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const parsed = Number(value);
        if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) || !Number.isFinite(parsed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected a number, got '${value}'`);
        }
        return checkRange(name, parsed, range);
    }
    enumeration(name, allowed) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        if (!allowed.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${value}'`);
        }
        return value;
    }
    /** Items separated by commas or newlines, trimmed, empty items dropped. */
    list(name) {
        const value = this.string(name);
        if (value === undefined)
            return [];
        return value
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
    /** A duration such as `90s`, `5m`, `1h30m`, `250ms` or bare seconds; returns milliseconds. */
    duration(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E)(value);
        if (ms === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected a duration such as 90s, 5m or 1h30m, got '${value}'`);
        return ms;
    }
    /**
     * YAML or JSON, given inline or as a path to a file. A value that names an existing file is
     * read from it; parse errors name the file (or the input) with line and column.
     */
    structured(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const looksLikePath = !value.includes('\n') && /\.(ya?ml|json)$/i.test(value.trim());
        if (looksLikePath) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(value.trim());
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `file '${value.trim()}' does not exist`, { file: value.trim() });
            return { value: parseYaml((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'), name, value.trim()), file: value.trim() };
        }
        return { value: parseYaml(value, name) };
    }
    /** A path that must exist (file or directory, as asked); returned as given. */
    existingPath(name, kind = 'any') {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(value);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `path '${value}' does not exist`);
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
        if (kind === 'file' && !stats.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected a file, but '${value}' is not one`);
        if (kind === 'directory' && !stats.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected a directory, but '${value}' is not one`);
        }
        return value;
    }
}
function checkRange(name, value, range) {
    if (range.min !== undefined && value < range.min)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected at least ${range.min}, got ${value}`);
    if (range.max !== undefined && value > range.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `expected at most ${range.max}, got ${value}`);
    return value;
}
/**
 * Parses YAML (a superset of JSON). Errors become UserErrors naming the input, and the file
 * and position when the text came from a file.
 */
function parseYaml(text, input, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const pos = (0,_text_position_js__WEBPACK_IMPORTED_MODULE_6__/* .linePosition */ .s)(text, first.pos[0]);
        const where = file ? `${file}${pos ? `:${pos.line}:${pos.col}` : ''}` : pos ? `line ${pos.line}, column ${pos.col}` : '';
        const message = `${where ? `${where}: ` : ''}invalid YAML/JSON: ${first.message.split('\n')[0]}`;
        const location = { file, line: pos?.line, column: pos?.col };
        throw input ? new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, message, location) : new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(message, location);
    }
    return doc.toJS({ maxAliasCount: 100 });
}


/***/ }),

/***/ 9528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ installProcessGuards),
/* harmony export */   VN: () => (/* binding */ runMain),
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* unused harmony export INTERNAL_ERROR_PREFIX */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/**
 * The wrapper every entry runs inside. It turns failures into what a user can act on: a user
 * error becomes one `::error` annotation and exit code 1, without a stack trace unless debug
 * logging is on; anything else is reported as an internal error of ours.
 */


const INTERNAL_ERROR_PREFIX = 'Internal error in mlops-actions';
/** Runs `work`, reporting any failure; never throws. Sets process.exitCode to 1 on failure. */
async function runMain(work) {
    try {
        await work();
    }
    catch (thrown) {
        reportFailure(thrown);
    }
}
/** Reports one failure as exactly one error annotation and marks the step failed. */
function reportFailure(thrown) {
    const error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asError */ .zR)(thrown);
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.message, {
            title: error.title,
            file: error.file,
            startLine: error.line,
            startColumn: error.column,
        });
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${INTERNAL_ERROR_PREFIX}: ${error.message}. This is a bug, not a problem with your inputs: ` +
            'please report it with the log of a run with debug logging enabled (ACTIONS_STEP_DEBUG).', { title: 'Internal error' });
    }
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o() && error.stack)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    process.exitCode = 1;
}
/**
 * Guards against failures outside the awaited chain (a promise nobody awaited, an error thrown
 * from a callback): they are reported like any other failure instead of a raw Node crash dump.
 */
let guardsInstalled = false;
function installProcessGuards() {
    if (guardsInstalled)
        return;
    guardsInstalled = true;
    process.on('unhandledRejection', (reason) => reportFailure(reason));
    process.on('uncaughtException', (error) => {
        reportFailure(error);
        process.exit(1);
    });
}


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ linePosition)
/* harmony export */ });
/** 1-based line and column of a character offset in a text, for error locations. */
function linePosition(text, offset) {
    const before = text.slice(0, Math.max(0, offset));
    return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}


/***/ })

};
