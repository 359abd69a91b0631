import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6955:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ DRIFT_CHECK),
/* harmony export */   Tl: () => (/* binding */ DRIFT_METHODS),
/* harmony export */   ql: () => (/* binding */ CORRECTIONS)
/* harmony export */ });
const DRIFT_METHODS = ['auto', 'ks', 'chi2', 'z', 'psi', 'jensen-shannon', 'wasserstein', 'hellinger'];
const CORRECTIONS = ['none', 'bonferroni', 'benjamini-hochberg'];
const DRIFT_CHECK = {
    name: 'drift-check',
    title: 'mlops-actions: drift check',
    description: 'Compare current data with a reference dataset or saved profile, per column and overall; on drift, open or update an issue or trigger the retraining workflow.',
    branding: { icon: 'trending-up', color: 'purple' },
    inputs: {
        reference: {
            description: 'The reference: a dataset (file, glob or directory; CSV/TSV, JSON Lines, Parquet, gzipped or not), a profile written by validate-data or drift-check, or `registry:<name>@<alias-or-version>` (the data profile register-model recorded with that version, e.g. `registry:churn-classifier@production`).',
            required: true,
        },
        registry: {
            description: 'For `registry:` references, the registry register-model wrote to: `file:<dir>`, `mlflow:<tracking-uri>` (credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
            default: 'file:.mlops/registry',
        },
        current: {
            description: 'The current data: a dataset (file, glob or directory).',
            required: true,
        },
        columns: {
            description: 'Columns to compare (comma or newline separated). Default: every column both sides have.',
        },
        'exclude-columns': {
            description: 'Columns to leave out.',
        },
        method: {
            description: 'The test or distance for every column: auto, ks, chi2, z, psi, jensen-shannon, wasserstein or hellinger. `auto` follows Evidently\'s defaults (see the README).',
            default: 'auto',
        },
        threshold: {
            description: 'Overrides the method\'s default threshold: a p-value for ks/chi2/z (drift below it), a distance for the others (drift at or above it).',
        },
        config: {
            description: 'Per-column method and threshold, YAML or JSON inline or as a file: `{columns: {age: {method: psi, threshold: 0.2}}}`.',
        },
        correction: {
            description: 'Multiple-testing correction of the p-values across columns: none, bonferroni or benjamini-hochberg.',
            default: 'none',
        },
        'drift-share': {
            description: 'The dataset has drifted when at least this share of the compared columns drifted.',
            default: '0.5',
        },
        'min-rows': {
            description: 'Fewer non-missing values than this on either side makes a column `insufficient-data` instead of a verdict.',
            default: '30',
        },
        'fail-on-drift': {
            description: 'Fail the step when the dataset has drifted.',
            default: 'false',
        },
        'save-profile': {
            description: 'A path to write the current data\'s profile, to become the next reference.',
        },
        report: {
            description: 'Where to write the JSON report.',
            default: 'mlops-reports/drift-check.json',
        },
        'html-report': {
            description: 'A path to write a self-contained HTML report with each column\'s reference and current distributions.',
        },
        issue: {
            description: 'On drift, open one issue (or update the open one) with the summary; when a later run finds no drift, comment on it and close it.',
            default: 'false',
        },
        'issue-label': {
            description: 'The label that marks drift-check\'s issues.',
            default: 'mlops-drift',
        },
        dispatch: {
            description: 'A `repository_dispatch` event type to send on drift, with the summary in `client_payload`, so a retraining workflow starts.',
        },
        'github-token': {
            description: 'Token for the issue and dispatch (needs `issues: write` / `contents: write`).',
            default: '${{ github.token }}',
        },
    },
    outputs: {
        drifted: { description: '`true` when the share of drifted columns reached `drift-share`.' },
        'drift-share': { description: 'The share of compared columns that drifted (0..1).' },
        'drifted-columns': { description: 'JSON array of the names of the drifted columns.' },
        report: { description: 'Path of the JSON report.' },
    },
};


/***/ }),

