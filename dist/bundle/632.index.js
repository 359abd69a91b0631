export const id = 632;
export const ids = [632];
export const modules = {

/***/ 9632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_VERSION: () => (/* binding */ REPORT_VERSION),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/github/client.js
var client = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/src/github/context.js
var github_context = __webpack_require__(2963);
// EXTERNAL MODULE: ./lib/src/github/status.js
var github_status = __webpack_require__(9412);
// EXTERNAL MODULE: ./lib/src/report/markdown.js
var markdown = __webpack_require__(2560);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/runner/summary.js
var summary = __webpack_require__(7457);
;// CONCATENATED MODULE: ./lib/src/github/sticky-comment.js
/**
 * One comment per gate on a pull request, updated in place on every run. It is found again by
 * a hidden marker at its start, across all pages of the PR's comments, so re-runs never add a
 * second copy. When the token cannot write (fork PRs), the content goes to the job summary.
 */




const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The hidden marker that identifies the sticky comment of gate `id`. */
function stickyMarker(id) {
    // Anything else could end the HTML comment early or differ only by case or whitespace.
    if (!ID_PATTERN.test(id) || id.includes('--'))
        throw new Error(`Invalid sticky comment id '${id}'`);
    return `<!-- mlops-actions:${id} -->`;
}
/** Builds the full comment text: marker first, then the body capped to fit. */
function stickyBody(id, body) {
    const marker = stickyMarker(id);
    return `${marker}\n${(0,markdown/* capLength */.bu)(body, markdown/* COMMENT_LIMIT */.W$ - 536 - marker.length - 1)}`;
}
/** Finds the first comment on the issue that starts with `marker`, reading every page. */
async function findComment(options, marker) {
    const pages = options.octokit.paginate.iterator(options.octokit.rest.issues.listComments, {
        owner: options.owner,
        repo: options.repo,
        issue_number: options.issueNumber,
        per_page: 100,
    });
    for await (const { data } of pages) {
        // Only the start counts: a human quoting our comment must not be taken for it.
        const found = data.find((comment) => comment.body?.startsWith(marker));
        if (found)
            return { id: found.id };
    }
    return undefined;
}
/**
 * Creates or updates the sticky comment of gate `id` on the issue or PR. Re-runs update the
 * same comment; comments of other ids are left alone. Failing calls reject with ServiceError.
 */
async function upsertStickyComment(options) {
    const marker = stickyMarker(options.id);
    const body = stickyBody(options.id, options.body);
    const existing = await findComment(options, marker);
    const { owner, repo, octokit } = options;
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: options.issueNumber, body });
    return { action: 'created', url: data.html_url, id: data.id };
}
/** A refusal to write, as opposed to a rate limit or an outage, which should fail loudly. */
function isWriteRefused(error) {
    if (!(error instanceof errors/* ServiceError */._7))
        return false;
    if (error.status === 404)
        return true;
    return error.status === 403 && !/rate limit/i.test(error.message);
}
/**
 * Publishes the sticky comment; when the token may not write (403 on fork PRs, 404), warns and
 * appends the content to the job summary instead of failing the job. Without a PR number the
 * content goes to the summary only.
 */
async function publishComment(options) {
    const { issueNumber } = options;
    if (issueNumber === undefined) {
        core/* info */.pq('Not a pull request: the report is in the job summary only.');
        await (0,summary/* appendSummary */.f)(options.body);
        return { action: 'summary-only' };
    }
    try {
        return await upsertStickyComment({ ...options, issueNumber });
    }
    catch (error) {
        if (!isWriteRefused(error))
            throw error;
        core/* warning */.$e(`Could not comment on #${issueNumber}: ${error.message}. ` +
            'This is expected on pull requests from forks, whose token is read-only; the report is in the job summary instead.', { title: 'PR comment skipped' });
        await (0,summary/* appendSummary */.f)(options.body);
        return { action: 'summary-only' };
    }
}

// EXTERNAL MODULE: ./lib/src/runner/atomic-write.js
var atomic_write = __webpack_require__(4054);
// EXTERNAL MODULE: ./lib/src/runner/distinct-paths.js
var distinct_paths = __webpack_require__(5664);
// EXTERNAL MODULE: ./lib/src/registry/model-reference.js
var model_reference = __webpack_require__(9361);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/src/store/zip.js
/**
 * Just enough of a zip reader for artifact archives: the central directory, stored and
 * deflated entries, CRC checks. GitHub serves artifacts as zip files; reading them here
 * avoids a dependency for a format this small.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 as zip uses it (zlib.crc32 is missing before Node 20.15). */
function crc32(data) {
    let crc = 0xffffffff;
    for (const byte of data)
        crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
function findEndRecord(zip) {
    const stop = Math.max(0, zip.length - MAX_END_SEARCH);
    for (let at = zip.length - 22; at >= stop; at--) {
        if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    throw new Error('not a zip archive (no end of central directory record)');
}
/**
 * Reads every file entry of a zip archive (directories are skipped). Throws on anything it
 * cannot read faithfully: ZIP64, encryption, unknown compression, a CRC mismatch.
 */
function readZip(zip) {
    const end = findEndRecord(zip);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff)
        throw new Error('ZIP64 archives are not supported');
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
            throw new Error(`corrupt zip archive (central directory entry ${i})`);
        }
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const crc = zip.readUInt32LE(at + 16);
        const compressedSize = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const localOffset = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        if (flags & 1)
            throw new Error(`zip entry '${name}' is encrypted`);
        if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
            throw new Error('ZIP64 archives are not supported');
        }
        if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
            throw new Error(`corrupt zip archive (entry '${name}')`);
        const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const raw = zip.subarray(dataStart, dataStart + compressedSize);
        let data;
        if (method === 0)
            data = Buffer.from(raw);
        else if (method === 8)
            data = (0,external_node_zlib_.inflateRawSync)(raw);
        else
            throw new Error(`zip entry '${name}' uses unsupported compression method ${method}`);
        if (data.length !== size || crc32(data) !== crc)
            throw new Error(`zip entry '${name}' is corrupt (size or CRC mismatch)`);
        entries.push({ name, data });
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/src/store/latest-artifact.js
/**
 * Downloads an artifact from the latest successful run of a workflow on a branch (by default
 * the repository's default branch), through the public REST API: the way a pull request
 * compares itself with the baseline that main last produced.
 */




/** No usable artifact: no successful run, no artifact of that name in it, or it expired. */
class LatestArtifactError extends errors/* UserError */.yo {
    problem;
    constructor(problem, message) {
        super(message, { title: 'Artifact not found' });
        this.problem = problem;
        this.name = 'LatestArtifactError';
    }
}
/**
 * How many of the newest successful runs to look through. The `branch` filter matches a
 * run's head branch name, which a pull request from a fork can share ("main"); such runs are
 * skipped, so the page holds more than one run.
 */
const RUNS_PER_PAGE = 20;
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
async function latestSuccessfulRun(options, branch) {
    const { octokit, owner, repo, workflow } = options;
    const query = { owner, repo, branch, status: 'success', per_page: RUNS_PER_PAGE };
    let runs;
    if (workflow === undefined) {
        runs = (await octokit.rest.actions.listWorkflowRunsForRepo(query)).data.workflow_runs;
    }
    else {
        try {
            runs = (await octokit.rest.actions.listWorkflowRuns({ ...query, workflow_id: workflow })).data.workflow_runs;
        }
        catch (error) {
            if (statusOf(error) === 404) {
                throw new errors/* UserError */.yo(`No workflow '${workflow}' in ${owner}/${repo} (give its file name, such as train.yml, or its id).`, { cause: error });
            }
            throw error;
        }
    }
    // Runs are newest first; take the first one made from this repository, not from a fork.
    return runs.find((run) => (run.head_repository?.full_name ?? `${owner}/${repo}`).toLowerCase() === `${owner}/${repo}`.toLowerCase());
}
/** Writes entries under `destination`, refusing any that would land outside it. */
async function writeEntries(destination, entries) {
    const root = (0,external_node_path_.resolve)(destination);
    const files = [];
    for (const entry of entries) {
        const path = (0,external_node_path_.resolve)(root, entry.name);
        const inside = (0,external_node_path_.relative)(root, path);
        if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
            throw new errors/* UserError */.yo(`The artifact holds a file with an unsafe path: ${JSON.stringify(entry.name)}.`);
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, entry.data);
        files.push(path);
    }
    return files;
}
/** GitHub serves artifacts zipped; one uploaded unarchived arrives as the file itself. */
function isZip(body) {
    return body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && (body[2] === 3 || body[2] === 5);
}
/**
 * Finds the latest successful run of `workflow` on `branch` (default: the default branch),
 * its artifact called `name`, downloads the archive and extracts it into `destination`.
 * Throws a LatestArtifactError naming workflow, branch, run and artifact when there is no
 * successful run, no such artifact in it, or the artifact expired. Needs `actions: read`.
 */
async function downloadLatestArtifact(options) {
    const { octokit, owner, repo, name } = options;
    const branch = options.branch ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    const workflowText = options.workflow === undefined ? 'any workflow' : `workflow '${options.workflow}'`;
    const run = await latestSuccessfulRun(options, branch);
    if (run === undefined) {
        throw new LatestArtifactError('no-run', `No successful run of ${workflowText} on branch '${branch}' in ${owner}/${repo}, so there is no artifact '${name}' to download.`);
    }
    const where = `run ${run.id} (${run.html_url}) of ${workflowText} on branch '${branch}'`;
    const { artifacts } = (await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name, per_page: 100 })).data;
    const named = artifacts.filter((artifact) => artifact.name === name).sort((a, b) => b.id - a.id);
    if (named.length === 0) {
        throw new LatestArtifactError('no-artifact', `The latest successful ${where} has no artifact named '${name}'.`);
    }
    const artifact = named.find((candidate) => !candidate.expired);
    const expired = (at) => new LatestArtifactError('expired', `The artifact '${name}' of the latest successful ${where} has expired${at ? ` (on ${at})` : ''}; re-run that workflow to produce it again.`);
    if (artifact === undefined)
        throw expired(named[0]?.expires_at);
    let body;
    try {
        // The API answers 302 to a short-lived storage URL; fetch follows it (dropping our token).
        const response = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
        const data = response.data;
        body = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
    }
    catch (error) {
        if (statusOf(error) === 410)
            throw expired(artifact.expires_at);
        throw error;
    }
    let entries;
    try {
        entries = isZip(body) ? readZip(body) : [{ name, data: body }];
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The artifact '${name}' (id ${artifact.id}) of ${where} could not be read: ${error.message}.`, { cause: error });
    }
    const files = await writeEntries(options.destination, entries);
    return { runId: run.id, runUrl: run.html_url, artifactId: artifact.id, branch, files };
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/registry-baseline.js
/**
 * `baseline: registry:<name>@<alias-or-version>`: the version register-model recorded. With a
 * predictions candidate, the version's predictions (when it carries them) are the baseline, so
 * significance rules can run; otherwise its recorded metrics, written to a file the gate reads
 * like any metrics file.
 */




async function fromRegistry(spec, options) {
    const resolved = await (0,model_reference/* resolveModelReference */.Dx)(spec, { registry: options.registry, input: 'baseline', ...(options.token ? { githubToken: options.token } : {}) });
    if (options.candidateIsPredictions) {
        const [predictions] = await (0,model_reference/* fetchAttachments */.NL)(resolved, 'predictions', options.scratch);
        if (predictions)
            return { file: predictions, description: `${resolved.description}, its predictions` };
        if (options.significance) {
            throw new errors/* InputError */.dz('baseline', `${resolved.description} carries no predictions, which the significance rules in \`thresholds\` need: register it with register-model's \`predictions\` input (its eval predictions file)`);
        }
    }
    const metrics = recordedMetrics(resolved, 'baseline');
    const file = (0,external_node_path_.join)(options.scratch, 'baseline-metrics.json');
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(metrics, null, 2)}\n`);
    return { file, description: `${resolved.description}, its metrics` };
}
/** The version's recorded metrics, or a UserError saying how to record them. */
function recordedMetrics(resolved, input) {
    const metrics = resolved.version.metrics ?? {};
    if (!Object.keys(metrics).length) {
        throw new errors/* UserError */.yo(`${resolved.description} has no metrics: register it with register-model's \`metrics\` input (a metrics file or an eval-gate report)`, { input });
    }
    return metrics;
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/baseline.js
/**
 * Resolves the `baseline` input to a local file: a path; `git:<ref>:<path>`, the file at a git
 * ref of the checked-out repository (e.g. the PR base); `artifact:<name>`, from the latest
 * successful run on the default branch; `registry:<name>@<alias-or-version>`, a version
 * register-model recorded (see registry-baseline.ts).
 */










