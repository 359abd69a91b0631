export const id = 242;
export const ids = [242];
export const modules = {

/***/ 5574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony exports RATE_LIMIT_RETRIES, apiBaseUrl */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4369);
/**
 * The Octokit every action uses: @actions/github's client (proxy-aware, GHES via
 * GITHUB_API_URL) plus retries with backoff for 5xx answers and waiting out rate limits.
 */





/** Rate-limited requests are retried this many times before the call fails. */
const RATE_LIMIT_RETRIES = 3;
/** The API base URL, read when the client is created (@actions/github reads it at import). */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * Creates an authenticated Octokit for `token`. Server errors are retried with backoff;
 * primary and secondary rate limits are waited out as GitHub says (retry-after or
 * x-ratelimit-reset), up to three times, with a warning each time. A call that still fails
 * rejects with a ServiceError naming the endpoint and status.
 */
function createOctokit(token, options = {}) {
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const endpoint = `${request.method} ${request.url}`;
        if (retryCount >= RATE_LIMIT_RETRIES) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} hit on ${endpoint}; giving up after ${RATE_LIMIT_RETRIES} retries.`);
            return false;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} hit on ${endpoint}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
        return true;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        // @actions/github computes its default base URL at import time; tests and GHES set
        // GITHUB_API_URL later than that, so pass it explicitly.
        baseUrl: apiBaseUrl(),
        retry: {
            retryAfterBaseValue: options.retryBaseMs ?? 250,
            retries: options.retries ?? 3,
            // 429 is a rate limit: the throttling plugin waits as GitHub says; retrying it here
            // too would hammer the API on its own short backoff first.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    // Registered after the plugins, this hook sees only the final failure, after all retries.
    octokit.hook.error('request', (error, route) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRequestError */ .t)(error, route);
    });
    return octokit;
}


/***/ }),

/***/ 2963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ getGitHubContext)
/* harmony export */ });
/* unused harmony export readEventPayload */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/**
 * Where a run happens: repository, pull request, commit and run link. Read from the runner's
 * environment and the event payload when asked, never at import time, so tests and the CLI can
 * set the environment first.
 */


const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/** Reads the event payload at GITHUB_EVENT_PATH; an empty payload when there is none. */
function readEventPayload(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The event payload at ${path} is not valid JSON: ${error.message}`, { file: path, cause: error });
    }
}
function repository(env, payload) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner && repo)
        return { owner, repo };
    const fromPayload = { owner: payload.repository?.owner?.login, repo: payload.repository?.name };
    if (fromPayload.owner && fromPayload.repo)
        return { owner: fromPayload.owner, repo: fromPayload.repo };
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Cannot tell which repository this runs for: set GITHUB_REPOSITORY to owner/repo (the runner sets it on GitHub Actions).');
}
function pullRequestNumber(eventName, payload) {
    if (eventName && PR_EVENTS.has(eventName))
        return payload.pull_request?.number;
    // An issue_comment event fires for issues and PRs alike; only PRs carry `issue.pull_request`.
    if (eventName === 'issue_comment' && payload.issue?.pull_request)
        return payload.issue.number;
    return undefined;
}
function forkStatus(eventName, payload, owner, repo) {
    if (!eventName || !PR_EVENTS.has(eventName))
        return eventName === 'issue_comment' && payload.issue?.pull_request ? undefined : false;
    const head = payload.pull_request?.head;
    if (!head)
        return undefined;
    // A deleted fork leaves `head.repo` null: it certainly was not this repository.
    if (head.repo === null || head.repo === undefined)
        return true;
    const base = payload.repository?.full_name ?? `${owner}/${repo}`;
    return head.repo.full_name?.toLowerCase() !== base.toLowerCase();
}
/** Reads the GitHub context of this run from `env` (default: process.env) and its event file. */
function getGitHubContext(env = process.env) {
    const payload = readEventPayload(env);
    const { owner, repo } = repository(env, payload);
    const eventName = env.GITHUB_EVENT_NAME;
    const prNumber = pullRequestNumber(eventName, payload);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const prHead = eventName && PR_EVENTS.has(eventName) ? payload.pull_request?.head?.sha : undefined;
    const runId = env.GITHUB_RUN_ID;
    const attempt = env.GITHUB_RUN_ATTEMPT;
    const runUrl = runId
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
        : undefined;
    return {
        owner,
        repo,
        eventName,
        prNumber,
        headSha: prHead ?? env.GITHUB_SHA,
        runUrl,
        isFork: forkStatus(eventName, payload, owner, repo),
        serverUrl,
        payload,
    };
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ GITHUB_SERVICE),
/* harmony export */   t: () => (/* binding */ describeRequestError)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * Turns what Octokit throws into a ServiceError that names the endpoint and the status, so a
 * failing call tells the user which request failed and why, not just "HttpError".
 */

