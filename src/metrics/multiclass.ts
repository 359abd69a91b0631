/**
 * Multiclass metrics (accuracy, macro precision/recall/F1, weighted F1, log loss) with
 * scikit-learn's definitions. Labels may be numbers or strings; classes are ordered as
 * np.unique orders them, and averages run over the classes in y_true or y_pred.
 */
import { multiclassScores, perClass, type MulticlassScores, type PerClass, type Warnings } from './classification.js';
import { confusionMatrix, matrixRows } from './confusion.js';
import { checkLengths, probabilities, type Label, type NumericArray } from './input.js';
import { encodeLabels, sortLabels } from './labels.js';
import { multiclassLogLossTerms, weightedMean } from './probabilistic.js';
import { UserError } from '../runner/errors.js';

/** Names of the multiclass metrics. */
export const MULTICLASS_METRICS = ['accuracy', 'f1_macro', 'f1_weighted', 'precision_macro', 'recall_macro', 'log_loss'] as const;
export type MulticlassMetricName = (typeof MULTICLASS_METRICS)[number];

/** Per-class probabilities: `columns[j]` is the probability of `classes[j]` per row, any class order. */
export interface ClassProbabilities {
  classes: readonly Label[];
  columns: readonly NumericArray[];
}

/** One model's multiclass predictions: labels, hard predictions and optionally probabilities. */
export interface MulticlassInput {
  yTrue: ArrayLike<Label>;
  yPred: ArrayLike<Label>;
  proba?: ClassProbabilities;
}

/** Validated, index-encoded multiclass predictions. */
export interface PreparedMulticlass {
  n: number;
  /** Sorted union of y_true and y_pred values (sklearn's unique_labels). */
  classes: Label[];
  y: Int32Array;
  pred: Int32Array;
  /** Per-row log loss, when probabilities were given. */
  logLossTerms?: Float64Array;
  warnings: Warnings;
}

/** Checks and encodes a MulticlassInput; UserError on lengths, unknown classes, probabilities outside [0, 1]. */
export function prepareMulticlass(input: MulticlassInput, name = 'predictions'): PreparedMulticlass {
  const n = checkLengths({ [`${name} labels`]: input.yTrue, [`${name} predictions`]: input.yPred });
  const { classes, indices } = encodeLabels({ [`${name} labels`]: input.yTrue, [`${name} predictions`]: input.yPred });
  const warnings: Warnings = [];
  const out: PreparedMulticlass = { n, classes, y: indices[0]!, pred: indices[1]!, warnings };
  if (input.proba !== undefined) {
    const { classes: probaClasses, columns } = input.proba;
    if (columns.length !== probaClasses.length) {
      throw new UserError(`${name}: ${columns.length} probability columns for ${probaClasses.length} classes`);
    }
    if (probaClasses.length < 2) throw new UserError(`${name}: log_loss needs probabilities for at least two classes`);
    // Order the columns as sklearn expects them (sorted classes) and encode y_true against them.
    const sorted = sortLabels(probaClasses);
    const byClass = new Map(probaClasses.map((c, j) => [c, columns[j]!]));
    const cols = sorted.map((c) => {
      const column = byClass.get(c)!;
      checkLengths({ [`${name} labels`]: input.yTrue, [`${name} probabilities of ${JSON.stringify(c)}`]: column });
      return probabilities(`${name} probabilities of ${JSON.stringify(c)}`, column);
    });
    const yForProba = encodeLabels({ [`${name} labels`]: input.yTrue }, sorted).indices[0]!;
    out.logLossTerms = multiclassLogLossTerms(yForProba, cols, warnings);
  }
  return out;
}

/** Multiclass metrics of one model, with the confusion matrix and per-class figures. */
export interface MulticlassResult {
  metrics: Partial<Record<MulticlassMetricName, number>>;
  classes: Label[];
  /** confusion[t][p]: rows of true class classes[t] predicted as classes[p]. */
  confusion: number[][];
  perClass: PerClass;
  warnings: Warnings;
}

/** Metrics of prepared predictions, rows counted `weights[i]` times when given. */
export function multiclassMetricsPrepared(p: PreparedMulticlass, weights?: ArrayLike<number>): MulticlassResult {
  const warnings: Warnings = [...p.warnings];
  const cm = confusionMatrix(p.y, p.pred, p.classes.length, weights);
  const scores: MulticlassScores = multiclassScores(cm, warnings);
  const metrics: Partial<Record<MulticlassMetricName, number>> = { ...scores };
  if (p.logLossTerms !== undefined) metrics.log_loss = weightedMean(p.logLossTerms, weights);
  const { present: _present, ...classFigures } = perClass(cm);
  return { metrics, classes: p.classes, confusion: matrixRows(cm), perClass: classFigures, warnings };
}

/** Multiclass metrics equal to scikit-learn's (labels=None, zero_division="warn"). */
export function multiclassMetrics(input: MulticlassInput): MulticlassResult {
  return multiclassMetricsPrepared(prepareMulticlass(input));
}
