import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';

const state = vi.hoisted(() => ({ cacheLoaded: false }));
const cache = vi.hoisted(() => ({
  isFeatureAvailable: vi.fn<() => boolean>(),
  saveCache: vi.fn<(paths: string[], key: string) => Promise<number>>(),
  restoreCache: vi.fn<(paths: string[], key: string, restoreKeys?: string[]) => Promise<string | undefined>>(),
}));
const warnings = vi.hoisted(() => [] as string[]);

vi.mock('@actions/cache', () => {
  state.cacheLoaded = true;
  class ValidationError extends Error {
    override name = 'ValidationError';
  }
  class ReserveCacheError extends Error {
    override name = 'ReserveCacheError';
  }
  return { ...cache, ValidationError, ReserveCacheError };
});
vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  warning: (message: string | Error) => warnings.push(String(message)),
}));

// Imported after the mocks are declared (vi.mock is hoisted anyway); the store must not load
// @actions/cache until a cache store is used.
const { CacheStore, defaultStore } = await import('../../../src/store/index.js');

/** A named error as @actions/cache throws it (the classes are matched by name). */
function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

let runnerTemp: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'cache-store-'));
  env = { GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: '987654', GITHUB_RUN_ATTEMPT: '3' };
  warnings.length = 0;
  cache.isFeatureAvailable.mockReset().mockReturnValue(true);
  cache.saveCache.mockReset().mockResolvedValue(17);
  cache.restoreCache.mockReset().mockResolvedValue(undefined);
});
afterEach(() => rmSync(runnerTemp, { recursive: true, force: true }));

describe('CacheStore', () => {
  it('does not load @actions/cache until a blob is saved or loaded', async () => {
    const store = defaultStore(env);
    expect(store.kind).toBe('cache');
    expect(state.cacheLoaded).toBe(false);
    await store.save('first', 'x');
    expect(state.cacheLoaded).toBe(true);
  });

  it('saves the file under RUNNER_TEMP/mlops-store with a key of name, run id and attempt', async () => {
    const store = new CacheStore(env);
    let contentAtSave: string | undefined;
    cache.saveCache.mockImplementation(async (paths) => {
      contentAtSave = readFileSync(paths[0]!, 'utf8');
      return 5;
    });
    await store.save('baselines/train.json', '{"mean": 1.5}');
    const path = join(runnerTemp, 'mlops-store', 'baselines', 'train.json');
    expect(cache.saveCache).toHaveBeenCalledTimes(1);
    expect(cache.saveCache).toHaveBeenCalledWith([path], 'mlops-store-baselines/train.json-987654-3');
    expect(contentAtSave).toBe('{"mean": 1.5}');
    expect(warnings).toEqual([]);
  });

  it('defaults the run attempt to 1', async () => {
    delete env.GITHUB_RUN_ATTEMPT;
    const store = new CacheStore(env);
    expect(store.keyFor('p')).toBe('mlops-store-p-987654-1');
    await store.save('p', 'x');
    expect(cache.saveCache.mock.calls[0]?.[1]).toBe('mlops-store-p-987654-1');
  });

  it('restores with the same path, the run key and the name prefix as restore key', async () => {
    const store = new CacheStore(env);
    cache.restoreCache.mockImplementation(async (paths) => {
      mkdirSync(dirname(paths[0]!), { recursive: true });
      writeFileSync(paths[0]!, 'from an earlier run');
      return 'mlops-store-reports/drift.html-111-1';
    });
    const loaded = await store.load('reports/drift.html');
    expect(loaded?.toString()).toBe('from an earlier run');
    expect(cache.restoreCache).toHaveBeenCalledWith(
      [join(runnerTemp, 'mlops-store', 'reports', 'drift.html')],
      'mlops-store-reports/drift.html-987654-3',
      ['mlops-store-reports/drift.html-'],
    );
    // Save and restore use the identical path list: the cache version depends on it.
    await store.save('reports/drift.html', 'new');
    expect(cache.saveCache.mock.calls[0]?.[0]).toEqual(cache.restoreCache.mock.calls[0]?.[0]);
  });

  it('answers undefined on a cache miss', async () => {
    const store = new CacheStore(env);
    expect(await store.load('never-saved')).toBeUndefined();
    expect(cache.restoreCache).toHaveBeenCalledTimes(1);
    expect(warnings).toEqual([]);
  });

  it('returns a blob saved earlier in this job without asking the cache', async () => {
    const store = new CacheStore(env);
    await store.save('profile', 'saved in this job');
    expect((await store.load('profile'))?.toString()).toBe('saved in this job');
    expect(cache.restoreCache).not.toHaveBeenCalled();
  });

  it('turns an already-existing key into a warning, keeping the local file', async () => {
    const store = new CacheStore(env);
    cache.saveCache.mockRejectedValue(named('ReserveCacheError', 'Unable to reserve cache with key mlops-store-p-987654-3, another job may be creating this cache.'));
    await expect(store.save('p', 'second save')).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Blob 'p' was not saved to the Actions cache under key 'mlops-store-p-987654-3'");
    expect(warnings[0]).toContain('another job may be creating this cache');
    expect(readFileSync(store.pathOf('p'), 'utf8')).toBe('second save');
  });

  it('warns when saveCache reports failure by returning -1', async () => {
    cache.saveCache.mockResolvedValue(-1);
    await new CacheStore(env).save('p', 'x');
    expect(warnings).toEqual(["Blob 'p' was not saved to the Actions cache under key 'mlops-store-p-987654-3'."]);
  });

  it('survives a cache service outage: a warning on save, a warning and undefined on load', async () => {
    const store = new CacheStore(env);
    cache.saveCache.mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.1:443'));
    await expect(store.save('a', 'x')).resolves.toBeUndefined();
    cache.restoreCache.mockRejectedValue(new Error('Cache service responded with 503'));
    await expect(store.load('b')).resolves.toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('ECONNREFUSED');
    expect(warnings[1]).toMatch(/Blob 'b' could not be restored .*treating it as absent: Cache service responded with 503/);
  });

  it('skips the cache with a warning when the runner has no cache service', async () => {
    cache.isFeatureAvailable.mockReturnValue(false);
    const store = new CacheStore(env);
    await store.save('a', 'x');
    expect(await store.load('b')).toBeUndefined();
    expect(cache.saveCache).not.toHaveBeenCalled();
    expect(cache.restoreCache).not.toHaveBeenCalled();
    expect(warnings).toHaveLength(2);
    expect(warnings.every((w) => w.includes('cache service is not available'))).toBe(true);
  });

  it('lets a ValidationError through: it is a bug, not an outage', async () => {
    cache.saveCache.mockRejectedValue(named('ValidationError', 'Key Validation Error'));
    await expect(new CacheStore(env).save('a', 'x')).rejects.toThrow('Key Validation Error');
  });

  it('rejects bad names before touching the cache', async () => {
    const store = new CacheStore(env);
    await expect(store.save('../outside', 'x')).rejects.toThrow(UserError);
    await expect(store.load('a,b')).rejects.toThrow('"a,b"');
    expect(cache.saveCache).not.toHaveBeenCalled();
    expect(cache.restoreCache).not.toHaveBeenCalled();
  });

  it('names the missing runner variables', () => {
    expect(() => new CacheStore({ GITHUB_RUN_ID: '1' })).toThrow(/needs RUNNER_TEMP/);
    expect(() => new CacheStore({ RUNNER_TEMP: runnerTemp })).toThrow(/needs GITHUB_RUN_ID/);
  });
});
