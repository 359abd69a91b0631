/**
 * Blobs in the GitHub Actions cache. Cache entries are immutable per key, so every save gets a
 * key of its own (name, run id, attempt) and a load asks for the newest entry whose key starts
 * with the name. The cache is best effort by design: a full cache, a concurrent writer or a
 * service outage costs a warning, never the job.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../runner/errors.js';
import { LocalStore } from './local-store.js';
import { validateBlobName } from './names.js';
import type { BlobData, BlobStore } from './types.js';

/** Every key starts with this, so our entries are easy to find in the cache list. */
export const CACHE_KEY_PREFIX = 'mlops-store-';

/** The directory under RUNNER_TEMP that holds the blobs, the same on save and restore. */
export const CACHE_STORE_DIR = 'mlops-store';

/** The @actions/cache module, loaded only when a cache store is used (it is heavy). */
type CacheModule = typeof import('@actions/cache');

function required(env: NodeJS.ProcessEnv, variable: string): string {
  const value = env[variable];
  if (!value) {
    throw new UserError(`The cache store needs ${variable}, which GitHub Actions sets; use the local store outside Actions.`);
  }
  return value;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Stores blobs as files under `$RUNNER_TEMP/mlops-store/` and in the Actions cache. Keep in
 * mind the cache's branch scoping: a run sees entries from its own branch and the default
 * branch, not from other branches.
 */
export class CacheStore implements BlobStore {
  readonly kind = 'cache' as const;
  /** `$RUNNER_TEMP/mlops-store`: the cache requires identical paths on save and restore. */
  readonly root: string;
  private readonly runId: string;
  private readonly runAttempt: string;
  private readonly files: LocalStore;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.root = join(required(env, 'RUNNER_TEMP'), CACHE_STORE_DIR);
    this.runId = required(env, 'GITHUB_RUN_ID');
    this.runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    this.files = new LocalStore(this.root);
  }

  /** The file a blob is cached from and restored to. */
  pathOf(name: string): string {
    return this.files.pathOf(name);
  }

  /** The key this run saves `name` under: `mlops-store-<name>-<run id>-<attempt>`. */
  keyFor(name: string): string {
    return `${this.restoreKeyFor(name)}${this.runId}-${this.runAttempt}`;
  }

  /**
   * The prefix a load restores by, so the newest entry of any run wins. `a-` is also a prefix
   * of the keys of `a-b`, but the cache matches only entries saved with the same paths, and
   * `a` and `a-b` live in different files, so they never mix.
   */
  restoreKeyFor(name: string): string {
    return `${CACHE_KEY_PREFIX}${validateBlobName(name)}-`;
  }

  /** Writes the file (atomically) and then saves it to the cache; cache trouble is a warning. */
  async save(name: string, data: BlobData): Promise<void> {
    const key = this.keyFor(name);
    await this.files.save(name, data);
    const cache = await loadCache();
    if (!cache.isFeatureAvailable()) {
      core.warning(`Blob '${name}' was not saved to the Actions cache: the cache service is not available on this runner.`);
      return;
    }
    try {
      const cacheId = await cache.saveCache([this.pathOf(name)], key);
      // saveCache logs and swallows most failures itself, answering -1.
      if (cacheId === -1) core.warning(`Blob '${name}' was not saved to the Actions cache under key '${key}'.`);
    } catch (error) {
      if ((error as Error)?.name === 'ValidationError') throw error;
      // An entry of this key already exists (a second save of the name in one run attempt),
      // another job is writing it, or the service is down: later runs use an older entry.
      core.warning(`Blob '${name}' was not saved to the Actions cache under key '${key}': ${describe(error)}`);
    }
  }

  /**
   * The newest cached blob of this name, or undefined. A file already under RUNNER_TEMP was
   * saved or restored earlier in this job (RUNNER_TEMP is emptied between jobs) and is newer
   * than anything the cache holds, so it is returned without asking the cache.
   */
  async load(name: string): Promise<Buffer | undefined> {
    const key = this.keyFor(name);
    const here = await this.files.load(name);
    if (here !== undefined) return here;
    const cache = await loadCache();
    if (!cache.isFeatureAvailable()) {
      core.warning(`Blob '${name}' cannot be loaded from the Actions cache: the cache service is not available on this runner.`);
      return undefined;
    }
    let matched: string | undefined;
    try {
      matched = await cache.restoreCache([this.pathOf(name)], key, [this.restoreKeyFor(name)]);
    } catch (error) {
      if ((error as Error)?.name === 'ValidationError') throw error;
      // A cache outage must not fail the job: the blob is treated as absent, with a warning,
      // and the caller falls back as it would on a first run.
      core.warning(`Blob '${name}' could not be restored from the Actions cache, treating it as absent: ${describe(error)}`);
      return undefined;
    }
    if (matched === undefined) return undefined;
    const restored = await this.files.load(name);
    if (restored === undefined) {
      core.warning(`The Actions cache entry '${matched}' did not contain the blob '${name}'; treating it as absent.`);
    }
    return restored;
  }
}

async function loadCache(): Promise<CacheModule> {
  return await import('@actions/cache');
}