function scratch() {
    const parent = process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'eval-gate-baseline-'));
}
/** Reads `git show <ref>:<path>` into a temporary file with the same name. */
function fromGit(spec) {
    const match = /^git:([^:]+):(.+)$/.exec(spec);
    if (!match)
        throw new errors/* InputError */.dz('baseline', `expected git:<ref>:<path>, got '${spec}'`);
    const [, ref, path] = match;
    let content;
    try {
        content = (0,external_node_child_process_.execFileSync)('git', ['show', `${ref}:${path.replace(/^\.\//, '')}`], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (error) {
        const stderr = String(error.stderr ?? '').trim().split('\n')[0];
        throw new errors/* InputError */.dz('baseline', `cannot read '${path}' at git ref '${ref}': ${stderr || error.message}. In a workflow, check out with \`fetch-depth: 0\` (or fetch that ref) so the ref exists.`);
    }
    const file = (0,external_node_path_.join)(scratch(), (0,external_node_path_.basename)(path));
    (0,external_node_fs_.writeFileSync)(file, content);
    return { file, description: `${path} at ${ref}` };
}
async function fromArtifact(spec, token, workflow) {
    const name = spec.slice('artifact:'.length).trim();
    if (!name)
        throw new errors/* InputError */.dz('baseline', 'expected artifact:<name>');
    if (!token)
        throw new errors/* InputError */.dz('github-token', 'is needed for an artifact: baseline, but none was supplied');
    const context = (0,github_context/* getGitHubContext */.f)();
    const destination = scratch();
    const artifact = await downloadLatestArtifact({ octokit: (0,client/* createOctokit */.Qi)(token), owner: context.owner, repo: context.repo, name, destination, ...(workflow ? { workflow } : {}) });
    const file = artifact.files.find((f) => /\.(json|ya?ml|csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i.test(f));
    if (!file)
        throw new errors/* UserError */.yo(`artifact '${name}' of run ${artifact.runId} holds no metrics or predictions file (it has: ${artifact.files.map((f) => (0,external_node_path_.basename)(f)).join(', ')})`);
    return { file: file.startsWith('/') ? file : (0,external_node_path_.join)(destination, file), description: `artifact '${name}' of ${artifact.runUrl}` };
}
/** The baseline as a local file. */
async function resolveBaseline(spec, options) {
    if (spec.startsWith('git:'))
        return fromGit(spec);
    if (spec.startsWith('artifact:'))
        return fromArtifact(spec, options.token, options.workflow);
    if ((0,model_reference/* isRegistryReference */.lb)(spec))
        return fromRegistry(spec, { ...options, scratch: scratch() });
    if (!(0,external_node_fs_.existsSync)(spec))
        throw new errors/* InputError */.dz('baseline', `file '${spec}' does not exist (or use git:<ref>:<path>, artifact:<name>, registry:<name>@<alias-or-version>)`);
    return { file: spec, description: spec };
}

;// CONCATENATED MODULE: ./lib/src/metrics/classification.js
function divide(numerator, denominator, what, warnings) {
    if (denominator === 0) {
        warnings?.push(`${what} is ill-defined (0/0) and set to 0.0, as scikit-learn's zero_division="warn" does`);
        return 0;
    }
    return numerator / denominator;
}
/** Accuracy, precision, recall and F1 of the positive class (1). */
function binaryScores(c, warnings) {
    const n = c.tn + c.fp + c.fn + c.tp;
    return {
        accuracy: (c.tp + c.tn) / n,
        precision: divide(c.tp, c.tp + c.fp, 'precision (no predicted positives)', warnings),
        recall: divide(c.tp, c.tp + c.fn, 'recall (no true positives)', warnings),
        f1: divide(2 * c.tp, 2 * c.tp + c.fp + c.fn, 'F1 (no true or predicted positives)', warnings),
    };
}
/**
 * Per-class scores over the classes that occur (non-zero row or column sum): a class that is
 * in neither y_true nor y_pred (possible when weighted by a bootstrap resample) is left out of
 * the averages as sklearn leaves it out of unique_labels.
 */
function perClass({ k, matrix }, warnings) {
    const out = { precision: [], recall: [], f1: [], support: [], present: [] };
    for (let c = 0; c < k; c++) {
        let trueSum = 0;
        let predSum = 0;
        for (let j = 0; j < k; j++) {
            trueSum += matrix[c * k + j];
            predSum += matrix[j * k + c];
        }
        const tp = matrix[c * k + c];
        out.present.push(trueSum + predSum > 0);
        out.support.push(trueSum);
        out.precision.push(divide(tp, predSum, `precision of class #${c} (never predicted)`, warnings));
        out.recall.push(divide(tp, trueSum, `recall of class #${c} (absent from y_true)`, warnings));
        out.f1.push(divide(2 * tp, trueSum + predSum, `F1 of class #${c}`, warnings));
    }
    return out;
}
/** Accuracy and the macro / weighted averages of a confusion matrix. */
function multiclassScores(cm, warnings) {
    const pc = perClass(cm, warnings);
    let n = 0;
    let correct = 0;
    for (let c = 0; c < cm.k; c++) {
        correct += cm.matrix[c * cm.k + c];
        for (let j = 0; j < cm.k; j++)
            n += cm.matrix[c * cm.k + j];
    }
    let present = 0;
    let p = 0;
    let r = 0;
    let f = 0;
    let fw = 0;
    let supportSum = 0;
    for (let c = 0; c < cm.k; c++) {
        if (!pc.present[c])
            continue;
        present++;
        p += pc.precision[c];
        r += pc.recall[c];
        f += pc.f1[c];
        fw += pc.f1[c] * pc.support[c];
        supportSum += pc.support[c];
    }
    return {
        accuracy: correct / n,
        precision_macro: p / present,
        recall_macro: r / present,
        f1_macro: f / present,
        f1_weighted: divide(fw, supportSum, 'weighted F1 (no true samples)', warnings),
    };
}

;// CONCATENATED MODULE: ./lib/src/metrics/confusion.js
/**
 * Confusion matrices, optionally weighted by per-row multiplicities (the bootstrap's resample
 * counts), so that a weighted matrix equals the plain one of the rows repeated that many times.
 */
/** Counts tn/fp/fn/tp of 0/1 labels and predictions, each row counted `weights[i]` times (default 1). */
function binaryConfusion(yTrue, yPred, weights) {
    // cells[2 * truth + prediction], one branch-free pass
    const cells = [0, 0, 0, 0];
    if (weights === undefined) {
        for (let i = 0; i < yTrue.length; i++)
            cells[2 * yTrue[i] + yPred[i]]++;
    }
    else {
        for (let i = 0; i < yTrue.length; i++)
            cells[2 * yTrue[i] + yPred[i]] += weights[i];
    }
    return { tn: cells[0], fp: cells[1], fn: cells[2], tp: cells[3] };
}
/** Confusion matrix of class indices in [0, k), each row counted `weights[i]` times (default 1). */
function confusionMatrix(yTrue, yPred, k, weights) {
    const matrix = new Float64Array(k * k);
    if (weights === undefined) {
        for (let i = 0; i < yTrue.length; i++)
            matrix[yTrue[i] * k + yPred[i]]++;
    }
    else {
        for (let i = 0; i < yTrue.length; i++)
            matrix[yTrue[i] * k + yPred[i]] += weights[i];
    }
    return { k, matrix };
}
/** Rows to nested arrays, for reports. */
function matrixRows({ k, matrix }) {
    return Array.from({ length: k }, (_, t) => Array.from(matrix.subarray(t * k, t * k + k)));
}

;// CONCATENATED MODULE: ./lib/src/metrics/input.js
/**
 * Input checks shared by the metrics. Everything a user can get wrong in a predictions file
 * (lengths, labels that are not 0/1, probabilities outside [0, 1], non-finite scores) is a
 * UserError naming the first offending row and its value, so the fix is obvious from the message.
 */

function describe(value) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
/** Throws unless every array has the same, non-zero length; returns that length. */
function checkLengths(arrays) {
    let n = -1;
    let first = '';
    for (const [name, array] of Object.entries(arrays)) {
        if (n === -1) {
            n = array.length;
            first = name;
        }
        else if (array.length !== n) {
            throw new errors/* UserError */.yo(`${name} has ${array.length} rows but ${first} has ${n}; they must have the same length`);
        }
    }
    if (n <= 0)
        throw new errors/* UserError */.yo(`${first || 'the input'} has no rows; metrics need at least one`);
    return n;
}
/** Binary labels or hard predictions as 0/1 bytes; anything but 0 or 1 is a UserError. */
function binaryLabels(name, values) {
    const out = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === 1 || v === true)
            out[i] = 1;
        else if (v !== 0 && v !== false) {
            throw new errors/* UserError */.yo(`${name}: row ${i} is ${describe(v)}; binary labels and predictions must be 0 or 1`);
        }
    }
    return out;
}
/** Probabilities as a Float64Array; NaN or a value outside [0, 1] is a UserError. */
function probabilities(name, values) {
    const out = values instanceof Float64Array ? values : Float64Array.from(values);
    for (let i = 0; i < out.length; i++) {
        const v = out[i];
        if (!(v >= 0 && v <= 1)) {
            throw new errors/* UserError */.yo(`${name}: row ${i} is ${describe(values[i])}; probabilities must lie in [0, 1]`);
        }
    }
    return out;
}
/** Finite real numbers (scores, regression targets) as a Float64Array; NaN and ±Infinity are UserErrors. */
function finiteNumbers(name, values) {
    const out = values instanceof Float64Array ? values : Float64Array.from(values);
    for (let i = 0; i < out.length; i++) {
        if (!Number.isFinite(out[i])) {
            throw new errors/* UserError */.yo(`${name}: row ${i} is ${describe(values[i])}; values must be finite numbers`);
        }
    }
    return out;
}
/**
 * Hard predictions from positive-class probabilities: 1 when the score is strictly above 0.5.
 * Strict because scikit-learn's predict() takes the argmax of predict_proba, which picks the
 * first class (0) on an exact 0.5 tie.
 */
function thresholdPredictions(scores) {
    const out = new Uint8Array(scores.length);
    for (let i = 0; i < scores.length; i++)
        out[i] = scores[i] > 0.5 ? 1 : 0;
    return out;
}

;// CONCATENATED MODULE: ./lib/src/metrics/probabilistic.js
/** Machine epsilon of float64: sklearn's clipping bound for float64 probabilities. */
const LOG_LOSS_EPS = 2.220446049250313e-16;
function clippedLog(p) {
    return Math.log(p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p);
}
/** Per-row binary log loss -log(clip(p_true)), for the mean here and the bootstrap's weighted means. */
function binaryLogLossTerms(y, p) {
    const out = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = -clippedLog(y[i] === 1 ? p[i] : 1 - p[i]);
    return out;
}
/** Per-row squared error (y - p)^2; the binary Brier score is its mean. */
function brierTerms(y, p) {
    const out = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) {
        const d = y[i] - p[i];
        out[i] = d * d;
    }
    return out;
}
/** The mean of per-row terms, each counted `weights[i]` times (default once). */
function weightedMean(terms, weights) {
    let sum = 0;
    let total = 0;
    if (weights === undefined) {
        for (let i = 0; i < terms.length; i++)
            sum += terms[i];
        return sum / terms.length;
    }
    for (let i = 0; i < terms.length; i++) {
        const w = weights[i];
        sum += w * terms[i];
        total += w;
    }
    return sum / total;
}
/**
 * Per-row multiclass log loss -log(clip(P[i, y_i])) from one probability column per class
 * (columns already in class-index order). Warns once, as sklearn does, when a row does not sum
 * to 1 within rtol sqrt(eps).
 */
