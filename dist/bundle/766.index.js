export const id = 766;
export const ids = [766];
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

/***/ 8766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FileRegistry: () => (/* binding */ FileRegistry)
});

// UNUSED EXPORTS: VERSION_FORMAT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/registry/attachments.js
var attachments = __webpack_require__(1006);
// EXTERNAL MODULE: ./lib/src/registry/failpoint.js
var failpoint = __webpack_require__(3270);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/src/runner/atomic-write.js
var atomic_write = __webpack_require__(4054);
;// CONCATENATED MODULE: ./lib/src/registry/file-store.js
/**
 * Low-level pieces of the embedded file registry: content-addressed blobs and small JSON files
 * written atomically. See file.ts for the layout.
 */





/** A name unique to this process and call, for temporary files next to their target. */
function uniqueSuffix() {
    return `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
/**
 * Stores a file's content as `blobs/sha256/<hex>` unless it is there already; copies go to a
 * temporary name first, so a blob that exists is always complete. Blobs are made read-only
 * because every version holding the file links to the same inode.
 */
function storeBlob(root, source, sha256) {
    const target = (0,external_node_path_.join)(root, 'blobs', 'sha256', sha256);
    if ((0,external_node_fs_.existsSync)(target))
        return target;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
    const temporary = `${target}.${uniqueSuffix()}.tmp`;
    try {
        (0,external_node_fs_.copyFileSync)(source, temporary);
        (0,external_node_fs_.chmodSync)(temporary, 0o444);
        (0,external_node_fs_.renameSync)(temporary, target);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw new errors/* UserError */.yo(`file registry '${root}': cannot store the blob of '${source}': ${error.message}`, { cause: error });
    }
    return target;
}
/**
 * How old a staging directory or temporary blob must be before a later registration removes it
 * as left by a crash or a cancelled job. Long enough that no live registration (even of a large
 * model over a slow shared file system) is that old: theirs are touched as they are written.
 */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
/**
 * Removes the entries of `dir` whose name `matches` and that were last modified more than
 * ABANDONED_AFTER_MS ago: what a killed registration left behind (it had no chance to clean
 * up). Best effort: an entry another process removes first, or one that cannot be removed, is
 * skipped.
 */
function removeAbandoned(dir, matches) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return;
    }
    const now = Date.now();
    for (const name of names) {
        if (!matches(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        try {
            if (now - (0,external_node_fs_.lstatSync)(path).mtimeMs > ABANDONED_AFTER_MS)
                (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
        }
        catch {
            // Gone already, or not ours to remove: leave it.
        }
    }
}
/** Whether a blob directory entry is a temporary copy (storeBlob's `<hex>.<suffix>.tmp`). */
function isTemporaryBlob(name) {
    return name.endsWith('.tmp');
}
/** Places a blob at `target`: a hard link (no copy, same bytes) or, across file systems, a copy. */
function placeBlob(blob, target) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
    try {
        (0,external_node_fs_.linkSync)(blob, target);
    }
    catch {
        (0,external_node_fs_.copyFileSync)(blob, target);
    }
}
/** Reads a JSON file, or undefined when it does not exist. */
function readJson(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The registry file '${path}' is not valid JSON: ${error.message}`, { file: path, cause: error });
    }
}
/** Writes JSON so readers see the old or the new content, never a mix. */
function writeJson(path, value, what) {
    (0,atomic_write/* writeFileAtomic */.Z)(path, `${JSON.stringify(value, null, 2)}\n`, what);
}

