export const id = 744;
export const ids = [744];
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

/***/ 744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OciRegistry: () => (/* binding */ OciRegistry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/registry/attachments.js
var attachments = __webpack_require__(1006);
// EXTERNAL MODULE: ./lib/src/registry/digest.js
var registry_digest = __webpack_require__(7410);
// EXTERNAL MODULE: ./lib/src/registry/failpoint.js
var failpoint = __webpack_require__(3270);
// EXTERNAL MODULE: ./lib/src/registry/names.js
var names = __webpack_require__(8064);
// EXTERNAL MODULE: ./lib/src/registry/http.js
var http = __webpack_require__(8938);
;// CONCATENATED MODULE: ./lib/src/registry/oci/auth.js
/**
 * The distribution-spec authentication dance: a 401 carries `WWW-Authenticate`; for `Basic`
 * we send the credentials, for `Bearer` we ask the token service named by `realm` for a token
 * with the `service` and `scope` given (with our credentials, if any) and send that.
 */


/** Parses `Bearer realm="…",service="…",scope="…"`. */
function parseChallenge(header) {
    const space = header.indexOf(' ');
    const scheme = (space > 0 ? header.slice(0, space) : header).toLowerCase();
    const params = {};
    for (const match of header.slice(space + 1).matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[match[1].toLowerCase()] = match[2] ?? match[3] ?? '';
    }
    return { scheme, params };
}
/** The Authorization header answering the challenge, or undefined when we cannot answer it. */
async function answerChallenge(service, challenge, credentials, scope) {
    const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
    if (challenge.scheme === 'basic')
        return basic;
    if (challenge.scheme !== 'bearer' || !challenge.params.realm)
        return undefined;
    const url = new URL(challenge.params.realm);
    if (challenge.params.service)
        url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', challenge.params.scope ?? scope);
    const response = await (0,http/* send */.tN)(service, `GET ${url.origin}${url.pathname} (token)`, url.toString(), { headers: basic ? { authorization: basic } : {} });
    if (response.status !== 200) {
        const hint = credentials ? 'the credentials were refused' : 'no credentials were given (set OCI_USERNAME/OCI_PASSWORD, or github-token for ghcr.io)';
        throw new errors/* ServiceError */._7(service, `GET ${url.origin}${url.pathname} (token)`, response.status, `${hint}: ${(0,http/* bodyExcerpt */.kG)(response.body)}`);
    }
    const body = JSON.parse(response.body.toString('utf8'));
    const token = body.token ?? body.access_token;
    return token ? `Bearer ${token}` : undefined;
}
/** Credentials from the environment, or the GitHub token for ghcr.io. */
function credentialsFor(host, env, githubToken) {
    if (env.OCI_USERNAME || env.OCI_PASSWORD)
        return { username: env.OCI_USERNAME ?? '', password: env.OCI_PASSWORD ?? '' };
    // GHCR takes any user name with a GITHUB_TOKEN; the actor keeps its audit log meaningful.
    if (githubToken && /(^|\.)ghcr\.io$/.test(host.replace(/:\d+$/, '')))
        return { username: env.GITHUB_ACTOR || 'github-actions', password: githubToken };
    return undefined;
}

;// CONCATENATED MODULE: ./lib/src/registry/oci/client.js
/**
 * A small OCI distribution-spec client over fetch: blobs (HEAD, monolithic POST+PUT upload),
 * manifests (GET/HEAD/PUT) and tags (paged list). Written here rather than taken from npm: the
 * maintained JS ORAS/OCI clients either pull in a large dependency tree or are not maintained,
 * and the part of the spec we need is a few requests.
 */




const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
class OciClient {
    ref;
    credentials;
    service;
    authorization;
    constructor(ref, credentials, service) {
        this.ref = ref;
        this.credentials = credentials;
        this.service = service;
    }
    async request(method, path, options, ok) {
        const url = /^https?:/.test(path) ? path : `${this.ref.baseUrl}${path}`;
        const endpoint = `${method} ${new URL(url).pathname}`;
        for (let attempt = 0;; attempt++) {
            const headers = { ...options.headers, ...(this.authorization ? { authorization: this.authorization } : {}) };
            const body = options.body?.();
            const response = await (0,http/* send */.tN)(this.service, endpoint, url, { method, headers, ...(body ? { body, duplex: 'half' } : {}) }, options.timeoutMs);
            if (response.status === 401 && attempt === 0) {
                const header = response.headers.get('www-authenticate');
                // The registry's challenge names the scope it wants; when it does not, ask for no more
                // than the request needs (a read-only token, e.g. `packages: read` on GHCR, can pull).
                const actions = method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push';
                const answer = header ? await answerChallenge(this.service, parseChallenge(header), this.credentials, `repository:${this.ref.repository}:${actions}`) : undefined;
                if (answer) {
                    this.authorization = answer;
                    continue;
                }
            }
            if (ok.includes(response.status))
                return response;
            throw new errors/* ServiceError */._7(this.service, endpoint, response.status, explain(response, this.credentials !== undefined));
        }
    }
    v2(path) {
        return `/v2/${this.ref.repository}/${path}`;
    }
    /** Whether the registry holds this blob already (no need to upload it again). */
    async hasBlob(digest) {
        return (await this.request('HEAD', this.v2(`blobs/${digest}`), {}, [200, 404])).status === 200;
    }
    /** Uploads a blob in one piece (POST for a session, PUT with the digest), unless present. */
    async pushBlob(digest, size, body) {
        if (await this.hasBlob(digest))
            return;
        const session = await this.request('POST', this.v2('blobs/uploads/'), { headers: { 'content-length': '0' } }, [202]);
        const location = session.headers.get('location');
        if (!location)
            throw new errors/* ServiceError */._7(this.service, `POST ${this.v2('blobs/uploads/')}`, 202, 'no Location header for the upload');
        const target = new URL(location, this.ref.baseUrl);
        target.searchParams.set('digest', digest);
        await this.request('PUT', target.toString(), { headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) }, body, timeoutMs: Math.max(60_000, size / 1_000) }, [201]);
    }
    /** Stores a manifest under a tag; returns its digest. */
    async putManifest(reference, manifest) {
        const response = await this.request('PUT', this.v2(`manifests/${reference}`), { headers: { 'content-type': OCI_MANIFEST }, body: () => new Uint8Array(manifest) }, [201]);
        return response.headers.get('docker-content-digest') ?? (0,registry_digest/* sha256Text */.f)(manifest);
    }
    /** A manifest by tag or digest, or undefined when there is none. */
    async getManifest(reference) {
        const response = await this.request('GET', this.v2(`manifests/${reference}`), { headers: { accept: OCI_MANIFEST } }, [200, 404]);
        if (response.status === 404)
            return undefined;
        return { bytes: response.body, digest: (0,registry_digest/* sha256Text */.f)(response.body) };
    }
    async getBlob(digest) {
        return (await this.request('GET', this.v2(`blobs/${digest}`), {}, [200])).body;
    }
    /** Every tag of the repository (following `Link` pages); none when it does not exist yet. */
    async listTags() {
        const tags = [];
        let next = this.v2('tags/list?n=1000');
        while (next) {
            const response = await this.request('GET', next, {}, [200, 404]);
            if (response.status === 404)
                return tags;
            tags.push(...(JSON.parse(response.body.toString('utf8')).tags ?? []));
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
            next = link ? link[1] : undefined;
        }
        return tags;
    }
}
function explain(response, hadCredentials) {
    const detail = (0,http/* bodyExcerpt */.kG)(response.body) || 'no details';
    if (response.status === 401)
        return `${detail} (${hadCredentials ? 'the credentials were refused' : 'set OCI_USERNAME/OCI_PASSWORD, or github-token for ghcr.io'})`;
    if (response.status === 403)
        return `${detail} (the credentials lack push permission on this repository)`;
    return detail;
}

