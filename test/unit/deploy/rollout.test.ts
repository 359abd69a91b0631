import { describe, expect, it } from 'vitest';
import type { StepAnalysis } from '../../../src/deploy/analysis.js';
import type { Phase, TrafficProvider } from '../../../src/deploy/provider.js';
import { runRollout, type RolloutOptions } from '../../../src/deploy/rollout.js';

/** An in-memory provider recording every call; `failSets` makes the next set calls throw. */
class MemoryProvider implements TrafficProvider {
  readonly name = 'memory';
  readonly endpoint = 'memory';
  weight = 0;
  calls: Array<[number, Phase]> = [];
  failSets = 0;
  lieOnRead?: number;
  async setWeight(weight: number, phase: Phase) {
    this.calls.push([weight, phase]);
    if (this.failSets > 0) {
      this.failSets--;
      throw new Error('connection refused');
    }
    this.weight = weight;
  }
  async readWeight() {
    return this.lieOnRead ?? this.weight;
  }
  placeholders() {
    return {};
  }
}

const verdicts = (...list: StepAnalysis['verdict'][]) => {
  let i = 0;
  return async (): Promise<StepAnalysis> => {
    const verdict = list[Math.min(i++, list.length - 1)]!;
    return { verdict, reason: verdict, samples: { stable: 100, canary: 100 }, samplesOf: 'requests', metrics: [] };
  };
};

function options(provider: MemoryProvider, extra: Partial<RolloutOptions> = {}): RolloutOptions {
  return { provider, steps: [10, 50, 100], intervalMs: 5, maxWaitMs: 30, failureLimit: 0, dryRun: false, signal: new AbortController().signal, pollMs: 5, retry: { attempts: 3, baseMs: 1 }, log: () => undefined, ...extra };
}

describe('runRollout', () => {
  it('promotes when every step passes, setting each weight once and then 100', async () => {
    const provider = new MemoryProvider();
    const report = await runRollout(options(provider, { analyzer: verdicts('pass') }));
    expect(report.result).toBe('promoted');
    expect(provider.calls).toEqual([[10, 'step'], [50, 'step'], [100, 'promote']]);
    expect(report.finalWeight).toBe(100);
  });

  it('rolls back at the first failed step when failure-limit is 0', async () => {
    const provider = new MemoryProvider();
    const report = await runRollout(options(provider, { analyzer: verdicts('fail') }));
    expect(report.result).toBe('rolled-back');
    expect(provider.calls).toEqual([[10, 'step'], [0, 'rollback']]);
    expect(provider.weight).toBe(0);
  });

  it('tolerates failure-limit failed analyses by baking the step again', async () => {
    const provider = new MemoryProvider();
    const report = await runRollout(options(provider, { analyzer: verdicts('fail', 'pass'), failureLimit: 1 }));
    expect(report.result).toBe('promoted');
    expect(report.failures).toBe(1);
    expect(report.steps[0]!.analyses.map((a) => a.verdict)).toEqual(['fail', 'pass']);
  });

  it('waits on an inconclusive step up to max-wait, then rolls back', async () => {
    const provider = new MemoryProvider();
    const report = await runRollout(options(provider, { analyzer: verdicts('inconclusive'), maxWaitMs: 40, pollMs: 10 }));
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toMatch(/inconclusive past max-wait/);
    const inconclusive = await runRollout(options(new MemoryProvider(), { analyzer: verdicts('inconclusive', 'inconclusive', 'pass'), maxWaitMs: 1000, pollMs: 5 }));
    expect(inconclusive.result).toBe('promoted');
  });

  it('retries a failing provider call and verifies by reading back; a provider that stays wrong is a ProviderError', async () => {
    const flaky = new MemoryProvider();
    flaky.failSets = 2;
    expect((await runRollout(options(flaky, { steps: [100] }))).result).toBe('promoted');
    expect(flaky.calls.length).toBe(3);
    const liar = new MemoryProvider();
    liar.lieOnRead = 0;
    await expect(runRollout(options(liar, { steps: [10, 100] }))).rejects.toThrow(/memory provider \(memory\): could not set the canary weight to 10 after 3 attempt\(s\): the weight read back is 0, not 10/);
  });

  it('rolls back before rethrowing when the analysis errors', async () => {
    const provider = new MemoryProvider();
    await expect(runRollout(options(provider, { analyzer: async () => { throw new Error('Prometheus down'); } }))).rejects.toThrow('Prometheus down');
    expect(provider.calls.at(-1)).toEqual([0, 'rollback']);
  });

  it('on abort stops without touching weights (the post step rolls back)', async () => {
    const provider = new MemoryProvider();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const report = await runRollout(options(provider, { intervalMs: 1000, signal: controller.signal }));
    expect(report.result).toBe('aborted');
    expect(provider.calls).toEqual([[10, 'step']]);
  });

  it('a dry run changes nothing and reports what would have happened', async () => {
    const provider = new MemoryProvider();
    const report = await runRollout(options(provider, { analyzer: verdicts('pass', 'fail'), dryRun: true }));
    expect(provider.calls).toEqual([]);
    expect(report.dryRun).toBe(true);
    expect(report.result).toBe('rolled-back');
    expect(report.steps.map((s) => s.verdict)).toEqual(['pass', 'fail', undefined]);
  });
});