// EXTERNAL MODULE: ./lib/src/registry/names.js
var names = __webpack_require__(8064);
;// CONCATENATED MODULE: ./lib/src/registry/file.js
/**
 * The embedded registry: a directory, for local use and self-hosted runners with shared
 * storage. Layout (documented in register-model/README.md):
 *
 *   <root>/blobs/sha256/<hex>                       each file's content, once, read-only
 *   <root>/models/<name>/versions/<v>/version.json  the version's metadata and lineage (immutable)
 *   <root>/models/<name>/versions/<v>/MODEL_CARD.md
 *   <root>/models/<name>/versions/<v>/tags.json     tags (the only mutable part of a version)
 *   <root>/models/<name>/versions/<v>/model/…       the files, hard links to the blobs
 *   <root>/models/<name>/versions/<v>/attachments/<kind>/<file>  data profiles, predictions (blobs too)
 *   <root>/models/<name>/aliases/<alias>.json       {"version": "<v>", "updated": "…"}
 *
 * A version is assembled under `models/<name>/.staging/` and made visible by one rename of its
 * directory onto `versions/<v>`. The rename fails when `<v>` exists (a committed version is
 * never empty), so concurrent writers can never share a number: the loser takes the next one.
 * A registration killed half-way leaves its staging directory (and maybe a temporary blob);
 * the next registration of the model removes those more than a day old.
 */







