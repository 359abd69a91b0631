/**
 * Loads one side of the comparison: a dataset read in one streaming pass into a profile (plus
 * raw values while few), a saved profile (validate-data's or drift-check's), or
 * `registry:<name>@<alias-or-version>`: the data profiles register-model stored with that
 * version (several are merged with mergeProfiles, as shards of one training set).
 */
import { readFileSync } from 'node:fs';
import { expandDataPaths, readDataset } from '../../src/data/index.js';
import { DatasetProfiler, mergeProfiles, parseProfile, type DatasetProfileJson } from '../../src/profile/profile.js';
import { fetchAttachments, isRegistryReference, resolveModelReference, scratchDir } from '../../src/registry/model-reference.js';
import type { ColumnSketch } from '../../src/profile/sketches/index.js';
import { inferredType, type ValueKind } from '../../src/profile/value-kind.js';
import { InputError, UserError } from '../../src/runner/errors.js';
import { Progress } from '../../src/runner/progress.js';
import { RawColumns, type RawColumn } from './raw-values.js';

export interface SideColumn {
  name: string;
  type: string;
  kinds: Partial<Record<ValueKind, number>>;
  sketch: ColumnSketch;
  /** Raw values, for datasets small enough (see RAW_VALUE_CAP). */
  raw?: RawColumn;
}

export interface Side {
  input: string;
  source: string;
  kind: 'dataset' | 'profile';
  rows: number;
  columns: Map<string, SideColumn>;
  /** For datasets: the profile, to save as the next reference. */
  profile?: () => DatasetProfileJson;
}

export interface SideOptions {
  /** The `registry` input, for `registry:` references. */
  registry?: string;
  githubToken?: string;
  /** The dataset's files, already expanded from `source` by the caller (drift-check's main does it once for its output-path check). */
  paths?: readonly string[];
}

/** A `registry:` reference is a registered version's profile, a `.json` input a saved profile, anything else a dataset. */
export async function loadSide(input: string, source: string, options: SideOptions = {}): Promise<Side> {
  if (isRegistryReference(source)) return loadRegistryProfile(input, source.trim(), options);
  if (/\.json$/i.test(source.trim())) return loadProfile(input, source.trim());
  let paths: readonly string[];
  try {
    paths = options.paths ?? (await expandDataPaths(source));
  } catch (error) {
    if (error instanceof UserError) throw new InputError(input, error.message, { cause: error });
    throw error;
  }
  const profiler = new DatasetProfiler();
  const raw = new RawColumns();
  const progress = new Progress(`drift-check ${input} ${source}`);
  for await (const batch of readDataset(paths)) {
    profiler.observeBatch(batch);
    raw.observeBatch(batch);
    progress.update(profiler.rows, batch.bytesRead);
  }
  progress.done();
  const columns = new Map<string, SideColumn>();
  for (const name of profiler.columnNames()) {
    const column = profiler.column(name)!;
    const kinds = column.kindCounts();
    columns.set(name, { name, type: inferredType(kinds), kinds, sketch: column.sketch, raw: raw.get(name) });
  }
  return { input, source, kind: 'dataset', rows: profiler.rows, columns, profile: () => profiler.toJSON() };
}

function readProfileJson(input: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read as JSON: ${(error as Error).message}`;
    throw new InputError(input, `profile '${file}' ${reason}`, { file });
  }
}

function loadProfile(input: string, file: string): Side {
  return profileSide(input, file, readProfileJson(input, file), file);
}

async function loadRegistryProfile(input: string, spec: string, options: SideOptions): Promise<Side> {
  const resolved = await resolveModelReference(spec, { registry: options.registry ?? 'file:.mlops/registry', input, ...(options.githubToken ? { githubToken: options.githubToken } : {}) });
  const files = await fetchAttachments(resolved, 'data-profile', scratchDir('drift-check-reference'));
  if (!files.length) {
    throw new InputError(input, `${resolved.description} carries no data profile: register it with register-model's \`data-profile\` input (validate-data's profile of the training data)`);
  }
  if (files.length === 1) return profileSide(input, spec, readProfileJson(input, files[0]!), files[0]!);
  // Several profiles (e.g. shards of the training data): their merge is the whole reference.
  let merged: DatasetProfileJson;
  try {
    merged = mergeProfiles(files.map((file) => readProfileJson(input, file) as DatasetProfileJson));
  } catch (error) {
    if (error instanceof UserError) throw new InputError(input, `${resolved.description}: ${error.message}`, { cause: error });
    throw error;
  }
  return profileSide(input, spec, merged, `${resolved.description} (${files.length} profiles merged)`);
}

function profileSide(input: string, source: string, json: unknown, file: string): Side {
  try {
    const parsed = parseProfile(json, file);
    const columns = new Map<string, SideColumn>();
    for (const [name, column] of parsed.columns) columns.set(name, { name, ...column });
    return { input, source, kind: 'profile', rows: parsed.rows, columns };
  } catch (error) {
    if (error instanceof UserError) throw new InputError(input, error.message, { file, cause: error });
    throw error;
  }
}
