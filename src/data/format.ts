/** Which reader a file needs, from its extension (or the user's `format` override). */
import { UserError } from '../runner/errors.js';
import { FORMATS, type Format } from './types.js';

const EXTENSIONS: ReadonlyArray<[string, Format]> = [
  ['.csv', 'csv'],
  ['.tsv', 'tsv'],
  ['.tab', 'tsv'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.parquet', 'parquet'],
  ['.pq', 'parquet'],
];

/** True when the file name ends in `.gz` (the text readers then decompress it). */
export function isGzipPath(path: string): boolean {
  return path.toLowerCase().endsWith('.gz');
}

/** True when `path` has an extension a reader knows (used when listing a directory). */
export function hasDataExtension(path: string): boolean {
  return guess(path) !== undefined;
}

function guess(path: string): Format | undefined {
  let name = path.toLowerCase();
  const gz = name.endsWith('.gz');
  if (gz) name = name.slice(0, -3);
  for (const [ext, format] of EXTENSIONS) {
    if (name.endsWith(ext)) return gz && format === 'parquet' ? undefined : format;
  }
  return undefined;
}

/**
 * The format of `path`: `override` when given (checked against the known formats), else the
 * extension: .csv, .tsv/.tab, .jsonl/.ndjson, .parquet/.pq, the text ones optionally + .gz.
 * Throws a UserError naming the file when neither tells.
 */
export function detectFormat(path: string, override?: string): Format {
  if (override !== undefined && override !== '') {
    const format = override.toLowerCase() as Format;
    if (!FORMATS.includes(format)) {
      throw new UserError(`Unknown data format '${override}': expected one of ${FORMATS.join(', ')}`, { input: 'format' });
    }
    if (format === 'parquet' && isGzipPath(path)) {
      throw new UserError(`${path}: a gzipped Parquet file cannot be read; Parquet compresses its own pages`, { file: path });
    }
    return format;
  }
  const format = guess(path);
  if (format === undefined) {
    const hint = path.toLowerCase().endsWith('.parquet.gz') ? 'Parquet files cannot be gzipped' : `set the format input to one of ${FORMATS.join(', ')}`;
    throw new UserError(`${path}: cannot tell the data format from the file name (${hint})`, { file: path });
  }
  return format;
}
