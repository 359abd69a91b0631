export const id = 30;
export const ids = [30];
export const modules = {

/***/ 4030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/runner/summary.js
var summary = __webpack_require__(7457);
// EXTERNAL MODULE: ./lib/src/registry/attachments.js
var registry_attachments = __webpack_require__(1006);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/registry/digest.js
var digest = __webpack_require__(7410);
;// CONCATENATED MODULE: ./lib/src/registry/data-profile.js
/** validate-data profiles given as `data-profile`: recorded by digest (and row count) in the lineage. */




/** Digests each profile file; the row count is read when the file is a validate-data profile. */
function readDataProfiles(paths, input = 'data-profile') {
    return paths.map((path) => {
        const absolute = (0,external_node_path_.resolve)(path);
        if (!(0,external_node_fs_.existsSync)(absolute))
            throw new errors/* InputError */.dz(input, `the data profile '${path}' does not exist`);
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        let rows;
        try {
            const parsed = JSON.parse(bytes.toString('utf8'));
            if (typeof parsed.rows === 'number')
                rows = parsed.rows;
        }
        catch {
            // Not JSON: still recorded by digest, which is what lineage needs.
        }
        return { path, digest: (0,digest/* sha256Text */.f)(bytes), ...(rows === undefined ? {} : { rows }) };
    });
}

// EXTERNAL MODULE: ./lib/src/registry/lineage.js
var registry_lineage = __webpack_require__(1837);
// EXTERNAL MODULE: ./lib/src/runner/inputs.js
var inputs = __webpack_require__(7724);
;// CONCATENATED MODULE: ./lib/src/registry/metrics.js
/**
 * Metrics to attach to a version, from a metrics file (JSON or YAML; nested keys flattened with
 * `.` as DVC does) or an eval-gate report (its candidate's metrics, and the gate's verdict).
 * Only finite numbers are kept: a metric is a number.
 */





/** An eval-gate report: `gate` (its id), `passed`, and `candidate` (the metric values). */
function gateReport(parsed) {
    const { gate, passed, candidate, failed, baselineSource } = parsed;
    if (typeof gate !== 'string' || typeof passed !== 'boolean' || !candidate || typeof candidate !== 'object')
        return undefined;
    const verdict = {
        id: gate,
        passed,
        failed: Array.isArray(failed) ? failed.map(String) : [],
        ...(typeof baselineSource === 'string' && baselineSource ? { baseline: baselineSource } : {}),
    };
    return { candidate, verdict };
}
/** The verdict as version tags (`mlops.gate.*`), so every backend can filter on it. */
function gateTags(verdict) {
    return {
        'mlops.gate.id': verdict.id,
        'mlops.gate.passed': String(verdict.passed),
        'mlops.gate.failed': verdict.failed.join(','),
        ...(verdict.baseline ? { 'mlops.gate.baseline': verdict.baseline.slice(0, 5000) } : {}),
    };
}
function flatten(value, prefix, out) {
    if (typeof value === 'number' && Number.isFinite(value))
        out[prefix] = value;
    else if (typeof value === 'boolean')
        return;
    else if (Array.isArray(value)) {
        // [{name, value}] lists, as some tools write them; other arrays are not metrics.
        for (const item of value) {
            const entry = item;
            if (entry && typeof entry.name === 'string' && typeof entry.value === 'number')
                flatten(entry.value, join(prefix, entry.name), out);
        }
    }
    else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value))
            flatten(inner, join(prefix, key), out);
    }
}
const join = (prefix, key) => (prefix ? `${prefix}.${key}` : key);
/** Reads the metrics file named by input `input`. */
function readMetrics(path, input = 'metrics') {
    const absolute = (0,external_node_path_.resolve)(path);
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new errors/* InputError */.dz(input, `the metrics file '${path}' does not exist`);
    const text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    const parsed = (0,inputs/* parseYaml */.h)(text, input, path);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(input, `'${path}' is not a metrics file: expected an object of metric names to numbers`);
    }
    const report = gateReport(parsed);
    const candidate = parsed.candidate;
    const inner = report ? report.candidate : (parsed.metrics ?? candidate?.metrics);
    const values = {};
    flatten(inner && typeof inner === 'object' ? inner : parsed, '', values);
    if (Object.keys(values).length === 0)
        throw new errors/* InputError */.dz(input, `'${path}' holds no numeric metric`);
    return { values, source: { path, digest: (0,digest/* sha256Text */.f)(text) }, ...(report ? { gate: report.verdict } : {}) };
}

