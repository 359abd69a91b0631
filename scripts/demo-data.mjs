/**
 * Sample data for `npm run demo`: a small customer-churn table (the training set), and a new
 * batch with a planted data problem (out-of-range ages, broken emails) and a planted drift
 * (monthly spend shifted up, a plan mix that moved to `pro`). Deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

function rows(count, { seed, firstId, spendShift = 0, proShare = 0.3, problems = false }) {
  const rng = random(seed);
  const lines = ['customer_id,age,plan,monthly_spend,email,signup,churned'];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    let age = Math.round(40 + 12 * rng.normal());
    age = Math.min(95, Math.max(18, age));
    const r = rng.next();
    const plan = r < proShare ? 'pro' : r < proShare + 0.1 ? 'enterprise' : 'free';
    const spend = rng.next() < 0.01 ? '' : Math.max(0, 45 + spendShift + 15 * rng.normal()).toFixed(2);
    let email = `customer${id}@example.com`;
    const signup = `20${19 + Math.floor(rng.next() * 6)}-0${1 + Math.floor(rng.next() * 9)}-1${Math.floor(rng.next() * 9)}`;
    const churned = rng.next() < 0.2 + (plan === 'free' ? 0.1 : 0) ? 1 : 0;
    if (problems && i % 97 === 5) age = -1;
    if (problems && i % 131 === 7) email = `customer${id}-at-example.com`;
    lines.push([id, age, plan, spend, email, signup, churned].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Predictions of a baseline and a better candidate model on the same 1,000 held-out customers:
 * the candidate's scores separate churners more sharply.
 */
function predictions(count, { seed, strength }) {
  const rng = random(seed);
  const labels = random(99);
  const lines = ['id,label,score,plan'];
  for (let i = 0; i < count; i++) {
    const label = labels.next() < 0.25 ? 1 : 0;
    const plan = ['free', 'pro', 'enterprise'][Math.floor(labels.next() * 3)];
    const logit = strength * (label ? 1 : -1) + rng.normal();
    lines.push(`${i + 1},${label},${(1 / (1 + Math.exp(-logit))).toFixed(6)},${plan}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the demo data under `dir`; returns the paths. */
export function writeDemoData(dir) {
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  const train = join(data, 'train.csv');
  const batch = join(data, 'new-batch.csv');
  writeFileSync(train, rows(2000, { seed: 7, firstId: 1 }));
  writeFileSync(batch, rows(1000, { seed: 11, firstId: 5001, spendShift: 12, proShare: 0.5, problems: true }));
  const baseline = join(data, 'baseline-predictions.csv');
  const candidate = join(data, 'candidate-predictions.csv');
  writeFileSync(baseline, predictions(1000, { seed: 21, strength: 1.0 }));
  writeFileSync(candidate, predictions(1000, { seed: 22, strength: 1.4 }));
  // A stand-in for the trained model: its files are what register-model records and digests.
  const model = join(dir, 'model');
  mkdirSync(model, { recursive: true });
  writeFileSync(join(model, 'model.json'), `${JSON.stringify({ kind: 'logistic-regression', features: ['age', 'plan', 'monthly_spend'], coefficients: [0.012, -0.8, 0.031], intercept: -1.4 }, null, 2)}\n`);
  writeFileSync(join(model, 'MODEL_CARD.md'), '# churn-classifier\n\nA demo model: logistic regression on age, plan and monthly spend.\n');
  return { train, batch, baseline, candidate, model };
}