/***/ 783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ EVAL_GATE),
/* harmony export */   n3: () => (/* binding */ TASKS),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES)
/* harmony export */ });
const TASKS = ['binary', 'multiclass', 'regression'];
const COMMENT_MODES = ['auto', 'always', 'never'];
const EVAL_GATE = {
    name: 'eval-gate',
    title: 'mlops-actions: eval gate',
    description: "Compare a model's metrics (given, or computed from its predictions) with thresholds and with a baseline; fail on regression, with significance tests when predictions are on both sides; keep one sticky PR comment and a commit status.",
    branding: { icon: 'shield', color: 'purple' },
    inputs: {
        metrics: {
            description: 'A metrics file: JSON, YAML or CSV (nested keys flattened with `.`, as DVC does). Give this or `predictions`.',
        },
        predictions: {
            description: 'A predictions file (CSV/TSV, JSON Lines or Parquet) from which the metrics are computed.',
        },
        task: {
            description: 'binary, multiclass or regression; inferred from the predictions when absent.',
        },
        'label-column': { description: 'Column of the true labels or targets.', default: 'label' },
        'prediction-column': { description: 'Column of the predicted class or value.', default: 'prediction' },
        'score-column': {
            description: 'Column of the positive-class probability (binary); for multiclass, a prefix (`score` reads `score_<class>` columns) or a comma-separated list of columns.',
            default: 'score',
        },
        'id-column': { description: 'Column that joins candidate and baseline predictions row by row (default: row order).' },
        'slice-columns': { description: 'Columns to compute every metric per value of (comma separated).' },
        baseline: {
            description: 'What to compare with: a metrics or predictions path; `git:<ref>:<path>` (the file at a git ref, e.g. the PR base); `artifact:<name>` (from the latest successful run on the default branch); `registry:<name>@<alias-or-version>` (a version recorded by register-model, e.g. `registry:churn-classifier@production`: its metrics, and its predictions when it carries them).',
        },
        registry: {
            description: 'For `registry:` baselines, the registry register-model wrote to: `file:<dir>`, `mlflow:<tracking-uri>` (credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
            default: 'file:.mlops/registry',
        },
        'baseline-workflow': { description: 'For `artifact:` baselines: the workflow file (e.g. `train.yml`) whose latest successful run holds the artifact.' },
        thresholds: {
            description: 'Rules per metric, YAML inline or a file: `min`, `max`, `max-regression`, `max-regression-pct`, `min-improvement`, `min-improvement-pct`, `higher-is-better`, `significance`.',
        },
        slices: { description: 'Rules per slice, YAML inline or a file: per metric `min`, `max`, `max-gap`; and `min-rows` below which a slice is reported but not gated.' },
        resamples: { description: 'Bootstrap resamples for confidence intervals and significance.', default: '1000' },
        comment: { description: 'Post or update the sticky PR comment: auto (on pull_request events), always or never.', default: 'auto' },
        'gate-id': { description: 'Keeps several gates apart in one PR: their comments and commit statuses.', default: 'default' },
        'fail-on-regression': { description: 'Fail the step when a rule fails.', default: 'true' },
        'github-token': { description: 'Token for the comment and the commit status.', default: '${{ github.token }}' },
        report: { description: 'Where to write the JSON report.', default: 'mlops-reports/eval-gate.json' },
    },
    outputs: {
        passed: { description: '`true` when every rule passed.' },
        metrics: { description: "JSON object of the candidate's metric values." },
        failed: { description: 'JSON array of the failing metric or slice names.' },
        report: { description: 'Path of the JSON report.' },
        'comment-url': { description: 'URL of the sticky PR comment, when one was posted.' },
    },
};


/***/ }),

/***/ 3235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ ACTIONS),
  O: () => (/* binding */ findAction)
});

;// CONCATENATED MODULE: ./lib/actions/data-heap.js
const DATA_ACTION_HEAP = { youngGenerationMb: 32, oldGenerationMb: 1024 };