// EXTERNAL MODULE: ./lib/src/report/markdown.js
var markdown = __webpack_require__(2560);
;// CONCATENATED MODULE: ./lib/src/registry/model-card.js
/**
 * The model card: a Markdown page that travels with every version (stored next to it in each
 * backend) and is shown in the job summary. Everything user-supplied is escaped.
 */

const MAX_FILES_SHOWN = 50;
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
/** Renders the card. */
function renderModelCard(facts) {
    const { lineage } = facts;
    const parts = [`# Model card: ${(0,markdown/* escapeText */.X1)(facts.name)} version ${(0,markdown/* escapeText */.X1)(facts.version)}`];
    if (facts.description)
        parts.push((0,markdown/* escapeText */.X1)(facts.description));
    const overview = [
        ['Registry', (0,markdown/* escapeCell */.kq)(facts.registry)],
        ['Digest', (0,markdown/* inlineCode */.ti)(facts.digest)],
        ['Registered', (0,markdown/* inlineCode */.ti)(lineage.created)],
    ];
    if (lineage.repository)
        overview.push(['Repository', (0,markdown/* escapeCell */.kq)(lineage.repository)]);
    if (lineage.commit)
        overview.push(['Commit', (0,markdown/* inlineCode */.ti)(lineage.commit)]);
    if (lineage.ref)
        overview.push(['Ref', (0,markdown/* inlineCode */.ti)(lineage.ref)]);
    if (lineage.runUrl)
        overview.push(['Workflow run', `${(0,markdown/* link */.nf)(lineage.workflow ?? 'run', lineage.runUrl)}${lineage.runAttempt ? ` (attempt ${(0,markdown/* escapeCell */.kq)(lineage.runAttempt)})` : ''}`]);
    if (lineage.actor)
        overview.push(['Actor', (0,markdown/* escapeCell */.kq)(lineage.actor)]);
    parts.push((0,markdown/* table */.tp)(['', ''], overview));
    const metricNames = Object.keys(facts.metrics).sort();
    if (metricNames.length) {
        const source = lineage.metricsSource ? ` (from ${(0,markdown/* inlineCode */.ti)(lineage.metricsSource.path)})` : '';
        parts.push(`## Metrics${source}`, (0,markdown/* table */.tp)(['Metric', 'Value'], metricNames.map((m) => [(0,markdown/* escapeCell */.kq)(m), formatNumber(facts.metrics[m])]), ['left', 'right']));
    }
    if (facts.gate) {
        const { gate } = facts;
        const rows = [
            ['Gate', (0,markdown/* inlineCode */.ti)(gate.id)],
            ['Verdict', gate.passed ? '✅ passed' : '❌ failed'],
            ['Failed rules', gate.failed.length ? gate.failed.map(markdown/* inlineCode */.ti).join(', ') : '_none_'],
            ['Baseline', gate.baseline ? (0,markdown/* escapeCell */.kq)(gate.baseline) : '_none_'],
        ];
        parts.push('## Evaluation gate', (0,markdown/* table */.tp)(['', ''], rows));
    }
    if (lineage.dataProfiles.length) {
        parts.push('## Data', (0,markdown/* table */.tp)(['Profile', 'Rows', 'Digest'], lineage.dataProfiles.map((p) => [(0,markdown/* inlineCode */.ti)(p.path), p.rows === undefined ? '' : String(p.rows), (0,markdown/* inlineCode */.ti)(p.digest)])));
    }
    if (facts.attachments?.length) {
        parts.push('## Attachments', (0,markdown/* table */.tp)(['File', 'Bytes', 'Digest'], facts.attachments.map((a) => [(0,markdown/* inlineCode */.ti)(a.name), String(a.size), (0,markdown/* inlineCode */.ti)(a.digest)]), ['left', 'right', 'left']));
    }
    const tagNames = Object.keys(facts.tags).sort();
    if (tagNames.length)
        parts.push('## Tags', (0,markdown/* table */.tp)(['Tag', 'Value'], tagNames.map((t) => [(0,markdown/* inlineCode */.ti)(t), (0,markdown/* escapeCell */.kq)(facts.tags[t])])));
    const shown = lineage.files.slice(0, MAX_FILES_SHOWN);
    const rows = shown.map((f) => [(0,markdown/* inlineCode */.ti)(f.path), String(f.size), (0,markdown/* inlineCode */.ti)(f.sha256)]);
    parts.push('## Files', (0,markdown/* table */.tp)(['File', 'Bytes', 'SHA-256'], rows, ['left', 'right', 'left']));
    if (lineage.files.length > shown.length)
        parts.push(`_…and ${lineage.files.length - shown.length} more files; every digest is in the version's metadata._`);
    return `${parts.join('\n\n')}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/registry/model-files.js
/**
 * The model's files and their digest. The digest is defined so anyone can recompute it with
 * standard tools: list the regular files under the model directory (a single-file model is
 * that one file, by its base name) with paths relative to it, `/`-separated, sorted by their
 * UTF-8 bytes; the digest is the SHA-256 of the `sha256sum` lines `<hex>  <path>\n` in that
 * order, i.e. `cd model && find . -type f -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum`.
 */






/** Byte-wise comparison of UTF-8 strings (what `LC_ALL=C sort` does). */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** The canonical digest of files given as (path, hex) pairs. */
function contentDigest(files) {
    const sorted = [...files].sort((a, b) => compareUtf8(a.path, b.path));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of sorted)
        hash.update(`${file.sha256}  ${file.path}\n`, 'utf8');
    return `sha256:${hash.digest('hex')}`;
}
function walk(root, dir, out) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        // Follow symbolic links as `find -type f` would not: a linked weight file is still part of
        // the model. statSync resolves them; directories are walked, anything else is skipped.
        const stats = (0,external_node_fs_.statSync)(full);
        if (stats.isDirectory())
            walk(root, full, out);
        else if (stats.isFile())
            out.push(full);
    }
}
/** Reads the model at `path` (input name `input` for errors): its files, sizes and digests. */
async function readModel(path, input = 'path') {
    const absolute = (0,external_node_path_.resolve)(path);
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new errors/* InputError */.dz(input, `the model path '${path}' does not exist`);
    const stats = (0,external_node_fs_.statSync)(absolute);
    const found = [];
    if (stats.isFile()) {
        found.push({ absolute, path: (0,external_node_path_.basename)(absolute) });
    }
    else if (stats.isDirectory()) {
        const all = [];
        walk(absolute, absolute, all);
        for (const file of all)
            found.push({ absolute: file, path: (0,external_node_path_.relative)(absolute, file).split(external_node_path_.sep).join('/') });
    }
    else {
        throw new errors/* InputError */.dz(input, `'${path}' is neither a file nor a directory`);
    }
    if (found.length === 0)
        throw new errors/* InputError */.dz(input, `the model directory '${path}' has no files`);
    const files = [];
    for (const file of found.sort((a, b) => compareUtf8(a.path, b.path))) {
        files.push({ ...file, size: (0,external_node_fs_.statSync)(file.absolute).size, sha256: await (0,digest/* sha256File */.Q)(file.absolute) });
    }
    return {
        source: path,
        singleFile: stats.isFile(),
        files,
        digest: contentDigest(files),
        size: files.reduce((sum, f) => sum + f.size, 0),
    };
}

// EXTERNAL MODULE: ./lib/src/registry/names.js
var names = __webpack_require__(8064);
// EXTERNAL MODULE: ./lib/src/registry/open.js
var registry_open = __webpack_require__(5174);
;// CONCATENATED MODULE: ./lib/actions/register-model/summary.js
/** The job summary of register-model: what happened, where to fetch it, and the model card. */

/** One line for the log. */
function oneLine(facts) {
    const { version } = facts;
    const what = facts.created ? `registered ${version.name} version ${version.version}` : `${version.name} version ${version.version} already holds this content`;
    const aliases = facts.aliasesSet.length ? `; aliases ${facts.aliasesSet.join(', ')} → ${version.version}` : '';
    return `${what} in ${facts.registry} (${version.digest})${aliases}`;
}
/** The Markdown summary. */
function renderRegisterSummary(facts) {
    const { version } = facts;
    const heading = facts.created
        ? `## ✅ Registered ${(0,markdown/* escapeText */.X1)(version.name)} version ${(0,markdown/* escapeText */.X1)(version.version)}`
        : `## ♻️ ${(0,markdown/* escapeText */.X1)(version.name)} version ${(0,markdown/* escapeText */.X1)(version.version)} already holds this content`;
    const rows = [
        ['Registry', (0,markdown/* escapeCell */.kq)(facts.registry)],
        ['URI', (0,markdown/* inlineCode */.ti)(version.uri)],
        ['Digest', (0,markdown/* inlineCode */.ti)(version.digest)],
        ['Aliases', version.aliases.length ? version.aliases.map(markdown/* inlineCode */.ti).join(', ') : '_none_'],
    ];
    const parts = [heading, (0,markdown/* table */.tp)(['', ''], rows)];
    if (!facts.created)
        parts.push('Nothing new was created: the same files were registered before, so only aliases and tags were added.');
    if (facts.card)
        parts.push(facts.card.replace(/^# /, '### ').replace(/^## /gm, '#### '));
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/actions/register-model/tags.js

/** Checks the parsed `tags` input and turns every value into a string. */
function parseTags(structured, input = 'tags') {
    if (!structured || structured.value === null || structured.value === undefined)
        return {};
    const { value } = structured;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* InputError */.dz(input, 'expected a map of tag names to values, such as `{team: churn, dataset: 2024-06}`');
    const tags = {};
    for (const [key, inner] of Object.entries(value)) {
        if (!/^[\w.\-/ ]{1,250}$/.test(key))
            throw new errors/* InputError */.dz(input, `tag name '${key}' may hold letters, digits, '_', '-', '.', '/' and spaces only`);
        if (inner !== null && typeof inner === 'object')
            throw new errors/* InputError */.dz(input, `tag '${key}' must be a single value, not a list or map`);
        tags[key] = inner === null || inner === undefined ? '' : String(inner);
    }
    return tags;
}

;// CONCATENATED MODULE: ./lib/actions/register-model/main.js
/** register-model's entry: typed inputs in, the registry backend does the work, outputs and summary out. */













async function main({ inputs, outputs }) {
    const name = (0,names/* checkModelName */.Xs)(inputs.requiredString('name'));
    const path = inputs.string('path');
    const registrySpec = inputs.requiredString('registry');
    const explicitVersion = inputs.string('version');
    if (explicitVersion !== undefined)
        (0,names/* checkVersion */.ps)(explicitVersion);
    const aliases = inputs.list('alias').map((alias) => (0,names/* checkAlias */.ff)(alias));
    const metricsPath = inputs.string('metrics');
    const profiles = inputs.list('data-profile');
    const predictions = inputs.string('predictions');
    const userTags = parseTags(inputs.structured('tags'));
    const description = inputs.string('description');
    const githubToken = inputs.string('github-token');
    if (!path && explicitVersion === undefined) {
        throw new errors/* InputError */.dz('path', 'is required unless `version` names an existing version to give aliases or tags');
    }
    // Everything local is read and checked before the registry is touched.
    const content = path ? await readModel(path) : undefined;
    const metrics = metricsPath ? readMetrics(metricsPath) : undefined;
    const dataProfiles = readDataProfiles(profiles);
    const attachments = content
        ? await (0,registry_attachments/* readAttachments */.V_)([
            ...profiles.map((path) => ({ kind: 'data-profile', path, input: 'data-profile' })),
            ...(predictions ? [{ kind: 'predictions', path: predictions, input: 'predictions' }] : []),
        ])
        : [];
    if (!content && (profiles.length || predictions)) {
        throw new errors/* InputError */.dz(profiles.length ? 'data-profile' : 'predictions', 'is recorded when a version is registered: give `path` too (an existing version cannot get new files)');
    }
    // The gate's verdict is recorded as tags, so it can be filtered on in every backend.
    const tags = { ...userTags, ...(metrics?.gate ? gateTags(metrics.gate) : {}) };
    const registry = await (0,registry_open/* openRegistry */.M)(registrySpec, { githubToken });
    let result;
    let card;
    if (content) {
        const lineage = (0,registry_lineage/* collectLineage */.I)(content, { metricsSource: metrics?.source, dataProfiles });
        const values = metrics?.values ?? {};
        const cardFor = (version) => renderModelCard({
            name,
            version,
            digest: content.digest,
            description,
            registry: registry.label,
            metrics: values,
            tags: userTags,
            lineage,
            ...(metrics?.gate ? { gate: metrics.gate } : {}),
            attachments: attachments.map(registry_attachments/* listed */.KE),
        });
        core/* info */.pq(`${name}: ${content.files.length} file(s), ${content.size} bytes, ${content.digest}`);
        result = await registry.register({ name, content, version: explicitVersion, tags, description, metrics: values, lineage, attachments, card: cardFor });
        if (result.created)
            card = cardFor(result.version.version);
    }
    else {
        const existing = await registry.getVersion(name, explicitVersion);
        if (!existing)
            throw new errors/* UserError */.yo(`${registry.label}: model '${name}' has no version or alias '${explicitVersion}'`, { input: 'version' });
        if (Object.keys(tags).length)
            await registry.setTags(name, existing.version, tags);
        result = { version: existing, created: false };
    }
    for (const alias of aliases)
        await registry.setAlias(name, alias, result.version.version);
    const version = aliases.length || !result.created ? ((await registry.getVersion(name, result.version.version)) ?? result.version) : result.version;
    outputs.set('version', version.version);
    outputs.set('uri', version.uri);
    outputs.set('digest', version.digest);
    outputs.set('created', result.created);
    const facts = { registry: registry.label, version, created: result.created, aliasesSet: aliases, card };
    await (0,summary/* appendSummary */.f)(renderRegisterSummary(facts));
    core/* info */.pq(`register-model: ${oneLine(facts)}`);
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

/***/ 1006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ findAttachment),
/* harmony export */   IW: () => (/* binding */ fetchTarget),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   V_: () => (/* binding */ readAttachments),
/* harmony export */   eU: () => (/* binding */ checkFetched),
/* harmony export */   p3: () => (/* binding */ kindOfAttachment)
/* harmony export */ });
/* unused harmony exports ATTACHMENT_KINDS, safeFileName, attachmentName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7410);
/**
 * Files a version carries besides the model, for the other actions to fetch later: the
 * validate-data profiles of the training data (drift-check's reference) and an eval predictions
 * file (eval-gate's baseline for significance rules). Each is named `<kind>/<file name>`, the
 * same in every backend: a path under the version's `attachments/` folder (file registry), a
 * run artifact (MLflow), a layer's file path (OCI).
 */




const ATTACHMENT_KINDS = ['data-profile', 'predictions'];
/** A file name every backend takes as a path segment, tag key part and annotation. */
function safeFileName(name) {
    const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.-]+/, '_').slice(0, 120);
    return cleaned || 'file';
}
/** `<kind>/<safe base name>`, with `-2`, `-3`… before the extension when the name is taken. */
function attachmentName(kind, path, taken) {
    const base = safeFileName((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path));
    const dot = base.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
    for (let n = 1;; n++) {
        const name = `${kind}/${n === 1 ? base : `${stem}-${n}${ext}`}`;
        if (!taken.has(name))
            return name;
    }
}
/** The kind of an attachment name, or undefined when it is not one of ours. */
function kindOfAttachment(name) {
    const kind = name.slice(0, name.indexOf('/'));
    return ATTACHMENT_KINDS.includes(kind) ? kind : undefined;
}
/** Reads, sizes and hashes the files to attach; `inputs` names the input of each kind in errors. */
async function readAttachments(files) {
    const taken = new Set();
    const out = [];
    for (const { kind, path, input } of files) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isFile())
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `the file '${path}' does not exist`);
        const name = attachmentName(kind, path, taken);
        taken.add(name);
        const sha256 = await (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(absolute);
        out.push({ name, kind, absolute, sha256, digest: `sha256:${sha256}`, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).size });
    }
    return out;
}
/** Only what a version lists (no local path). */
function listed(file) {
    return { name: file.name, kind: file.kind, digest: file.digest, size: file.size };
}
/** The attachment of that name, or a UserError listing the ones the version has. */
function findAttachment(label, name, version, attachments, wanted) {
    const found = attachments.find((a) => a.name === wanted);
    if (found)
        return found;
    const have = attachments.length ? attachments.map((a) => a.name).join(', ') : 'none';
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${label}: version ${version} of '${name}' has no attachment '${wanted}' (it has: ${have})`);
}
/** Where a fetched attachment goes: its file name under `destDir`. */
function fetchTarget(destDir, attachment) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(destDir, { recursive: true });
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destDir, safeFileName(attachment.name.slice(attachment.name.indexOf('/') + 1)));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(target, { force: true });
    return target;
}
/** Throws unless the fetched file has the recorded digest (a damaged or replaced blob). */
async function checkFetched(label, path, attachment) {
    const actual = `sha256:${await (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(path)}`;
    if (actual !== attachment.digest) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${label}: attachment '${attachment.name}' does not match its recorded digest (${attachment.digest}, fetched ${actual})`);
    }
    return path;
}


