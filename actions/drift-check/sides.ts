/**
 * Loads one side of the comparison: a dataset read in one streaming pass into a profile (plus
 * raw values while few), or a saved profile (validate-data's or drift-check's).
 */
import { readFileSync } from 'node:fs';
import { expandDataPaths, readDataset } from '../../src/data/index.js';
import { DatasetProfiler, parseProfile, type DatasetProfileJson } from '../../src/profile/profile.js';
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

/** A `.json` input is a saved profile; anything else a dataset. */
export async function loadSide(input: string, source: string): Promise<Side> {
  if (/\.json$/i.test(source.trim())) return loadProfile(input, source.trim());
  let paths: string[];
  try {
    paths = await expandDataPaths(source);
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

function loadProfile(input: string, file: string): Side {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read as JSON: ${(error as Error).message}`;
    throw new InputError(input, `profile '${file}' ${reason}`, { file });
  }
  try {
    const parsed = parseProfile(json, file);
    const columns = new Map<string, SideColumn>();
    for (const [name, column] of parsed.columns) columns.set(name, { name, ...column });
    return { input, source: file, kind: 'profile', rows: parsed.rows, columns };
  } catch (error) {
    if (error instanceof UserError) throw new InputError(input, error.message, { file, cause: error });
    throw error;
  }
}