function multiclassLogLossTerms(y, columns, warnings) {
    const out = new Float64Array(y.length);
    const rtol = Math.sqrt(LOG_LOSS_EPS);
    let warned = false;
    for (let i = 0; i < y.length; i++) {
        out[i] = -clippedLog(columns[y[i]][i]);
        if (!warned) {
            let s = 0;
            for (const column of columns)
                s += column[i];
            // np.isclose(s, 1, rtol) is |s - 1| <= atol + rtol * 1 with atol 1e-8
            if (Math.abs(s - 1) > 1e-8 + rtol) {
                warnings?.push(`probabilities of row ${i} sum to ${s}, not 1; log_loss uses them as given (as scikit-learn does)`);
                warned = true;
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/metrics/ranking.js
/**
 * ROC AUC over rows sorted ascending by score. `order[k]` is the row at rank k, `y` its 0/1
 * label, `values` the scores (compared for ties). NaN with a warning when a class is absent,
 * as roc_auc_score does (scikit-learn 1.9.1 warns and returns nan).
 */
function rocAucSorted(y, values, order, weights, warnings) {
    const n = order.length;
    let num = 0; // sum over positives of (negatives strictly below + half the tied negatives)
    let negBelow = 0;
    let pos = 0;
    let k = 0;
    while (k < n) {
        const v = values[order[k]];
        let gp = 0;
        let gn = 0;
        for (; k < n && values[order[k]] === v; k++) {
            const row = order[k];
            const w = weights === undefined ? 1 : weights[row];
            if (y[row] === 1)
                gp += w;
            else
                gn += w;
        }
        num += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
    }
    if (pos === 0 || negBelow === 0) {
        warnings?.push('Only one class is present in y_true. ROC AUC score is not defined in that case (NaN).');
        return NaN;
    }
    return num / (pos * negBelow);
}
/**
 * Average precision (sklearn's step-function integral, no interpolation) over rows sorted
 * ascending by score: the sum over distinct thresholds, highest first, of recall gain times
 * precision. 0 with a warning when there is no positive row, as sklearn sets recall to 1.
 */
function averagePrecisionSorted(y, values, order, weights, warnings) {
    let totalPos = 0;
    for (let k = 0; k < order.length; k++) {
        const row = order[k];
        if (y[row] === 1)
            totalPos += weights === undefined ? 1 : weights[row];
    }
    if (totalPos === 0) {
        warnings?.push('No positive class found in y_true; average precision is 0 (recall set to one for all thresholds).');
        return 0;
    }
    let tp = 0;
    let fp = 0;
    let sum = 0;
    let k = order.length - 1;
    while (k >= 0) {
        const v = values[order[k]];
        let gp = 0;
        let gn = 0;
        for (; k >= 0 && values[order[k]] === v; k--) {
            const row = order[k];
            const w = weights === undefined ? 1 : weights[row];
            if (y[row] === 1)
                gp += w;
            else
                gn += w;
        }
        tp += gp;
        fp += gn;
        if (gp > 0)
            sum += gp * (tp / (tp + fp));
    }
    return sum / totalPos;
}

;// CONCATENATED MODULE: ./lib/src/metrics/sort.js
/**
 * Ascending order of float64 scores by an LSD radix sort on their bit patterns: about 10x
 * faster than sorting an index array with a comparator at 1M rows, and ranking metrics,
 * DeLong and the bootstrap all start from this one order.
 */
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const PASSES = 6; // 6 x 11 bits cover the 64-bit key
/**
 * Row indices ordering `values` ascending (stable). Values must not be NaN (callers check);
 * -0 sorts as +0 so that they tie, as they do in NumPy comparisons.
 */
function ascendingOrder(values) {
    const n = values.length;
    const bits = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        bits[i] = v === 0 ? 0 : v;
    }
    const words = new Uint32Array(bits.buffer);
    const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
    const loWord = littleEndian ? 0 : 1;
    const hiWord = 1 - loWord;
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    let idx = new Int32Array(n);
    const counts = new Int32Array(PASSES * RADIX);
    for (let i = 0; i < n; i++) {
        let h = words[2 * i + hiWord];
        let l = words[2 * i + loWord];
        // Flip so that unsigned order is numeric order: negatives flip all bits, positives the sign.
        if (h >>> 31) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else {
            h = (h | 0x80000000) >>> 0;
        }
        hi[i] = h;
        lo[i] = l;
        idx[i] = i;
        counts[l & MASK]++;
        counts[RADIX + ((l >>> 11) & MASK)]++;
        counts[2 * RADIX + ((l >>> 22) | ((h & 1) << 10))]++;
        counts[3 * RADIX + ((h >>> 1) & MASK)]++;
        counts[4 * RADIX + ((h >>> 12) & MASK)]++;
        counts[5 * RADIX + (h >>> 23)]++;
    }
    let lo2 = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let idx2 = new Int32Array(n);
    for (let p = 0; p < PASSES; p++) {
        const offsets = counts.subarray(p * RADIX, (p + 1) * RADIX);
        // A pass where every key has the same digit would only copy: probabilities share top bits.
        if (offsets.includes(n))
            continue;
        let sum = 0;
        for (let d = 0; d < RADIX; d++) {
            const c = offsets[d];
            offsets[d] = sum;
            sum += c;
        }
        if (p < 3)
            scatterLow(p, lo, hi, idx, lo2, hi2, idx2, offsets);
        else
            scatterHigh(p === 3 ? 1 : p === 4 ? 12 : 23, hi, idx, hi2, idx2, offsets);
        [lo, lo2] = [lo2, lo];
        [hi, hi2] = [hi2, hi];
        [idx, idx2] = [idx2, idx];
    }
    return idx;
}
/** One pass on a digit of the low word (pass 2 takes its top bit from the high word). */
function scatterLow(pass, lo, hi, idx, lo2, hi2, idx2, offsets) {
    const n = lo.length;
    const shift = 11 * pass;
    for (let i = 0; i < n; i++) {
        const l = lo[i];
        const h = hi[i];
        const d = pass === 2 ? (l >>> 22) | ((h & 1) << 10) : (l >>> shift) & MASK;
        const at = offsets[d]++;
        lo2[at] = l;
        hi2[at] = h;
        idx2[at] = idx[i];
    }
}
/** One pass on a digit of the high word: the low word is no longer needed, so it is not moved. */
function scatterHigh(shift, hi, idx, hi2, idx2, offsets) {
    const n = hi.length;
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        const at = offsets[(h >>> shift) & MASK]++;
        hi2[at] = h;
        idx2[at] = idx[i];
    }
}

;// CONCATENATED MODULE: ./lib/src/metrics/binary.js
/**
 * All binary metrics of one model's predictions in one call, scikit-learn's definitions.
 * Hard-prediction metrics use `prediction` when given, else the score thresholded strictly
 * above 0.5 (sklearn's predict on predict_proba picks class 0 on an exact tie). Score-based
 * metrics (roc_auc, average_precision, log_loss, brier) need `score`, a positive-class
 * probability in [0, 1].
 */







/** Names of the binary metrics, as thresholds and reports spell them. */
const BINARY_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'];
/** Checks and converts a BinaryInput (UserError on bad rows); sorts the scores once. */
function prepareBinary(input, name = 'predictions') {
    const arrays = { [`${name} labels`]: input.yTrue };
    if (input.score !== undefined)
        arrays[`${name} scores`] = input.score;
    if (input.prediction !== undefined)
        arrays[`${name} predictions`] = input.prediction;
    const n = checkLengths(arrays);
    const y = binaryLabels(`${name} labels`, input.yTrue);
    const score = input.score === undefined ? undefined : probabilities(`${name} scores`, input.score);
    let prediction;
    if (input.prediction !== undefined)
        prediction = binaryLabels(`${name} predictions`, input.prediction);
    else if (score !== undefined)
        prediction = thresholdPredictions(score);
    else
        throw new errors/* UserError */.yo(`${name}: neither scores nor predictions were given`);
    return { n, y, prediction, score, order: score === undefined ? undefined : ascendingOrder(score) };
}
/** Every binary metric the input allows; rows counted `weights[i]` times when given. */
function binaryMetricsPrepared(p, weights) {
    const warnings = [];
    const confusion = binaryConfusion(p.y, p.prediction, weights);
    const metrics = binaryScores(confusion, warnings);
    if (p.score !== undefined && p.order !== undefined) {
        metrics.roc_auc = rocAucSorted(p.y, p.score, p.order, weights, warnings);
        metrics.average_precision = averagePrecisionSorted(p.y, p.score, p.order, weights, warnings);
        metrics.log_loss = weightedMean(binaryLogLossTerms(p.y, p.score), weights);
        metrics.brier = weightedMean(brierTerms(p.y, p.score), weights);
    }
    return {
        metrics,
        confusion,
        support: { negative: confusion.tn + confusion.fp, positive: confusion.tp + confusion.fn },
        warnings,
    };
}
/**
 * Binary accuracy, precision, recall, f1 (of class 1), roc_auc, average_precision, log_loss
 * and brier, equal to scikit-learn's to about 1e-12 relative; the confusion matrix and support.
 * Throws UserError on lengths that differ, labels or predictions not 0/1, scores outside [0, 1].
 */
function binaryMetrics(input) {
    return binaryMetricsPrepared(prepareBinary(input));
}

;// CONCATENATED MODULE: ./lib/src/metrics/labels.js
/**
 * Multiclass labels to indices, in the order scikit-learn uses (np.unique: numbers ascending,
 * strings by code point), so per-class arrays line up with sklearn's `labels` ordering.
 */

/** Compares strings by Unicode code point as NumPy does (JS `<` compares UTF-16 code units). */
function compareCodePoints(a, b) {
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const ca = ia.next();
        const cb = ib.next();
        if (ca.done)
            return cb.done ? 0 : -1;
        if (cb.done)
            return 1;
        const d = ca.value.codePointAt(0) - cb.value.codePointAt(0);
        if (d !== 0)
            return d;
    }
}
/** Sorts distinct labels the way np.unique does; mixing strings and numbers is a UserError. */
function sortLabels(labels) {
    const distinct = [...new Set(labels)];
    const strings = distinct.filter((l) => typeof l === 'string').length;
    if (strings > 0 && strings < distinct.length) {
        throw new errors/* UserError */.yo(`labels mix strings and numbers (${distinct.slice(0, 4).map((l) => JSON.stringify(l)).join(', ')}); use one type`);
    }
    for (const l of distinct) {
        if (typeof l === 'number' && Number.isNaN(l))
            throw new errors/* UserError */.yo('labels contain NaN');
    }
    return strings > 0
        ? distinct.sort(compareCodePoints)
        : distinct.sort((a, b) => a - b);
}
/**
 * Encodes several label arrays against one class list: the sorted union of their values
 * (sklearn's unique_labels), or the given classes, in which case a value outside them is a
 * UserError naming the array, row and value.
 */
function encodeLabels(arrays, classes) {
    const names = Object.keys(arrays);
    let list;
    if (classes === undefined) {
        const all = [];
        for (const name of names) {
            const a = arrays[name];
            for (let i = 0; i < a.length; i++)
                all.push(a[i]);
        }
        list = sortLabels(all);
    }
    else {
        list = [...classes];
        if (new Set(list).size !== list.length)
            throw new errors/* UserError */.yo('classes contain duplicates');
    }
    const index = new Map(list.map((l, i) => [l, i]));
    const indices = names.map((name) => {
        const a = arrays[name];
        const out = new Int32Array(a.length);
        for (let i = 0; i < a.length; i++) {
            const k = index.get(a[i]);
            if (k === undefined) {
                throw new errors/* UserError */.yo(`${name}: row ${i} is ${JSON.stringify(a[i])}, which is not one of the classes ${JSON.stringify(list)}`);
            }
            out[i] = k;
        }
        return out;
    });
    return { classes: list, indices };
}

;// CONCATENATED MODULE: ./lib/src/metrics/multiclass.js
/**
 * Multiclass metrics (accuracy, macro precision/recall/F1, weighted F1, log loss) with
 * scikit-learn's definitions. Labels may be numbers or strings; classes are ordered as
 * np.unique orders them, and averages run over the classes in y_true or y_pred.
 */






/** Names of the multiclass metrics. */
const MULTICLASS_METRICS = (/* unused pure expression or super */ null && (['accuracy', 'f1_macro', 'f1_weighted', 'precision_macro', 'recall_macro', 'log_loss']));
/** Checks and encodes a MulticlassInput; UserError on lengths, unknown classes, probabilities outside [0, 1]. */
function prepareMulticlass(input, name = 'predictions') {
    const n = checkLengths({ [`${name} labels`]: input.yTrue, [`${name} predictions`]: input.yPred });
    const { classes, indices } = encodeLabels({ [`${name} labels`]: input.yTrue, [`${name} predictions`]: input.yPred });
    const warnings = [];
    const out = { n, classes, y: indices[0], pred: indices[1], warnings };
    if (input.proba !== undefined) {
        const { classes: probaClasses, columns } = input.proba;
        if (columns.length !== probaClasses.length) {
            throw new errors/* UserError */.yo(`${name}: ${columns.length} probability columns for ${probaClasses.length} classes`);
        }
        if (probaClasses.length < 2)
            throw new errors/* UserError */.yo(`${name}: log_loss needs probabilities for at least two classes`);
        // Order the columns as sklearn expects them (sorted classes) and encode y_true against them.
        const sorted = sortLabels(probaClasses);
        const byClass = new Map(probaClasses.map((c, j) => [c, columns[j]]));
        const cols = sorted.map((c) => {
            const column = byClass.get(c);
            checkLengths({ [`${name} labels`]: input.yTrue, [`${name} probabilities of ${JSON.stringify(c)}`]: column });
            return probabilities(`${name} probabilities of ${JSON.stringify(c)}`, column);
        });
        const yForProba = encodeLabels({ [`${name} labels`]: input.yTrue }, sorted).indices[0];
        out.logLossTerms = multiclassLogLossTerms(yForProba, cols, warnings);
    }
    return out;
}
/** Metrics of prepared predictions, rows counted `weights[i]` times when given. */
function multiclassMetricsPrepared(p, weights) {
    const warnings = [...p.warnings];
    const cm = confusionMatrix(p.y, p.pred, p.classes.length, weights);
    const scores = multiclassScores(cm, warnings);
    const metrics = { ...scores };
    if (p.logLossTerms !== undefined)
        metrics.log_loss = weightedMean(p.logLossTerms, weights);
    const { present: _present, ...classFigures } = perClass(cm);
    return { metrics, classes: p.classes, confusion: matrixRows(cm), perClass: classFigures, warnings };
}
/** Multiclass metrics equal to scikit-learn's (labels=None, zero_division="warn"). */
function multiclassMetrics(input) {
    return multiclassMetricsPrepared(prepareMulticlass(input));
}

;// CONCATENATED MODULE: ./lib/src/metrics/regression.js

const EPS = 2.220446049250313e-16;
/** All regression metrics in two passes; rows counted `weights[i]` times (default once). */
function regressionScores(y, yhat, weights, warnings) {
    let total = 0;
    let sumY = 0;
    let abs = 0;
    let sq = 0;
    let pct = 0;
    for (let i = 0; i < y.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        const t = y[i];
        const d = t - yhat[i];
        total += w;
        sumY += w * t;
        abs += w * Math.abs(d);
        sq += w * d * d;
        pct += (w * Math.abs(d)) / Math.max(Math.abs(t), EPS);
    }
    const mean = sumY / total;
    let ss = 0;
    for (let i = 0; i < y.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        const d = y[i] - mean;
        ss += w * d * d;
    }
    const mse = sq / total;
    let r2;
    if (total < 2) {
        warnings?.push('R^2 score is not well-defined with less than two samples (NaN).');
        r2 = NaN;
    }
    else if (ss === 0) {
        r2 = sq === 0 ? 1 : 0;
    }
    else {
        r2 = 1 - sq / ss;
    }
    return { mae: abs / total, mse, rmse: Math.sqrt(mse), r2, mape: pct / total };
}
/** Names of the regression metrics. */
const REGRESSION_METRICS = (/* unused pure expression or super */ null && (['mae', 'mse', 'rmse', 'r2', 'mape']));
/** Validated regression targets and predictions as Float64Arrays; UserError on lengths or non-finite values. */
function prepareRegression(yTrue, yPred, name = 'predictions') {
    checkLengths({ [`${name} targets`]: yTrue, [`${name} predictions`]: yPred });
    return { y: finiteNumbers(`${name} targets`, yTrue), yhat: finiteNumbers(`${name} predictions`, yPred) };
}
/** mae, mse, rmse, r2 and mape, equal to scikit-learn's. */
function regressionMetrics(yTrue, yPred) {
    const { y, yhat } = prepareRegression(yTrue, yPred);
    const warnings = [];
    return { metrics: regressionScores(y, yhat, undefined, warnings), warnings };
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/compute.js
/** Metrics of one set of predictions (all rows, or a slice), with scikit-learn's definitions. */




const pick = (values, rows) => values === undefined ? undefined : rows === undefined ? [...values] : rows.map((i) => values[i]);
/** Computes the task's metrics on `rows` (default all). */
function computeMetrics(p, rows) {
    const labels = pick(p.labels, rows);
    const predictions = pick(p.predictions, rows);
    if (p.task === 'binary') {
        const scores = pick(p.scores, rows);
        const result = binaryMetrics({ yTrue: labels, ...(scores ? { score: scores } : {}), ...(predictions ? { prediction: predictions } : {}) });
        const c = result.confusion;
        return {
            metrics: result.metrics,
            rows: labels.length,
            confusion: [[c.tn, c.fp], [c.fn, c.tp]],
            classes: [0, 1],
            support: { '0': result.support.negative, '1': result.support.positive },
            warnings: result.warnings,
        };
    }
    if (p.task === 'multiclass') {
        if (!predictions)
            throw new errors/* UserError */.yo(`${p.file}: multiclass metrics need predictions or per-class probabilities`);
        const proba = p.proba ? { classes: p.proba.classes, columns: p.proba.columns.map((c) => pick(c, rows)) } : undefined;
        const result = multiclassMetrics({ yTrue: labels, yPred: predictions, ...(proba ? { proba } : {}) });
        const support = {};
        result.classes.forEach((cls, t) => (support[String(cls)] = result.confusion[t].reduce((a, b) => a + b, 0)));
        return { metrics: result.metrics, rows: labels.length, confusion: result.confusion, classes: result.classes, support, warnings: result.warnings };
    }
    const numbers = (values, what) => values.map((v, i) => {
        if (typeof v !== 'number')
            throw new errors/* UserError */.yo(`${p.file}: row ${i + 1}: regression ${what} '${v}' is not a number`);
        return v;
    });
    const result = regressionMetrics(numbers(labels, 'target'), numbers(predictions, 'prediction'));
    return { metrics: result.metrics, rows: labels.length, warnings: result.warnings };
}
/** Row indices per slice value, in first-seen order. */
function sliceRows(values) {
    const slices = new Map();
    values.forEach((value, i) => {
        let rows = slices.get(value);
        if (!rows)
            slices.set(value, (rows = []));
        rows.push(i);
    });
    return slices;
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/rules.js
/**
 * The `thresholds` and `slices` inputs: rules per metric, checked key by key so a typo is an
 * error naming it, never a rule silently ignored.
 */

const RULE_KEYS = {
    min: 'min',
    max: 'max',
    'max-regression': 'maxRegression',
    'max-regression-pct': 'maxRegressionPct',
    'min-improvement': 'minImprovement',
    'min-improvement-pct': 'minImprovementPct',
    'higher-is-better': 'higherIsBetter',
    significance: 'significance',
};
const SLICE_KEYS = { min: 'min', max: 'max', 'max-gap': 'maxGap' };
function mapping(input, value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new errors/* InputError */.dz(input, `${where} must be a mapping`);
    return value;
}
function number(input, value, where, min = -Infinity, max = Infinity) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
        throw new errors/* InputError */.dz(input, `${where}: expected a number${min > -Infinity ? ` in [${min}, ${max}]` : ''}, got ${JSON.stringify(value)}`);
    }
    return value;
}
/** Parses `thresholds`: `{<metric>: {min, max, max-regression, ...}}`. */
function parseThresholds(source) {
    const rules = new Map();
    if (!source)
        return rules;
    const where = source.file ? ` (in ${source.file})` : '';
    for (const [metric, raw] of Object.entries(mapping('thresholds', source.value, `the thresholds${where}`))) {
        const rule = {};
        for (const [key, value] of Object.entries(mapping('thresholds', raw, `${metric}${where}`))) {
            const field = RULE_KEYS[key];
            if (!field)
                throw new errors/* InputError */.dz('thresholds', `${metric}.${key}: unknown rule${where}; expected one of ${Object.keys(RULE_KEYS).join(', ')}`);
            if (field === 'higherIsBetter') {
                if (typeof value !== 'boolean')
                    throw new errors/* InputError */.dz('thresholds', `${metric}.${key}: expected true or false${where}`);
                rule.higherIsBetter = value;
            }
            else if (field === 'significance')
                rule.significance = number('thresholds', value, `${metric}.${key}${where}`, 1e-6, 0.5);
            else if (field === 'min' || field === 'max')
                rule[field] = number('thresholds', value, `${metric}.${key}${where}`);
            else
                rule[field] = number('thresholds', value, `${metric}.${key}${where}`, 0, Infinity);
        }
        rules.set(metric, rule);
    }
    return rules;
}
/** Parses `slices`: `{min-rows: 30, <metric>: {min, max, max-gap}}`. */
function parseSliceRules(source) {
    const result = { minRows: 30, metrics: new Map() };
    if (!source)
        return result;
    const where = source.file ? ` (in ${source.file})` : '';
    for (const [key, raw] of Object.entries(mapping('slices', source.value, `the slice rules${where}`))) {
        if (key === 'min-rows') {
            result.minRows = number('slices', raw, `min-rows${where}`, 1, Number.MAX_SAFE_INTEGER);
            continue;
        }
        const rule = {};
        for (const [ruleKey, value] of Object.entries(mapping('slices', raw, `${key}${where}`))) {
            const field = SLICE_KEYS[ruleKey];
            if (!field)
                throw new errors/* InputError */.dz('slices', `${key}.${ruleKey}: unknown rule${where}; expected min, max or max-gap`);
            rule[field] = number('slices', value, `${key}.${ruleKey}${where}`, field === 'maxGap' ? 0 : -Infinity);
        }
        result.metrics.set(key, rule);
    }
    return result;
}
const LOWER_IS_BETTER = /(loss|error|mae|mse|rmse|mape|brier|latency|cost)/i;
/** Losses and errors are lower-is-better; everything else higher-is-better, unless the rule says. */
function higherIsBetter(metric, rule) {
    return rule?.higherIsBetter ?? !LOWER_IS_BETTER.test(metric);
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/gate.js

function describeRule(rule) {
    const parts = [];
    if (rule.min !== undefined)
        parts.push(`≥ ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`≤ ${rule.max}`);
    if (rule.maxRegression !== undefined)
        parts.push(`regression ≤ ${rule.maxRegression}`);
    if (rule.maxRegressionPct !== undefined)
        parts.push(`regression ≤ ${rule.maxRegressionPct}%`);
    if (rule.minImprovement !== undefined)
        parts.push(`improvement ≥ ${rule.minImprovement}`);
    if (rule.minImprovementPct !== undefined)
        parts.push(`improvement ≥ ${rule.minImprovementPct}%`);
    if (rule.significance !== undefined)
        parts.push(`α = ${rule.significance}`);
    return parts.join(', ');
}
const fmt = (x) => Number(x.toPrecision(6)).toString();
/** Rules compare decimal numbers: 0.8 - 0.795 is 0.005000000000000004 in binary floating point. */
const TOLERANCE = 1e-9;
/** Judges one metric. `interval` is the bootstrap interval of candidate - baseline, when computed. */
function judgeMetric(metric, rule, candidate, baseline, interval, test) {
    const up = higherIsBetter(metric, rule);
    const c = candidate[metric];
    const b = baseline?.[metric];
    const verdict = { metric, higherIsBetter: up, rule: describeRule(rule), passed: true, reasons: [] };
    const fail = (reason) => {
        verdict.passed = false;
        verdict.reasons.push(reason);
    };
    if (c === undefined) {
        fail(`'${metric}' is missing from the candidate's metrics (it has: ${Object.keys(candidate).join(', ') || 'none'})`);
        return verdict;
    }
    verdict.candidate = c;
    const slack = (x) => TOLERANCE * Math.max(1, Math.abs(x));
    if (rule.min !== undefined && !(c >= rule.min - slack(rule.min)))
        fail(`${fmt(c)} is below the minimum ${rule.min}`);
    if (rule.max !== undefined && !(c <= rule.max + slack(rule.max)))
        fail(`${fmt(c)} is above the maximum ${rule.max}`);
    const relative = [rule.maxRegression, rule.maxRegressionPct, rule.minImprovement, rule.minImprovementPct].some((v) => v !== undefined);
    if (!relative && b === undefined)
        return verdict;
    if (b === undefined) {
        fail(baseline ? `'${metric}' is missing from the baseline's metrics (it has: ${Object.keys(baseline).join(', ') || 'none'})` : `'${metric}' has a rule relative to the baseline, but no baseline was given`);
        return verdict;
    }
    verdict.baseline = b;
    verdict.delta = c - b;
    if (b !== 0)
        verdict.deltaPct = (100 * (c - b)) / Math.abs(b);
    if (interval)
        verdict.interval = { low: interval.low, high: interval.high, confidence: interval.confidence, pValue: interval.pValue };
    if (test)
        verdict.test = test;
    // Improvement in the metric's good direction, and the interval of it.
    const sign = up ? 1 : -1;
    const improvement = sign * (c - b);
    const [worst, best] = interval ? [Math.min(sign * interval.low, sign * interval.high), Math.max(sign * interval.low, sign * interval.high)] : [improvement, improvement];
    const margins = [
        [rule.maxRegression, `${rule.maxRegression}`],
        [rule.maxRegressionPct === undefined ? undefined : (rule.maxRegressionPct / 100) * Math.abs(b), `${rule.maxRegressionPct}% of the baseline`],
    ];
    for (const [margin, text] of margins) {
        if (margin === undefined)
            continue;
        // With an interval, only a regression beyond the margin that is significant fails (the whole interval is beyond it).
        const beyond = (interval ? best : improvement) < -margin - slack(b);
        if (beyond)
            fail(`regressed by ${fmt(-improvement)} (${up ? 'higher' : 'lower'} is better), more than the allowed ${text}${interval ? ` even at the interval's best end (${fmt(-best)})` : ''}`);
    }
    const required = [
        [rule.minImprovement, `${rule.minImprovement}`],
        [rule.minImprovementPct === undefined ? undefined : (rule.minImprovementPct / 100) * Math.abs(b), `${rule.minImprovementPct}% of the baseline`],
    ];
    for (const [need, text] of required) {
        if (need === undefined)
            continue;
        // With an interval, the improvement must hold at the interval's worst end (a significant improvement).
        const enough = interval ? (need > 0 ? worst >= need - slack(b) : worst > 0) : improvement >= need - slack(b);
        if (!enough)
            fail(`improved by ${fmt(improvement)}, less than the required ${text}${interval ? ` at the interval's worst end (${fmt(worst)})` : ''}`);
    }
    return verdict;
}
/** Applies the slice rules to every slice with enough rows. */
function judgeSlices(slices, rules) {
    const failed = [];
    for (const slice of slices) {
        slice.gated = slice.rows >= rules.minRows;
        if (!slice.gated)
            continue;
        for (const [metric, rule] of rules.metrics) {
            const value = slice.metrics[metric];
            if (value === undefined)
                slice.failures.push(`${metric} could not be computed`);
            else if (rule.min !== undefined && value < rule.min)
                slice.failures.push(`${metric} ${fmt(value)} < ${rule.min}`);
            else if (rule.max !== undefined && value > rule.max)
                slice.failures.push(`${metric} ${fmt(value)} > ${rule.max}`);
        }
        if (slice.failures.length)
            failed.push(`${slice.column}=${slice.value}`);
    }
    for (const [metric, rule] of rules.metrics) {
        if (rule.maxGap === undefined)
            continue;
        const byColumn = new Map();
        for (const s of slices)
            if (s.gated && s.metrics[metric] !== undefined)
                byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
        for (const [column, group] of byColumn) {
            const values = group.map((s) => s.metrics[metric]);
            const gap = Math.max(...values) - Math.min(...values);
            if (gap > rule.maxGap)
                failed.push(`${column}:${metric}-gap`);
        }
    }
    return failed;
}

// EXTERNAL MODULE: ./lib/src/runner/inputs.js
var inputs = __webpack_require__(7724);
;// CONCATENATED MODULE: ./lib/actions/eval-gate/metrics-file.js
/**
 * Metrics files: JSON, YAML (nested keys flattened with `.`, as DVC does) or CSV/TSV (a header
 * of metric names and one row of values, or two columns `metric,value`). An eval-gate report is
 * read as its candidate's metrics, so a previous gate's output can be the next baseline.
 */



/** Flattens nested objects into `a.b.c` keys; keeps numbers (and numeric strings), drops the rest. */
function flattenMetrics(value, prefix = '', out = {}) {
    if (typeof value === 'number' && Number.isFinite(value))
        out[prefix] = value;
    else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        out[prefix] = Number(value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value))
            flattenMetrics(inner, prefix ? `${prefix}.${key}` : key, out);
    }
    return out;
}
function parseDelimited(text, file) {
    const delimiter = file.toLowerCase().endsWith('.tsv') ? '\t' : ',';
    const rows = text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => l.split(delimiter).map((c) => c.trim()));
    if (rows.length < 2)
        throw new errors/* UserError */.yo(`${file}: a metrics CSV needs a header and at least one row`, { file });
    const header = rows[0];
    if (header.length === 2 && /^(metric|name)$/i.test(header[0])) {
        const out = {};
        rows.slice(1).forEach((row, i) => {
            const value = Number(row[1]);
            if (!Number.isFinite(value))
                throw new errors/* UserError */.yo(`${file}:${i + 2}: the value of '${row[0]}' is not a number: '${row[1] ?? ''}'`, { file, line: i + 2 });
            out[row[0]] = value;
        });
        return out;
    }
    const values = rows[rows.length - 1];
    return flattenMetrics(Object.fromEntries(header.map((name, i) => [name, values[i]])));
}
/** Reads a metrics file; `role` (candidate/baseline) names it in errors. */
function readMetricsFile(file, role) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${role} metrics file '${file}' cannot be read: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}`, { file });
    }
    const metrics = /\.(csv|tsv)$/i.test(file) ? parseDelimited(text, file) : metricsFromDocument((0,inputs/* parseYaml */.h)(text, undefined, file));
    if (!Object.keys(metrics).length)
        throw new errors/* UserError */.yo(`${file}: no numeric metric found in the ${role} metrics file`, { file });
    return metrics;
}
function metricsFromDocument(document) {
    // An eval-gate report: its candidate's metrics.
    if (document && typeof document === 'object' && 'gate' in document && 'candidate' in document)
        return flattenMetrics(document.candidate);
    return flattenMetrics(document);
}

// EXTERNAL MODULE: ./lib/src/data/index.js
var data = __webpack_require__(5135);
;// CONCATENATED MODULE: ./lib/actions/eval-gate/predictions.js
/**
 * Reads a predictions file (any format the data readers take) into the columns eval-gate
 * needs, and infers the task when the user did not say it.
 */


function toValue(cell) {
    if (cell === null || cell === undefined || cell === '')
        return undefined;
    if (typeof cell === 'number')
        return cell;
    if (typeof cell === 'boolean')
        return cell ? 1 : 0;
    if (typeof cell === 'bigint')
        return Number(cell);
    const text = String(cell);
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'false')
        return lower === 'true' ? 1 : 0;
    return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}
/** Loads the predictions; `role` (candidate/baseline) names the file in errors. */
async function readPredictions(source, names, task, role) {
    const paths = await (0,data/* expandDataPaths */.ZT)(source);
    const raw = {};
    let columns = [];
    for await (const batch of (0,data.readDataset)(paths)) {
        columns = batch.columns;
        batch.columns.forEach((name, c) => {
            const target = (raw[name] ??= []);
            const cells = batch.values[c];
            for (let i = 0; i < batch.rowCount; i++)
                target.push(cells[i]);
        });
    }
    const rows = raw[columns[0] ?? '']?.length ?? 0;
    const need = (name, what) => {
        const cells = raw[name];
        if (!cells)
            throw new errors/* UserError */.yo(`${source}: the ${role} predictions have no ${what} column '${name}' (columns: ${columns.join(', ')}); set the input that names it`, { file: paths[0] });
        return cells;
    };
    const values = (name, what) => need(name, what).map((cell, i) => {
        const value = toValue(cell);
        if (value === undefined)
            throw new errors/* UserError */.yo(`${source}: row ${i + 1} of the ${role} predictions has no ${what} (column '${name}')`, { file: paths[0] });
        return value;
    });
    const numbers = (name, what) => values(name, what).map((v, i) => {
        if (typeof v !== 'number')
            throw new errors/* UserError */.yo(`${source}: row ${i + 1} of the ${role} predictions: ${what} '${v}' in column '${name}' is not a number`, { file: paths[0] });
        return v;
    });
    const labels = values(names.label, 'label');
    const hasPrediction = names.prediction in raw;
    const classColumns = columns.filter((c) => c.startsWith(`${names.score}_`));
    const listed = names.score.includes(',') ? names.score.split(',').map((s) => s.trim()) : undefined;
    const hasScore = names.score in raw;
    const predicted = hasPrediction ? values(names.prediction, 'prediction') : undefined;
    const resolved = task ?? inferTask(labels, hasScore, classColumns.length > 0 || Boolean(listed), predicted);
    const result = { file: source, rows, task: resolved, labels, slices: {} };
    if (predicted)
        result.predictions = predicted;
    if (resolved === 'binary' && hasScore)
        result.scores = numbers(names.score, 'score');
    if (resolved === 'multiclass' && (classColumns.length || listed)) {
        const probaColumns = listed ?? classColumns;
        result.proba = {
            classes: probaColumns.map((c) => toValue(listed ? c : c.slice(names.score.length + 1))),
            columns: probaColumns.map((c) => numbers(c, `probability column '${c}'`)),
        };
    }
    if (resolved !== 'binary' && !hasPrediction && resolved !== 'multiclass')
        need(names.prediction, 'prediction');
    if (resolved === 'multiclass' && !hasPrediction)
        result.predictions = argmax(result.proba);
    if (resolved === 'regression' && !hasPrediction)
        need(names.prediction, 'prediction');
    if (names.id)
        result.ids = values(names.id, 'id').map(String);
    for (const slice of names.slices)
        result.slices[slice] = need(slice, 'slice').map((cell) => (cell === null || cell === undefined || cell === '' ? '(missing)' : String(cell)));
    return result;
}
function argmax(proba) {
    const rows = proba.columns[0]?.length ?? 0;
    return Array.from({ length: rows }, (_, i) => {
        let best = 0;
        proba.columns.forEach((column, j) => {
            if ((column[i] ?? -Infinity) > (proba.columns[best][i] ?? -Infinity))
                best = j;
        });
        return proba.classes[best];
    });
}
/**
 * Binary when labels are 0/1 with a score; multiclass with per-class probabilities or few classes;
 * regression otherwise. Beyond 0/1 labels, a fractional predicted value means regression even when
 * the targets are few integers (counts, ratings): a classifier predicts one of the classes, never 2.7.
 */
function inferTask(labels, hasScore, hasClassScores, predictions) {
    if (hasClassScores)
        return 'multiclass';
    const distinct = new Set(labels);
    const binary = [...distinct].every((v) => v === 0 || v === 1);
    if (binary && (hasScore || distinct.size <= 2))
        return 'binary';
    if (predictions?.some((v) => typeof v === 'number' && !Number.isInteger(v)))
        return 'regression';
    if (distinct.size <= 50 && [...distinct].every((v) => typeof v === 'string' || Number.isInteger(v)))
        return 'multiclass';
    return 'regression';
}

// EXTERNAL MODULE: ./lib/src/profile/sketches/prng.js
var prng = __webpack_require__(4104);
;// CONCATENATED MODULE: ./lib/src/metrics/significance/bootstrap.js
/**
 * Paired bootstrap of a metric difference (candidate - baseline) on the same rows. Each
 * resample draws n rows with replacement, the same rows for both models, expressed as a
 * multiplicity per row (multinomial counts) so that a metric is a weighted pass over data
 * prepared once instead of a recomputation on a copied, re-sorted resample.
 *
 * Reproducible: resample r uses its own Mulberry32 seeded from (seed, r), so the resamples do
 * not depend on how they are split across worker threads; drawCounts says how its numbers
 * become counts. The same seed on the same data gives the same interval, on any thread count.
 *
 * Interval: percentile, the (1 - confidence)/2 and (1 + confidence)/2 quantiles of the resampled
 * differences, linearly interpolated (numpy.percentile's default). p-value: two-sided, the share
 * of resamples on each side of zero, doubled: min(1, 2 min(#{d <= 0}, #{d >= 0}) / B). It is a
 * bootstrap p-value, so it cannot go below 2/B (0 when every resample is on one side).
 */


const DEFAULT_RESAMPLES = 1000;
const DEFAULT_SEED = 20240101;
/** The seed of resample r: a murmur3-style mix of (seed, r), so resamples are independent of each other. */
function resampleSeed(seed, r) {
    let h = (seed ^ Math.imul(r + 1, 0x9e3779b9)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * floor(2^41 P(X <= k)) for X ~ Poisson(1), k = 0..14, from the exact values (e^-1 to 80
 * digits). binary-kernel.ts repeats them (it cannot import); a test recomputes them.
 */
const POISSON_BOUNDS = [
    808975446375, 1617950892750, 2022438615938, 2157267857001, 2190975167266, 2197716629320, 2198840206328, 2199000717330, 2199020781205, 2199023010524,
    2199023233456, 2199023253723, 2199023255412, 2199023255542, 2199023255551,
];
/** The Poisson(1) count of a uniform 41-bit integer v: how many bounds it reaches. */
function poissonCount(v) {
    let c = 0;
    while (c < POISSON_BOUNDS.length && v >= POISSON_BOUNDS[c])
        c++;
    return c;
}
/** The count of every v whose top 10 (of 41) bits are b, or 255 where a bound splits bucket b. */
const POISSON_TABLE = Uint8Array.from({ length: 1024 }, (_, b) => {
    const low = poissonCount(b * 2 ** 31);
    return low === poissonCount(b * 2 ** 31 + 2 ** 31 - 1) ? low : 255;
});
/**
 * Fills `counts` with the multiplicities of n rows drawn uniformly with replacement: one
 * multinomial(n, 1/n) vector, drawn in two exact steps that write memory sequentially (the
 * direct way, n random increments, was the bootstrap's slowest part):
 *
 * 1. Every row gets an independent Poisson(1) count by inversion of a 41-bit uniform v
 *    (poissonCount), each probability matched to within 2^-41 (counts stop at 15). v's top 10
 *    bits decide the count alone in 1018 of 1024 buckets (POISSON_TABLE), so one nextUint32()
 *    of `rng` serves three rows in order (bits 31-22, 21-12, 11-2); in the other 6 buckets the
 *    low 31 bits are drawn then, from a second Mulberry32 seeded with rng's state xor 2^31
 *    (2^31 steps away on Mulberry32's cycle, so the two streams do not overlap): nextUint32()
 *    >>> 1. The rows are filled in whole triples; the counts beyond n are dropped.
 * 2. Given their total T, independent Poisson counts are multinomial(T, 1/n) (the counts of T
 *    uniform draws); removing draws picked uniformly among all draws, or adding uniform draws,
 *    keeps them the counts of uniform draws, so they end as multinomial(n, 1/n). While T > n, a
 *    uniform position (floor(nextUint32() n / 2^32)) is accepted with probability count / M
 *    (M: the largest count of step 1's triples, at least 5; accepted when floor(nextUint32() M
 *    / 2^32) < count) and loses one draw; while T < n, a uniform position gains one. |T - n| is
 *    about sqrt(n), so step 2 costs little.
 */
function drawCounts(counts, rng) {
    const n = counts.length;
    const refinement = new prng/* Mulberry32 */.q(rng.state ^ 0x80000000);
    let total = 0;
    let max = 5;
    for (let i = 0; i < n; i += 3) {
        const x = rng.nextUint32();
        for (let j = 0; j < 3; j++) {
            const bucket = (x >>> (22 - 10 * j)) & 1023;
            let c = POISSON_TABLE[bucket];
            if (c === 255)
                c = poissonCount(bucket * 2 ** 31 + (refinement.nextUint32() >>> 1));
            if (c > max)
                max = c;
            if (i + j < n) {
                counts[i + j] = c;
                total += c;
            }
        }
    }
    // floor(u * n / 2^32): exact for n < 2^31 and within n / 2^32 of uniform.
    const scale = n * 2.3283064365386963e-10;
    const accept = max * 2.3283064365386963e-10;
    while (total > n) {
        const k = Math.floor(rng.nextUint32() * scale);
        if (Math.floor(rng.nextUint32() * accept) < counts[k]) {
            counts[k]--;
            total--;
        }
    }
    while (total < n) {
        counts[Math.floor(rng.nextUint32() * scale)]++;
        total++;
    }
}
/** Checks options and fills in the defaults. */
function bootstrap_bootstrapSettings(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? 0.95;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new errors/* UserError */.yo(`bootstrap resamples must be a positive integer, not ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new errors/* UserError */.yo(`bootstrap confidence must lie strictly between 0 and 1, not ${confidence}`);
    return { resamples, confidence, seed: (options.seed ?? DEFAULT_SEED) >>> 0 };
}
function quantile(sorted, p) {
    const h = p * (sorted.length - 1);
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Percentile interval, p-value and standard error of resampled differences (NaNs dropped). */
function summarize(estimate, differences, settings) {
    const valid = Float64Array.from(Array.prototype.filter.call(differences, (d) => !Number.isNaN(d))).sort();
    const B = valid.length;
    let below = 0;
    let above = 0;
    let mean = 0;
    for (const d of valid) {
        if (d <= 0)
            below++;
        if (d >= 0)
            above++;
        mean += d;
    }
    mean /= B;
    let ss = 0;
    for (const d of valid)
        ss += (d - mean) * (d - mean);
    const alpha = 1 - settings.confidence;
    return {
        estimate,
        low: B === 0 ? NaN : quantile(valid, alpha / 2),
        high: B === 0 ? NaN : quantile(valid, 1 - alpha / 2),
        confidence: settings.confidence,
        pValue: B === 0 ? NaN : Math.min(1, (2 * Math.min(below, above)) / B),
        standardError: B < 2 ? NaN : Math.sqrt(ss / (B - 1)),
        resamples: settings.resamples,
        valid: B,
        seed: settings.seed,
    };
}
/**
 * Paired bootstrap for any metric given as a weighted function of row multiplicities (see
 * multiclassMetricsPrepared, regressionScores, binaryMetricsPrepared, which all take weights).
 * Runs on the calling thread; pairedBootstrapBinary is the fast, multi-threaded path for the
 * binary metrics.
 */
function pairedBootstrap(rows, candidate, baseline, options = {}) {
    const settings = bootstrap_bootstrapSettings(options);
    const ones = new Int32Array(rows).fill(1);
    const estimate = candidate(ones) - baseline(ones);
    const counts = new Int32Array(rows);
    const differences = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        drawCounts(counts, new prng/* Mulberry32 */.q(resampleSeed(settings.seed, r)));
        differences[r] = candidate(counts) - baseline(counts);
    }
    return summarize(estimate, differences, settings);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/src/metrics/significance/binary-kernel.js
/**
 * The inner loop of the binary paired bootstrap. It must be self-contained (no imports, no
 * helpers outside its body) because worker threads run it from its source
 * text: that keeps the bundle a single file with no separate worker script to ship.
 *
 * Rows are renumbered into the candidate's ascending score order ("positions"), so the
 * candidate's ranking passes read memory sequentially; the baseline's order is a list of
 * positions, and its pass reads the per-position counts at random. The per-resample draw and
 * seed mixing repeat drawCounts and resampleSeed of bootstrap.ts exactly (a test checks the two
 * paths give the same numbers); see drawCounts for why the draw is an exact multinomial.
 */
/** Metric ids in the kernel, in BINARY_METRICS order. */
const binary_kernel_KERNEL_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'];
/**
 * Differences candidate - baseline for resamples [from, to), metric-major within a resample.
 * Counts are stored in one byte per row; a resample in which a row is drawn more than maxCount
 * (default and most 255) times is listed in `overflowed` instead: a row drawn 256 times has
 * probability below 1e-400, so the fallback exists for exactness; tests force it with a small
 * maxCount (below 5, every resample overflows: see drawCounts' M).
 */
function runResamples(data, metrics, from, to, seed, maxCount = 255) {
    // Small inner functions rather than one big loop nest: V8 optimises small hot loops best.
    // They read `counts`, `n`, TABLE and the data from this context: V8 compiles them with
    // those as constants only while the function literal has one closure, which is why callers
    // compile a fresh copy of runResamples for each call (compileKernel); a reused one ran up to
    // twice as slow from its second call on (measured at 1M rows).
    const n = data.n;
    const cap = Math.min(maxCount, 255);
    // Stage 1 of the draw fills whole triples of rows (see drawCounts): room for up to 2 more.
    const counts = new Uint8Array(n + 2);
    const out = new Float64Array((to - from) * metrics.length);
    const overflowed = [];
    // floor(2^41 P(X <= k)) for X ~ Poisson(1), k = 0..14 (the same as bootstrap.ts' POISSON_BOUNDS).
    const BOUNDS = [
        808975446375, 1617950892750, 2022438615938, 2157267857001, 2190975167266, 2197716629320, 2198840206328, 2199000717330, 2199020781205, 2199023010524,
        2199023233456, 2199023253723, 2199023255412, 2199023255542, 2199023255551,
    ];
    /** The Poisson count of a 41-bit uniform v: how many bounds it reaches. */
    function countOf(v) {
        let c = 0;
        while (c < 15 && v >= BOUNDS[c])
            c++;
        return c;
    }
    // TABLE[b]: the count of every v whose top 10 bits are b, or 255 where a bound splits the
    // bucket (6 of 1024 buckets).
    const TABLE = new Uint8Array(1024);
    for (let b = 0; b < 1024; b++) {
        const low = countOf(b * 2147483648);
        TABLE[b] = low === countOf(b * 2147483648 + 2147483647) ? low : 255;
    }
    // The refinement stream's Mulberry32 state, in an array so that updating it allocates nothing.
    const refineState = new Int32Array(1);
    function refine(b) {
        const s = (refineState[0] + 0x6d2b79f5) | 0;
        refineState[0] = s;
        let t = Math.imul(s ^ (s >>> 15), s | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return countOf(b * 2147483648 + ((t ^ (t >>> 14)) >>> 1));
    }
    /** Fills counts for resample r (see drawCounts); false when a count exceeds maxCount. */
    function draw(r) {
        let h = (seed ^ Math.imul(r + 1, 0x9e3779b9)) >>> 0;
        h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
        h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
        // Mulberry32 (src/profile/sketches/prng.ts) inlined with its state in a local: the class
        // keeps its uint32 state in an object field, boxed as a heap number, which made the draw
        // twice as slow. Same sequence for the same seed (tested against the class).
        let state = (h ^ (h >>> 16)) | 0;
        refineState[0] = state ^ 0x80000000;
        let total = 0;
        let max = 5;
        for (let i = 0; i < n; i += 3) {
            state = (state + 0x6d2b79f5) | 0;
            let t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const x = t ^ (t >>> 14);
            // Three rows from one draw: 10 bits each pick a bucket of the Poisson inversion.
            let a = TABLE[x >>> 22];
            let b = TABLE[(x >>> 12) & 1023];
            let c = TABLE[(x >>> 2) & 1023];
            if (((a | b | c) & 128) !== 0) {
                if (a === 255)
                    a = refine(x >>> 22);
                if (b === 255)
                    b = refine((x >>> 12) & 1023);
                if (c === 255)
                    c = refine((x >>> 2) & 1023);
                max = Math.max(max, a, b, c);
            }
            counts[i] = a;
            counts[i + 1] = b;
            counts[i + 2] = c;
            total += a + b + c;
        }
        // Drop the padding of the last triple.
        for (let i = n; i < n + 2; i++) {
            total -= counts[i];
            counts[i] = 0;
        }
        if (max > cap)
            return false;
        // Condition the Poisson total on n: remove draws chosen uniformly among all draws (a uniform
        // position accepted with probability count / max), or add uniform draws.
        const scale = n * 2.3283064365386963e-10;
        const accept = max * 2.3283064365386963e-10;
        while (total > n) {
            state = (state + 0x6d2b79f5) | 0;
            let t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const k = (((t ^ (t >>> 14)) >>> 0) * scale) | 0;
            state = (state + 0x6d2b79f5) | 0;
            t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            if (((((t ^ (t >>> 14)) >>> 0) * accept) | 0) < counts[k]) {
                counts[k]--;
                total--;
            }
        }
        while (total < n) {
            state = (state + 0x6d2b79f5) | 0;
            let t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const k = (((t ^ (t >>> 14)) >>> 0) * scale) | 0;
            if (counts[k] === cap)
                return false;
            counts[k]++;
            total++;
        }
        return true;
    }
    // ROC AUC: sum over positives of (negatives below + half the tied ones), ascending. Integer
    // group sums, branch-free: labels are random, so a branch on them would mispredict.
    function aucCandidate() {
        const meta = data.cMeta;
        let num = 0;
        let negBelow = 0;
        let pos = 0;
        let gp = 0;
        let gw = 0;
        for (let k = 0; k < n; k++) {
            const w = counts[k];
            const m = meta[k];
            gp += w & -(m & 1);
            gw += w;
            if (m > 1) {
                const gn = gw - gp;
                num += gp * (negBelow + 0.5 * gn);
                negBelow += gn;
                pos += gp;
                gp = 0;
                gw = 0;
            }
        }
        return pos === 0 || negBelow === 0 ? NaN : num / (pos * negBelow);
    }
    function aucBaseline() {
        const meta = data.bMeta;
        let num = 0;
        let negBelow = 0;
        let pos = 0;
        let gp = 0;
        let gw = 0;
        for (let k = 0; k < n; k++) {
            const m = meta[k];
            const w = counts[m & 0x3fffffff];
            gp += w & (m >> 31);
            gw += w;
            if ((m & 0x40000000) !== 0) {
                const gn = gw - gp;
                num += gp * (negBelow + 0.5 * gn);
                negBelow += gn;
                pos += gp;
                gp = 0;
                gw = 0;
            }
        }
        return pos === 0 || negBelow === 0 ? NaN : num / (pos * negBelow);
    }
    // Average precision: one precision step per distinct score, descending.
    function apCandidate() {
        const meta = data.cMeta;
        let tp = 0;
        let fp = 0;
        let sum = 0;
        let gp = 0;
        let gw = 0;
        for (let k = n - 1; k >= 0; k--) {
            const w = counts[k];
            gp += w & -(meta[k] & 1);
            gw += w;
            if (k === 0 || meta[k - 1] > 1) {
                tp += gp;
                fp += gw - gp;
                if (gp > 0)
                    sum += gp * (tp / (tp + fp));
                gp = 0;
                gw = 0;
            }
        }
        return tp === 0 ? 0 : sum / tp;
    }
    function apBaseline() {
        const meta = data.bMeta;
        let tp = 0;
        let fp = 0;
        let sum = 0;
        let gp = 0;
        let gw = 0;
        for (let k = n - 1; k >= 0; k--) {
            const m = meta[k];
            const w = counts[m & 0x3fffffff];
            gp += w & (m >> 31);
            gw += w;
            if (k === 0 || (meta[k - 1] & 0x40000000) !== 0) {
                tp += gp;
                fp += gw - gp;
                if (gp > 0)
                    sum += gp * (tp / (tp + fp));
                gp = 0;
                gw = 0;
            }
        }
        return tp === 0 ? 0 : sum / tp;
    }
    function mean(terms) {
        let s = 0;
        for (let k = 0; k < n; k++)
            s += counts[k] * terms[k];
        return s / n;
    }
    // tn, fp, fn, tp of one model under the current counts
    function confusion(code, cells) {
        cells.fill(0);
        for (let k = 0; k < n; k++)
            cells[code[k]] += counts[k];
    }
    function fromConfusion(metric, c) {
        const tn = c[0];
        const fp = c[1];
        const fn = c[2];
        const tp = c[3];
        if (metric === 0)
            return (tp + tn) / n;
        if (metric === 1)
            return tp + fp === 0 ? 0 : tp / (tp + fp);
        if (metric === 2)
            return tp + fn === 0 ? 0 : tp / (tp + fn);
        return 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    }
    let needConfusion = false;
    for (const m of metrics)
        if (m < 4)
            needConfusion = true;
    const cCells = [0, 0, 0, 0];
    const bCells = [0, 0, 0, 0];
    for (let r = from; r < to; r++) {
        const at = (r - from) * metrics.length;
        if (!draw(r)) {
            overflowed.push(r);
            out.fill(NaN, at, at + metrics.length);
            continue;
        }
        if (needConfusion) {
            confusion(data.cCode, cCells);
            confusion(data.bCode, bCells);
        }
        for (let j = 0; j < metrics.length; j++) {
            const metric = metrics[j];
            let diff;
            if (metric < 4)
                diff = fromConfusion(metric, cCells) - fromConfusion(metric, bCells);
            else if (metric === 4)
                diff = aucCandidate() - aucBaseline();
            else if (metric === 5)
                diff = apCandidate() - apBaseline();
            else if (metric === 6)
                diff = mean(data.cLoss) - mean(data.bLoss);
            else
                diff = mean(data.cSq) - mean(data.bSq);
            out[at + j] = diff;
        }
    }
    return { out, overflowed };
}

;// CONCATENATED MODULE: ./lib/src/metrics/significance/kernel-data.js

/**
 * Both models' data renumbered into the candidate's score order, in shared memory; only the
 * arrays the kernel's `metrics` (ids in KERNEL_METRICS) read are filled, the rest left empty
 * (log loss terms alone cost two logarithms per row).
 */
function kernel_data_kernelData(c, b, metrics = [0, 1, 2, 3, 4, 5, 6, 7]) {
    const n = c.n;
    // bMeta keeps a position in 30 bits; no array that long fits in memory anyway.
    if (n >= 2 ** 30)
        throw new Error(`the bootstrap kernel handles fewer than 2^30 rows, not ${n}`);
    const rowAt = positionRows(c);
    const u8 = (len) => new Uint8Array(new SharedArrayBuffer(len));
    const f64 = (len) => new Float64Array(new SharedArrayBuffer(8 * len));
    const ranking = metrics.includes(4) || metrics.includes(5);
    const cs = c.score !== undefined;
    const bs = b.score !== undefined && b.order !== undefined;
    const loss = cs && bs && metrics.includes(6);
    const squares = cs && bs && metrics.includes(7);
    const data = {
        n,
        cMeta: u8(n),
        cCode: u8(n),
        bCode: u8(n),
        bMeta: new Int32Array(new SharedArrayBuffer(bs && ranking ? 4 * n : 0)),
        cLoss: f64(loss ? n : 0),
        bLoss: f64(loss ? n : 0),
        cSq: f64(squares ? n : 0),
        bSq: f64(squares ? n : 0),
    };
    const { cMeta, cCode, bCode } = data;
    const cy = c.y;
    const cp = c.prediction;
    const bp = b.prediction;
    for (let k = 0; k < n; k++) {
        const row = rowAt[k];
        const label = cy[row];
        cMeta[k] = label;
        cCode[k] = 2 * label + cp[row];
        bCode[k] = 2 * label + bp[row];
    }
    if (loss) {
        permute(binaryLogLossTerms(cy, c.score), rowAt, data.cLoss);
        permute(binaryLogLossTerms(b.y, b.score), rowAt, data.bLoss);
    }
    if (squares) {
        permute(brierTerms(cy, c.score), rowAt, data.cSq);
        permute(brierTerms(b.y, b.score), rowAt, data.bSq);
    }
    if (cs && ranking) {
        const ends = runEnds(c.score, rowAt);
        for (let k = 0; k < n; k++)
            cMeta[k] |= ends[k] << 1;
    }
    if (bs && ranking) {
        const order = b.order;
        const positionOf = new Int32Array(n);
        for (let k = 0; k < n; k++)
            positionOf[rowAt[k]] = k;
        const ends = runEnds(b.score, order);
        const bMeta = data.bMeta;
        for (let k = 0; k < n; k++) {
            const row = order[k];
            bMeta[k] = positionOf[row] | (ends[k] << 30) | (b.y[row] << 31);
        }
    }
    return data;
}
/** position -> row: the candidate's ascending score order when it has scores, else row order. */
function positionRows(c) {
    return c.order ?? Int32Array.from({ length: c.n }, (_, i) => i);
}
function permute(values, rowAt, out) {
    for (let k = 0; k < rowAt.length; k++)
        out[k] = values[rowAt[k]];
}
/** 1 where the k-th score in `order` differs from the next (the end of a run of ties). */
function runEnds(score, order) {
    const n = order.length;
    const out = new Uint8Array(n);
    let previous = score[order[0]];
    for (let k = 1; k < n; k++) {
        const v = score[order[k]];
        out[k - 1] = v !== previous ? 1 : 0;
        previous = v;
    }
    out[n - 1] = 1;
    return out;
}

;// CONCATENATED MODULE: ./lib/src/metrics/significance/binary-bootstrap.js
/**
 * Paired bootstrap of binary metric differences, fast enough for 1M rows x 1000 resamples:
 * scores are sorted once per model, each resample is a vector of multinomial row counts, and
 * each metric is one weighted pass over the pre-sorted rows (runResamples). Resamples are split
 * across worker threads sharing the data through SharedArrayBuffers; the results do not depend
 * on the number of threads (each resample has its own seed).
 */












// The worker evaluates the kernel from its source; `__name` covers bundlers
// that wrap named functions with a helper of that name.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const __name = (f) => f;
const runResamples = (${runResamples.toString()});
const { data, metrics, from, to, seed, maxCount } = workerData;
const result = runResamples(data, metrics, from, to, seed, maxCount);
parentPort.postMessage(result, [result.out.buffer]);
`;
let compiled = 0;
/**
 * A fresh copy of runResamples, compiled from its source like the workers' copy: V8 makes its
 * hot loops fast only for the first closure of each inner function (see runResamples), so the
 * calling thread must not reuse one copy across calls. The numbered comment makes each source
 * new: V8 caches compilations by source text, and a cached one shares its closures' state.
 */
function compileKernel() {
    return new Function('__name', `return (${runResamples.toString()}); // copy ${++compiled}`)((f) => f);
}
function inWorker(data, metrics, from, to, seed, maxCount) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { data, metrics, from, to, seed, maxCount } });
        worker.once('message', (result) => resolve(result));
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`bootstrap worker exited with code ${code}`));
        });
    });
}
function chooseMetrics(c, b, requested) {
    const scored = c.score !== undefined && b.score !== undefined;
    const all = BINARY_METRICS.filter((m) => scored || binary_kernel_KERNEL_METRICS.indexOf(m) < 4);
    if (requested === undefined)
        return all;
    for (const m of requested) {
        if (!all.includes(m))
            throw new errors/* UserError */.yo(`bootstrap of ${m} needs scores for both candidate and baseline`);
    }
    return [...requested];
}
/** Validates and sorts candidate and baseline (UserError on bad rows, see binaryMetrics). */
function preparePair(input) {
    const candidate = prepareBinary({ yTrue: input.yTrue, ...input.candidate }, 'candidate');
    const baseline = prepareBinary({ yTrue: input.yTrue, ...input.baseline }, 'baseline');
    if (candidate.n !== baseline.n)
        throw new errors/* UserError */.yo(`candidate has ${candidate.n} rows but baseline has ${baseline.n}`);
    return { candidate, baseline };
}
function asPair(input) {
    return 'yTrue' in input ? preparePair(input) : input;
}
/**
 * Paired bootstrap intervals of candidate - baseline for binary metrics, on worker threads.
 * UserError when the inputs are invalid (see binaryMetrics) or a requested metric needs
 * scores one side lacks.
 */
