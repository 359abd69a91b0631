/**
 * Reads one JSON Lines file (optionally gzipped). Columns are the keys seen so far in the
 * dataset, in order of first appearance; a row without a key has null there. Nested objects
 * and arrays are kept as their JSON text, which is what Table Schema's `object` and `array`
 * types read from a CSV cell, so the validator treats every format alike.
 */
import { UserError } from '../runner/errors.js';
import type { FileContext } from './csv-reader.js';
import { writtenKeyCount, writtenKeys } from './json-keys.js';
import { invalidUtf8Error, readTextChunks, type TextChunk } from './text-source.js';
import { defaultBatchRows, type Batch, type Cell } from './types.js';
import { countNewlines } from './utf8.js';

/** Column names shared by all the JSONL files of a dataset, so they only grow. */
export class KeyColumns {
  readonly names: string[] = [];
  readonly index = new Map<string, number>();
}

/**
 * Yields the rows of one JSONL file; blank lines are skipped. Throws a UserError with the
 * line for a line that is not JSON, or not an object, and for a file with no JSON line.
 */
export async function* readJsonlFile(file: string, gzip: boolean, keys: KeyColumns, ctx: FileContext): AsyncGenerator<Batch> {
  let text = '';
  let pos = 0;
  let line = 1;
  const lineReached = (): number => line + countNewlines(text, pos);
  const chunks = readTextChunks(file, gzip, lineReached, ctx.signal, ctx.chunkBytes);
  const batchRows = ctx.batchRows ?? defaultBatchRows(Math.max(keys.names.length, 8));
  let bytes = 0;
  let final = false;
  let invalid: TextChunk['invalid'];
  let firstRow = ctx.firstRow;
  let rowsInFile = 0;
  try {
    while (!final) {
      let values: Cell[][] = keys.names.map(() => nulls(batchRows));
      const lines = new Int32Array(batchRows);
      let n = 0;
      while (n < batchRows) {
        const lf = text.indexOf('\n', pos);
        if (lf === -1 && !final) {
          ctx.signal?.throwIfAborted();
          if (invalid !== undefined) throw invalidUtf8Error(file, invalid, lineReached());
          const next = await chunks.next();
          if (next.done === true) final = true;
          else {
            text = text.slice(pos) + next.value.text;
            pos = 0;
            bytes = next.value.bytesRead;
            invalid = next.value.invalid;
          }
          continue;
        }
        const end = lf === -1 ? text.length : lf;
        const body = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
        pos = end + 1;
        const here = line++;
        if (body.trim() === '') {
          if (lf === -1) break;
          continue;
        }
        values = addRow(file, here, body, parseLine(file, here, body), keys, values, n, batchRows);
        lines[n++] = here;
      }
      if (n === 0 && !final) continue;
      if (n === 0 && rowsInFile === 0) throw new UserError(`${file}: empty: no JSON lines`, { file, line: 1 });
      if (n === 0) break;
      if (n < batchRows) for (const column of values) column.length = n;
      yield { file, format: 'jsonl', columns: keys.names.slice(), values, rowCount: n, firstRow, lines: n < batchRows ? lines.subarray(0, n) : lines, bytesRead: ctx.bytesBefore + bytes };
      firstRow += n;
      rowsInFile += n;
    }
  } finally {
    await chunks.return(undefined);
  }
}

function nulls(n: number): Cell[] {
  return new Array<Cell>(n).fill(null);
}

function parseLine(file: string, line: number, body: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    // Node 22+ adds "(line 1 column n)" of the one-line body, which reads as a wrong file line: drop it.
    const detail = (error as Error).message.replace(/ \(line \d+ column \d+\)$/, '');
    throw new UserError(`${file}:${line}: not valid JSON (${detail})`, { file, line });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
    throw new UserError(`${file}:${line}: each line must be a JSON object, this one is ${kind}`, { file, line });
  }
  return parsed as Record<string, unknown>;
}

function addRow(file: string, line: number, body: string, row: Record<string, unknown>, keys: KeyColumns, values: Cell[][], r: number, batchRows: number): Cell[][] {
  let parsedKeys = 0;
  let flat = true;
  for (const key in row) {
    parsedKeys++;
    let c = keys.index.get(key);
    if (c === undefined) {
      if (key.trim() === '') throw new UserError(`${file}:${line}: a key is empty; column names must not be empty`, { file, line });
      c = keys.names.length;
      keys.names.push(key);
      keys.index.set(key, c);
      values.push(nulls(batchRows));
    }
    const value = row[key];
    if (typeof value === 'object' && value !== null) flat = false;
    values[c]![r] = cellOf(file, line, key, value);
  }
  if (writtenKeyCount(body, flat) !== parsedKeys) throw repeatedKeyError(file, line, body);
  return values;
}

/** A row that writes a key twice: JSON.parse kept only the last value, so the row is not what it says. */
function repeatedKeyError(file: string, line: number, body: string): UserError {
  const seen = new Set<string>();
  const repeated = writtenKeys(body).find((key) => seen.has(key) || !seen.add(key));
  return new UserError(`${file}:${line}: key '${repeated}' appears more than once in this object; each key of a JSON Lines row must be distinct`, { file, line });
}

/** toCell, with a value nested too deeply to write back as JSON (thousands of levels) as a data error. */
function cellOf(file: string, line: number, key: string, value: unknown): Cell {
  try {
    return toCell(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UserError(`${file}:${line}: the value of '${key}' is nested too deeply to read (${error.message})`, { file, line });
  }
}

function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
