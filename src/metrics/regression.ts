/**
 * Regression metrics with scikit-learn's definitions: MAPE divides by max(|y|, eps) with eps
 * the float64 machine epsilon (no percent scaling: 0.1 means 10 %), R² is 1 when predictions
 * are perfect on a constant target and 0 when not (force_finite=True), NaN below two rows.
 */
import type { Warnings } from './classification.js';
import { checkLengths, finiteNumbers, type NumericArray } from './input.js';

/** The regression metrics scikit-learn computes under these names. */
export interface RegressionScores {
  mae: number;
  mse: number;
  rmse: number;
  r2: number;
  mape: number;
}

const EPS = 2.220446049250313e-16;

/** All regression metrics in two passes; rows counted `weights[i]` times (default once). */
export function regressionScores(y: Float64Array, yhat: Float64Array, weights?: ArrayLike<number>, warnings?: Warnings): RegressionScores {
  let total = 0;
  let sumY = 0;
  let abs = 0;
  let sq = 0;
  let pct = 0;
  for (let i = 0; i < y.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const t = y[i]!;
    const d = t - yhat[i]!;
    total += w;
    sumY += w * t;
    abs += w * Math.abs(d);
    sq += w * d * d;
    pct += (w * Math.abs(d)) / Math.max(Math.abs(t), EPS);
  }
  const mean = sumY / total;
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const d = y[i]! - mean;
    ss += w * d * d;
  }
  const mse = sq / total;
  let r2: number;
  if (total < 2) {
    warnings?.push('R^2 score is not well-defined with less than two samples (NaN).');
    r2 = NaN;
  } else if (ss === 0) {
    r2 = sq === 0 ? 1 : 0;
  } else {
    r2 = 1 - sq / ss;
  }
  return { mae: abs / total, mse, rmse: Math.sqrt(mse), r2, mape: pct / total };
}

/** Names of the regression metrics. */
export const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape'] as const;
export type RegressionMetricName = (typeof REGRESSION_METRICS)[number];

/** Validated regression targets and predictions as Float64Arrays; UserError on lengths or non-finite values. */
export function prepareRegression(yTrue: NumericArray, yPred: NumericArray, name = 'predictions'): { y: Float64Array; yhat: Float64Array } {
  checkLengths({ [`${name} targets`]: yTrue, [`${name} predictions`]: yPred });
  return { y: finiteNumbers(`${name} targets`, yTrue), yhat: finiteNumbers(`${name} predictions`, yPred) };
}

/** mae, mse, rmse, r2 and mape, equal to scikit-learn's. */
export function regressionMetrics(yTrue: NumericArray, yPred: NumericArray): { metrics: RegressionScores; warnings: Warnings } {
  const { y, yhat } = prepareRegression(yTrue, yPred);
  const warnings: Warnings = [];
  return { metrics: regressionScores(y, yhat, undefined, warnings), warnings };
}