// EXTERNAL MODULE: ./lib/src/registry/lineage.js
var lineage = __webpack_require__(1837);
;// CONCATENATED MODULE: ./lib/src/registry/oci/modelpack.js
/**
 * A model version as a CNCF ModelPack OCI artifact: an OCI image manifest with
 * `artifactType: application/vnd.cncf.model.manifest.v1+json`, a model config
 * (`application/vnd.cncf.model.config.v1+json`), one raw layer per model file annotated with its
 * path, and the model card as a raw documentation layer. Metrics, lineage and tags are in the
 * config (under `mlops`) and in the manifest's annotations. Attachments (data profiles, eval
 * predictions) are extra layers with media types of their own, so ModelPack tools that unpack
 * weights and docs by media type leave them alone, annotated with `.mlops/attachments/<name>`.
 */


const MODEL_ARTIFACT_TYPE = 'application/vnd.cncf.model.manifest.v1+json';
const MODEL_CONFIG = 'application/vnd.cncf.model.config.v1+json';
const WEIGHT_RAW = 'application/vnd.cncf.model.weight.v1.raw';
const DOC_RAW = 'application/vnd.cncf.model.doc.v1.raw';
const FILEPATH = 'org.cncf.model.filepath';
const TITLE = 'org.opencontainers.image.title';
const VERSION = 'org.opencontainers.image.version';
/** Our annotations: the content digest, the model name, and `tag.<name>` for user tags. */
const OURS = 'org.mlops-actions.';
const CARD_PATH = '.mlops/MODEL_CARD.md';
const ATTACHMENT_PATH = '.mlops/attachments/';
const ATTACHMENT_MEDIA_TYPES = {
    'data-profile': 'application/vnd.mlops-actions.data-profile.v1+json',
    predictions: 'application/vnd.mlops-actions.predictions.v1.raw',
};
/** The layer of one model file: its digest is the file's SHA-256, so layers dedupe across versions. */
function fileLayer(path, sha256, size) {
    return { mediaType: WEIGHT_RAW, digest: `sha256:${sha256}`, size, annotations: { [TITLE]: path, [FILEPATH]: path } };
}
function cardLayer(digest, size) {
    return { mediaType: DOC_RAW, digest, size, annotations: { [TITLE]: CARD_PATH, [FILEPATH]: CARD_PATH } };
}
function attachmentLayer(attachment) {
    const path = `${ATTACHMENT_PATH}${attachment.name}`;
    return { mediaType: ATTACHMENT_MEDIA_TYPES[attachment.kind], digest: attachment.digest, size: attachment.size, annotations: { [TITLE]: path, [FILEPATH]: path } };
}
/** The attachments a manifest lists, by their layers. */
function attachmentsOf(manifest) {
    const out = [];
    for (const layer of manifest.layers ?? []) {
        const path = layer.annotations?.[FILEPATH] ?? '';
        const name = path.startsWith(ATTACHMENT_PATH) ? path.slice(ATTACHMENT_PATH.length) : '';
        const kind = (0,attachments/* kindOfAttachment */.p3)(name);
        if (kind && layer.mediaType === ATTACHMENT_MEDIA_TYPES[kind])
            out.push({ name, kind, digest: layer.digest, size: layer.size });
    }
    return out;
}
/** The model config blob. */
function modelConfig(facts, layers) {
    const repository = facts.lineage.repository;
    const config = {
        descriptor: {
            createdAt: facts.lineage.created,
            name: facts.name,
            version: facts.version,
            ...(facts.description ? { description: facts.description } : {}),
            ...(facts.lineage.commit ? { revision: facts.lineage.commit } : {}),
            ...(repository ? { sourceURL: `https://github.com/${repository}` } : {}),
        },
        config: {},
        // Raw layers are not archives: their DiffID is their digest.
        modelfs: { type: 'layers', diffIds: layers.map((layer) => layer.digest) },
        mlops: { digest: facts.digest, metrics: facts.metrics, tags: facts.tags, lineage: facts.lineage },
    };
    return Buffer.from(JSON.stringify(config));
}
/** The manifest, with the annotations registries and tools show. */
function modelManifest(facts, config, layers) {
    const annotations = {
        [VERSION]: facts.version,
        [TITLE]: facts.name,
        'org.opencontainers.image.created': facts.lineage.created,
        [`${OURS}model.name`]: facts.name,
        [`${OURS}metrics`]: JSON.stringify(facts.metrics),
        ...(0,lineage/* lineageTags */.v)(facts.lineage, facts.digest, OURS),
    };
    if (facts.description)
        annotations['org.opencontainers.image.description'] = facts.description;
    if (facts.lineage.commit)
        annotations['org.opencontainers.image.revision'] = facts.lineage.commit;
    if (facts.lineage.repository)
        annotations['org.opencontainers.image.source'] = `https://github.com/${facts.lineage.repository}`;
    for (const [key, value] of Object.entries(facts.tags))
        annotations[`${OURS}tag.${key}`] = value;
    const manifest = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: MODEL_ARTIFACT_TYPE, config, layers, annotations };
    return Buffer.from(JSON.stringify(manifest));
}
/** User tags back from a manifest's annotations. */
function tagsOf(manifest) {
    const prefix = `${OURS}tag.`;
    return Object.fromEntries(Object.entries(manifest.annotations ?? {}).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}

;// CONCATENATED MODULE: ./lib/src/registry/oci/reference.js
/** `oci:<registry>/<repository>` parsed, with the scheme to use (HTTP only on loopback). */


const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
/** Parses `host[:port]/repository`; errors name `input`. */
function parseOciReference(location, input = 'registry') {
    const trimmed = location.replace(/^oci:\/\//, '').replace(/\/+$/, '');
    const slash = trimmed.indexOf('/');
    const host = slash > 0 ? trimmed.slice(0, slash) : '';
    const repository = slash > 0 ? trimmed.slice(slash + 1) : '';
    if (!host || !repository)
        throw new errors/* InputError */.dz(input, `'oci:${location}' must be oci:<registry>/<repository>, e.g. oci:ghcr.io/org/models/churn`);
    if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host))
        throw new errors/* InputError */.dz(input, `'${host}' is not a registry host[:port]`);
    if (!REPOSITORY.test(repository)) {
        throw new errors/* InputError */.dz(input, `'${repository}' is not a valid OCI repository name (lower-case letters, digits, separators '.', '_', '-', and '/')`);
    }
    return { host, repository, baseUrl: `${(0,http/* isLoopbackHost */.cW)(host) ? 'http' : 'https'}://${host}` };
}

