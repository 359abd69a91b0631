/**
 * Streaming data readers: CSV/TSV (RFC 4180), JSON Lines, Parquet; text formats also gzipped.
 * One dataset may span many files; see readDataset.
 */
export { readDataset } from './dataset.js';
export { expandDataPaths } from './paths.js';
export { detectFormat, isGzipPath } from './format.js';
export { defaultBatchRows, detachString, FORMATS } from './types.js';
export type { Batch, Cell, Format, ReadOptions } from './types.js';
