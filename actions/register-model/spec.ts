/** The declaration of register-model: its inputs and outputs are the public contract. */
import type { ActionSpec } from '../../src/runner/spec.js';

export const REGISTER_MODEL: ActionSpec = {
  name: 'register-model',
  title: 'mlops-actions: register model',
  description:
    'Record a model version with its metrics, lineage and model card in a file, MLflow or OCI registry, and point aliases such as staging or production at it.',
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
      description:
        'Where to register: `file:<dir>` (embedded registry in a directory), `mlflow:<tracking-uri>` (MLflow Model Registry; credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or `oci:<registry>/<repository>` (an OCI artifact in the CNCF ModelPack format; credentials from `github-token` for ghcr.io or OCI_USERNAME/OCI_PASSWORD).',
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