async function pairedBootstrapBinary(input, options = {}) {
    const settings = bootstrap_bootstrapSettings(options);
    const { candidate: c, baseline: b } = asPair(input);
    const names = chooseMetrics(c, b, options.metrics);
    const ids = names.map((m) => binary_kernel_KERNEL_METRICS.indexOf(m));
    const data = kernel_data_kernelData(c, b, ids);
    // Starting a worker costs tens of milliseconds: by default only worth it on large inputs.
    const automatic = c.n * settings.resamples >= 2e7 ? (0,external_node_os_.availableParallelism)() : 1;
    const threads = Math.max(1, Math.min(options.threads ?? automatic, settings.resamples));
    // Contiguous chunks; the calling thread takes the first while the workers run the rest.
    const bounds = Array.from({ length: threads + 1 }, (_, t) => Math.round((t * settings.resamples) / threads));
    const maxCount = options.maxCount ?? 255;
    const pending = bounds.slice(1, -1).map((from, t) => inWorker(data, ids, from, bounds[t + 2], settings.seed, maxCount));
    const first = compileKernel()(data, ids, 0, bounds[1], settings.seed, maxCount);
    const parts = [first, ...(await Promise.all(pending))];
    return summarizeParts(parts, names, c, b, settings);
}
/** The same as pairedBootstrapBinary on the calling thread only. */
function pairedBootstrapBinarySync(input, options = {}) {
    const settings = bootstrapSettings(options);
    const { candidate: c, baseline: b } = asPair(input);
    const names = chooseMetrics(c, b, options.metrics);
    const ids = names.map((m) => KERNEL_METRICS.indexOf(m));
    const out = compileKernel()(kernelData(c, b, ids), ids, 0, settings.resamples, settings.seed, options.maxCount ?? 255);
    return summarizeParts([out], names, c, b, settings);
}
/**
 * Resample r on the generic path (Int32 counts, the weighted metrics): the exact fallback for
 * a resample the kernel could not store in a byte per row. Same draw as the kernel's.
 */
