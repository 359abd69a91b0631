import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { UniqueIndex } from '../../../src/unique/index.js';

// A real gc() makes memory readings comparable: without it they mostly measure garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const parent = mkdtempSync(join(tmpdir(), 'unique-mem-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const MiB = 1024 * 1024;

function heldMemory(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

describe('UniqueIndex memory', () => {
  it('stays within its budget while 3M distinct keys stream through a 4 MiB budget', async () => {
    const budget = 4 * MiB;
    const rows = 3_000_000;
    const index = new UniqueIndex({ memoryBudgetBytes: budget, tempDir: parent });
    const samples: number[] = [];
    let maxHeld = 0;
    for (let row = 1; row <= rows; row++) {
      index.add(`id-${row * 7919}`, row, row + 1);
      if (row % 100_000 === 0) {
        maxHeld = Math.max(maxHeld, index.bytesHeld);
        samples.push(heldMemory());
      }
    }
    // The index's own arrays and buffers never exceed the budget.
    expect(maxHeld).toBeLessThanOrEqual(budget);
    // The process holds no more after 3M keys than after 300k: the keys (over 30 MB of text,
    // 180 MB as JS strings) are not kept. The first samples include the buffer growing to its budget.
    // The tolerance covers what else the test process allocates meanwhile on a loaded machine
    // (seen up to ~3 MiB); keeping the keys would add well over 100 MiB.
    const settled = samples.slice(2);
    expect(Math.max(...settled) - Math.min(...settled)).toBeLessThan(8 * MiB);
    const result = await index.finish();
    expect(result.violations).toBe(0);
    expect(result.spilledRuns).toBeGreaterThan(20);
    expect(heldMemory()).toBeLessThan(samples[0]! + 8 * MiB);
  });

  it('holds no more than its budget while merging', async () => {
    const budget = 1 * MiB;
    const index = new UniqueIndex({ memoryBudgetBytes: budget, tempDir: parent });
    for (let row = 1; row <= 400_000; row++) index.add(`k${row % 300_000}`, row);
    const before = heldMemory();
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }, 1);
    const result = await index.finish();
    clearInterval(timer);
    expect(result.violations).toBe(100_000);
    // Typed-array memory seen during the merge (readers' buffers, any garbage not yet
    // collected) stays near the budget; keeping 400k records would take over 12 MiB.
    expect(peak).toBeLessThan(before + 2 * budget);
  });
});