const GITHUB_SERVICE = 'GitHub API';
function isRequestErrorLike(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number' &&
        typeof error.message === 'string');
}
/** Hints for statuses whose cause a user can usually fix in the workflow file. */
function hintFor(status, message) {
    if (status === 401)
        return ' (the token is missing, expired or invalid)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return " (the workflow's token lacks a permission: grant it in the job's `permissions:` block; on pull requests from forks the token is read-only)";
    }
    return '';
}
/**
 * Describes a failed GitHub request as a ServiceError naming the endpoint and the HTTP status.
 * The endpoint is the route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`)
 * when the call was made by route, and the resolved path when Octokit only knew the URL (pages
 * after the first, `paginate.iterator`). A
 * ServiceError passes through unchanged; anything that is not a request error (a bug in our
 * code, an abort) is returned as is, so it is not mistaken for a GitHub answer.
 */
function describeRequestError(error, route) {
    if (error instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7)
        return error;
    if (!isRequestErrorLike(error))
        return error;
    const method = (route?.method ?? error.request?.method ?? 'GET').toUpperCase();
    const url = route?.url ?? error.request?.url ?? '(unknown endpoint)';
    // A resolved URL carries the API host; the path is what names the endpoint.
    const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
    // Octokit reports a failure to connect as status 500 without a response: say so instead.
    const status = error.response === undefined ? undefined : error.status;
    const message = error.message.replace(/ - https:\/\/docs\.github\.com\S*/, '');
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(GITHUB_SERVICE, `${method} ${path}`, status, `${message}${hintFor(status, message)}`, error);
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

/***/ 8064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xs: () => (/* binding */ checkModelName),
/* harmony export */   ff: () => (/* binding */ checkAlias),
/* harmony export */   i3: () => (/* binding */ isVersionNumber),
/* harmony export */   ps: () => (/* binding */ checkVersion),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * Names, versions and aliases, checked the same way on every backend. Aliases follow MLflow's
 * rules (`^[\w-]+$`, `latest` and `v<digits>` reserved); all-digit aliases are refused too,
 * because a bare number always means a version (in `getVersion` and as an OCI tag).
 */

const ALIAS = /^[\w-]+$/;
const RESERVED_ALIAS = /^(latest|v\d+)$/i;
/** OCI tag grammar, which also keeps versions safe as directory names. */
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** Throws an InputError naming `input` unless `alias` is a valid alias. */
function checkAlias(alias, input = 'alias') {
    if (!ALIAS.test(alias)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${alias}' is not a valid alias: use letters, digits, '_' and '-' only (MLflow's rule ^[\\w-]+$)`);
    }
    if (RESERVED_ALIAS.test(alias))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${alias}' is reserved (MLflow reserves 'latest' and 'v<number>')`);
    if (/^\d+$/.test(alias))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${alias}' is all digits, which would read as a version number`);
    return alias;
}
/** Throws unless `version` is usable as a version on every backend. */
function checkVersion(version, input = 'version') {
    if (!VERSION.test(version) || version === '.' || version === '..') {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${version}' is not a valid version: letters, digits, '.', '_' and '-', at most 128, not starting with '.' or '-'`);
    }
    return version;
}
/** Throws unless `name` is a model name every backend can hold (a directory name, an MLflow name). */
function checkModelName(name, input = 'name') {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${name}' is not a valid model name: start with a letter or digit, then letters, digits, '.', '_' or '-' (at most 200)`);
    }
    return name;
}
/** The next integer version after the given ones; non-integer versions are ignored. Starts at 1. */
function nextVersion(existing) {
    let max = 0;
    for (const version of existing)
        if (/^\d+$/.test(version))
            max = Math.max(max, Number(version));
    return String(max + 1);
}
/** True when `ref` names a version number rather than an alias. */
function isVersionNumber(ref) {
    return /^\d+$/.test(ref);
}