;// CONCATENATED MODULE: ./lib/actions/canary-deploy/spec.js
const RESULTS = (/* unused pure expression or super */ null && (['promoted', 'rolled-back', 'aborted']));
const CANARY_DEPLOY = {
    name: 'canary-deploy',
    title: 'mlops-actions: canary deploy',
    description: 'Shift traffic to a new model in steps (HAProxy, NGINX or your own command), judge the canary against stable on Prometheus metrics with Mann-Whitney, promote or roll back, and record a GitHub Deployment.',
    branding: { icon: 'git-merge', color: 'orange' },
    // The post step rolls back when main failed, was cancelled or timed out before it finished;
    // state saved by main tells it whether a rollout is still open.
    postIf: 'failure() || cancelled()',
    inputs: {
        provider: {
            description: 'How traffic is split: `haproxy` (runtime API, hitless), `nginx` (upstream include written and reloaded) or `command` (your command, run with CANARY_WEIGHT and CANARY_PHASE).',
            required: true,
        },
        target: {
            description: 'The provider\'s settings (YAML), e.g. for haproxy `runtime-api`, `backend`, `stable`, `canary` (see the README).',
        },
        steps: {
            description: 'The canary\'s percent of traffic at each step, ascending; the rollout is promoted (100%) after the last step passes.',
            default: '10,50,100',
        },
        interval: {
            description: 'How long each step bakes before its analysis (e.g. 30s, 5m).',
            default: '5m',
        },
        'min-samples': {
            description: 'The fewest requests (or observations, without a requests query) each side needs before any verdict.',
            default: '50',
        },
        'max-wait': {
            description: 'How long past the interval a step whose analysis is inconclusive (too few samples) waits before rolling back.',
            default: '5m',
        },
        'failure-limit': {
            description: 'Failed analyses tolerated (the step bakes again) before rolling back.',
            default: '0',
        },
        'prometheus-url': {
            description: 'The Prometheus the analysis queries, e.g. http://prometheus:9090. Leave empty when the analysis scrapes the variants\' /metrics itself (`scrape:`).',
        },
        analysis: {
            description: 'The analysis, YAML inline or a file: metrics (PromQL with {{ variant }} placeholders, or presets) and rules (max, min, max-increase-pct, max-decrease-pct, Mann-Whitney compare); `scrape: {stable: <url>, canary: <url>}` to scrape each side\'s /metrics without a Prometheus server.',
        },
        model: {
            description: 'The registered model version being rolled out, `<name>@<version>` (register-model\'s `name` and `version` outputs). Looked up in `registry` before any weight changes; recorded in the deployment payload, report and summary, and given to the `command` provider as CANARY_MODEL_NAME, CANARY_MODEL_VERSION, CANARY_MODEL_DIGEST and CANARY_MODEL_URI.',
        },
        registry: {
            description: 'Where `model` is registered, as register-model takes it: `file:<dir>`, `mlflow:<tracking-uri>` (credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
            default: 'file:.mlops/registry',
        },
        'promote-alias': {
            description: 'A registry alias (e.g. `production`) moved to `model`\'s version when the canary is promoted; never on rollback or in a dry run.',
        },
        environment: {
            description: 'Record a GitHub Deployment to this environment (reusing the one a job-level `environment:` made), with its statuses as the rollout goes.',
        },
        'environment-url': {
            description: 'Where the deployed model answers; shown as the deployment\'s link.',
        },
        'dry-run': {
            description: 'Print the plan and run the analysis without changing any weight.',
            default: 'false',
        },
        'github-token': {
            description: 'Token for the deployment record (needs `deployments: write`), and for reading and moving aliases of an OCI registry on ghcr.io (`packages: write`).',
            default: '${{ github.token }}',
        },
    },
    outputs: {
        result: { description: '`promoted`, `rolled-back` or `aborted`.' },
        'final-weight': { description: 'The canary\'s percent of traffic when the rollout ended.' },
        'deployment-id': { description: 'The id of the GitHub Deployment, when `environment` is set.' },
        'model-version': { description: 'The version of `model` that was rolled out (an alias given in `model` resolved to its version).' },
        report: { description: 'JSON: every step with its weight, query results, samples and verdict.' },
    },
};

