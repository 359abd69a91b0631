import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../actions/canary-deploy/summary.js';
import type { RolloutReport } from '../../../src/deploy/rollout.js';

/** The verdict column of the steps table, one cell per step. */
function verdictCells(markdown: string): string[] {
  const rows = markdown.split('\n').filter((line) => /^\| \d+% \|/.test(line));
  return rows.map((row) => row.split(' | ')[2]!);
}

const base = { finalWeight: 0, failures: 0, dryRun: false } as const;

describe('canary-deploy summary', () => {
  it('does not show a step stopped before its analysis as promoted', () => {
    const report: RolloutReport = {
      ...base,
      result: 'aborted',
      reason: 'cancelled',
      steps: [
        { weight: 20, phase: 'step', weightSetAt: 1, analyses: [] },
        { weight: 0, phase: 'rollback', weightSetAt: 2, analyses: [] },
      ],
    };
    const cells = verdictCells(renderSummary(report, 'command'));
    expect(cells).toEqual(['⏹️ no verdict (stopped before its analysis ended)', '↩️ rolled back']);
  });

  it('marks the promotion step, and says "would promote" in a dry run', () => {
    const steps: RolloutReport['steps'] = [
      { weight: 50, phase: 'step', weightSetAt: 1, verdict: 'pass', analyses: [] },
      { weight: 100, phase: 'promote', weightSetAt: 2, analyses: [] },
    ];
    expect(verdictCells(renderSummary({ ...base, result: 'promoted', finalWeight: 100, reason: 'all steps passed', steps }, 'command'))).toEqual(['✅ pass', '🚀 promoted']);
    expect(verdictCells(renderSummary({ ...base, dryRun: true, result: 'promoted', finalWeight: 100, reason: 'all steps passed', steps }, 'command'))).toEqual(['✅ pass', '🚀 would promote']);
  });
});
