export const id = 221;
export const ids = [221];
export const modules = {

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

// UNUSED EXPORTS: DIGEST_TAG

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
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
            (0,failpoint/* failpoint */.Z)(failpoint/* BEFORE_COMMIT */.w);
            const tags = { ...request.tags, ...(0,registry_lineage/* lineageTags */.v)(lineage, content.digest) };
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
        return { version: this.toVersion(version), created: true };
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
        return {
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
        return found ? this.toVersion(found.model_version) : undefined;
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
