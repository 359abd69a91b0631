/** validate-data's entry: typed inputs in, plain validation, outputs, report and summary out. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import type { ActionRun } from '../../src/runner/action-module.js';
import { writeFileAtomic } from '../../src/runner/atomic-write.js';
import { refuseClashingPaths } from '../../src/runner/distinct-paths.js';
import { expandDataPaths } from '../../src/data/paths.js';
import { InputError } from '../../src/runner/errors.js';
import { appendSummary } from '../../src/runner/summary.js';
import { loadSchemaFile } from '../../src/schema/load.js';
import { inferSchema } from './infer.js';
import { annotate } from './annotations.js';
import { REPORT_VERSION, type ValidationReport } from './result.js';
import { renderSummary } from './summary.js';
import { validateData } from './validate.js';

const FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'] as const;

export async function main({ inputs, outputs }: ActionRun): Promise<void> {
  const data = inputs.requiredString('data');
  const format = inputs.enumeration('format', FORMATS);
  const schemaPath = inputs.string('schema');
  const inferPath = inputs.string('infer-schema');
  const profilePath = inputs.string('profile');
  const failOnInvalid = inputs.boolean('fail-on-invalid');
  const maxExamples = inputs.integer('max-examples', { min: 0, max: 1000 }) ?? 5;
  const reportPath = inputs.requiredString('report');
  const threads = inputs.integer('threads', { min: 1, max: 64 });
  if (schemaPath !== undefined) inputs.existingPath('schema', 'file');
  if (!schemaPath && !inferPath && !profilePath) {
    throw new InputError('schema', 'nothing to do: give a schema to validate against, or infer-schema / profile to write');
  }
  // Expanded once, here and for validateData; a spec that matches nothing is reported by
  // validateData, after the schema is read, as before.
  const dataFiles = await expandDataPaths(data).catch(() => undefined);
  refuseClashingPaths(
    [{ input: 'data', paths: dataFiles ?? [] }, { input: 'schema', paths: schemaPath ? [schemaPath] : [] }],
    [{ input: 'infer-schema', path: inferPath, what: 'inferred schema' }, { input: 'profile', path: profilePath, what: 'profile' }, { input: 'report', path: reportPath, what: 'report' }],
  );

  const started = Date.now();
  const schema = schemaPath ? loadSchemaFile(schemaPath) : undefined;
  const outcome = await validateData({ data, ...(dataFiles ? { paths: dataFiles } : {}), ...(format ? { format } : {}), ...(schema ? { schema, schemaFile: schemaPath } : {}), maxExamples, ...(threads !== undefined ? { threads } : {}) });
  const checks = outcome.violations.all();
  const errors = outcome.violations.total();
  const report: ValidationReport = {
    version: REPORT_VERSION,
    valid: errors === 0,
    rows: outcome.rows,
    errors,
    ...(schemaPath ? { schema: schemaPath } : {}),
    files: outcome.files,
    checks,
    columns: outcome.profiler.overview(schema),
    threads: outcome.threads,
    seconds: (Date.now() - started) / 1000,
  };

  // A malformed file was read only up to its error: a profile or schema of part of the data would mislead.
  const complete = outcome.malformed === undefined;
  if (profilePath && complete) {
    writeFileAtomic(resolve(profilePath), `${JSON.stringify(outcome.profiler.toJSON(), null, 1)}\n`, 'profile');
    report.profile = profilePath;
  }
  if (inferPath && complete) {
    writeFileAtomic(resolve(inferPath), inferSchema(outcome.profiler, inferPath, outcome.files.map((f) => f.format)), 'inferred schema');
    report.inferredSchema = inferPath;
  }
  writeFileAtomic(resolve(reportPath), `${JSON.stringify(report, null, 2)}\n`, 'report');

  outputs.set('valid', report.valid);
  outputs.set('rows', report.rows);
  outputs.set('errors', errors);
  outputs.set('report', reportPath);
  outputs.set('profile', complete ? (profilePath ?? '') : '');
  await appendSummary(renderSummary(report, data));

  if (outcome.malformed) {
    // Failing: the error itself, with its file and line, is the step's one error annotation
    // (the report and summary list what the rows before it broke). Otherwise a warning.
    if (failOnInvalid) throw outcome.malformed;
    const { message, file, line } = outcome.malformed;
    core.warning(message, { title: 'validate-data: malformed', ...(file ? { file } : {}), ...(line !== undefined ? { startLine: line } : {}) });
  }
  if (!report.valid) {
    annotate(
      checks.filter((c) => c.check !== 'malformed'),
      failOnInvalid,
    );
    const message = `validate-data: ${errors} violation${errors === 1 ? '' : 's'} in ${checks.length} check${checks.length === 1 ? '' : 's'} (see the job summary and ${reportPath})`;
    if (failOnInvalid) core.setFailed(message);
    else core.warning(message);
  } else core.info(`validate-data: ${report.rows} rows valid`);
}