/***/ }),

/***/ 7410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   f: () => (/* binding */ sha256Text)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/** SHA-256 digests in the `sha256:<hex>` form registries use. */


/** `sha256:<hex>` of a string (UTF-8) or bytes. */
function sha256Text(content) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
}
/** Lower-case hex SHA-256 of a file, hashed as a stream so memory does not grow with its size. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 1837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ collectLineage),
/* harmony export */   v: () => (/* binding */ lineageTags)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2963);
/**
 * What a version records about where it came from: commit, ref, repository, workflow run,
 * actor, the digest of every file, attached metrics and data profiles, and the time.
 */

/**
 * Lineage from the runner's environment. Outside GitHub (the CLI) the GitHub fields are left
 * out rather than failing: a local registration is still worth recording.
 */
function collectLineage(content, extra, env = process.env) {
    let repository;
    let runUrl;
    let commit = env.GITHUB_SHA || undefined;
    try {
        const context = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .getGitHubContext */ .f)(env);
        repository = `${context.owner}/${context.repo}`;
        runUrl = context.runUrl;
        commit = context.headSha ?? commit;
    }
    catch {
        // No GITHUB_REPOSITORY and no event payload: a local run.
    }
    return {
        commit,
        ref: env.GITHUB_REF || undefined,
        repository,
        runUrl,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        workflow: env.GITHUB_WORKFLOW || undefined,
        created: (extra.now ?? new Date()).toISOString(),
        files: content.files.map(({ path, sha256, size }) => ({ path, sha256, size })),
        metricsSource: extra.metricsSource,
        dataProfiles: extra.dataProfiles ?? [],
    };
}
/** Lineage as flat string tags (MLflow tags, OCI annotations), under a prefix. */
function lineageTags(lineage, digest, prefix = 'mlops.') {
    const tags = { [`${prefix}digest`]: digest, [`${prefix}created`]: lineage.created };
    const put = (key, value) => {
        if (value)
            tags[`${prefix}${key}`] = value;
    };
    put('git.commit', lineage.commit);
    put('git.ref', lineage.ref);
    put('git.repository', lineage.repository);
    put('run.url', lineage.runUrl);
    put('run.attempt', lineage.runAttempt);
    put('actor', lineage.actor);
    put('workflow', lineage.workflow);
    lineage.dataProfiles.forEach((profile, i) => put(`data-profile.${i}`, `${profile.digest} ${profile.path}`));
    return tags;
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
