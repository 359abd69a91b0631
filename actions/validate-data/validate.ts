/**
 * One streaming pass over a dataset: header checks per file, type and constraint checks per
 * cell, uniqueness of keys, and the profile; then the statistical expectations. Knows nothing
 * about GitHub: main.ts turns the result into outputs, summary and annotations.
 */
import { expandDataPaths, readDataset, type Format } from '../../src/data/index.js';
import type { DatasetProfiler } from '../../src/profile/profile.js';
import { InputError, UserError } from '../../src/runner/errors.js';
import { Progress } from '../../src/runner/progress.js';
import type { TableSchema } from '../../src/schema/descriptor.js';
import { evaluateExpectations } from './expectations.js';
import { checkHeader, headerFailure } from './header-check.js';
import { JsonlHeaderCheck } from './jsonl-header.js';
import { finishKeys, keyDefinitions, PARALLEL_KEYS_BUDGET } from './key-checks.js';
import { parallelPlan, runParallel } from './parallel.js';
import type { PartRunner } from './part-pool.js';
import type { PartSetup } from './part-worker.js';
import { buildCheckers, Pass } from './pass.js';
import { ViolationCollector } from './violations.js';

export interface ValidateOptions {
  data: string;
  /** `data` expanded to its files already (expandDataPaths), so it is not expanded twice. */
  paths?: string[];
  format?: string;
  schema?: TableSchema;
  schemaFile?: string;
  maxExamples: number;
  /** Threads for a large CSV/TSV or Parquet dataset (the `threads` input; default: parallel.ts). */
  threads?: number;
  /** Runs the parts of a parallel read elsewhere than on worker threads (tests: inline). */
  runner?: (setup: PartSetup, lanes: number) => PartRunner;
}

export interface ValidationOutcome {
  rows: number;
  files: { path: string; format: string; rows: number }[];
  violations: ViolationCollector;
  profiler: DatasetProfiler;
  /** Threads that read the data: 1 unless it was read in parts (parallel.ts). */
  threads: number;
  /**
   * The error of a malformed data file (ragged row, bad quoting, invalid UTF-8, broken JSON
   * line, truncated gzip or Parquet, ...) that stopped the pass: the rows before it were
   * checked, nothing after it was read, and it is also in `violations` as a `malformed` check.
   */
  malformed?: UserError;
}

/** Validates (when a schema is given) and profiles the dataset. */
export async function validateData(options: ValidateOptions): Promise<ValidationOutcome> {
  const paths = options.paths ?? (await expandDataPaths(options.data));
  const violations = new ViolationCollector(options.maxExamples);
  const schema = options.schema;
  const file = options.schemaFile ?? 'schema';
  const checkers = buildCheckers(schema, file);
  const format = options.format as Format | undefined;
  const plan = parallelPlan(paths, format, process.env, options.threads);
  // With a worker thread's heap beside it, the uniqueness indexes get less memory (they spill
  // sorted runs sooner, about 45 at 13M rows, still one merge pass): see parallel.ts.
  const keys = schema ? keyDefinitions(schema, options.maxExamples, plan ? PARALLEL_KEYS_BUDGET : undefined) : [];
  const pass = new Pass(checkers, keys, violations, schema !== undefined);
  const files: ValidationOutcome['files'] = [];
  const progress = new Progress(`validate-data ${options.data}`);
  let rows = 0;

  /** `checkNow` false: the header is checked later (a JSONL file's, by JsonlHeaderCheck). */
  const startFile = (path: string, format: string, columns: string[], firstRow: number, hasLines: boolean, checkNow = true): void => {
    files.push({ path, format, rows: 0 });
    if (!schema || !checkNow) return;
    for (const problem of checkHeader(columns, schema.fields.map((f) => f.name), schema.fieldsMatch)) {
      violations.addCheck(headerFailure(problem, path, { row: firstRow, ...(hasLines ? { line: 1 } : {}) }));
    }
  };
  const addRows = (count: number, bytesRead: number): void => {
    files[files.length - 1]!.rows += count;
    rows += count;
    progress.update(rows, bytesRead);
  };

  const readAll = async (): Promise<void> => {
    if (plan) {
      const setup: PartSetup = { ...(schema ? { schema } : {}), schemaFile: file, maxExamples: options.maxExamples, keys: keys.map((k) => ({ fields: k.fields, maxKeyBytes: k.index.keyByteLimit, numeric: k.numeric })) };
      await runParallel(paths, plan, pass, keys, setup, { startFile: (path, kind, columns, firstRow) => startFile(path, kind, columns, firstRow, kind !== 'parquet'), addRows }, options.runner?.(setup, plan.threads - 1));
      return;
    }
    // A JSONL file's keys are known only once it is read: its header is checked at its end.
    const jsonl = schema ? new JsonlHeaderCheck(schema) : undefined;
    let jsonlFile = false;
    const endJsonlFile = (): void => {
      if (jsonlFile) for (const problem of jsonl!.finish()) violations.addCheck(problem);
      jsonlFile = false;
    };
    for await (const batch of readDataset(paths, { ...(format ? { format } : {}), typed: pass.typedPlanner() })) {
      const current = files[files.length - 1];
      if (!current || current.path !== batch.file) {
        endJsonlFile();
        jsonlFile = batch.format === 'jsonl' && jsonl !== undefined;
        startFile(batch.file, batch.format, batch.columns, batch.firstRow, batch.lines !== undefined, !jsonlFile);
        if (jsonlFile) jsonl!.start(batch);
      } else if (jsonlFile) jsonl!.observe(batch);
      pass.observe(batch);
      addRows(batch.rowCount, batch.bytesRead);
    }
    endJsonlFile();
  };

  let malformed: UserError | undefined;
  try {
    await readAll();
  } catch (error) {
    // A data file that cannot be read on is a data error, reported like any other (so
    // fail-on-invalid: false reports it without failing); anything else still fails the step.
    if (!isDataFileError(error, paths)) throw error;
    malformed = error;
  }
  progress.done();
  if (malformed) {
    // Uniqueness and expectations over part of the data would mislead: only the malformed file is reported.
    for (const key of keys) key.index.abort();
    violations.addCheck({ check: 'malformed', violations: 1, examples: [{ file: malformed.file!, ...(malformed.line !== undefined ? { line: malformed.line } : {}) }], message: malformed.message });
    return { rows, files, violations, profiler: pass.profiler, threads: plan?.threads ?? 1, malformed };
  }
  for (const file of files) {
    if (file.rows > 0) continue;
    // A header with no rows is almost always a broken export: say so rather than pass.
    violations.addCheck({ check: 'no-rows', violations: 1, examples: [{ row: 0, line: 1, file: file.path }], message: `${file.path}: header only, no data rows` });
  }

  const fileOfRow = (row: number) => {
    let end = 0;
    return files.find((f) => row <= (end += f.rows))?.path;
  };
  for (const failed of await finishKeys(keys, fileOfRow)) violations.addCheck(failed);
  if (schema) for (const failed of evaluateExpectations(schema, rows, checkers, pass.profiler)) violations.addCheck(failed);
  return { rows, files, violations, profiler: pass.profiler, threads: plan?.threads ?? 1 };
}

/** An error in reading one of the dataset's files (not an input, schema or environment problem). */
function isDataFileError(error: unknown, paths: readonly string[]): error is UserError {
  return error instanceof UserError && !(error instanceof InputError) && error.file !== undefined && paths.includes(error.file);
}
