import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/harness.js';

describe('npm run demo (the README’s first command, on the built bundles)', () => {
  it('runs every step with the expected outcome and leaves the reports', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.mjs')], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('UNEXPECTED');
    const reports = join(REPO_ROOT, 'demo-output', 'reports');
    const train = JSON.parse(readFileSync(join(reports, 'validate-train.json'), 'utf8')) as { valid: boolean; rows: number };
    expect(train).toMatchObject({ valid: true, rows: 2000 });
    expect(existsSync(join(reports, 'train-profile.json'))).toBe(true);
    const batch = JSON.parse(readFileSync(join(reports, 'validate-new-batch.json'), 'utf8')) as { valid: boolean; checks: { field?: string; check: string; violations: number }[] };
    expect(batch.valid).toBe(false);
    // The planted problems: every 97th row has age -1, every 131st a broken email.
    expect(batch.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'age', check: 'minimum', violations: Math.ceil((1000 - 5) / 97) }),
        expect.objectContaining({ field: 'email', check: 'type', violations: Math.ceil((1000 - 7) / 131) }),
      ]),
    );
    expect(run.stdout).toContain('❌ validate-data');
    expect(existsSync(join(reports, 'inferred-schema.yaml'))).toBe(true);
    const gate = JSON.parse(readFileSync(join(reports, 'eval-gate.json'), 'utf8')) as { passed: boolean; candidate: { roc_auc: number }; baseline: { roc_auc: number } };
    expect(gate.passed).toBe(true);
    expect(gate.candidate.roc_auc).toBeGreaterThan(gate.baseline.roc_auc);
    expect(JSON.parse(readFileSync(join(reports, 'eval-gate-regression.json'), 'utf8'))).toMatchObject({ passed: false, failed: ['roc_auc'] });
    const drift = JSON.parse(readFileSync(join(reports, 'drift-check.json'), 'utf8')) as { drifted: boolean; driftedColumns: string[] };
    expect(drift.drifted).toBe(true);
    expect(drift.driftedColumns.sort()).toEqual(['monthly_spend', 'plan']);
    expect(readFileSync(join(reports, 'drift-check.html'), 'utf8')).toContain('<svg');
    // register-model: one version, registered once (the second run finds the same content).
    expect(readdirSync(join(REPO_ROOT, 'demo-output', 'registry', 'models', 'churn-classifier', 'versions'))).toEqual(['1']);
    expect(run.stdout).toMatch(/"created": "true"[\s\S]*"created": "false"/);
  });
});
