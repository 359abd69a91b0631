/**
 * The built actions that stream datasets, validate-data and drift-check, run their step on a
 * worker thread with their own heap limits (src/runner/own-heap.ts), whichever entry starts
 * them, and their results, annotations and exit code come through as from the main thread.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_ACTION_HEAP } from '../../actions/data-heap.js';
import { runBundle } from '../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'own-heap-'));
writeFileSync(join(dir, 'data.csv'), 'id,score\n1,5\n2,x\n3,7\n');
writeFileSync(join(dir, 'schema.yaml'), 'fields:\n  - {name: id, type: integer}\n  - {name: score, type: number}\n');
const rows = (shift: number) => ['x', ...Array.from({ length: 200 }, (_, i) => String((i % 50) + shift))].join('\n') + '\n';
writeFileSync(join(dir, 'reference.csv'), rows(0));
writeFileSync(join(dir, 'current.csv'), rows(40));

/** The heap limit (MB) the step reported in its debug log, or undefined. */
function heapLimit(action: string, stdout: string): number | undefined {
  const match = new RegExp(`^::debug::${action} runs on a worker thread with a heap limit of (\\d+) MB$`, 'm').exec(stdout);
  return match ? Number(match[1]) : undefined;
}

/** V8's limit is the old generation's plus the young generation's (a few times its size); the main thread's default is over 2 GB on this machine. */
function expectOwnHeap(action: string, stdout: string): void {
  const limit = heapLimit(action, stdout);
  expect(limit).toBeGreaterThanOrEqual(DATA_ACTION_HEAP.oldGenerationMb);
  expect(limit).toBeLessThanOrEqual(DATA_ACTION_HEAP.oldGenerationMb + 4 * DATA_ACTION_HEAP.youngGenerationMb);
}

describe('actions on their own heap', () => {
  for (const [entry, extra] of [
    ['validate-data', {}],
    ['.', { action: 'validate-data' }],
  ] as const) {
    it(`validate-data runs its step on a worker thread with the old generation bounded (entry ${entry})`, async () => {
      const run = await runBundle(entry, { cwd: dir, inputs: { data: 'data.csv', schema: 'schema.yaml', ...extra }, env: { RUNNER_DEBUG: '1' } });
      expectOwnHeap('validate-data', run.stdout);
      // The worker's failure reaches the runner: exit code, annotation with file and line, outputs.
      expect(run.exitCode).toBe(1);
      expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'data.csv', line: '3' }) }));
      expect(run.outputs).toMatchObject({ valid: 'false', rows: '3', errors: '1' });
    });
  }

  it('drift-check runs its step on a worker thread with the old generation bounded', async () => {
    const run = await runBundle('drift-check', { cwd: dir, inputs: { reference: 'reference.csv', current: 'current.csv', 'fail-on-drift': 'true' }, env: { RUNNER_DEBUG: '1' } });
    expectOwnHeap('drift-check', run.stdout);
    expect(run.outputs).toMatchObject({ drifted: 'true' });
    expect(run.exitCode).toBe(1);
  });
});