function genericDifferences(c, b, names, seed, r) {
    const counts = new Int32Array(c.n);
    drawCounts(counts, new prng/* Mulberry32 */.q(resampleSeed(seed, r)));
    const rowAt = positionRows(c);
    const weights = new Int32Array(c.n);
    for (let k = 0; k < c.n; k++)
        weights[rowAt[k]] = counts[k];
    const mc = binaryMetricsPrepared(c, weights).metrics;
    const mb = binaryMetricsPrepared(b, weights).metrics;
    return names.map((name) => mc[name] - mb[name]);
}
/**
 * The metrics `names` on all rows, by the functions binaryMetricsPrepared calls (the same
 * numbers), without the others: all eight cost more than the kernel's data at 1M rows.
 */
function fullDataMetrics(p, names) {
    const metrics = {};
    if (names.some((m) => binary_kernel_KERNEL_METRICS.indexOf(m) < 4))
        Object.assign(metrics, binaryScores(binaryConfusion(p.y, p.prediction)));
    if (p.score !== undefined && p.order !== undefined) {
        if (names.includes('roc_auc'))
            metrics.roc_auc = rocAucSorted(p.y, p.score, p.order);
        if (names.includes('average_precision'))
            metrics.average_precision = averagePrecisionSorted(p.y, p.score, p.order);
        if (names.includes('log_loss'))
            metrics.log_loss = weightedMean(binaryLogLossTerms(p.y, p.score));
        if (names.includes('brier'))
            metrics.brier = weightedMean(brierTerms(p.y, p.score));
    }
    return metrics;
}
function summarizeParts(parts, names, c, b, settings) {
    const all = new Float64Array(settings.resamples * names.length);
    let offset = 0;
    for (const part of parts) {
        all.set(part.out, offset);
        offset += part.out.length;
        for (const r of part.overflowed)
            all.set(genericDifferences(c, b, names, settings.seed, r), r * names.length);
    }
    const mc = fullDataMetrics(c, names);
    const mb = fullDataMetrics(b, names);
    const result = {};
    names.forEach((name, j) => {
        const diffs = Float64Array.from({ length: settings.resamples }, (_, r) => all[r * names.length + j]);
        result[name] = summarize(mc[name] - mb[name], diffs, settings);
    });
    return result;
}

