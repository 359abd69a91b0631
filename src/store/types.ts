/** The one small interface every blob store adapter implements. */

/** Where blobs live: a local directory, the Actions cache, or workflow artifacts. */
export type BlobStoreKind = 'local' | 'cache' | 'artifact';

/** What can be saved: bytes, or text (stored as UTF-8). */
export type BlobData = Uint8Array | string;

/**
 * Saves and loads named blobs (profiles, baselines, reports). Names are validated by
 * `validateBlobName`: letters, digits, `-`, `_`, `.` in `/`-separated segments.
 */
export interface BlobStore {
  readonly kind: BlobStoreKind;
  /** Stores `data` under `name`, replacing what was there. */
  save(name: string, data: BlobData): Promise<void>;
  /** The blob saved under `name`, or undefined when there is none. */
  load(name: string): Promise<Buffer | undefined>;
}

/** The bytes of `data`, text encoded as UTF-8. */
export function toBuffer(data: BlobData): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
