/**
 * All binary metrics of one model's predictions in one call, scikit-learn's definitions.
 * Hard-prediction metrics use `prediction` when given, else the score thresholded strictly
 * above 0.5 (sklearn's predict on predict_proba picks class 0 on an exact tie). Score-based
 * metrics (roc_auc, average_precision, log_loss, brier) need `score`, a positive-class
 * probability in [0, 1].
 */
import { binaryScores, type Warnings } from './classification.js';
import { binaryConfusion, type BinaryConfusion } from './confusion.js';
import { binaryLabels, checkLengths, probabilities, thresholdPredictions, type NumericArray } from './input.js';
import { binaryLogLossTerms, brierTerms, weightedMean } from './probabilistic.js';
import { averagePrecisionSorted, rocAucSorted } from './ranking.js';
import { ascendingOrder } from './sort.js';
import { UserError } from '../runner/errors.js';

/** Names of the binary metrics, as thresholds and reports spell them. */
export const BINARY_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'] as const;
export type BinaryMetricName = (typeof BINARY_METRICS)[number];

/** One model's binary predictions: labels plus a score, a hard prediction, or both. */
export interface BinaryInput {
  yTrue: ArrayLike<number | boolean>;
  /** Probability of class 1 per row. */
  score?: NumericArray;
  /** Hard 0/1 prediction per row. */
  prediction?: ArrayLike<number | boolean>;
}

/** Validated arrays, and the score order once sorted (ranking metrics and the bootstrap share it). */
export interface PreparedBinary {
  n: number;
  y: Uint8Array;
  prediction: Uint8Array;
  score?: Float64Array;
  order?: Int32Array;
}

/** Checks and converts a BinaryInput (UserError on bad rows); sorts the scores once. */
export function prepareBinary(input: BinaryInput, name = 'predictions'): PreparedBinary {
  const arrays: Record<string, ArrayLike<unknown>> = { [`${name} labels`]: input.yTrue };
  if (input.score !== undefined) arrays[`${name} scores`] = input.score;
  if (input.prediction !== undefined) arrays[`${name} predictions`] = input.prediction;
  const n = checkLengths(arrays);
  const y = binaryLabels(`${name} labels`, input.yTrue);
  const score = input.score === undefined ? undefined : probabilities(`${name} scores`, input.score);
  let prediction: Uint8Array;
  if (input.prediction !== undefined) prediction = binaryLabels(`${name} predictions`, input.prediction);
  else if (score !== undefined) prediction = thresholdPredictions(score);
  else throw new UserError(`${name}: neither scores nor predictions were given`);
  return { n, y, prediction, score, order: score === undefined ? undefined : ascendingOrder(score) };
}

/** Binary metrics of one model, with what the report shows beside them. */
export interface BinaryResult {
  metrics: Partial<Record<BinaryMetricName, number>>;
  confusion: BinaryConfusion;
  /** Rows per true class. */
  support: { negative: number; positive: number };
  /** sklearn's UndefinedMetricWarnings (ill-defined ratios set to 0, one class only, ...). */
  warnings: Warnings;
}

/** Every binary metric the input allows; rows counted `weights[i]` times when given. */
export function binaryMetricsPrepared(p: PreparedBinary, weights?: ArrayLike<number>): BinaryResult {
  const warnings: Warnings = [];
  const confusion = binaryConfusion(p.y, p.prediction, weights);
  const metrics: Partial<Record<BinaryMetricName, number>> = binaryScores(confusion, warnings);
  if (p.score !== undefined && p.order !== undefined) {
    metrics.roc_auc = rocAucSorted(p.y, p.score, p.order, weights, warnings);
    metrics.average_precision = averagePrecisionSorted(p.y, p.score, p.order, weights, warnings);
    metrics.log_loss = weightedMean(binaryLogLossTerms(p.y, p.score), weights);
    metrics.brier = weightedMean(brierTerms(p.y, p.score), weights);
  }
  return {
    metrics,
    confusion,
    support: { negative: confusion.tn + confusion.fp, positive: confusion.tp + confusion.fn },
    warnings,
  };
}

/**
 * Binary accuracy, precision, recall, f1 (of class 1), roc_auc, average_precision, log_loss
 * and brier, equal to scikit-learn's to about 1e-12 relative; the confusion matrix and support.
 * Throws UserError on lengths that differ, labels or predictions not 0/1, scores outside [0, 1].
 */
export function binaryMetrics(input: BinaryInput): BinaryResult {
  return binaryMetricsPrepared(prepareBinary(input));
}