// EXTERNAL MODULE: ./lib/src/stats/special/distributions.js + 1 modules
var distributions = __webpack_require__(8975);
;// CONCATENATED MODULE: ./lib/src/metrics/significance/delong.js
/**
 * DeLong's test of equal ROC AUC for two models scored on the same rows, in Sun & Xu's (2014)
 * O(n log n) form: the structural components come from midranks (within the positives, within
 * the negatives, and overall) instead of the O(mn) pairwise kernel.
 */




/** Midranks (1-based, ties averaged) of `values`, indexed like `values`. */
function midranks(values) {
    const order = ascendingOrder(values);
    const ranks = new Float64Array(values.length);
    let k = 0;
    while (k < order.length) {
        const v = values[order[k]];
        let end = k;
        while (end < order.length && values[order[end]] === v)
            end++;
        const rank = (k + 1 + end) / 2; // mean of ranks k+1 .. end
        for (let j = k; j < end; j++)
            ranks[order[j]] = rank;
        k = end;
    }
    return ranks;
}
/** AUC and the structural components V10 (per positive) and V01 (per negative) of one model. */
function components(scores, pos, neg) {
    const m = pos.length;
    const n = neg.length;
    const tz = midranks(scores);
    const tx = midranks(Float64Array.from(pos, (i) => scores[i]));
    const ty = midranks(Float64Array.from(neg, (i) => scores[i]));
    let sumPos = 0;
    const v10 = new Float64Array(m);
    for (let i = 0; i < m; i++) {
        const r = tz[pos[i]];
        sumPos += r;
        v10[i] = (r - tx[i]) / n;
    }
    const v01 = new Float64Array(n);
    for (let j = 0; j < n; j++)
        v01[j] = 1 - (tz[neg[j]] - ty[j]) / m;
    return { auc: (sumPos - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}
/** Sample covariance (n - 1 denominator, as np.cov) of two equally long arrays. */
function covariance(a, b) {
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < a.length; i++) {
        ma += a[i];
        mb += b[i];
    }
    ma /= a.length;
    mb /= b.length;
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += (a[i] - ma) * (b[i] - mb);
    return s / (a.length - 1);
}
/**
 * DeLong's test of AUC(a) = AUC(b) for two score columns on the same 0/1 labels: z is the AUC
 * difference over its standard error, p = 2 P(Z > |z|). When the variance is 0 (e.g. identical
 * rankings) z is 0 and p is 1 if the AUCs are equal. Needs two positives and two negatives.
 */
function delongTest(yTrue, scoresA, scoresB) {
    checkLengths({ labels: yTrue, 'candidate scores': scoresA, 'baseline scores': scoresB });
    const y = binaryLabels('labels', yTrue);
    const a = finiteNumbers('candidate scores', scoresA);
    const b = finiteNumbers('baseline scores', scoresB);
    let m = 0;
    for (let i = 0; i < y.length; i++)
        m += y[i];
    const n = y.length - m;
    if (m < 2 || n < 2)
        throw new errors/* UserError */.yo(`DeLong's test needs at least two positive and two negative rows; the labels have ${m} and ${n}`);
    const pos = new Int32Array(m);
    const neg = new Int32Array(n);
    for (let i = 0, p = 0, q = 0; i < y.length; i++) {
        if (y[i] === 1)
            pos[p++] = i;
        else
            neg[q++] = i;
    }
    const ca = components(a, pos, neg);
    const cb = components(b, pos, neg);
    const s10 = covariance(ca.v10, ca.v10) + covariance(cb.v10, cb.v10) - 2 * covariance(ca.v10, cb.v10);
    const s01 = covariance(ca.v01, ca.v01) + covariance(cb.v01, cb.v01) - 2 * covariance(ca.v01, cb.v01);
    const variance = Math.max(0, s10 / m + s01 / n);
    const difference = ca.auc - cb.auc;
    let z;
    if (variance > 0)
        z = difference / Math.sqrt(variance);
    else
        z = difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity;
    return { aucA: ca.auc, aucB: cb.auc, difference, variance, z, pValue: Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z))) };
}

