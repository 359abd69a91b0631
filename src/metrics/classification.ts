/**
 * Hard-prediction metrics from confusion counts, with scikit-learn's definitions: F1 is
 * 2tp / (2tp + fp + fn) (not the harmonic mean of rounded precision and recall), and an
 * undefined ratio is 0 with a warning (sklearn's zero_division="warn").
 */
import type { BinaryConfusion, ConfusionMatrix } from './confusion.js';

/** Collects sklearn-style UndefinedMetricWarnings instead of printing them. */
export type Warnings = string[];

function divide(numerator: number, denominator: number, what: string, warnings?: Warnings): number {
  if (denominator === 0) {
    warnings?.push(`${what} is ill-defined (0/0) and set to 0.0, as scikit-learn's zero_division="warn" does`);
    return 0;
  }
  return numerator / denominator;
}

/** Accuracy, precision, recall and F1 of the positive class (1). */
export function binaryScores(c: BinaryConfusion, warnings?: Warnings): { accuracy: number; precision: number; recall: number; f1: number } {
  const n = c.tn + c.fp + c.fn + c.tp;
  return {
    accuracy: (c.tp + c.tn) / n,
    precision: divide(c.tp, c.tp + c.fp, 'precision (no predicted positives)', warnings),
    recall: divide(c.tp, c.tp + c.fn, 'recall (no true positives)', warnings),
    f1: divide(2 * c.tp, 2 * c.tp + c.fp + c.fn, 'F1 (no true or predicted positives)', warnings),
  };
}

/** Multiclass scores averaged over the classes present in y_true or y_pred (sklearn's labels=None). */
export interface MulticlassScores {
  accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  f1_weighted: number;
}

/** Per-class precision, recall, F1 and support, for the report. */
export interface PerClass {
  precision: number[];
  recall: number[];
  f1: number[];
  support: number[];
}

/**
 * Per-class scores over the classes that occur (non-zero row or column sum): a class that is
 * in neither y_true nor y_pred (possible when weighted by a bootstrap resample) is left out of
 * the averages as sklearn leaves it out of unique_labels.
 */
export function perClass({ k, matrix }: ConfusionMatrix, warnings?: Warnings): PerClass & { present: boolean[] } {
  const out: PerClass & { present: boolean[] } = { precision: [], recall: [], f1: [], support: [], present: [] };
  for (let c = 0; c < k; c++) {
    let trueSum = 0;
    let predSum = 0;
    for (let j = 0; j < k; j++) {
      trueSum += matrix[c * k + j]!;
      predSum += matrix[j * k + c]!;
    }
    const tp = matrix[c * k + c]!;
    out.present.push(trueSum + predSum > 0);
    out.support.push(trueSum);
    out.precision.push(divide(tp, predSum, `precision of class #${c} (never predicted)`, warnings));
    out.recall.push(divide(tp, trueSum, `recall of class #${c} (absent from y_true)`, warnings));
    out.f1.push(divide(2 * tp, trueSum + predSum, `F1 of class #${c}`, warnings));
  }
  return out;
}

/** Accuracy and the macro / weighted averages of a confusion matrix. */
export function multiclassScores(cm: ConfusionMatrix, warnings?: Warnings): MulticlassScores {
  const pc = perClass(cm, warnings);
  let n = 0;
  let correct = 0;
  for (let c = 0; c < cm.k; c++) {
    correct += cm.matrix[c * cm.k + c]!;
    for (let j = 0; j < cm.k; j++) n += cm.matrix[c * cm.k + j]!;
  }
  let present = 0;
  let p = 0;
  let r = 0;
  let f = 0;
  let fw = 0;
  let supportSum = 0;
  for (let c = 0; c < cm.k; c++) {
    if (!pc.present[c]) continue;
    present++;
    p += pc.precision[c]!;
    r += pc.recall[c]!;
    f += pc.f1[c]!;
    fw += pc.f1[c]! * pc.support[c]!;
    supportSum += pc.support[c]!;
  }
  return {
    accuracy: correct / n,
    precision_macro: p / present,
    recall_macro: r / present,
    f1_macro: f / present,
    f1_weighted: divide(fw, supportSum, 'weighted F1 (no true samples)', warnings),
  };
}
