export const id = 221;
export const ids = [221];
export const modules = {

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

/***/ 3270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ failpoint),
/* harmony export */   w: () => (/* binding */ BEFORE_COMMIT)
/* harmony export */ });
/**
 * Fault injection for the atomicity tests: `MLOPS_FAILPOINT=<name>` makes the process die at
 * that point with SIGKILL, as a crash or a cancelled job would, so no cleanup code runs. Only the
 * tests set it; unset, this does nothing.
 */
/** The point between uploading a version's content and making it visible. */
const BEFORE_COMMIT = 'register-model:before-commit';
/** Dies here when the environment asks for it. */
function failpoint(name, env = process.env) {
    if (env.MLOPS_FAILPOINT === name)
        process.kill(process.pid, 'SIGKILL');
}


/***/ }),

/***/ 8938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   kG: () => (/* binding */ bodyExcerpt),
/* harmony export */   tN: () => (/* binding */ send)
/* harmony export */ });
/* unused harmony export REQUEST_TIMEOUT_MS */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * fetch with the errors users need: a server that cannot be reached or answers with an error
 * becomes a ServiceError naming the registry, the endpoint and the HTTP status.
 */

/** Default time allowed per request; uploads of large files set their own. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Sends one request; network failures throw a ServiceError without a status. */
async function send(service, endpoint, url, init, timeoutMs = REQUEST_TIMEOUT_MS) {
    let response;
    try {
        response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (error) {
        const cause = error.cause;
        const detail = cause?.code ?? cause?.message ?? error.message;
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(service, endpoint, undefined, `${detail} (${new URL(url).origin})`, error);
    }
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}
/** A short, single-line excerpt of an error body for messages. */
function bodyExcerpt(body, limit = 300) {
    const text = body.toString('utf8').replace(/\s+/g, ' ').trim();
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
/** Plain HTTP is allowed only for registries on this machine, as ORAS's --plain-http. */
function isLoopbackHost(host) {
    const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return hostname === 'localhost' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
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

/***/ 5221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MlflowRegistry: () => (/* binding */ MlflowRegistry)
});

// UNUSED EXPORTS: ATTACHMENT_TAG, DIGEST_TAG

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/registry/attachments.js
var registry_attachments = __webpack_require__(1006);
// EXTERNAL MODULE: ./lib/src/registry/failpoint.js
var failpoint = __webpack_require__(3270);
// EXTERNAL MODULE: ./lib/src/registry/lineage.js
var registry_lineage = __webpack_require__(1837);
// EXTERNAL MODULE: ./lib/src/registry/names.js
var names = __webpack_require__(8064);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/src/registry/http.js
var http = __webpack_require__(8938);
;// CONCATENATED MODULE: ./lib/src/registry/mlflow/client.js
/**
 * A small client of the MLflow tracking server's REST API (`/api/2.0/mlflow/…` and the proxied
 * artifact API `/api/2.0/mlflow-artifacts/…`). Credentials come from the variables MLflow's own
 * clients read: MLFLOW_TRACKING_TOKEN (bearer) or MLFLOW_TRACKING_USERNAME/PASSWORD (basic).
 */




class MlflowClient {
    service;
    base;
    authorization;
    constructor(trackingUri, env) {
        this.base = trackingUri.replace(/\/+$/, '');
        this.service = `MLflow at ${this.base}`;
        if (env.MLFLOW_TRACKING_TOKEN)
            this.authorization = `Bearer ${env.MLFLOW_TRACKING_TOKEN}`;
        else if (env.MLFLOW_TRACKING_USERNAME) {
            const pair = `${env.MLFLOW_TRACKING_USERNAME}:${env.MLFLOW_TRACKING_PASSWORD ?? ''}`;
            this.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
        }
    }
    headers(extra = {}) {
        return { ...(this.authorization ? { authorization: this.authorization } : {}), ...extra };
    }
    /**
     * Calls a REST method; returns the parsed JSON, or undefined for the error codes listed in
     * `allow` (e.g. RESOURCE_DOES_NOT_EXIST when asking whether something exists).
     */
    async call(method, path, payload, allow = []) {
        const endpoint = `${method} /api/2.0/mlflow/${path}`;
        let url = `${this.base}/api/2.0/mlflow/${path}`;
        const init = { method, headers: this.headers({ accept: 'application/json' }) };
        if (method === 'GET' && payload) {
            const query = new URLSearchParams();
            for (const [key, value] of Object.entries(payload))
                if (value !== undefined)
                    query.set(key, String(value));
            url += `?${query}`;
        }
        else if (payload) {
            init.body = JSON.stringify(payload);
            init.headers = this.headers({ accept: 'application/json', 'content-type': 'application/json' });
        }
        const response = await (0,http/* send */.tN)(this.service, endpoint, url, init);
        if (response.status >= 200 && response.status < 300)
            return JSON.parse(response.body.toString('utf8') || '{}');
        let code;
        let message = (0,http/* bodyExcerpt */.kG)(response.body);
        try {
            const parsed = JSON.parse(response.body.toString('utf8'));
            code = parsed.error_code;
            if (parsed.message)
                message = `${parsed.error_code ?? ''}: ${parsed.message}`.replace(/^: /, '');
        }
        catch {
            // Not JSON (a proxy, an auth page): the excerpt says what came back.
        }
        if (code && allow.includes(code))
            return undefined;
        throw new errors/* ServiceError */._7(this.service, endpoint, response.status, explain(response.status, message));
    }
    /** Uploads one file through the tracking server's artifact proxy. */
    async upload(artifactPath, file, size) {
        const encoded = artifactPath.split('/').map(encodeURIComponent).join('/');
        const endpoint = `PUT /api/2.0/mlflow-artifacts/artifacts/${artifactPath}`;
        const response = await (0,http/* send */.tN)(this.service, endpoint, `${this.base}/api/2.0/mlflow-artifacts/artifacts/${encoded}`, {
            method: 'PUT',
            headers: this.headers({ 'content-type': 'application/octet-stream', 'content-length': String(size) }),
            body: external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(file)),
            duplex: 'half',
        }, 
        // A large weight file takes its time; a stalled one still ends.
        Math.max(60_000, size / 1_000));
        if (response.status >= 300)
            throw new errors/* ServiceError */._7(this.service, endpoint, response.status, explain(response.status, (0,http/* bodyExcerpt */.kG)(response.body)));
    }
    /** Downloads one artifact through the artifact proxy into `target`. */
    async download(artifactPath, target) {
        const encoded = artifactPath.split('/').map(encodeURIComponent).join('/');
        const endpoint = `GET /api/2.0/mlflow-artifacts/artifacts/${artifactPath}`;
        const response = await (0,http/* send */.tN)(this.service, endpoint, `${this.base}/api/2.0/mlflow-artifacts/artifacts/${encoded}`, { headers: this.headers() }, 300_000);
        if (response.status >= 300)
            throw new errors/* ServiceError */._7(this.service, endpoint, response.status, explain(response.status, (0,http/* bodyExcerpt */.kG)(response.body)));
        (0,external_node_fs_.writeFileSync)(target, response.body);
    }
}
function explain(status, message) {
    if (status === 401)
        return `${message || 'unauthorized'} (check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD)`;
    if (status === 403)
        return `${message || 'forbidden'} (the credentials lack permission on this model or experiment)`;
    return message || 'no details';
}