// EXTERNAL MODULE: ./lib/actions/drift-check/spec.js
var spec = __nccwpck_require__(6955);
;// CONCATENATED MODULE: ./lib/actions/register-model/spec.js
const REGISTER_MODEL = {
    name: 'register-model',
    title: 'mlops-actions: register model',
    description: 'Record a model version with its metrics, lineage and model card in a file, MLflow or OCI registry, and point aliases such as staging or production at it.',
    branding: { icon: 'archive', color: 'green' },
    inputs: {
        name: {
            description: "The registered model's name (letters, digits, '.', '_', '-').",
            required: true,
        },
        path: {
            description: 'The model file or directory. Required unless an existing `version` is only being given aliases or tags.',
        },
        registry: {
            description: 'Where to register: `file:<dir>` (embedded registry in a directory), `mlflow:<tracking-uri>` (MLflow Model Registry; credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (an OCI artifact in the CNCF ModelPack format; credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
            default: 'file:.mlops/registry',
        },
        version: {
            description: 'An explicit version. Default: the next integer, starting at 1. Without `path`, the existing version to give the aliases and tags.',
        },
        alias: {
            description: "Aliases to point at this version (comma or newline separated), e.g. `staging`. MLflow's rules: letters, digits, '_' and '-'; `latest` and `v<number>` are reserved.",
        },
        metrics: {
            description: "A metrics file (JSON or YAML, nested keys flattened with `.`) or an eval-gate report to attach; a report's verdict is recorded too (tags `mlops.gate.*` and the model card).",
        },
        'data-profile': {
            description: "validate-data profiles of the training data (comma or newline separated), stored with the version (drift-check's `reference: registry:<name>@<alias>` reads them) and recorded by digest in its lineage.",
        },
        predictions: {
            description: "An eval predictions file (CSV/TSV, JSON Lines or Parquet, as eval-gate reads them) stored with the version, so eval-gate's `baseline: registry:<name>@<alias>` can run significance rules against this model.",
        },
        tags: {
            description: 'Extra tags: a YAML map, inline or as a .yaml/.json file.',
        },
        description: {
            description: "The version's description.",
        },
        'github-token': {
            description: 'Token for pushing to ghcr.io (needs `packages: write`).',
            default: '${{ github.token }}',
        },
    },
    outputs: {
        version: { description: 'The registered version.' },
        uri: { description: 'How to fetch exactly this version: `models:/<name>/<version>`, `oci://<host>/<repository>@sha256:…`, or the path in the file registry.' },
        digest: { description: "`sha256:…` over the model's files in canonical order (see the README)." },
        created: { description: '`false` when the same content was already registered under this name (the existing version is returned, only aliases and tags are added).' },
    },
};

// EXTERNAL MODULE: ./lib/actions/eval-gate/spec.js
var eval_gate_spec = __nccwpck_require__(783);
;// CONCATENATED MODULE: ./lib/actions/validate-data/spec.js
const VALIDATE_DATA = {
    name: 'validate-data',
    title: 'mlops-actions: validate data',
    description: 'Validate a dataset (CSV/TSV, JSON Lines, Parquet, gzipped or not) against a Frictionless Table Schema with statistical expectations, in one streaming pass, and write a reusable profile of it.',
    branding: { icon: 'check-square', color: 'purple' },
    inputs: {
        data: {
            description: 'The dataset: a file, a glob or a directory; several files make one dataset. Format by extension (.csv, .tsv, .jsonl/.ndjson, .parquet, text formats also .gz).',
            required: true,
        },
        format: {
            description: 'Override the format guessed from the extension: csv, tsv, jsonl or parquet.',
        },
        schema: {
            description: 'A Table Schema file (YAML or JSON), optionally with expectations. See the README for the format.',
        },
        'infer-schema': {
            description: 'A path to write a schema inferred from the data (types, required, min/max, enums for low-cardinality strings); `schema` may then be omitted.',
        },
        profile: {
            description: 'A path to write the dataset profile (JSON) that drift-check accepts as a reference.',
        },
        'fail-on-invalid': {
            description: 'Fail the step when the data is invalid; `false` reports without failing.',
            default: 'true',
        },
        'max-examples': {
            description: 'Failing examples kept per check.',
            default: '5',
        },
        threads: {
            description: 'Threads that read a large CSV/TSV or Parquet dataset (16 MiB or more), each taking its own parts of the files; `1` reads on one. Each thread beyond the first adds 50-80 MB of memory; more threads than the runner has cores only add memory. Default: 2, or 1 on a one-core runner.',
        },
        report: {
            description: 'Where to write the JSON report.',
            default: 'mlops-reports/validate-data.json',
        },
    },
    outputs: {
        valid: { description: '`true` when every check passed, otherwise `false`.' },
        rows: { description: 'Number of data rows read.' },
        errors: { description: 'Total number of violations.' },
        report: { description: 'Path of the JSON report.' },
        profile: { description: 'Path of the profile written, if any.' },
    },
};

;// CONCATENATED MODULE: ./lib/actions/registry.js






