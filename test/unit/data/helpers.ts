/** Shared helpers for the data reader tests: temp files, reading a dataset back, CSV writing. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDataset } from '../../../src/data/index.js';
import type { Cell, ReadOptions } from '../../../src/data/index.js';
import { UserError } from '../../../src/runner/errors.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlops-data-'));
}

/** Writes `content` to `dir/name` and returns the path; text is gzipped when the name ends in .gz, bytes are written as they are. */
export function writeData(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' && name.endsWith('.gz') ? gzipSync(Buffer.from(content, 'utf8')) : content);
  return path;
}

export interface ReadBack {
  columns: string[];
  rows: Cell[][];
  /** Per row: [dataset row number, line, file]. */
  where: Array<[number, number | undefined, string]>;
  batches: number;
}

/** Reads a whole dataset into rows (aligning columns by name), checking batch invariants. */
export async function readAll(paths: string[], options: ReadOptions = {}): Promise<ReadBack> {
  const out: ReadBack = { columns: [], rows: [], where: [], batches: 0 };
  for await (const batch of readDataset(paths, options)) {
    out.batches++;
    if (batch.values.length !== batch.columns.length) throw new Error('values and columns differ in length');
    for (const column of batch.values) if (column.length !== batch.rowCount) throw new Error('column length is not rowCount');
    for (const name of batch.columns) if (!out.columns.includes(name)) out.columns.push(name);
    for (let i = 0; i < batch.rowCount; i++) {
      out.rows.push(out.columns.map((name) => {
        const c = batch.columns.indexOf(name);
        return c === -1 ? null : batch.values[c]![i]!;
      }));
      out.where.push([batch.firstRow + i, batch.lines?.[i], batch.file]);
    }
  }
  // Rows read before a later column appeared get null there.
  for (const row of out.rows) while (row.length < out.columns.length) row.push(null);
  return out;
}

/** Runs `read` and returns the UserError it throws (failing when it throws anything else). */
export async function userError(read: () => Promise<unknown>): Promise<UserError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw new Error(`expected a UserError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a UserError, but reading succeeded');
}

/** One RFC 4180 field: quoted when it must be (or when `always`), inner quotes doubled. */
export function csvField(value: string, delimiter = ',', always = false): string {
  const must = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return must || always ? `"${value.replaceAll('"', '""')}"` : value;
}