;// CONCATENATED MODULE: ./lib/src/metrics/significance/distributions.js
/**
 * The few distribution functions the tests of this folder need: the normal and chi-squared
 * (one degree of freedom) survival functions, on src/stats' erfc, and the binomial CDF at
 * p = 1/2. Checked against scipy in test/unit/metrics/significance.test.ts.
 */

// One erfc for the whole project: src/stats has it (checked against scipy there too).

/** P(X > x) for X chi-squared with one degree of freedom (scipy.stats.chi2.sf(x, 1)). */
function chi2Sf1(x) {
    if (Number.isNaN(x))
        return NaN;
    return x <= 0 ? 1 : (0,distributions/* erfc */.Lr)(Math.sqrt(x / 2));
}
/**
 * P(X <= k) for X ~ Binomial(n, 1/2) (scipy.stats.binom.cdf(k, n, 0.5)), summed from the
 * largest term down in relative units so that it neither underflows nor loses the small terms.
 */
function binomialCdfHalf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (2 * k >= n)
        return 1 - binomialCdfHalf(n - k - 1, n);
    // log C(n, k) - n log 2, then terms t_{i-1} = t_i * i / (n - i + 1) relative to t_k.
    let logTerm = -n * Math.LN2;
    for (let i = 1; i <= k; i++)
        logTerm += Math.log((n - k + i) / i);
    let relative = 1;
    let sum = 1;
    for (let i = k; i >= 1 && relative > 1e-18 * sum; i--) {
        relative *= i / (n - i + 1);
        sum += relative;
    }
    return Math.exp(logTerm + Math.log(sum));
}

;// CONCATENATED MODULE: ./lib/src/metrics/significance/mcnemar.js
/**
 * McNemar's test of equal accuracy of two models on the same rows, with the semantics of
 * statsmodels.stats.contingency_tables.mcnemar:
 *  - exact: statistic min(b, c), p = min(1, 2 * BinomCDF(min(b, c); b + c, 1/2));
 *  - chi-squared: statistic (|b - c| - 1)^2 / (b + c) with the continuity correction, p from
 *    chi-squared with one degree of freedom.
 * statsmodels makes the caller choose; we choose exact when the discordant count b + c is
 * below 25 (the usual rule, e.g. Rosner's, where the chi-squared approximation gets poor) unless
 * `exact` says otherwise. With no discordant rows the exact p is 1.
 */


/** Discordant counts below this use the exact binomial test by default. */
const MCNEMAR_EXACT_BELOW = 25;
/** McNemar's test from the two discordant counts. */
function mcnemarFromCounts(baselineOnly, candidateOnly, options = {}) {
    const b = baselineOnly;
    const c = candidateOnly;
    const exact = options.exact ?? b + c < MCNEMAR_EXACT_BELOW;
    if (exact) {
        const statistic = Math.min(b, c);
        return { baselineOnly: b, candidateOnly: c, method: 'exact', statistic, pValue: Math.min(1, 2 * binomialCdfHalf(statistic, b + c)) };
    }
    const d = Math.abs(b - c) - 1;
    const statistic = (d * d) / (b + c);
    return { baselineOnly: b, candidateOnly: c, method: 'chi2', statistic, pValue: chi2Sf1(statistic) };
}
/**
 * McNemar's test on per-row correctness of candidate and baseline predictions (binary 0/1 or
 * any multiclass labels compared for equality with y_true).
 */
