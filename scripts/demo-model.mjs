/**
 * The demo's model: a small logistic regression on the customer-churn table, trained by
 * gradient descent in plain JavaScript (no ML library: the demo needs nothing but Node). The
 * model file is JSON (features, their scaling, weights), so the model servers can score with it.
 */

const PLAN_LEVELS = ['pro', 'enterprise']; // `free` is the reference level
const NUMERIC = ['age', 'monthly_spend', 'tenure_months', 'support_tickets'];

/** The columns each demo model is trained on; the candidate uses them all. */
export const FEATURE_SETS = {
  // the model in production when the demo starts: age and plan only
  v1: ['age', 'plan'],
  // the candidate: every feature, so it separates churners much better
  v2: ['age', 'plan', 'monthly_spend', 'tenure_months', 'support_tickets'],
  // a later, worse candidate: it lost tenure (say, a broken join) and falls behind v2
  v3: ['age', 'plan', 'monthly_spend', 'support_tickets'],
};

function number(value) {
  const n = Number(value);
  return value === '' || value === undefined || !Number.isFinite(n) ? undefined : n;
}

/** One row's design vector under `model` (numeric features standardized, missing ones at the mean). */
function vector(model, row) {
  const x = [];
  for (const feature of model.features) {
    if (feature === 'plan') for (const level of PLAN_LEVELS) x.push(row.plan === level ? 1 : 0);
    else {
      const { mean, sd } = model.scaling[feature];
      const value = number(row[feature]);
      x.push(value === undefined ? 0 : (value - mean) / sd);
    }
  }
  return x;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** The churn probability `model` gives `row` (an object of column values, strings or numbers). */
export function score(model, row) {
  const x = vector(model, row);
  let z = model.intercept;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return sigmoid(z);
}

/** Trains a logistic regression of `label` on `features` (full-batch gradient descent, a little L2). */
export function train(rows, features, { label = 'churned', iterations = 400, rate = 0.5, l2 = 1e-3 } = {}) {
  const scaling = {};
  for (const feature of features.filter((f) => NUMERIC.includes(f))) {
    const values = rows.map((r) => number(r[feature])).filter((v) => v !== undefined);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    scaling[feature] = { mean, sd };
  }
  const model = { kind: 'logistic-regression', features, scaling, intercept: 0, weights: [] };
  const xs = rows.map((r) => vector(model, r));
  const ys = rows.map((r) => Number(r[label]));
  const width = xs[0].length;
  model.weights = new Array(width).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array(width).fill(0);
    let gradientIntercept = 0;
    for (let i = 0; i < xs.length; i++) {
      let z = model.intercept;
      for (let j = 0; j < width; j++) z += model.weights[j] * xs[i][j];
      const error = sigmoid(z) - ys[i];
      gradientIntercept += error;
      for (let j = 0; j < width; j++) gradient[j] += error * xs[i][j];
    }
    model.intercept -= (rate * gradientIntercept) / xs.length;
    for (let j = 0; j < width; j++) model.weights[j] -= rate * (gradient[j] / xs.length + l2 * model.weights[j]);
  }
  return model;
}

/** Parses the demo's CSV (no quoting needed: the generator writes no commas inside values). */
export function parseCsv(text) {
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}