const ACTIONS = [
    { spec: VALIDATE_DATA, load: () => Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(913), __nccwpck_require__.e(815), __nccwpck_require__.e(382), __nccwpck_require__.e(463), __nccwpck_require__.e(473), __nccwpck_require__.e(541), __nccwpck_require__.e(585), __nccwpck_require__.e(229), __nccwpck_require__.e(748)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8748)), heap: DATA_ACTION_HEAP },
    { spec: spec/* DRIFT_CHECK */.Fp, load: () => Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(913), __nccwpck_require__.e(239), __nccwpck_require__.e(382), __nccwpck_require__.e(473), __nccwpck_require__.e(541), __nccwpck_require__.e(585), __nccwpck_require__.e(242), __nccwpck_require__.e(986)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2986)), heap: DATA_ACTION_HEAP },
    { spec: CANARY_DEPLOY, load: () => Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(828), __nccwpck_require__.e(60)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7060)) },
    { spec: REGISTER_MODEL, load: () => Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(815), __nccwpck_require__.e(30)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4030)) },
    { spec: eval_gate_spec/* EVAL_GATE */.Pc, load: () => Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(913), __nccwpck_require__.e(815), __nccwpck_require__.e(239), __nccwpck_require__.e(382), __nccwpck_require__.e(473), __nccwpck_require__.e(585), __nccwpck_require__.e(242), __nccwpck_require__.e(632)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9632)) },
];
/** The action of that name, or undefined. */
function findAction(name) {
    return ACTIONS.find((action) => action.spec.name === name);
}


/***/ }),

/***/ 1798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ launchAction)
/* harmony export */ });
/* harmony import */ var _actions_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3235);
/* harmony import */ var _own_heap_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(204);
/**
 * The first step of every action entry, kept light: it reads only the action registry before
 * deciding where the step runs. An action with heap limits runs on a worker thread that has
 * them (own-heap.ts), and this thread loads nothing more; the others run here (entry.ts).
 */


/** Runs the named action's main step, or its post step when main has run before. */
async function launchAction(name) {
    const action = (0,_actions_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .findAction */ .O)(name);
    const heap = action && (0,_own_heap_js__WEBPACK_IMPORTED_MODULE_1__/* .ownHeapOf */ .M)(action);
    if (!heap) {
        const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(815), __nccwpck_require__.e(310)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2310));
        await runAction(name);
        return;
    }
    try {
        await (0,_own_heap_js__WEBPACK_IMPORTED_MODULE_1__/* .runOnOwnHeap */ .F)(name, heap);
    }
    catch (error) {
        // The thread itself failed (out of memory, say): the step could not report it.
        const { reportFailure } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(528)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9528));
        reportFailure(error);
    }
}


/***/ }),

/***/ 204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runOnOwnHeap),
/* harmony export */   M: () => (/* binding */ ownHeapOf)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5534);
/**
 * Runs an action's step on a worker thread whose heap has the limits the action asks for.
 *
 * Why: V8 sizes the main thread's young generation from the Node version and the machine, and
 * nothing the code does once running can change it (v8.setFlagsFromString comes too late, and
 * a JavaScript action's action.yml cannot pass `--max-semi-space-size`). Node 20 lets it reach
 * 32 MB, Node 24 (the runtime our action.yml files declare) 64 MB: validate-data's 13M-row CSV
 * peaked at 394 MB on Node 24 against 240 MB on Node 20. A worker thread's limits are set when
 * it starts (resourceLimits), so the step runs there, the same on every runtime, while this
 * thread only waits: its own heap stays at the few MB the entry needs.
 *
 * The worker shares the process: its environment is a copy of this thread's (the inputs and the
 * runner's files), its stdout and stderr are forwarded here, and it writes the runner's output,
 * summary and state files itself. Its exit code becomes the step's.
 */


