#!/usr/bin/env node
/**
 * `npm run demo`: runs the actions built so far locally, through the CLI, on sample data, and
 * prints each step's summary. Reports land in demo-output/. No token, no server.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemoData } from './demo-data.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'demo-output');
const cli = join(root, 'dist', 'cli', 'index.js');
const schema = relative(out, join(root, 'examples', 'demo', 'schema.yaml'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { train, batch, baseline, candidate, model } = writeDemoData(out);

let unexpected = 0;
function step(title, args, expectExit) {
  console.log(`\n${'━'.repeat(78)}\n▶ ${title}\n  mlops ${args.join(' ')}\n${'━'.repeat(78)}`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: out, stdio: 'inherit' });
  const note = run.status === expectExit ? 'as expected' : `UNEXPECTED (wanted ${expectExit})`;
  console.log(`\n  exit code ${run.status}: ${note}`);
  if (run.status !== expectExit) unexpected++;
}

step('validate-data: the training set against its schema, writing its profile (passes)', [
  'validate-data', '--data', relative(out, train), '--schema', schema,
  '--profile', 'reports/train-profile.json', '--report', 'reports/validate-train.json',
], 0);

step('validate-data: a new batch with planted problems (fails, showing rows and lines)', [
  'validate-data', '--data', relative(out, batch), '--schema', schema, '--report', 'reports/validate-new-batch.json',
], 1);

step('validate-data: infer a schema from the data, for users without one', [
  'validate-data', '--data', relative(out, train), '--infer-schema', 'reports/inferred-schema.yaml', '--report', 'reports/validate-infer.json',
], 0);

step('eval-gate: the candidate model against the baseline, with bootstrap significance and slices (passes)', [
  'eval-gate', '--predictions', relative(out, candidate), '--baseline', relative(out, baseline), '--id-column', 'id',
  '--thresholds', 'roc_auc: {min: 0.75, max-regression: 0.005, significance: 0.05}\nlog_loss: {max-regression-pct: 2}',
  '--slice-columns', 'plan', '--slices', 'roc_auc: {min: 0.7}', '--report', 'reports/eval-gate.json',
], 0);

step('eval-gate: the baseline against the candidate, i.e. a real regression (fails)', [
  'eval-gate', '--predictions', relative(out, baseline), '--baseline', relative(out, candidate), '--id-column', 'id',
  '--thresholds', 'roc_auc: {max-regression: 0.005, significance: 0.05}', '--report', 'reports/eval-gate-regression.json',
], 1);

step('register-model: record the gated model with its metrics and lineage in the file registry, as staging', [
  'register-model', '--name', 'churn-classifier', '--path', relative(out, model), '--registry', 'file:registry',
  '--metrics', 'reports/eval-gate.json', '--data-profile', 'reports/train-profile.json', '--alias', 'staging',
], 0);

step('register-model: the same content again is not a new version (created: false); production now points at it', [
  'register-model', '--name', 'churn-classifier', '--path', relative(out, model), '--registry', 'file:registry', '--alias', 'production',
], 0);

step('drift-check: the new batch against the training profile (planted drift in spend and plan mix)', [
  'drift-check', '--reference', 'reports/train-profile.json', '--current', relative(out, batch),
  '--exclude-columns', 'customer_id,email', '--drift-share', '0.3', '--report', 'reports/drift-check.json', '--html-report', 'reports/drift-check.html',
], 0);

console.log(`\nReports are in ${relative(process.cwd(), join(out, 'reports')) || '.'}/`);
process.exit(unexpected ? 1 : 0);
