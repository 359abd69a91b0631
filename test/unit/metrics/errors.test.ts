import { describe, expect, it } from 'vitest';
import { binaryMetrics, multiclassMetrics, pairedBootstrap, regressionMetrics, delongTest, mcnemarBinary } from '../../../src/metrics/index.js';
import { UserError } from '../../../src/runner/errors.js';

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('errors the user can fix name the first offending row and value', () => {
  it('probabilities outside [0, 1]', () => {
    expect(userError(() => binaryMetrics({ yTrue: [0, 1, 1], score: [0.2, 1.5, -1] })).message).toBe(
      'predictions scores: row 1 is 1.5; probabilities must lie in [0, 1]',
    );
    expect(userError(() => binaryMetrics({ yTrue: [0, 1], score: [NaN, 0.5] })).message).toMatch(/row 0 is NaN/);
    expect(
      userError(() => multiclassMetrics({ yTrue: ['a', 'b'], yPred: ['a', 'b'], proba: { classes: ['a', 'b'], columns: [[0.5, 0.5], [0.5, 2]] } })).message,
    ).toMatch(/probabilities of "b": row 1 is 2/);
  });

  it('binary labels or predictions that are not 0/1', () => {
    expect(userError(() => binaryMetrics({ yTrue: [0, 1, 2, 0], score: [0.1, 0.2, 0.3, 0.4] })).message).toBe(
      'predictions labels: row 2 is 2; binary labels and predictions must be 0 or 1',
    );
    expect(userError(() => binaryMetrics({ yTrue: [0, 1], prediction: [1, -1] })).message).toMatch(/predictions predictions: row 1 is -1/);
    expect(userError(() => mcnemarBinary([0, 1], [1, 1], [0, 3])).message).toMatch(/baseline predictions: row 1 is 3/);
  });

  it('lengths that differ, empty inputs', () => {
    expect(userError(() => binaryMetrics({ yTrue: [0, 1, 1], score: [0.2, 0.3] })).message).toBe(
      'predictions scores has 2 rows but predictions labels has 3; they must have the same length',
    );
    expect(userError(() => regressionMetrics([], [])).message).toMatch(/no rows/);
    expect(userError(() => delongTest([0, 1, 0, 1], [0.1, 0.2, 0.3, 0.4], [0.1])).message).toMatch(/baseline scores has 1 rows/);
  });

  it('non-finite regression values, mixed label types, labels outside the probability classes', () => {
    expect(userError(() => regressionMetrics([1, 2], [1, Infinity])).message).toMatch(/row 1 is Infinity/);
    expect(userError(() => multiclassMetrics({ yTrue: ['a', 1], yPred: ['a', 1] })).message).toMatch(/mix strings and numbers/);
    expect(userError(() => multiclassMetrics({ yTrue: ['a', 'c'], yPred: ['a', 'a'], proba: { classes: ['a', 'b'], columns: [[1, 1], [0, 0]] } })).message).toMatch(
      /row 1 is "c", which is not one of the classes/,
    );
  });

  it('DeLong without two rows of each class, bootstrap settings', () => {
    expect(userError(() => delongTest([1, 1, 0], [0.1, 0.2, 0.3], [0.3, 0.2, 0.1])).message).toMatch(/two positive and two negative/);
    expect(userError(() => pairedBootstrap(3, () => 0, () => 0, { resamples: 0 })).message).toMatch(/positive integer/);
    expect(userError(() => pairedBootstrap(3, () => 0, () => 0, { confidence: 1 })).message).toMatch(/strictly between 0 and 1/);
  });
});