/** The heap limits to run this action's step under on its own thread; undefined to run it on this one. */
function ownHeapOf(action) {
    return node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread ? action.heap : undefined;
}
// The worker starts from this script, which imports the module exporting runActionInWorker.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => m.runActionInWorker(workerData.action));
`;
/**
 * The module exporting runActionInWorker: the bundle's entry (dist/bundle/index.js), which holds
 * this file, or src/bundle.js of the compiled TypeScript (lib/), one folder up from here.
 */
function workerEntry() {
    return (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .workerEntryNextTo */ .n)(import.meta.url, ['./index.js', '../bundle.js'], "the action's worker thread");
}
/**
 * Runs the action's step on a worker thread with these heap limits and waits for it; sets
 * process.exitCode to the worker's when it failed. Rejects when the thread itself failed (out
 * of memory, say), which the step's own error handling cannot report. `entry`: the module the
 * worker imports, which exports runActionInWorker(action) (workerEntry(); tests give their own).
 */
function runOnOwnHeap(action, limits, entry = workerEntry()) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(BOOT, {
            eval: true,
            workerData: { entry, action },
            resourceLimits: { maxYoungGenerationSizeMb: limits.youngGenerationMb, maxOldGenerationSizeMb: limits.oldGenerationMb },
        });
        let failure;
        worker.on('error', (error) => {
            failure =
                error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                    ? new Error(`${action} ran out of memory: its heap is limited to ${limits.oldGenerationMb} MB (${error.message})`, { cause: error })
                    : error;
        });
        worker.on('exit', (code) => {
            if (failure)
                reject(failure);
            else {
                if (code !== 0)
                    process.exitCode = code;
                resolve();
            }
        });
    });
}


/***/ }),

/***/ 5534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ workerEntryNextTo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/**
 * Where a worker thread's entry module is. A worker cannot import the chunk that starts it by
 * itself (ncc's chunks load through the bundle's index), so each starter names the modules that
 * can serve as its entry: one in the compiled TypeScript (lib/), one in the bundle (dist/bundle/).
 */


/** The URL of the first of `candidates` (relative to `base`, the caller's import.meta.url) that exists. */
function workerEntryNextTo(base, candidates, what) {
    for (const name of candidates) {
        const url = new URL(name, base);
        if (url.protocol === 'file:' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url)))
            return url.href;
    }
    throw new Error(`${what}: no worker entry found next to ${base}`);
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* reexport safe */ _runner_launch_js__WEBPACK_IMPORTED_MODULE_0__.A),
/* harmony export */   LF: () => (/* binding */ runActionInWorker),
/* harmony export */   Wk: () => (/* binding */ runRootAction),
/* harmony export */   pj: () => (/* binding */ cliEntry),
/* harmony export */   vn: () => (/* binding */ runPartWorker)
/* harmony export */ });
/* harmony import */ var _runner_launch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1798);
/**
 * The one shared bundle (dist/bundle/index.js). The per-action entries, the root dispatcher and
 * the CLI in dist/ are a few lines each that import this, so the dependencies ship once.
 *
 * Everything but the action registry is imported on demand: the threads that only start another
 * (an action's main thread when the step runs on its own heap, see runner/own-heap.ts) or never
 * report to the runner (validate-data's part workers) then skip @actions/core, which alone adds
 * 13 MB to a thread on Node 20 and 30 MB on Node 24 (its HTTP client loads undici).
 */

/** Entry of the root action (dist/index.js): runs the action named by its `action` input. */
async function runRootAction() {
    const { runRootAction: run } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(815), __nccwpck_require__.e(310)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2310));
    await run();
}
/** Entry of an action's worker thread (runner/own-heap.ts starts it on this bundle). */
async function runActionInWorker(name) {
    const { runActionInWorker: run } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(815), __nccwpck_require__.e(310)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2310));
    await run(name);
}
/** Entry of dist/cli/index.js. */
async function cliEntry() {
    const { cliEntry: run } = await __nccwpck_require__.e(/* import() */ 742).then(__nccwpck_require__.bind(__nccwpck_require__, 1742));
    await run();
}
/** Entry of validate-data's worker threads (actions/validate-data/part-pool.ts starts them on this bundle). */
async function runPartWorker() {
    const { runPartWorker: run } = await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(473), __nccwpck_require__.e(541), __nccwpck_require__.e(229)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3229));
    await run();
}

var __webpack_exports__cliEntry = __webpack_exports__.pj;
var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runActionInWorker = __webpack_exports__.LF;
var __webpack_exports__runPartWorker = __webpack_exports__.vn;
var __webpack_exports__runRootAction = __webpack_exports__.Wk;
export { __webpack_exports__cliEntry as cliEntry, __webpack_exports__runAction as runAction, __webpack_exports__runActionInWorker as runActionInWorker, __webpack_exports__runPartWorker as runPartWorker, __webpack_exports__runRootAction as runRootAction };
