/**
 * The built validate-data runs its step on a worker thread with its own heap limits
 * (src/runner/own-heap.ts), whichever entry starts it, and its results, annotations and exit
 * code come through as from the main thread.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATE_DATA_HEAP } from '../../../actions/validate-data/heap.js';
import { runBundle } from '../../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-own-heap-'));
writeFileSync(join(dir, 'data.csv'), 'id,score\n1,5\n2,x\n3,7\n');
writeFileSync(join(dir, 'schema.yaml'), 'fields:\n  - {name: id, type: integer}\n  - {name: score, type: number}\n');
const inputs = { data: 'data.csv', schema: 'schema.yaml' };

/** The heap limit (MB) the step reported in its debug log, or undefined. */
function heapLimit(stdout: string): number | undefined {
  const match = /^::debug::validate-data runs on a worker thread with a heap limit of (\d+) MB$/m.exec(stdout);
  return match ? Number(match[1]) : undefined;
}

describe('validate-data on its own heap', () => {
  for (const [entry, extra] of [
    ['validate-data', {}],
    ['.', { action: 'validate-data' }],
  ] as const) {
    it(`runs the step on a worker thread with the old generation bounded (entry ${entry})`, async () => {
      const run = await runBundle(entry, { cwd: dir, inputs: { ...inputs, ...extra }, env: { RUNNER_DEBUG: '1' } });
      const limit = heapLimit(run.stdout);
      // V8's limit is the old generation's plus the young generation's (a few times its size);
      // the main thread's default is over 2 GB on this machine.
      expect(limit).toBeGreaterThanOrEqual(VALIDATE_DATA_HEAP.oldGenerationMb);
      expect(limit).toBeLessThanOrEqual(VALIDATE_DATA_HEAP.oldGenerationMb + 4 * VALIDATE_DATA_HEAP.youngGenerationMb);
      // The worker's failure reaches the runner: exit code, annotation with file and line, outputs.
      expect(run.exitCode).toBe(1);
      expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'data.csv', line: '3' }) }));
      expect(run.outputs).toMatchObject({ valid: 'false', rows: '3', errors: '1' });
    });
  }
});