;// CONCATENATED MODULE: ./lib/src/registry/oci/registry.js
/**
 * An OCI registry as a backend: each version is a ModelPack artifact tagged with its version
 * number and with each alias. Blobs go up before the manifest, so a failure half-way leaves
 * only unreferenced blobs and no tag. A second tag, `sha256-content-<hex>`, finds a version by
 * content digest in one request. Registries offer no compare-and-swap on tags: after tagging
 * we read the tag back and move to the next number if another writer won, which narrows but
 * cannot close the race; serialize releases of one model (a workflow `concurrency` group).
 */











const MAX_ATTEMPTS = 20;
class OciRegistry {
    label;
    ref;
    client;
    constructor(location, options, input = 'registry') {
        this.ref = parseOciReference(location, input);
        this.label = `OCI registry ${this.ref.host}/${this.ref.repository}`;
        this.client = new OciClient(this.ref, credentialsFor(this.ref.host, options.env, options.githubToken), this.label);
    }
    contentTag(digest) {
        return `sha256-content-${digest.replace(/^sha256:/, '')}`;
    }
    async register(request) {
        const { content } = request;
        const existing = await this.findContent(content.digest);
        if (existing)
            return this.reuse(existing, request);
        const tags = await this.client.listTags();
        if (request.version !== undefined && tags.includes(request.version)) {
            throw new errors/* UserError */.yo(`${this.label}: version ${request.version} already exists with other content`);
        }
        const layers = content.files.map((f) => fileLayer(f.path, f.sha256, f.size));
        for (const [i, file] of content.files.entries()) {
            await this.client.pushBlob(layers[i].digest, file.size, () => external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(file.absolute)));
        }
        for (const file of request.attachments) {
            await this.client.pushBlob(file.digest, file.size, () => external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(file.absolute)));
            layers.push(attachmentLayer(file));
        }
        (0,failpoint/* failpoint */.Z)(failpoint/* BEFORE_COMMIT */.w);
        let candidates = tags;
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            const version = request.version ?? (0,names/* nextVersion */.yU)(candidates);
            const facts = { ...request, version, digest: content.digest };
            const card = Buffer.from(request.card(version));
            const allLayers = [...layers, cardLayer((0,registry_digest/* sha256Text */.f)(card), card.length)];
            const config = modelConfig(facts, allLayers);
            const configDescriptor = { mediaType: MODEL_CONFIG, digest: (0,registry_digest/* sha256Text */.f)(config), size: config.length };
            await this.client.pushBlob(allLayers.at(-1).digest, card.length, () => new Uint8Array(card));
            await this.client.pushBlob(configDescriptor.digest, config.length, () => new Uint8Array(config));
            const manifest = modelManifest(facts, configDescriptor, allLayers);
            if (request.version === undefined && (await this.client.getManifest(version))) {
                candidates = [...candidates, version];
                continue;
            }
            const digest = await this.client.putManifest(version, manifest);
            // Read the tag back: another writer may have tagged the same number at the same moment.
            if ((await this.client.getManifest(version))?.digest !== digest && request.version === undefined) {
                candidates = [...candidates, version];
                continue;
            }
            await this.client.putManifest(this.contentTag(content.digest), manifest);
            return { version: await this.toVersion(JSON.parse(manifest.toString('utf8')), digest, [version]), created: true };
        }
        throw new errors/* UserError */.yo(`${this.label}: could not claim a version number after ${MAX_ATTEMPTS} attempts`);
    }
    /** The manifest already holding this content: by its content tag, else (a run that died before tagging it) the newest version. */
    async findContent(digest) {
        const read = async (reference) => {
            const found = await this.client.getManifest(reference);
            return found ? { manifest: JSON.parse(found.bytes.toString('utf8')), digest: found.digest, bytes: found.bytes } : undefined;
        };
        const byTag = await read(this.contentTag(digest));
        if (byTag)
            return byTag;
        const latest = (0,names/* nextVersion */.yU)(await this.client.listTags());
        if (latest === '1')
            return undefined;
        const newest = await read(String(Number(latest) - 1));
        return newest?.manifest.annotations?.[`${OURS}digest`] === digest ? newest : undefined;
    }
    async reuse(existing, request) {
        const version = existing.manifest.annotations[VERSION];
        this.checkTags(existing.manifest, request.tags, version);
        // Repair what a run that died between the two tags left out.
        if ((await this.client.getManifest(version))?.digest !== existing.digest)
            await this.client.putManifest(version, existing.bytes);
        await this.client.putManifest(this.contentTag(request.content.digest), existing.bytes);
        return { version: await this.toVersion(existing.manifest, existing.digest), created: false };
    }
    /** Manifests are immutable: tags are fixed at registration, so new tags cannot be added later. */
    checkTags(manifest, tags, version) {
        const current = tagsOf(manifest);
        const changed = Object.keys(tags).filter((key) => current[key] !== tags[key]);
        if (changed.length) {
            throw new errors/* UserError */.yo(`${this.label}: version ${version} is an immutable OCI manifest; its tags cannot change after registration (${changed.join(', ')})`, { input: 'tags' });
        }
    }
    async toVersion(manifest, digest, knownTags) {
        const annotations = manifest.annotations ?? {};
        const aliases = [];
        const tags = knownTags ?? (await this.client.listTags());
        for (const tag of tags) {
            if ((0,names/* isVersionNumber */.i3)(tag) || tag.startsWith('sha256-') || tag === annotations[VERSION])
                continue;
            if ((await this.client.getManifest(tag))?.digest === digest)
                aliases.push(tag);
        }
        let metrics = {};
        try {
            metrics = JSON.parse(annotations[`${OURS}metrics`] ?? '{}');
        }
        catch {
            // Written by someone else: no metrics we can read.
        }
        return {
            name: annotations[`${OURS}model.name`] ?? this.ref.repository,
            version: annotations[VERSION] ?? '',
            digest: annotations[`${OURS}digest`] ?? '',
            uri: `oci://${this.ref.host}/${this.ref.repository}@${digest}`,
            aliases: aliases.sort(),
            tags: tagsOf(manifest),
            ...(annotations['org.opencontainers.image.description'] ? { description: annotations['org.opencontainers.image.description'] } : {}),
            metrics,
            attachments: attachmentsOf(manifest),
        };
    }
    async getVersion(_name, versionOrAlias) {
        const found = await this.client.getManifest(versionOrAlias);
        return found ? this.toVersion(JSON.parse(found.bytes.toString('utf8')), found.digest) : undefined;
    }
    async setAlias(name, alias, version) {
        const found = await this.client.getManifest(version);
        if (!found)
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version} to point alias '${alias}' at`);
        await this.client.putManifest(alias, found.bytes);
    }
    async setTags(_name, version, tags) {
        const found = await this.client.getManifest(version);
        if (!found)
            throw new errors/* UserError */.yo(`${this.label}: there is no version ${version}`);
        this.checkTags(JSON.parse(found.bytes.toString('utf8')), tags, version);
    }
    /**
     * One repository holds one model: its aliases are the tags that are neither versions nor
     * content tags. Undefined when the repository is empty or holds another model.
     */
    async listAliases(name) {
        let holdsModel = false;
        const aliases = [];
        for (const tag of await this.client.listTags()) {
            if (tag.startsWith('sha256-'))
                continue;
            const found = await this.client.getManifest(tag);
            const annotations = found ? JSON.parse(found.bytes.toString('utf8')).annotations ?? {} : {};
            if (annotations[`${OURS}model.name`] !== name)
                continue;
            holdsModel = true;
            if (!(0,names/* isVersionNumber */.i3)(tag) && annotations[VERSION] !== tag)
                aliases.push(tag);
        }
        return holdsModel ? aliases.sort() : undefined;
    }
    async fetchAttachment(name, version, attachment, destDir) {
        const found = await this.client.getManifest(version);
        if (!found)
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version}`);
        const wanted = (0,attachments/* findAttachment */.$q)(this.label, name, version, attachmentsOf(JSON.parse(found.bytes.toString('utf8'))), attachment);
        const target = (0,attachments/* fetchTarget */.IW)(destDir, wanted);
        (0,external_node_fs_.writeFileSync)(target, await this.client.getBlob(wanted.digest));
        return (0,attachments/* checkFetched */.eU)(this.label, target, wanted);
    }
}


/***/ })

};
