/** Mergeable, serialisable column sketches: the public surface of this folder (see README.md). */
export { KllSketch, type KllJson } from './kll.js';
export { HyperLogLog, type HllJson } from './hll.js';
export { FrequentValues, type FrequentEntry, type FrequentJson, type FrequentValue } from './frequent.js';
export { Moments, type MomentsJson } from './moments.js';
export { ColumnSketch, type ColumnJson, type ColumnSketchOptions, type ColumnValue, type KindCounts } from './column.js';
export { RANK_ERROR, ksStatistic, wassersteinDistance } from './compare.js';
export { hash64 } from './hash.js';