const VERSION_FORMAT = 'mlops-actions/model-version';
const MAX_ATTEMPTS = 10_000;
class FileRegistry {
    label;
    root;
    constructor(dir) {
        this.root = (0,external_node_path_.resolve)(dir);
        this.label = `file registry '${dir}'`;
    }
    modelDir(name) {
        return (0,external_node_path_.join)(this.root, 'models', (0,names/* checkModelName */.Xs)(name));
    }
    versionDir(name, version) {
        return (0,external_node_path_.join)(this.modelDir(name), 'versions', version);
    }
    versions(name) {
        const dir = (0,external_node_path_.join)(this.modelDir(name), 'versions');
        return (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).filter((v) => !v.startsWith('.')) : [];
    }
    toVersion(record) {
        const dir = this.versionDir(record.name, record.version);
        const single = record.singleFile ? record.lineage.files[0]?.path : undefined;
        return {
            name: record.name,
            version: record.version,
            digest: record.digest,
            uri: single ? (0,external_node_path_.join)(dir, 'model', single) : (0,external_node_path_.join)(dir, 'model'),
            aliases: this.aliasesOf(record.name, record.version),
            tags: readJson((0,external_node_path_.join)(dir, 'tags.json')) ?? {},
            description: record.description,
            metrics: record.metrics,
            lineage: record.lineage,
            attachments: record.attachments ?? [],
        };
    }
    record(name, version) {
        return readJson((0,external_node_path_.join)(this.versionDir(name, version), 'version.json'));
    }
    aliasesOf(name, version) {
        const dir = (0,external_node_path_.join)(this.modelDir(name), 'aliases');
        if (!(0,external_node_fs_.existsSync)(dir))
            return [];
        return (0,external_node_fs_.readdirSync)(dir)
            .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
            .filter((f) => readJson((0,external_node_path_.join)(dir, f))?.version === version)
            .map((f) => f.slice(0, -'.json'.length))
            .sort();
    }
    findDigest(name, digest) {
        for (const version of this.versions(name)) {
            const record = this.record(name, version);
            if (record?.digest === digest)
                return record;
        }
        return undefined;
    }
    /** Registers the content, or returns the version that already has the same digest. */
    async register(request) {
        const { name, content } = request;
        const existing = this.findDigest(name, content.digest);
        if (existing)
            return this.reuse(existing, request.tags);
        // What killed registrations left (a staging directory, a half-copied blob) goes once a day old.
        removeAbandoned((0,external_node_path_.join)(this.modelDir(name), '.staging'), () => true);
        removeAbandoned((0,external_node_path_.join)(this.root, 'blobs', 'sha256'), isTemporaryBlob);
        const staging = (0,external_node_path_.join)(this.modelDir(name), '.staging', uniqueSuffix());
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.modelDir(name), 'versions'), { recursive: true });
        try {
            for (const file of content.files) {
                placeBlob(storeBlob(this.root, file.absolute, file.sha256), (0,external_node_path_.join)(staging, 'model', ...file.path.split('/')));
            }
            for (const file of request.attachments) {
                placeBlob(storeBlob(this.root, file.absolute, file.sha256), (0,external_node_path_.join)(staging, 'attachments', ...file.name.split('/')));
            }
            writeJson((0,external_node_path_.join)(staging, 'tags.json'), request.tags, 'version tags');
            (0,failpoint/* failpoint */.Z)(failpoint/* BEFORE_COMMIT */.w);
            for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                const version = request.version ?? (0,names/* nextVersion */.yU)(this.versions(name));
                const record = {
                    format: VERSION_FORMAT,
                    formatVersion: 1,
                    name,
                    version,
                    digest: content.digest,
                    singleFile: content.singleFile,
                    ...(request.description ? { description: request.description } : {}),
                    metrics: request.metrics,
                    lineage: request.lineage,
                    attachments: request.attachments.map(attachments/* listed */.KE),
                };
                writeJson((0,external_node_path_.join)(staging, 'version.json'), record, 'version metadata');
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(staging, 'MODEL_CARD.md'), request.card(version));
                if (this.commit(staging, this.versionDir(name, version)))
                    return { version: this.toVersion(record), created: true };
                // Someone committed this number first. The same content (a concurrent re-run)? Use theirs.
                const winner = this.findDigest(name, content.digest);
                if (winner)
                    return this.reuse(winner, request.tags);
                if (request.version) {
                    throw new errors/* UserError */.yo(`${this.label}: version ${request.version} of '${name}' already exists with other content (${this.record(name, request.version)?.digest ?? 'unknown digest'})`);
                }
            }
            throw new errors/* UserError */.yo(`${this.label}: could not claim a version number for '${name}' after ${MAX_ATTEMPTS} attempts`);
        }
        finally {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        }
    }
    /** The one step that makes a version visible; false when the number is taken. */
    commit(staging, target) {
        try {
            (0,external_node_fs_.renameSync)(staging, target);
            return true;
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                return false;
            throw new errors/* UserError */.yo(`${this.label}: cannot commit ${target}: ${error.message}`, { cause: error });
        }
    }
    async reuse(record, tags) {
        if (Object.keys(tags).length)
            await this.setTags(record.name, record.version, tags);
        return { version: this.toVersion(this.record(record.name, record.version)), created: false };
    }
    async getVersion(name, versionOrAlias) {
        let record = (0,external_node_fs_.existsSync)(this.versionDir(name, versionOrAlias)) ? this.record(name, versionOrAlias) : undefined;
        if (!record && !(0,names/* isVersionNumber */.i3)(versionOrAlias)) {
            const alias = readJson((0,external_node_path_.join)(this.modelDir(name), 'aliases', `${versionOrAlias}.json`));
            if (alias)
                record = this.record(name, alias.version);
        }
        return record ? this.toVersion(record) : undefined;
    }
    async setAlias(name, alias, version) {
        if (!this.record(name, version))
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version} to point alias '${alias}' at`);
        writeJson((0,external_node_path_.join)(this.modelDir(name), 'aliases', `${alias}.json`), { version, updated: new Date().toISOString() }, 'alias');
    }
    async setTags(name, version, tags) {
        const path = (0,external_node_path_.join)(this.versionDir(name, version), 'tags.json');
        if (!this.record(name, version))
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version}`);
        writeJson(path, { ...(readJson(path) ?? {}), ...tags }, 'version tags');
    }
    async listAliases(name) {
        if (!(0,external_node_fs_.existsSync)(this.modelDir(name)))
            return undefined;
        const dir = (0,external_node_path_.join)(this.modelDir(name), 'aliases');
        if (!(0,external_node_fs_.existsSync)(dir))
            return [];
        return (0,external_node_fs_.readdirSync)(dir)
            .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
            .map((f) => f.slice(0, -'.json'.length))
            .sort();
    }
    async fetchAttachment(name, version, attachment, destDir) {
        const record = this.record(name, version);
        if (!record)
            throw new errors/* UserError */.yo(`${this.label}: '${name}' has no version ${version}`);
        const found = (0,attachments/* findAttachment */.$q)(this.label, name, version, record.attachments ?? [], attachment);
        const target = (0,attachments/* fetchTarget */.IW)(destDir, found);
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(this.versionDir(name, version), 'attachments', ...found.name.split('/')), target);
        // The blob is read-only (shared by versions); the copy is the caller's to change or remove.
        (0,external_node_fs_.chmodSync)(target, 0o644);
        return (0,attachments/* checkFetched */.eU)(this.label, target, found);
    }
}


