/**
 * Sample data for `npm run demo`, generated (deterministic, a second or less):
 * - data/train.csv: 2,000 customers of a subscription service and whether they churned;
 * - data/holdout.csv: 1,000 more, held out to evaluate the models;
 * - data/new-batch.csv: a new batch with planted data problems (every 97th row an age of -1,
 *   every 131st a broken email), otherwise like the training data;
 * - data/next-month.csv: next month's customers with planted drift (monthly spend up by 12,
 *   half of them on the `pro` plan instead of 30%), otherwise like the training data;
 * - models/v1, v2, v3: logistic regressions trained on train.csv (the model in production, a
 *   better candidate, a later and worse one; see demo-model.mjs), and each one's predictions on
 *   the holdout set in data/predictions-v<n>.csv.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_SETS, parseCsv, score, train } from './demo-model.mjs';

const COLUMNS = ['customer_id', 'age', 'plan', 'monthly_spend', 'tenure_months', 'support_tickets', 'email', 'signup', 'churned'];

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

/** The true churn model the data is drawn from: short tenure, many tickets and the free plan churn. */
function churnProbability({ age, plan, spend, tenure, tickets }) {
  const z = -1.4 + (plan === 'free' ? 0.8 : plan === 'enterprise' ? -0.6 : 0) - 0.06 * (tenure - 24) + 0.55 * (tickets - 1.5) + 0.02 * (spend - 45) + 0.01 * (age - 40);
  return 1 / (1 + Math.exp(-z));
}

function rows(count, { seed, firstId, spendShift = 0, proShare = 0.3, problems = false }) {
  const rng = random(seed);
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    let age = Math.min(95, Math.max(18, Math.round(40 + 12 * rng.normal())));
    const r = rng.next();
    const plan = r < proShare ? 'pro' : r < proShare + 0.1 ? 'enterprise' : 'free';
    const spendValue = Math.max(0, 45 + spendShift + 15 * rng.normal());
    const spend = rng.next() < 0.01 ? '' : spendValue.toFixed(2);
    const tenure = 1 + Math.floor(rng.next() * 72);
    const tickets = Math.min(12, Math.floor(-Math.log(1 - rng.next()) * 1.5));
    let email = `customer${id}@example.com`;
    const signup = `20${19 + Math.floor(rng.next() * 6)}-0${1 + Math.floor(rng.next() * 9)}-1${Math.floor(rng.next() * 9)}`;
    const churned = rng.next() < churnProbability({ age, plan, spend: spendValue, tenure, tickets }) ? 1 : 0;
    // The planted data problems, at fixed rows so the test knows how many to expect.
    if (problems && i % 97 === 5) age = -1;
    if (problems && i % 131 === 7) email = `customer${id}-at-example.com`;
    lines.push([id, age, plan, spend, tenure, tickets, email, signup, churned].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A model's predictions on the holdout rows, as eval-gate reads them. */
function predictions(model, holdout) {
  const lines = ['id,label,score,plan'];
  for (const row of holdout) lines.push(`${row.customer_id},${row.churned},${score(model, row).toFixed(6)},${row.plan}`);
  return `${lines.join('\n')}\n`;
}

const CARDS = {
  v1: 'The model in production when the demo starts: age and plan only.',
  v2: 'The candidate: age, plan, monthly spend, tenure and support tickets.',
  v3: 'A later candidate that lost the tenure feature (a broken join): worse than v2.',
};

/** Writes the demo data and models under `dir`; returns their paths. */
export function writeDemoData(dir) {
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  const paths = {
    train: join(data, 'train.csv'),
    holdout: join(data, 'holdout.csv'),
    batch: join(data, 'new-batch.csv'),
    nextMonth: join(data, 'next-month.csv'),
    models: {},
    predictions: {},
  };
  const trainText = rows(2000, { seed: 7, firstId: 1 });
  const holdoutText = rows(1000, { seed: 8, firstId: 3001 });
  writeFileSync(paths.train, trainText);
  writeFileSync(paths.holdout, holdoutText);
  writeFileSync(paths.batch, rows(1000, { seed: 11, firstId: 5001, problems: true }));
  writeFileSync(paths.nextMonth, rows(1000, { seed: 12, firstId: 7001, spendShift: 12, proShare: 0.5 }));
  const trainRows = parseCsv(trainText);
  const holdoutRows = parseCsv(holdoutText);
  for (const [name, features] of Object.entries(FEATURE_SETS)) {
    const model = train(trainRows, features);
    const folder = join(dir, 'models', name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'model.json'), `${JSON.stringify(model, null, 2)}\n`);
    writeFileSync(join(folder, 'MODEL_CARD.md'), `# churn-classifier ${name}\n\nA demo logistic regression. ${CARDS[name]}\n`);
    paths.models[name] = folder;
    paths.predictions[name] = join(data, `predictions-${name}.csv`);
    writeFileSync(paths.predictions[name], predictions(model, holdoutRows));
  }
  return paths;
}
