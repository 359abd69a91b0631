/** validate-data's entry: typed inputs in, plain validation, outputs, report and summary out. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import type { ActionRun } from '../../src/runner/action-module.js';
import { writeFileAtomic } from '../../src/runner/atomic-write.js';
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
  if (schemaPath !== undefined) inputs.existingPath('schema', 'file');
  if (!schemaPath && !inferPath && !profilePath) {
    throw new InputError('schema', 'nothing to do: give a schema to validate against, or infer-schema / profile to write');
  }

  const started = Date.now();
  const schema = schemaPath ? loadSchemaFile(schemaPath) : undefined;
  const outcome = await validateData({ data, ...(format ? { format } : {}), ...(schema ? { schema, schemaFile: schemaPath } : {}), maxExamples });
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
    seconds: (Date.now() - started) / 1000,
  };

  if (profilePath) {
    writeFileAtomic(resolve(profilePath), `${JSON.stringify(outcome.profiler.toJSON(), null, 1)}\n`, 'profile');
    report.profile = profilePath;
  }
  if (inferPath) {
    writeFileAtomic(resolve(inferPath), inferSchema(outcome.profiler, inferPath), 'inferred schema');
    report.inferredSchema = inferPath;
  }
  writeFileAtomic(resolve(reportPath), `${JSON.stringify(report, null, 2)}\n`, 'report');

  outputs.set('valid', report.valid);
  outputs.set('rows', report.rows);
  outputs.set('errors', errors);
  outputs.set('report', reportPath);
  outputs.set('profile', profilePath ?? '');
  await appendSummary(renderSummary(report, data));

  if (!report.valid) {
    annotate(checks, failOnInvalid);
    const message = `validate-data: ${errors} violation${errors === 1 ? '' : 's'} in ${checks.length} check${checks.length === 1 ? '' : 's'} (see the job summary and ${reportPath})`;
    if (failOnInvalid) core.setFailed(message);
    else core.warning(message);
  } else core.info(`validate-data: ${report.rows} rows valid`);
}
