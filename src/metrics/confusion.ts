/**
 * Confusion matrices, optionally weighted by per-row multiplicities (the bootstrap's resample
 * counts), so that a weighted matrix equals the plain one of the rows repeated that many times.
 */

/** Binary confusion counts; `support` is the number of rows per true class. */
export interface BinaryConfusion {
  tn: number;
  fp: number;
  fn: number;
  tp: number;
}

/** Counts tn/fp/fn/tp of 0/1 labels and predictions, each row counted `weights[i]` times (default 1). */
export function binaryConfusion(yTrue: Uint8Array, yPred: Uint8Array, weights?: ArrayLike<number>): BinaryConfusion {
  // cells[2 * truth + prediction], one branch-free pass
  const cells = [0, 0, 0, 0];
  if (weights === undefined) {
    for (let i = 0; i < yTrue.length; i++) cells[2 * yTrue[i]! + yPred[i]!]!++;
  } else {
    for (let i = 0; i < yTrue.length; i++) cells[2 * yTrue[i]! + yPred[i]!]! += weights[i]!;
  }
  return { tn: cells[0]!, fp: cells[1]!, fn: cells[2]!, tp: cells[3]! };
}

/** A k x k confusion matrix: `matrix[t * k + p]` counts rows of true class t predicted as p. */
export interface ConfusionMatrix {
  k: number;
  matrix: Float64Array;
}

/** Confusion matrix of class indices in [0, k), each row counted `weights[i]` times (default 1). */
export function confusionMatrix(yTrue: Int32Array, yPred: Int32Array, k: number, weights?: ArrayLike<number>): ConfusionMatrix {
  const matrix = new Float64Array(k * k);
  if (weights === undefined) {
    for (let i = 0; i < yTrue.length; i++) matrix[yTrue[i]! * k + yPred[i]!]!++;
  } else {
    for (let i = 0; i < yTrue.length; i++) matrix[yTrue[i]! * k + yPred[i]!]! += weights[i]!;
  }
  return { k, matrix };
}

/** Rows to nested arrays, for reports. */
export function matrixRows({ k, matrix }: ConfusionMatrix): number[][] {
  return Array.from({ length: k }, (_, t) => Array.from(matrix.subarray(t * k, t * k + k)));
}