;// CONCATENATED MODULE: ./lib/src/registry/mlflow/types.js
/** The shapes of MLflow REST responses we read, and helpers for artifact paths and metric keys. */

/**
 * The path under `/api/2.0/mlflow-artifacts/artifacts/` of a run's artifact root. Only servers
 * that proxy artifacts (`mlflow-artifacts:` URIs, the default since MLflow 2) can take uploads
 * over REST; others would need the storage's own credentials.
 */
function artifactPathOf(artifactUri, label) {
    const match = /^mlflow-artifacts:(?:\/\/[^/]+)?\/*(.*?)\/*$/.exec(artifactUri);
    if (!match) {
        throw new errors/* UserError */.yo(`${label}: runs store artifacts at '${artifactUri}', which register-model cannot upload to; start the server with artifact proxying (mlflow server --serve-artifacts / --artifacts-destination)`);
    }
    return match[1];
}
/** MLflow metric names allow letters, digits, `_ - . / :` and spaces; anything else becomes `_`. */
function metricKey(name) {
    return name.replace(/[^\w\-./: ]/g, '_').slice(0, 250);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/registry/mlflow/upload-text.js
/** Uploads a small text artifact (the model card) through a temporary file. */



async function uploadText(client, artifactPath, text) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlflow-text-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'artifact');
        (0,external_node_fs_.writeFileSync)(file, text);
        await client.upload(artifactPath, file, Buffer.byteLength(text));
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./lib/src/registry/mlflow/registry.js
/**
 * The MLflow Model Registry as a backend. A registration logs the model's files as artifacts
 * of a new run (through the tracking server's artifact proxy), then creates the model version
 * with that run's artifact location as its `source`, so `models:/<name>/<version>` resolves to
 * exactly these files. Upload happens before the version exists: a failure half-way leaves a
 * FAILED run and no version. MLflow numbers versions itself, atomically, so concurrent
 * registrations of different content always get distinct numbers.
 */








