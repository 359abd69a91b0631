/**
 * The pipeline test's data, generated with numpy and scikit-learn (deterministic seeds): a
 * small customer-churn classification set, three logistic regressions trained on it, their
 * predictions on a labelled holdout, and a new batch with drift planted on known columns.
 *
 * The models are written in the JSON format scripts/demo-model-server.mjs scores with
 * (`features`, per-feature `scaling`, `intercept`, `weights`, `plan` one-hot as pro/enterprise
 * against free), so the canary's model servers serve exactly the models that were gated and
 * registered. Predictions are computed with that same formula.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from '../../support/python.js';

/** Columns whose distribution the new batch shifts; every other shared column is drawn as in training. */
export const DRIFTED_COLUMNS = ['monthly_spend', 'plan'];
/** The new batch's columns that are not drifted (customer_id is excluded from the comparison: ids are unique). */
export const STABLE_COLUMNS = ['age', 'support_tickets', 'tenure_months'];

export interface PipelineData {
  train: string;
  holdout: string;
  /** New data (no label) with drift planted on DRIFTED_COLUMNS. */
  newData: string;
  /** Model folders (model.json): v1 in production first, v2 a better candidate, v3 a worse one than v2. */
  models: { v1: string; v2: string; v3: string };
  /** Predictions on the holdout: id,label,score,prediction. */
  predictions: { v1: string; v2: string; v3: string };
  /** scikit-learn's ROC AUC of each model on the holdout. */
  auc: { v1: number; v2: number; v3: number };
}

export function writePipelineData(dir: string): PipelineData {
  const models = { v1: join(dir, 'models', 'v1'), v2: join(dir, 'models', 'v2'), v3: join(dir, 'models', 'v3') };
  for (const folder of Object.values(models)) mkdirSync(folder, { recursive: true });
  const paths = {
    train: join(dir, 'train.csv'),
    holdout: join(dir, 'holdout.csv'),
    newData: join(dir, 'new-data.csv'),
    models,
    predictions: { v1: join(dir, 'predictions-v1.csv'), v2: join(dir, 'predictions-v2.csv'), v3: join(dir, 'predictions-v3.csv') },
  };
  const auc = JSON.parse(
    runPython(
      `
import json, sys
import numpy as np, pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
p = json.loads(sys.stdin.read())

def customers(n, seed, first_id, spend_shift=0.0, plan_p=(0.6, 0.3, 0.1), label=True):
    rng = np.random.default_rng(seed)
    age = np.clip(np.round(rng.normal(40, 12, n)), 18, 95).astype(int)
    plan = rng.choice(["free", "pro", "enterprise"], n, p=list(plan_p))
    spend = np.round(np.maximum(0, rng.normal(45 + spend_shift, 15, n)), 2)
    tenure = rng.integers(1, 73, n)
    tickets = np.minimum(12, rng.geometric(0.4, n) - 1)
    d = pd.DataFrame({"customer_id": np.arange(first_id, first_id + n), "age": age, "plan": plan,
                      "monthly_spend": spend, "tenure_months": tenure, "support_tickets": tickets})
    if label:
        # The true churn model: short tenure, many tickets, the free plan and high spend churn.
        z = (-1.0 + np.where(plan == "free", 0.8, np.where(plan == "enterprise", -0.6, 0.0))
             - 0.05 * (tenure - 36) + 0.6 * (tickets - 1.5) + 0.03 * (spend - 45) + 0.01 * (age - 40))
        d["churned"] = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(int)
    return d

train = customers(3000, 101, 1)
holdout = customers(1500, 102, 10001)
# Planted drift: spend up by 15 (one reference sd), half the customers on pro instead of 30%.
new = customers(2000, 103, 20001, spend_shift=15.0, plan_p=(0.4, 0.5, 0.1), label=False)
train.to_csv(p["train"], index=False)
holdout.to_csv(p["holdout"], index=False)
new.to_csv(p["newData"], index=False)

def design(d, features, scaling):
    cols = []
    for f in features:
        if f == "plan":
            cols += [(d.plan == "pro").astype(float), (d.plan == "enterprise").astype(float)]
        else:
            cols.append((d[f] - scaling[f]["mean"]) / scaling[f]["sd"])
    return np.column_stack(cols)

FEATURES = {
    "v1": ["age", "plan"],
    "v2": ["age", "plan", "monthly_spend", "tenure_months", "support_tickets"],
    "v3": ["age", "plan", "monthly_spend", "support_tickets"],
}
auc = {}
for name, features in FEATURES.items():
    # Population sd, as demo-model.mjs standardizes.
    scaling = {f: {"mean": float(train[f].mean()), "sd": float(train[f].std(ddof=0))} for f in features if f != "plan"}
    fit = LogisticRegression(C=1e4, max_iter=2000).fit(design(train, features, scaling), train.churned)
    model = {"kind": "logistic-regression", "features": features, "scaling": scaling,
             "intercept": float(fit.intercept_[0]), "weights": [float(w) for w in fit.coef_[0]]}
    with open(p["models"][name] + "/model.json", "w") as f:
        json.dump(model, f, indent=2)
    z = model["intercept"] + design(holdout, features, scaling) @ np.array(model["weights"])
    score = 1 / (1 + np.exp(-z))
    pd.DataFrame({"id": holdout.customer_id, "label": holdout.churned, "score": np.round(score, 8),
                  "prediction": (score >= 0.5).astype(int)}).to_csv(p["predictions"][name], index=False)
    auc[name] = float(roc_auc_score(holdout.churned, score))
print(json.dumps(auc))
`,
      JSON.stringify(paths),
    ),
  ) as PipelineData['auc'];
  return { ...paths, auc };
}