/***/ }),

/***/ 4054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ danglingLinkTarget),
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/**
 * Writes an output file so that readers see the old content or the new, never half of it:
 * into a temporary file next to the destination, then renamed over it.
 *
 * A rename replaces the directory entry, so it is only done where that is what the user
 * means by "write to this path":
 * - a symlink stays a link: the file it points to is replaced (a dangling link gets its
 *   target created), as `>` in a shell would do;
 * - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is a sink, not a file
 *   to replace: the content is written into it directly. Renaming over it would swap the
 *   device for a regular file (as root, `/dev/null` itself) and the reader would never see
 *   the content;
 * - nothing is ever created or renamed inside /dev or /proc: paths there (`/dev/stdout`,
 *   `/dev/fd/3`) name the process's own streams, even when they lead to a regular file;
 * - a directory is refused by the rename, with its error in the message.
 */



/** Symlinks followed before giving up, like the kernel's ELOOP limit. */
const MAX_LINKS = 40;
function writeFileAtomic(path, content, what = 'file') {
    let destination;
    try {
        destination = findDestination(path);
    }
    catch (error) {
        throw cannotWrite(what, path, error);
    }
    if (destination.direct)
        writeInto(path, content, destination.stats, what);
    else
        replaceAtomically(path, destination.path, content, destination.stats, what);
}
function findDestination(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const stats = statIfAny(absolute);
    if (isStreamPath(absolute)) {
        if (stats === undefined)
            throw new Error('no such device or stream (files are never created under /dev or /proc)');
        return { path: absolute, stats, direct: true };
    }
    if (stats === undefined) {
        const target = danglingLinkTarget(absolute);
        if (isStreamPath(target))
            throw new Error(`it is a link to '${target}', which does not exist (files are never created under /dev or /proc)`);
        return { path: target, direct: false };
    }
    if (stats.isFile() || stats.isDirectory()) {
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
        return { path: target, stats, direct: isStreamPath(target) };
    }
    return { path: absolute, stats, direct: true };
}
function isStreamPath(absolute) {
    return process.platform !== 'win32' && /^\/(dev|proc)(\/|$)/.test(absolute);
}
function statIfAny(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Where a path that does not resolve to anything is created: at the end of its links. */
function danglingLinkTarget(absolute) {
    let current = absolute;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        let link;
        try {
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return current;
            throw error;
        }
        if (!link.isSymbolicLink())
            return current;
        // Relative targets count from the link's real directory, as the kernel resolves them.
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current)), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(current));
    }
    throw new Error(`more than ${MAX_LINKS} symbolic links in a row`);
}
function replaceAtomically(path, target, content, stats, what) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content);
        // The replaced file keeps its permissions (a shared report stays group-readable).
        if (stats?.isFile())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(temporary, stats.mode & 0o7777);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, target);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw cannotWrite(what, path, error);
    }
}
function writeInto(path, content, stats, what) {
    let fd;
    let probe;
    try {
        if (stats?.isFIFO()) {
            // Opening a FIFO for writing waits for a reader, forever if none comes: ask without
            // waiting first (ENXIO: nobody reads it), and hold that end open while the blocking
            // one is opened so the reader cannot leave in between.
            try {
                probe = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            }
            catch (error) {
                if (error.code === 'ENXIO')
                    throw new Error('it is a named pipe (FIFO) that no process is reading');
                throw error;
            }
        }
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
    }
    catch (error) {
        throw cannotWrite(what, path, error);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        if (probe !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(probe);
    }
}
/** The one error for an output that could not be written, naming it and the system's reason. */
function cannotWrite(what, path, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write the ${what} '${path}': ${error.message}`, { file: path, cause: error });
}


/***/ })

};