/***/ }),

/***/ 5174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ openRegistry)
/* harmony export */ });
/* unused harmony export REGISTRY_SCHEMES */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * Opens a registry from its `scheme:location` description, as the `registry` input takes it:
 * `file:<dir>`, `mlflow:<tracking-uri>`, `oci:<registry>/<repository>`. Backends are loaded on
 * demand so a file registration never loads the HTTP clients.
 */

const REGISTRY_SCHEMES = ['file', 'mlflow', 'oci'];
/** Parses and opens the registry; errors name the input `input`. */
async function openRegistry(description, options = {}, input = 'registry') {
    const colon = description.indexOf(':');
    const scheme = colon > 0 ? description.slice(0, colon) : '';
    const location = description.slice(colon + 1).trim();
    if (!REGISTRY_SCHEMES.includes(scheme)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `unknown registry '${description}': expected file:<dir>, mlflow:<tracking-uri> or oci:<registry>/<repository>`);
    }
    if (!location)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${description}' names no location after '${scheme}:'`);
    const env = options.env ?? process.env;
    if (scheme === 'file') {
        const { FileRegistry } = await __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 8766));
        return new FileRegistry(location);
    }
    if (scheme === 'mlflow') {
        const { MlflowRegistry } = await __webpack_require__.e(/* import() */ 221).then(__webpack_require__.bind(__webpack_require__, 5221));
        return new MlflowRegistry(location, env, input);
    }
    const { OciRegistry } = await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.bind(__webpack_require__, 744));
    return new OciRegistry(location, { env, githubToken: options.githubToken }, input);
}


/***/ }),

/***/ 5874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   Tz: () => (/* binding */ lineChart)
/* harmony export */ });
/* unused harmony exports xyChart, mermaidLabel */
/**
 * Mermaid charts for job summaries and PR comments: GitHub renders them from the Markdown
 * itself, so no image has to be hosted anywhere. Labels come from data and are sanitised so
 * they can neither end the quoted string nor the code fence.
 */
