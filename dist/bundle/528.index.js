export const id = 528;
export const ids = [528];
export const modules = {

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


/***/ })

};
