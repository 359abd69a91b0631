/**
 * Named blobs (profiles, baselines, reports) behind one small interface. Only the local
 * store is loaded eagerly; the cache and artifact clients load on first use.
 */
import { ArtifactStore, type ArtifactStoreOptions } from './artifact-store.js';
import { CacheStore } from './cache-store.js';
import { DEFAULT_LOCAL_STORE_DIR, LocalStore } from './local-store.js';
import type { BlobStore } from './types.js';

export type { BlobData, BlobStore, BlobStoreKind } from './types.js';
export { validateBlobName, artifactNameFor, MAX_BLOB_NAME_LENGTH } from './names.js';
export { LocalStore, DEFAULT_LOCAL_STORE_DIR } from './local-store.js';
export { CacheStore } from './cache-store.js';
export { ArtifactStore, type ArtifactStoreOptions } from './artifact-store.js';
export { downloadLatestArtifact, LatestArtifactError } from './latest-artifact.js';
export type { LatestArtifact, LatestArtifactOptions } from './latest-artifact.js';

/**
 * The store to use when the user did not choose one: a local directory (`.mlops/store`)
 * outside GitHub Actions, the Actions cache inside (GITHUB_ACTIONS is 'true').
 */
export function defaultStore(env: NodeJS.ProcessEnv = process.env): BlobStore {
  return env.GITHUB_ACTIONS === 'true' ? new CacheStore(env) : new LocalStore(DEFAULT_LOCAL_STORE_DIR);
}

/** A store of the given kind, for an input such as `store: local|cache|artifact`. */
export function createStore(kind: BlobStore['kind'], options: { env?: NodeJS.ProcessEnv; localDir?: string; artifact?: ArtifactStoreOptions } = {}): BlobStore {
  switch (kind) {
    case 'local':
      return new LocalStore(options.localDir ?? DEFAULT_LOCAL_STORE_DIR);
    case 'cache':
      return new CacheStore(options.env ?? process.env);
    case 'artifact':
      return new ArtifactStore(options.artifact ?? {});
  }
}
