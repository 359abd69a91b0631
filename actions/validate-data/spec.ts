/** The declaration of validate-data: its inputs and outputs are the public contract. */
import type { ActionSpec } from '../../src/runner/spec.js';

export const VALIDATE_DATA: ActionSpec = {
  name: 'validate-data',
  title: 'mlops-actions: validate data',
  description:
    'Validate a dataset (CSV/TSV, JSON Lines, Parquet, gzipped or not) against a Frictionless Table Schema with statistical expectations, in one streaming pass, and write a reusable profile of it.',
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
