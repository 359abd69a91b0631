/** The declaration of canary-deploy: its inputs and outputs are the public contract. */
import type { ActionSpec } from '../../src/runner/spec.js';

export const RESULTS = ['promoted', 'rolled-back', 'aborted'] as const;

export const CANARY_DEPLOY: ActionSpec = {
  name: 'canary-deploy',
  title: 'mlops-actions: canary deploy',
  description:
    'Shift traffic to a new model in steps (HAProxy, NGINX or your own command), judge the canary against stable on Prometheus metrics with Mann-Whitney, promote or roll back, and record a GitHub Deployment.',
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
      description:
        'Where `model` is registered, as register-model takes it: `file:<dir>`, `mlflow:<tracking-uri>` (credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
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
