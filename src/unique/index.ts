/** Bounded-memory duplicate detection for `unique`, `primaryKey` and `uniqueKeys`. */
export { UniqueIndex, DEFAULT_BUDGET } from './unique-index.js';
export type { Duplicate, UniqueIndexOptions, UniqueResult } from './unique-index.js';
export { KeyRecorder } from './key-records.js';
export type { KeyRecords } from './key-records.js';