/** A bar chart (one or more series of bars, optional reference lines). */
function barChart(options) {
    return xyChart(options);
}
/** A line chart. */
function lineChart(options) {
    return xyChart({ ...options, bars: [] });
}
/** The raw fenced block of an xychart-beta. */
function xyChart(options) {
    const all = [...(options.bars ?? []), ...(options.lines ?? [])].flatMap((s) => s.values).filter(Number.isFinite);
    const low = options.yMin ?? Math.min(0, ...all);
    const high = options.yMax ?? (all.length ? Math.max(...all) : 1);
    const lines = [
        '```mermaid',
        `xychart-beta${options.horizontal ? ' horizontal' : ''}`,
        `    title "${mermaidLabel(options.title)}"`,
        `    x-axis [${options.categories.map((c) => `"${mermaidLabel(c)}"`).join(', ')}]`,
        `    y-axis "${mermaidLabel(options.yLabel ?? '')}" ${formatNumber(low)} --> ${formatNumber(high === low ? low + 1 : high)}`,
        ...(options.bars ?? []).map((s) => `    bar [${s.values.map(formatNumber).join(', ')}]`),
        ...(options.lines ?? []).map((s) => `    line [${s.values.map(formatNumber).join(', ')}]`),
        '```',
    ];
    return lines.join('\n');
}
/** Text safe inside a Mermaid double-quoted label and a Markdown code fence. */
function mermaidLabel(text) {
    const flat = text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/"/g, "'")
        .replace(/`/g, "'")
        .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
        .replace(/[#;]/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '');
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
function formatNumber(value) {
    if (!Number.isFinite(value))
        return '0';
    return Number(value.toPrecision(6)).toString();
}


/***/ }),

/***/ 8975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wv: () => (/* binding */ chi2Sf),
  Lr: () => (/* binding */ erfc),
  nG: () => (/* binding */ normalSf)
});

;// CONCATENATED MODULE: ./lib/src/stats/special/gamma.js
/**
 * Log-gamma and the regularized incomplete gamma functions, for the chi-squared and normal
 * survival functions. Written here rather than taken from @stdlib (a port of Boost, well kept)
 * because the brief asks for a small, self-contained series + continued fraction whose accuracy
 * we state and test against scipy (test/unit/stats/special.test.ts: 1e-10 relative).
 */
const EPS = 2.220446049250313e-16;
/** Below this a Lentz denominator is replaced, to avoid dividing by zero. */
const TINY = 1e-300;
const MAX_ITER = 100_000;
// Lanczos approximation, g = 607/128, 15 terms (Godfrey); relative error about 1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
    0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174, -0.49191381609762019978,
    0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
    -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
    -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];
const HALF_LOG_2PI = 0.91893853320467274178;
/** log Γ(x) for x > 0. */
function logGamma(x) {
    if (!(x > 0))
        return x === 0 ? Infinity : NaN;
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i++)
        sum += LANCZOS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** log of x^a e^-x / Γ(a), the common prefactor of both expansions. */
function logPrefactor(a, x) {
    return a * Math.log(x) - x - logGamma(a);
}
/** P(a, x) by its power series; converges for all x, quickly when x < a + 1. */
function lowerSeries(a, x) {
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let n = 0; n < MAX_ITER; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(logPrefactor(a, x));
}
/** Q(a, x) by its continued fraction (modified Lentz); converges quickly when x >= a + 1. */
function upperFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(logPrefactor(a, x)) * h;
}
/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x >= 0. Accurate
 * relative to Q itself in the far upper tail (the continued fraction computes Q directly),
 * which is where small p-values live.
 */
function gammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    if (x < a + 1)
        return Math.max(0, 1 - lowerSeries(a, x));
    return upperFraction(a, x);
}
/** Regularized lower incomplete gamma P(a, x) = 1 - Q(a, x), accurate relative to P. */
function gammaP(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 0;
    if (x === Infinity)
        return 1;
    if (x < a + 1)
        return lowerSeries(a, x);
    return Math.max(0, 1 - upperFraction(a, x));
}

;// CONCATENATED MODULE: ./lib/src/stats/special/distributions.js
/**
 * Survival functions of the reference distributions behind the p-values: chi-squared and the
 * standard normal, both from the incomplete gamma functions (erfc(x) = Q(1/2, x^2)).
 */

/** Complementary error function, accurate relative to its value in the upper tail. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    const x2 = x * x;
    // For |x| < 0.5 erf is small and the series for P is the accurate side.
    if (Math.abs(x) < 0.5)
        return x >= 0 ? 1 - gammaP(0.5, x2) : 1 + gammaP(0.5, x2);
    return x > 0 ? gammaQ(0.5, x2) : 2 - gammaQ(0.5, x2);
}
/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** P(X > x) for X chi-squared with k degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, k) {
    if (Number.isNaN(x) || !(k > 0))
        return NaN;
    if (x <= 0)
        return 1;
    return gammaQ(k / 2, x / 2);
}


/***/ })

};