function mcnemar(yTrue, candidate, baseline, options = {}) {
    const n = checkLengths({ labels: yTrue, 'candidate predictions': candidate, 'baseline predictions': baseline });
    let b = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
        const okC = candidate[i] === yTrue[i];
        const okB = baseline[i] === yTrue[i];
        if (okB && !okC)
            b++;
        else if (okC && !okB)
            c++;
    }
    return mcnemarFromCounts(b, c, options);
}
/** McNemar's test for binary 0/1 predictions, validating them (UserError on values other than 0/1). */
function mcnemarBinary(yTrue, candidate, baseline, options = {}) {
    checkLengths({ labels: yTrue, 'candidate predictions': candidate, 'baseline predictions': baseline });
    return mcnemar(binaryLabels('labels', yTrue), binaryLabels('candidate predictions', candidate), binaryLabels('baseline predictions', baseline), options);
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/significance.js
/**
 * Significance of candidate vs baseline on the same rows: paired bootstrap intervals of the
 * difference for every metric, McNemar's test for accuracy and DeLong's test for ROC AUC.
 */








/** The baseline's rows in the candidate's order: joined on ids when given, else by position. */
function alignBaseline(candidate, baseline) {
    let order;
    if (candidate.ids && baseline.ids) {
        const where = new Map(baseline.ids.map((id, i) => [id, i]));
        order = candidate.ids.map((id) => {
            const i = where.get(id);
            if (i === undefined)
                throw new errors/* UserError */.yo(`id '${id}' of the candidate predictions is not in the baseline predictions (${baseline.file})`);
            return i;
        });
    }
    else {
        if (candidate.rows !== baseline.rows)
            throw new errors/* UserError */.yo(`the candidate has ${candidate.rows} predictions and the baseline ${baseline.rows}: give id-column to join them, or predictions on the same rows`);
        order = Array.from({ length: candidate.rows }, (_, i) => i);
    }
    const pick = (values) => (values ? order.map((i) => values[i]) : undefined);
    const aligned = { ...baseline, rows: order.length, labels: pick(baseline.labels), slices: {} };
    if (baseline.predictions)
        aligned.predictions = pick(baseline.predictions);
    if (baseline.scores)
        aligned.scores = pick(baseline.scores);
    if (baseline.proba)
        aligned.proba = { classes: baseline.proba.classes, columns: baseline.proba.columns.map((c) => pick(c)) };
    const mismatch = candidate.labels.findIndex((label, i) => label !== aligned.labels[i]);
    if (mismatch >= 0)
        throw new errors/* UserError */.yo(`candidate and baseline predictions disagree on the label of row ${mismatch + 1} (${String(candidate.labels[mismatch])} vs ${String(aligned.labels[mismatch])}): they must be on the same rows`);
    return aligned;
}
/** Bootstrap intervals at `confidence` for the metrics asked, and the paired tests. */
async function significance(candidate, baseline, metrics, confidence, resamples) {
    const options = { resamples, confidence };
    const result = { intervals: {} };
    if (candidate.task === 'binary') {
        const wanted = metrics.filter((m) => BINARY_METRICS.includes(m));
        const input = {
            yTrue: candidate.labels,
            candidate: { ...(candidate.scores ? { score: candidate.scores } : {}), ...(candidate.predictions ? { prediction: candidate.predictions } : {}) },
            baseline: { ...(baseline.scores ? { score: baseline.scores } : {}), ...(baseline.predictions ? { prediction: baseline.predictions } : {}) },
        };
        if (wanted.length)
            Object.assign(result.intervals, await pairedBootstrapBinary(input, { ...options, metrics: wanted }));
        const hard = (p) => p.predictions ?? p.scores.map((s) => (s >= 0.5 ? 1 : 0));
        const m = mcnemarBinary(candidate.labels, hard(candidate), hard(baseline));
        result.mcnemar = { statistic: m.statistic, pValue: m.pValue, method: m.method };
        if (candidate.scores && baseline.scores) {
            const d = delongTest(candidate.labels, candidate.scores, baseline.scores);
            result.delong = { z: d.z, pValue: d.pValue };
        }
        return result;
    }
    if (candidate.task === 'multiclass') {
        const prep = (p, name) => prepareMulticlass({ yTrue: p.labels, yPred: p.predictions, ...(p.proba ? { proba: p.proba } : {}) }, name);
        const c = prep(candidate, 'candidate');
        const b = prep(baseline, 'baseline');
        for (const metric of metrics) {
            const value = (p) => (counts) => multiclassMetricsPrepared(p, counts).metrics[metric] ?? NaN;
            result.intervals[metric] = pairedBootstrap(candidate.rows, value(c), value(b), options);
        }
        return result;
    }
    const c = prepareRegression(candidate.labels, candidate.predictions, 'candidate');
    const b = prepareRegression(baseline.labels, baseline.predictions, 'baseline');
    for (const metric of metrics) {
        const value = (p) => (counts) => regressionScores(p.y, p.yhat, counts)[metric];
        result.intervals[metric] = pairedBootstrap(candidate.rows, value(c), value(b), options);
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/actions/eval-gate/evaluate.js
/**
 * The whole gate without GitHub: load the candidate and the baseline, compute metrics, test
 * significance where asked, apply the rules to metrics and slices.
 */






const PREDICTION_FILE = /\.(jsonl|ndjson|parquet)(\.gz)?$/i;
async function isPredictionsFile(file, label) {
    if (PREDICTION_FILE.test(file))
        return true;
    if (!/\.(csv|tsv)(\.gz)?$/i.test(file))
        return false;
    // A CSV is predictions when it has the label column, metrics otherwise.
    const { readDataset } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5135));
    for await (const batch of readDataset([file], { batchRows: 1 }))
        return batch.columns.includes(label);
    return false;
}
async function evaluateGate(input) {
    let candidate;
    let predictions;
    let details;
    if (input.predictionsFile) {
        predictions = await readPredictions(input.predictionsFile, input.columns, input.task, 'candidate');
        const computed = computeMetrics(predictions);
        candidate = computed.metrics;
        details = { confusion: computed.confusion, classes: computed.classes, support: computed.support, warnings: computed.warnings };
        for (const metric of input.rules.keys()) {
            if (!(metric in candidate))
                throw new errors/* InputError */.dz('thresholds', `unknown metric '${metric}' for a ${predictions.task} task; the metrics computed from the predictions are: ${Object.keys(candidate).join(', ')}`);
        }
    }
    else
        candidate = readMetricsFile(input.metricsFile, 'candidate');
    let baseline;
    let baselinePredictions;
    if (input.baselineFile) {
        if (predictions && (await isPredictionsFile(input.baselineFile, input.columns.label))) {
            baselinePredictions = await readPredictions(input.baselineFile, { ...input.columns, slices: [] }, predictions.task, 'baseline');
            baseline = computeMetrics(baselinePredictions).metrics;
        }
        else
            baseline = readMetricsFile(input.baselineFile, 'baseline');
    }
    let tests;
    const significant = [...input.rules].filter(([, rule]) => rule.significance !== undefined);
    if (significant.length) {
        if (!predictions || !baselinePredictions)
            throw new errors/* InputError */.dz('thresholds', `significance (for ${significant.map(([m]) => m).join(', ')}) needs predictions for both the candidate and the baseline`);
        const aligned = alignBaseline(predictions, baselinePredictions);
        tests = { intervals: {} };
        for (const alpha of new Set(significant.map(([, rule]) => rule.significance))) {
            const metrics = significant.filter(([, rule]) => rule.significance === alpha).map(([m]) => m);
            const part = await significance(predictions, aligned, metrics, 1 - alpha, input.resamples);
            Object.assign(tests.intervals, part.intervals);
            tests.mcnemar ??= part.mcnemar;
            tests.delong ??= part.delong;
        }
    }
    const names = [...new Set([...input.rules.keys(), ...Object.keys(candidate).filter((m) => baseline?.[m] !== undefined)])];
    const verdicts = names.map((metric) => {
        const rule = input.rules.get(metric) ?? {};
        const interval = rule.significance !== undefined ? tests?.intervals[metric] : undefined;
        const test = interval && metric === 'accuracy' && tests?.mcnemar ? { name: 'McNemar', pValue: tests.mcnemar.pValue } : interval && metric === 'roc_auc' && tests?.delong ? { name: 'DeLong', pValue: tests.delong.pValue } : undefined;
        if (rule.significance !== undefined && !interval)
            throw new errors/* UserError */.yo(`no bootstrap interval could be computed for '${metric}'`);
        return judgeMetric(metric, rule, candidate, baseline, interval, test);
    });
    const slices = [];
    if (predictions) {
        for (const [column, values] of Object.entries(predictions.slices)) {
            for (const [value, rows] of sliceRows(values)) {
                let metrics = {};
                try {
                    metrics = computeMetrics(predictions, rows).metrics;
                }
                catch (error) {
                    if (!(error instanceof errors/* UserError */.yo))
                        throw error;
                }
                slices.push({ column, value, rows: rows.length, gated: false, metrics, failures: [] });
            }
        }
    }
    const failedSlices = judgeSlices(slices, input.sliceRules);
    const failed = [...verdicts.filter((v) => !v.passed).map((v) => v.metric), ...failedSlices];
    return { passed: failed.length === 0, failed, candidate, ...(baseline ? { baseline } : {}), verdicts, slices, ...(predictions ? { task: predictions.task } : {}), ...(details ? { details } : {}), ...(tests ? { significance: tests } : {}) };
}

// EXTERNAL MODULE: ./lib/src/report/mermaid.js
var mermaid = __webpack_require__(5874);
;// CONCATENATED MODULE: ./lib/actions/eval-gate/render.js
/** The eval-gate comment and job summary: verdict, metric table with intervals, slices, chart. */


const MAX_SLICE_ROWS = 100;
function num(value) {
    if (value === undefined || Number.isNaN(value))
        return '';
    return Number(value.toPrecision(5)).toString();
}
function deltaCell(v) {
    if (v.delta === undefined)
        return '';
    const arrow = v.delta === 0 ? '' : (v.delta > 0) === v.higherIsBetter ? ' 🟢' : ' 🔻';
    const pct = v.deltaPct === undefined ? '' : ` (${v.deltaPct >= 0 ? '+' : ''}${v.deltaPct.toFixed(2)}%)`;
    const ci = v.interval ? `<br>${Math.round(v.interval.confidence * 100)}% CI [${num(v.interval.low)}, ${num(v.interval.high)}]` : '';
    const test = v.test ? `<br>${v.test.name} p = ${num(v.test.pValue)}` : v.interval ? `<br>bootstrap p = ${num(v.interval.pValue)}` : '';
    return `${v.delta >= 0 ? '+' : ''}${num(v.delta)}${pct}${arrow}${ci}${test}`;
}
/** The Markdown shown in the PR comment and the job summary. */
function renderGate(view) {
    const heading = view.passed
        ? `### ✅ eval-gate ${(0,markdown/* inlineCode */.ti)(view.gateId)}: passed`
        : `### ❌ eval-gate ${(0,markdown/* inlineCode */.ti)(view.gateId)}: failed (${view.failed.map((f) => (0,markdown/* inlineCode */.ti)(f)).join(', ')})`;
    const lines = [
        heading,
        '',
        `Candidate ${(0,markdown/* inlineCode */.ti)(view.candidate)}${view.baseline ? ` against baseline ${(0,markdown/* escapeCell */.kq)(view.baseline)}` : ' (no baseline)'}.`,
        '',
        (0,markdown/* table */.tp)(['Metric', 'Baseline', 'Candidate', 'Delta', 'Rule', 'Status'], view.verdicts.map((v) => [
            (0,markdown/* inlineCode */.ti)(v.metric),
            num(v.baseline),
            num(v.candidate),
            deltaCell(v),
            (0,markdown/* escapeCell */.kq)(v.rule) || '—',
            v.rule ? (v.passed ? '✅ pass' : `❌ ${(0,markdown/* escapeCell */.kq)(v.reasons.join('; '))}`) : '',
        ]), ['left', 'right', 'right', 'right', 'left', 'left']),
    ];
    const failing = view.slices.filter((s) => s.failures.length);
    if (failing.length) {
        lines.push('', '**Failing slices**', '', (0,markdown/* table */.tp)(['Slice', 'Rows', 'Failures'], failing.slice(0, MAX_SLICE_ROWS).map((s) => [(0,markdown/* inlineCode */.ti)(`${s.column}=${s.value}`), String(s.rows), (0,markdown/* escapeCell */.kq)(s.failures.join('; '))])));
    }
    if (view.slices.length) {
        const metrics = [...new Set(view.slices.flatMap((s) => Object.keys(s.metrics)))].slice(0, 6);
        lines.push('', (0,markdown/* details */.zH)(`All slices (${view.slices.length})`, (0,markdown/* table */.tp)(['Slice', 'Rows', 'Gated', ...metrics], view.slices.slice(0, MAX_SLICE_ROWS).map((s) => [(0,markdown/* inlineCode */.ti)(`${s.column}=${s.value}`), String(s.rows), s.gated ? 'yes' : 'no (too few rows)', ...metrics.map((m) => num(s.metrics[m]))]))));
    }
    const charted = view.verdicts.filter((v) => v.candidate !== undefined && v.baseline !== undefined).slice(0, 12);
    if (charted.length) {
        lines.push('', (0,markdown/* details */.zH)('Candidate (bars) against baseline (line)', (0,mermaid/* barChart */.S9)({
            title: 'Candidate vs baseline',
            categories: charted.map((v) => v.metric),
            bars: [{ name: 'candidate', values: charted.map((v) => v.candidate) }],
            lines: [{ name: 'baseline', values: charted.map((v) => v.baseline) }],
        })));
    }
    if (view.runUrl)
        lines.push('', `${(0,markdown/* link */.nf)('Workflow run', view.runUrl)} · generated by mlops-actions eval-gate`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/actions/eval-gate/spec.js
var spec = __webpack_require__(783);
;// CONCATENATED MODULE: ./lib/actions/eval-gate/main.js
/** eval-gate's entry: inputs in, plain evaluation, then report, outputs, comment and status. */
















const REPORT_VERSION = 1;
async function main({ inputs, outputs }) {
    const metricsFile = inputs.string('metrics');
    const predictionsFile = inputs.string('predictions');
    if (!metricsFile && !predictionsFile)
        throw new errors/* InputError */.dz('predictions', 'give the candidate as `predictions` (a predictions file) or `metrics` (a metrics file)');
    if (metricsFile && predictionsFile)
        throw new errors/* InputError */.dz('metrics', 'give either `metrics` or `predictions`, not both');
    const candidateFile = (metricsFile ?? predictionsFile);
    const task = inputs.enumeration('task', spec/* TASKS */.n3);
    const columns = {
        label: inputs.requiredString('label-column'),
        prediction: inputs.requiredString('prediction-column'),
        score: inputs.requiredString('score-column'),
        ...(inputs.string('id-column') ? { id: inputs.string('id-column') } : {}),
        slices: inputs.list('slice-columns'),
    };
    const thresholds = inputs.structured('thresholds');
    const slices = inputs.structured('slices');
    const rules = parseThresholds(thresholds);
    const sliceRules = parseSliceRules(slices);
    const resamples = inputs.integer('resamples', { min: 100, max: 100_000 }) ?? 1000;
    const commentMode = inputs.enumeration('comment', spec/* COMMENT_MODES */.p8) ?? 'auto';
    const gateId = inputs.requiredString('gate-id');
    if (!/^[A-Za-z0-9._-]+$/.test(gateId))
        throw new errors/* InputError */.dz('gate-id', `expected letters, digits, '.', '_' or '-', got '${gateId}'`);
    const failOnRegression = inputs.boolean('fail-on-regression');
    const token = inputs.string('github-token');
    const reportPath = inputs.requiredString('report');
    const baselineSpec = inputs.string('baseline');
    const baselinePath = baselineSpec && !/^(git|artifact):/.test(baselineSpec) && !(0,model_reference/* isRegistryReference */.lb)(baselineSpec) ? baselineSpec : undefined;
    (0,distinct_paths/* refuseClashingPaths */.m)([
        { input: 'metrics', paths: metricsFile ? [metricsFile] : [] },
        { input: 'predictions', paths: predictionsFile ? [predictionsFile] : [] },
        // An earlier report is a valid baseline, and replacing it with this run's report rolls the baseline forward.
        { input: 'baseline', paths: baselinePath ? [baselinePath] : [], replacedBy: 'report' },
        { input: 'thresholds', paths: thresholds?.file ? [thresholds.file] : [] },
        { input: 'slices', paths: slices?.file ? [slices.file] : [] },
    ], [{ input: 'report', path: reportPath, what: 'report' }]);
    const baselineOptions = { token, workflow: inputs.string('baseline-workflow'), registry: inputs.requiredString('registry'), candidateIsPredictions: Boolean(predictionsFile), significance: [...rules.values()].some((rule) => rule.significance !== undefined) };
    const baseline = baselineSpec ? await resolveBaseline(baselineSpec, baselineOptions) : undefined;
    const outcome = await evaluateGate({
        ...(metricsFile ? { metricsFile } : {}),
        ...(predictionsFile ? { predictionsFile } : {}),
        ...(baseline ? { baselineFile: baseline.file } : {}),
        ...(task ? { task } : {}),
        columns,
        rules,
        sliceRules,
        resamples,
    });
    // Outside a workflow (the CLI) there is no repository to comment on: just the summary.
    const context = process.env.GITHUB_REPOSITORY ? (0,github_context/* getGitHubContext */.f)() : undefined;
    (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(reportPath), `${JSON.stringify({ version: REPORT_VERSION, gate: gateId, candidateFile, baselineSource: baseline?.description ?? null, ...outcome }, null, 2)}\n`, 'report');
    outputs.set('passed', outcome.passed);
    outputs.set('metrics', outcome.candidate);
    outputs.set('failed', outcome.failed);
    outputs.set('report', reportPath);
    const markdown = renderGate({ gateId, passed: outcome.passed, failed: outcome.failed, verdicts: outcome.verdicts, slices: outcome.slices, candidate: candidateFile, ...(baseline ? { baseline: baseline.description } : {}), ...(context?.runUrl ? { runUrl: context.runUrl } : {}) });
    const wantComment = context !== undefined && (commentMode === 'always' || (commentMode === 'auto' && context.prNumber !== undefined));
    let commentUrl = '';
    if (context && wantComment && token) {
        const octokit = (0,client/* createOctokit */.Qi)(token);
        const result = await publishComment({ octokit, owner: context.owner, repo: context.repo, issueNumber: context.prNumber, id: `eval-gate.${gateId}`, body: markdown });
        if (result.action !== 'summary-only') {
            commentUrl = result.url;
            await (0,summary/* appendSummary */.f)(markdown);
        }
        await postStatus(octokit, context, gateId, outcome.passed, outcome.failed);
    }
    else {
        if (wantComment)
            core/* warning */.$e('eval-gate: no github-token, so no PR comment; the report is in the job summary');
        await (0,summary/* appendSummary */.f)(markdown);
        if (context && token && process.env.GITHUB_ACTIONS === 'true')
            await postStatus((0,client/* createOctokit */.Qi)(token), context, gateId, outcome.passed, outcome.failed);
    }
    outputs.set('comment-url', commentUrl);
    const line = outcome.passed ? `eval-gate ${gateId}: passed` : `eval-gate ${gateId}: failed (${outcome.failed.join(', ')})`;
    if (!outcome.passed && failOnRegression)
        core/* setFailed */.C1(line);
    else if (!outcome.passed)
        core/* warning */.$e(line);
    else
        core/* info */.pq(line);
}
/** The commit status `eval-gate/<gate-id>`; a token that cannot set it only warns. */
async function postStatus(octokit, context, gateId, passed, failed) {
    if (!context.headSha)
        return;
    try {
        await (0,github_status/* setCommitStatus */.MX)({
            octokit,
            owner: context.owner,
            repo: context.repo,
            sha: context.headSha,
            context: `eval-gate/${gateId}`,
            state: passed ? 'success' : 'failure',
            description: passed ? 'all rules passed' : `failed: ${failed.join(', ')}`,
            ...(context.runUrl ? { targetUrl: context.runUrl } : {}),
        });
    }
    catch (error) {
        core/* warning */.$e(`eval-gate: could not set the commit status: ${error.message}`);
    }
}


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ fitDescription),
/* harmony export */   MX: () => (/* binding */ setCommitStatus)
/* harmony export */ });
/* unused harmony export STATUS_DESCRIPTION_LIMIT */
/** GitHub rejects longer status descriptions. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** Cuts a description to GitHub's 140 characters, marking the cut with an ellipsis. */
function fitDescription(text, limit = STATUS_DESCRIPTION_LIMIT) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const chars = Array.from(oneLine);
    // Count code points, not UTF-16 units, so a cut never splits a surrogate pair.
    if (chars.length <= limit)
        return oneLine;
    return `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}
/** Sets a commit status on `sha`; returns the status id and its API URL. */
async function setCommitStatus(options) {
    const { data } = await options.octokit.rest.repos.createCommitStatus({
        owner: options.owner,
        repo: options.repo,
        sha: options.sha,
        context: options.context,
        state: options.state,
        description: fitDescription(options.description),
        ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
    });
    return { id: data.id, url: data.url };
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
