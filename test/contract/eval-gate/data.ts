/** Predictions generated with numpy for eval-gate's tests, and scikit-learn's metrics of them. */
import { join } from 'node:path';
import { runPython } from '../../support/python.js';

/**
 * Writes binary candidate/baseline predictions on the same rows. `gap` is how much better the
 * candidate's scores separate the classes (0: same quality, noise only); `badSlice` makes the
 * candidate near-random on region `apac`.
 */
export function writeBinary(dir: string, name: string, options: { n?: number; seed?: number; gap?: number; badSlice?: boolean } = {}): { candidate: string; baseline: string } {
  const candidate = join(dir, `${name}-candidate.csv`);
  const baseline = join(dir, `${name}-baseline.csv`);
  runPython(`
import numpy as np, pandas as pd
rng = np.random.default_rng(${options.seed ?? 1}); n = ${options.n ?? 3000}
y = rng.integers(0, 2, n)
region = rng.choice(["eu", "us", "apac"], n)
def scores(strength, noise_seed):
    r = np.random.default_rng(noise_seed)
    return 1 / (1 + np.exp(-(strength * (2 * y - 1) + r.normal(0, 1, n))))
base = scores(1.0, 10)
cand = scores(1.0 + ${options.gap ?? 0}, 11)
if ${options.badSlice ? 'True' : 'False'}:
    apac = region == "apac"
    cand[apac] = np.random.default_rng(12).random(apac.sum())
for path, s in ((${JSON.stringify(candidate)}, cand), (${JSON.stringify(baseline)}, base)):
    pd.DataFrame({"id": np.arange(n), "label": y, "score": s.round(8), "prediction": (s >= 0.5).astype(int), "region": region}).to_csv(path, index=False)
`);
  return { candidate, baseline };
}

/** scikit-learn's binary metrics of a predictions file. */
export function sklearnBinary(file: string): Record<string, number> {
  return JSON.parse(
    runPython(`
import json, pandas as pd
from sklearn import metrics as m
d = pd.read_csv(${JSON.stringify(file)}); y, s, p = d["label"], d["score"], d["prediction"]
print(json.dumps({"accuracy": m.accuracy_score(y, p), "precision": m.precision_score(y, p), "recall": m.recall_score(y, p),
  "f1": m.f1_score(y, p), "roc_auc": m.roc_auc_score(y, s), "average_precision": m.average_precision_score(y, s),
  "log_loss": m.log_loss(y, s), "brier": m.brier_score_loss(y, s)}))
`),
  ) as Record<string, number>;
}

/** Multiclass and regression predictions with scikit-learn's metrics. */
export function writeOtherTasks(dir: string): { multiclass: string; regression: string; expected: { multiclass: Record<string, number>; regression: Record<string, number> } } {
  const multiclass = join(dir, 'multiclass.csv');
  const regression = join(dir, 'regression.csv');
  const expected = JSON.parse(
    runPython(`
import json, numpy as np, pandas as pd
from sklearn import metrics as m
rng = np.random.default_rng(5); n = 1500
y = rng.choice(["cat", "dog", "eel"], n, p=[0.5, 0.3, 0.2])
logits = rng.normal(0, 1, (n, 3)); logits[np.arange(n), np.searchsorted(["cat", "dog", "eel"], y)] += 1.2
proba = np.exp(logits) / np.exp(logits).sum(1, keepdims=True); proba = proba.round(6); proba /= proba.sum(1, keepdims=True)
pred = np.array(["cat", "dog", "eel"])[proba.argmax(1)]
pd.DataFrame({"label": y, "prediction": pred, "score_cat": proba[:, 0], "score_dog": proba[:, 1], "score_eel": proba[:, 2]}).to_csv(${JSON.stringify(multiclass)}, index=False)
d = pd.read_csv(${JSON.stringify(multiclass)}); P = d[["score_cat", "score_dog", "score_eel"]].to_numpy()
mc = {"accuracy": m.accuracy_score(d.label, d.prediction), "f1_macro": m.f1_score(d.label, d.prediction, average="macro"),
  "f1_weighted": m.f1_score(d.label, d.prediction, average="weighted"), "precision_macro": m.precision_score(d.label, d.prediction, average="macro"),
  "recall_macro": m.recall_score(d.label, d.prediction, average="macro"), "log_loss": m.log_loss(d.label, P, labels=["cat", "dog", "eel"])}
t = rng.normal(50, 10, n); yhat = t + rng.normal(0, 3, n)
pd.DataFrame({"label": t.round(6), "prediction": yhat.round(6)}).to_csv(${JSON.stringify(regression)}, index=False)
r = pd.read_csv(${JSON.stringify(regression)})
rg = {"mae": m.mean_absolute_error(r.label, r.prediction), "mse": m.mean_squared_error(r.label, r.prediction),
  "rmse": m.root_mean_squared_error(r.label, r.prediction), "r2": m.r2_score(r.label, r.prediction), "mape": m.mean_absolute_percentage_error(r.label, r.prediction)}
print(json.dumps({"multiclass": mc, "regression": rg}))
`),
  ) as { multiclass: Record<string, number>; regression: Record<string, number> };
  return { multiclass, regression, expected };
}
