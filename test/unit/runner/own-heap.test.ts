import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runOnOwnHeap } from '../../../src/runner/own-heap.js';

// Worker entries written as plain modules: the worker thread cannot import TypeScript.
const dir = mkdtempSync(join(tmpdir(), 'own-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

function entry(name: string, body: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import v8 from 'node:v8';\nimport { writeFileSync } from 'node:fs';\nexport async function runActionInWorker(action) {\n${body}\n}\n`);
  return pathToFileURL(file).href;
}

const limits = { youngGenerationMb: 8, oldGenerationMb: 64 };

describe('runOnOwnHeap', () => {
  it("runs the action's step on a thread with the heap limits asked for, with this process's environment", async () => {
    const out = join(dir, 'seen.json');
    process.env.OWN_HEAP_TEST_INPUT = 'from the main thread';
    const url = entry(
      'report',
      `writeFileSync(${JSON.stringify(out)}, JSON.stringify({ action, limit: v8.getHeapStatistics().heap_size_limit, input: process.env.OWN_HEAP_TEST_INPUT }));`,
    );
    await runOnOwnHeap('validate-data', limits, url);
    delete process.env.OWN_HEAP_TEST_INPUT;
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { action: string; limit: number; input: string };
    expect(seen.action).toBe('validate-data');
    expect(seen.input).toBe('from the main thread');
    // V8's limit is the old generation plus the young one (both semi-spaces and more), far
    // below the main thread's (over 2 GB on any machine with 8 GB or more).
    expect(seen.limit / 2 ** 20).toBeGreaterThanOrEqual(64);
    expect(seen.limit / 2 ** 20).toBeLessThan(64 + 8 * 4);
    expect(process.exitCode).toBeUndefined();
  });

  it("makes the step's failing exit code the process's", async () => {
    await runOnOwnHeap('validate-data', limits, entry('fails', 'process.exitCode = 1;'));
    expect(process.exitCode).toBe(1);
  });

  it('rejects with an error naming the action and its limit when the thread runs out of memory', async () => {
    const url = entry('greedy', 'const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length));');
    await expect(runOnOwnHeap('validate-data', limits, url)).rejects.toThrow(/^validate-data ran out of memory: its heap is limited to 64 MB/);
  });

  it('rejects with the error of a thread that fails before the step can report it', async () => {
    await expect(runOnOwnHeap('validate-data', limits, pathToFileURL(join(dir, 'missing.mjs')).href)).rejects.toThrow(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});
