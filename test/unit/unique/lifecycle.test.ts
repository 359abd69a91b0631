import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { UniqueIndex } from '../../../src/unique/index.js';

const parent = mkdtempSync(join(tmpdir(), 'unique-life-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function freshDir(name: string): string {
  const dir = join(parent, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Files under dir, at any depth. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function fill(index: UniqueIndex, n: number, distinct: number): void {
  for (let row = 1; row <= n; row++) index.add(`key-${row % distinct}`, row);
}

describe('UniqueIndex temporary files', () => {
  it('writes no file when everything fits in the budget', async () => {
    const dir = freshDir('fits');
    const index = new UniqueIndex({ tempDir: dir, memoryBudgetBytes: 1 << 20 });
    fill(index, 5000, 4000);
    expect(existsSync(dir)).toBe(false);
    const result = await index.finish();
    expect(result).toMatchObject({ violations: 1000, spilledRuns: 0, exact: true, falsePositiveBound: 0 });
    expect(existsSync(dir)).toBe(false);
  });

  it('spills runs while adding and removes them after finish', async () => {
    const dir = freshDir('spills');
    const index = new UniqueIndex({ tempDir: dir, memoryBudgetBytes: 16 * 1024 });
    fill(index, 20_000, 15_000);
    expect(filesUnder(dir).length).toBeGreaterThan(10);
    const result = await index.finish();
    expect(result.violations).toBe(5000);
    expect(result.spilledRuns).toBeGreaterThan(10);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('removes its files when the merge fails, and reports the failure', async () => {
    const dir = freshDir('broken');
    const index = new UniqueIndex({ tempDir: dir, memoryBudgetBytes: 16 * 1024 });
    fill(index, 20_000, 20_000);
    const runs = filesUnder(dir);
    expect(runs.length).toBeGreaterThan(2);
    truncateSync(runs[1]!, 30); // cut a record in two
    await expect(index.finish()).rejects.toThrow(/ends inside a record/);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('removes its files when the scan by hash ranges finds a run cut short or a record overrunning it', async () => {
    for (const damage of ['cut', 'overrun'] as const) {
      const dir = freshDir(`broken-ranges-${damage}`);
      const index = new UniqueIndex({ tempDir: dir, memoryBudgetBytes: 16 * 1024 });
      fill(index, 2000, 2000);
      const runs = filesUnder(dir).sort();
      // Few enough runs to be scanned by ranges at once, without a merge pass first.
      expect(runs.length).toBeGreaterThan(2);
      expect(runs.length).toBeLessThan(13);
      if (damage === 'cut') truncateSync(runs[1]!, 30);
      else {
        // The first record's key length (header word 5) made larger than the run.
        const fd = openSync(runs[1]!, 'r+');
        writeSync(fd, new Uint8Array(new Uint32Array([1 << 30]).buffer), 0, 4, 20);
        closeSync(fd);
      }
      await expect(index.finish()).rejects.toThrow(damage === 'cut' ? /is shorter than its index says/ : /ends inside a record/);
      expect(filesUnder(dir)).toEqual([]);
    }
  });

  it('removes its files on abort()', () => {
    const dir = freshDir('aborted');
    const index = new UniqueIndex({ tempDir: dir, memoryBudgetBytes: 16 * 1024 });
    fill(index, 5000, 5000);
    expect(filesUnder(dir).length).toBeGreaterThan(0);
    index.abort();
    expect(filesUnder(dir)).toEqual([]);
    expect(() => index.add('x', 6000)).toThrow(/after finish\(\) or abort\(\)/);
  });

  it('names the temporary directory in a user error when it cannot be created', () => {
    const blocker = join(parent, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const tempDir = join(blocker, 'sub');
    const index = new UniqueIndex({ tempDir, memoryBudgetBytes: 4096 });
    let thrown: unknown;
    try {
      fill(index, 5000, 5000);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toContain(tempDir);
  });
});

describe('UniqueIndex spill failures', () => {
  it('turns a failed spill into a user error naming the directory, and stops', () => {
    const dir = freshDir('vanishing');
    const index = new UniqueIndex({ tempDir: dir, memoryBudgetBytes: 16 * 1024 });
    fill(index, 2000, 2000);
    const [runDir] = readdirSync(dir);
    rmSync(join(dir, runDir!), { recursive: true }); // as a cleaner would, mid-run
    let thrown: unknown;
    try {
      for (let row = 2001; row <= 10_000; row++) index.add(`late-${row}`, row);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toContain(join(dir, runDir!));
    expect(() => index.add('again', 20_000)).toThrow(/after finish\(\) or abort\(\)/);
  });
});

describe('UniqueIndex input checks', () => {
  it('refuses rows that do not increase, and a second finish()', async () => {
    const index = new UniqueIndex();
    index.add('a', 1);
    expect(() => index.add('b', 1)).toThrow(RangeError);
    expect(() => index.add('b', 0.5)).toThrow(RangeError);
    index.add('a', 3, 7);
    expect(await index.finish()).toEqual({
      violations: 1,
      examples: [{ row: 3, firstRow: 1, line: 7, value: 'a' }],
      exact: true,
      falsePositiveBound: 0,
      rows: 2,
      spilledRuns: 0,
      scannedBy: 'memory',
      denseRows: 0,
    });
    await expect(index.finish()).rejects.toThrow(/twice/);
  });
});