/** Tag holding the content digest: how a re-registration finds the version it repeats. */
const DIGEST_TAG = 'mlops.digest';
/** `mlops.attachment.<kind>/<file>` = `<digest> <size>`: what the run holds under `attachments/`. */
const ATTACHMENT_TAG = 'mlops.attachment.';
const READY_TIMEOUT_MS = 120_000;
class MlflowRegistry {
    label;
    client;
    experimentName;
    constructor(trackingUri, env, input = 'registry') {
        if (!/^https?:\/\/[^/]+/.test(trackingUri))
            throw new errors/* InputError */.dz(input, `'mlflow:${trackingUri}': the tracking URI must be an http:// or https:// URL`);
        this.client = new MlflowClient(trackingUri, env);
        this.label = this.client.service;
        this.experimentName = env.MLFLOW_EXPERIMENT_NAME || 'register-model';
    }
    async register(request) {
        const { name, content, lineage } = request;
        await this.ensureModel(name);
        const existing = await this.findDigest(name, content.digest);
        if (existing) {
            if (Object.keys(request.tags).length)
                await this.setTags(name, existing.version, request.tags);
            return { version: (await this.getVersion(name, existing.version)), created: false };
        }
        if (request.version !== undefined) {
            throw new errors/* InputError */.dz('version', `${this.label} numbers versions itself; leave 'version' empty when registering new content (give it without 'path' to alias an existing version)`);
        }
        const run = await this.startRun(name, lineage.commit, lineage.repository);
        const artifactRoot = artifactPathOf(run.info.artifact_uri, this.label);
        let version;
        try {
            const metrics = Object.entries(request.metrics).map(([key, value]) => ({ key: metricKey(key), value, timestamp: Date.now(), step: 0 }));
            if (metrics.length)
                await this.client.call('POST', 'runs/log-batch', { run_id: run.info.run_id, metrics });
            for (const file of content.files)
                await this.client.upload(`${artifactRoot}/model/${file.path}`, file.absolute, file.size);
            for (const file of request.attachments)
                await this.client.upload(`${artifactRoot}/attachments/${file.name}`, file.absolute, file.size);
            (0,failpoint/* failpoint */.Z)(failpoint/* BEFORE_COMMIT */.w);
            const attachmentTags = Object.fromEntries(request.attachments.map((a) => [`${ATTACHMENT_TAG}${a.name}`, `${a.digest} ${a.size}`]));
            const tags = { ...request.tags, ...(0,registry_lineage/* lineageTags */.v)(lineage, content.digest), ...attachmentTags };
            const created = await this.client.call('POST', 'model-versions/create', {
                name,
                source: `${run.info.artifact_uri}/model`,
                run_id: run.info.run_id,
                run_link: lineage.runUrl ?? '',
                description: request.description ?? '',
                tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
            });
            version = await this.waitReady(created.model_version);
        }
        catch (error) {
            await this.endRun(run.info.run_id, 'FAILED').catch(() => undefined);
            throw error;
        }
        await this.endRun(run.info.run_id, 'FINISHED');
        await uploadText(this.client, `${artifactRoot}/MODEL_CARD.md`, request.card(version.version));
        const logged = Object.fromEntries(Object.entries(request.metrics).map(([key, value]) => [metricKey(key), value]));
        return { version: { ...this.toVersion(version), metrics: logged }, created: true };
    }
    async ensureModel(name) {
        const found = await this.client.call('GET', 'registered-models/get', { name }, ['RESOURCE_DOES_NOT_EXIST']);
        // A concurrent job may create it between our check and our create: that is fine.
        if (!found)
            await this.client.call('POST', 'registered-models/create', { name }, ['RESOURCE_ALREADY_EXISTS']);
    }
    /** The version of `name` tagged with this digest, paging through all versions. */
    async findDigest(name, digest) {
        let pageToken;
        do {
            const page = await this.client.call('GET', 'model-versions/search', {
                filter: `name='${name}'`,
                max_results: 1000,
                ...(pageToken ? { page_token: pageToken } : {}),
            });
            const hit = page?.model_versions?.find((v) => v.status !== 'FAILED_REGISTRATION' && v.tags?.some((t) => t.key === DIGEST_TAG && t.value === digest));
            if (hit)
                return hit;
            pageToken = page?.next_page_token || undefined;
        } while (pageToken);
        return undefined;
    }
    async experimentId() {
        const get = () => this.client.call('GET', 'experiments/get-by-name', { experiment_name: this.experimentName }, ['RESOURCE_DOES_NOT_EXIST']);
        const found = await get();
        if (found)
            return found.experiment.experiment_id;
        const created = await this.client.call('POST', 'experiments/create', { name: this.experimentName }, ['RESOURCE_ALREADY_EXISTS']);
        if (created)
            return created.experiment_id;
        return (await get()).experiment.experiment_id;
    }
    async startRun(name, commit, repository) {
        const tags = [{ key: 'mlflow.runName', value: `register ${name}` }];
        if (commit)
            tags.push({ key: 'mlflow.source.git.commit', value: commit });
        if (repository)
            tags.push({ key: 'mlflow.source.name', value: repository });
        const created = await this.client.call('POST', 'runs/create', {
            experiment_id: await this.experimentId(),
            start_time: Date.now(),
            run_name: `register ${name}`,
            tags,
        });
        return created.run;
    }
    async endRun(runId, status) {
        await this.client.call('POST', 'runs/update', { run_id: runId, status, end_time: Date.now() });
    }
    async waitReady(version) {
        const deadline = Date.now() + READY_TIMEOUT_MS;
        let current = version;
        while (current.status === 'PENDING_REGISTRATION' && Date.now() < deadline) {
            await new Promise((done) => setTimeout(done, 250));
            current = (await this.client.call('GET', 'model-versions/get', { name: version.name, version: version.version })).model_version;
        }
        if (current.status === 'READY')
            return current;
        const why = current.status === 'FAILED_REGISTRATION' ? `failed: ${current.status_message ?? 'no message'}` : `still ${current.status} after ${READY_TIMEOUT_MS / 1000} s`;
        throw new errors/* ServiceError */._7(this.label, 'GET /api/2.0/mlflow/model-versions/get', undefined, `version ${current.version} of '${current.name}' ${why}`);
    }
    toVersion(v) {
        const tags = Object.fromEntries((v.tags ?? []).map((t) => [t.key, t.value]));
        const attachments = [];
        for (const [key, value] of Object.entries(tags)) {
            const name = key.startsWith(ATTACHMENT_TAG) ? key.slice(ATTACHMENT_TAG.length) : '';
            const kind = (0,registry_attachments/* kindOfAttachment */.p3)(name);
            const [digest, size] = value.split(' ');
            if (kind && digest)
                attachments.push({ name, kind, digest, size: Number(size) || 0 });
        }
        return {
            attachments: attachments.sort((a, b) => (a.name < b.name ? -1 : 1)),
            name: v.name,
            version: v.version,
            digest: tags[DIGEST_TAG] ?? '',
            uri: `models:/${v.name}/${v.version}`,
            aliases: [...(v.aliases ?? [])].sort(),
            tags,
            ...(v.description ? { description: v.description } : {}),
        };
    }
    async getVersion(name, versionOrAlias) {
        const found = (0,names/* isVersionNumber */.i3)(versionOrAlias)
            ? await this.client.call('GET', 'model-versions/get', { name, version: versionOrAlias }, ['RESOURCE_DOES_NOT_EXIST'])
            : await this.client.call('GET', 'registered-models/alias', { name, alias: versionOrAlias }, ['RESOURCE_DOES_NOT_EXIST', 'INVALID_PARAMETER_VALUE']);
        if (!found)
            return undefined;
        return { ...this.toVersion(found.model_version), metrics: await this.runMetrics(found.model_version.run_id) };
    }
    /** The metrics logged on the version's run (register-model logs them there). */
    async runMetrics(runId) {
        if (!runId)
            return {};
        const run = await this.client.call('GET', 'runs/get', { run_id: runId }, ['RESOURCE_DOES_NOT_EXIST']);
        return Object.fromEntries((run?.run.data?.metrics ?? []).map((m) => [m.key, m.value]));
    }
    async listAliases(name) {
        const found = await this.client.call('GET', 'registered-models/get', { name }, ['RESOURCE_DOES_NOT_EXIST']);
        return found ? (found.registered_model.aliases ?? []).map((a) => a.alias).sort() : undefined;
    }
    async fetchAttachment(name, version, attachment, destDir) {
        const found = await this.client.call('GET', 'model-versions/get', { name, version }, ['RESOURCE_DOES_NOT_EXIST']);
        if (!found)
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version}`);
        const wanted = (0,registry_attachments/* findAttachment */.$q)(this.label, name, version, this.toVersion(found.model_version).attachments, attachment);
        // register-model made `source` the run's artifact root plus `/model`; attachments sit beside it.
        const source = found.model_version.source ?? '';
        if (!source.endsWith('/model'))
            throw new errors/* UserError */.yo(`${this.label}: version ${version} of '${name}' was not registered by register-model (source '${source}')`);
        const root = artifactPathOf(source.slice(0, -'/model'.length), this.label);
        const target = (0,registry_attachments/* fetchTarget */.IW)(destDir, wanted);
        await this.client.download(`${root}/attachments/${wanted.name}`, target);
        return (0,registry_attachments/* checkFetched */.eU)(this.label, target, wanted);
    }
    async setAlias(name, alias, version) {
        if (!(await this.getVersion(name, version)))
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version} to point alias '${alias}' at`);
        await this.client.call('POST', 'registered-models/alias', { name, alias, version });
    }
    async setTags(name, version, tags) {
        for (const [key, value] of Object.entries(tags))
            await this.client.call('POST', 'model-versions/set-tag', { name, version, key, value });
    }
}


/***/ })

};
