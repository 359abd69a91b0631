/**
 * Input checks shared by the metrics. Everything a user can get wrong in a predictions file
 * (lengths, labels that are not 0/1, probabilities outside [0, 1], non-finite scores) is a
 * UserError naming the first offending row and its value, so the fix is obvious from the message.
 */
import { UserError } from '../runner/errors.js';

/** Numbers as the metrics accept them: typed arrays or plain arrays. */
export type NumericArray = ArrayLike<number>;

/** Class labels for multiclass metrics: numbers or strings (not mixed). */
export type Label = number | string;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Throws unless every array has the same, non-zero length; returns that length. */
export function checkLengths(arrays: Readonly<Record<string, ArrayLike<unknown>>>): number {
  let n = -1;
  let first = '';
  for (const [name, array] of Object.entries(arrays)) {
    if (n === -1) {
      n = array.length;
      first = name;
    } else if (array.length !== n) {
      throw new UserError(`${name} has ${array.length} rows but ${first} has ${n}; they must have the same length`);
    }
  }
  if (n <= 0) throw new UserError(`${first || 'the input'} has no rows; metrics need at least one`);
  return n;
}

/** Binary labels or hard predictions as 0/1 bytes; anything but 0 or 1 is a UserError. */
export function binaryLabels(name: string, values: ArrayLike<unknown>): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 1 || v === true) out[i] = 1;
    else if (v !== 0 && v !== false) {
      throw new UserError(`${name}: row ${i} is ${describe(v)}; binary labels and predictions must be 0 or 1`);
    }
  }
  return out;
}

/** Probabilities as a Float64Array; NaN or a value outside [0, 1] is a UserError. */
export function probabilities(name: string, values: NumericArray): Float64Array {
  const out = values instanceof Float64Array ? values : Float64Array.from(values);
  for (let i = 0; i < out.length; i++) {
    const v = out[i]!;
    if (!(v >= 0 && v <= 1)) {
      throw new UserError(`${name}: row ${i} is ${describe(values[i])}; probabilities must lie in [0, 1]`);
    }
  }
  return out;
}

/** Finite real numbers (scores, regression targets) as a Float64Array; NaN and ±Infinity are UserErrors. */
export function finiteNumbers(name: string, values: NumericArray): Float64Array {
  const out = values instanceof Float64Array ? values : Float64Array.from(values);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) {
      throw new UserError(`${name}: row ${i} is ${describe(values[i])}; values must be finite numbers`);
    }
  }
  return out;
}

/**
 * Hard predictions from positive-class probabilities: 1 when the score is strictly above 0.5.
 * Strict because scikit-learn's predict() takes the argmax of predict_proba, which picks the
 * first class (0) on an exact 0.5 tie.
 */
export function thresholdPredictions(scores: Float64Array): Uint8Array {
  const out = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = scores[i]! > 0.5 ? 1 : 0;
  return out;
}
