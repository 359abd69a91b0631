/**
 * Model metrics from predictions (scikit-learn's definitions) and the significance tests that
 * eval-gate puts beside each delta: paired bootstrap intervals, McNemar's test, DeLong's test.
 */
export { BINARY_METRICS, binaryMetrics, binaryMetricsPrepared, prepareBinary } from './binary.js';
export type { BinaryInput, BinaryMetricName, BinaryResult, PreparedBinary } from './binary.js';
export { MULTICLASS_METRICS, multiclassMetrics, multiclassMetricsPrepared, prepareMulticlass } from './multiclass.js';
export type { ClassProbabilities, MulticlassInput, MulticlassMetricName, MulticlassResult, PreparedMulticlass } from './multiclass.js';
export { REGRESSION_METRICS, prepareRegression, regressionMetrics, regressionScores } from './regression.js';
export type { RegressionMetricName, RegressionScores } from './regression.js';
export type { BinaryConfusion } from './confusion.js';
export type { Label, NumericArray } from './input.js';
export { LOG_LOSS_EPS } from './probabilistic.js';
export { DEFAULT_RESAMPLES, DEFAULT_SEED, pairedBootstrap } from './significance/bootstrap.js';
export type { BootstrapInterval, BootstrapOptions, WeightedMetric } from './significance/bootstrap.js';
export { pairedBootstrapBinary, pairedBootstrapBinarySync, preparePair } from './significance/binary-bootstrap.js';
export type { BinaryBootstrapOptions, PairedBinaryInput, PreparedPair } from './significance/binary-bootstrap.js';
export { MCNEMAR_EXACT_BELOW, mcnemar, mcnemarBinary, mcnemarFromCounts } from './significance/mcnemar.js';
export type { McNemarResult } from './significance/mcnemar.js';
export { delongTest } from './significance/delong.js';
export type { DeLongResult } from './significance/delong.js';
