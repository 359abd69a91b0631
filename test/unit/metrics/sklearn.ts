/** scikit-learn's values for the metric tests, through the repository's Python. */
import { runPython } from '../../support/python.js';

const SCRIPT = String.raw`
import json, sys, warnings
import numpy as np
from sklearn import metrics as M
warnings.simplefilter('ignore')
out = []
for case in json.load(sys.stdin):
    kind = case['kind']
    if kind == 'binary':
        y = np.asarray(case['y']); s = np.asarray(case['score'], dtype=np.float64); p = np.asarray(case['prediction'])
        out.append({
            'accuracy': M.accuracy_score(y, p), 'precision': M.precision_score(y, p), 'recall': M.recall_score(y, p),
            'f1': M.f1_score(y, p), 'roc_auc': M.roc_auc_score(y, s) if len(np.unique(y)) == 2 else None,
            'average_precision': M.average_precision_score(y, s), 'log_loss': M.log_loss(y, s, labels=[0, 1]),
            'brier': M.brier_score_loss(y, s, labels=[0, 1]),
            'confusion': M.confusion_matrix(y, p, labels=[0, 1]).ravel().tolist(),
        })
    elif kind == 'multiclass':
        y = np.asarray(case['y']); p = np.asarray(case['pred'])
        cls = case['classes']; order = np.argsort(np.asarray(cls))
        P = np.stack([np.asarray(case['columns'][j]) for j in order], axis=1)
        out.append({
            'accuracy': M.accuracy_score(y, p), 'f1_macro': M.f1_score(y, p, average='macro'),
            'f1_weighted': M.f1_score(y, p, average='weighted'), 'precision_macro': M.precision_score(y, p, average='macro'),
            'recall_macro': M.recall_score(y, p, average='macro'),
            'log_loss': M.log_loss(y, P, labels=np.asarray(cls)[order]),
            'classes': [str(c) for c in M._classification.unique_labels(y, p)],
            'confusion': M.confusion_matrix(y, p).tolist(),
        })
    else:
        y = np.asarray(case['y'], dtype=np.float64); p = np.asarray(case['pred'], dtype=np.float64)
        out.append({
            'mae': M.mean_absolute_error(y, p), 'mse': M.mean_squared_error(y, p), 'rmse': M.root_mean_squared_error(y, p),
            'r2': M.r2_score(y, p) if len(y) > 1 else None, 'mape': M.mean_absolute_percentage_error(y, p),
        })
print(json.dumps(out))
`;

export type SklearnCase =
  | { kind: 'binary'; y: number[]; score: number[]; prediction: number[] }
  | { kind: 'multiclass'; y: (string | number)[]; pred: (string | number)[]; classes: (string | number)[]; columns: number[][] }
  | { kind: 'regression'; y: number[]; pred: number[] };

/** One result object per case, keyed by metric name (null where sklearn gives nan). */
export function sklearnMetrics(cases: SklearnCase[]): Record<string, unknown>[] {
  return JSON.parse(runPython(SCRIPT, JSON.stringify(cases))) as Record<string, unknown>[];
}

/** |a - b| <= 1e-9 * max(1, |b|), with NaN (ours) matching null (sklearn's nan through JSON). */
export function close(a: number | undefined, b: unknown): boolean {
  if (b === null) return a !== undefined && Number.isNaN(a);
  if (typeof b !== 'number' || a === undefined) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
