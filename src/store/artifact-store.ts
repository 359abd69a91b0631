/**
 * Blobs as workflow artifacts: visible in the run's UI, kept for the retention period, and
 * readable by later runs (the latest successful run of a workflow, through the REST API).
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../runner/errors.js';
import { downloadLatestArtifact, LatestArtifactError, type LatestArtifactOptions } from './latest-artifact.js';
import { artifactNameFor } from './names.js';
import { toBuffer, type BlobData, type BlobStore } from './types.js';

/** The @actions/artifact module, loaded only when an artifact store is used (it is heavy). */
type ArtifactModule = typeof import('@actions/artifact');

export interface ArtifactStoreOptions {
  /**
   * Load from the latest successful run of a workflow (on the default branch unless a branch
   * is given) instead of the current run. Saves always go to the current run.
   */
  latest?: Omit<LatestArtifactOptions, 'name' | 'destination'>;
  /** Days the artifact is kept; the repository's setting when omitted. */
  retentionDays?: number;
  /** Scratch space for uploads and downloads; RUNNER_TEMP or the OS temp directory. */
  tempDir?: string;
}

/** The file a blob is stored as inside its artifact: the last segment of its name. */
export function artifactFileFor(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

function isNotFound(error: unknown): boolean {
  return (error as Error | null)?.name === 'ArtifactNotFoundError';
}

export class ArtifactStore implements BlobStore {
  readonly kind = 'artifact' as const;
  private readonly options: ArtifactStoreOptions;

  constructor(options: ArtifactStoreOptions = {}) {
    this.options = options;
  }

  /**
   * Uploads the blob as the artifact `artifactNameFor(name)` holding one file. An artifact
   * name is unique within a run, so one saved earlier in this run is deleted first: for a
   * moment the blob is absent, but never half-written.
   */
  async save(name: string, data: BlobData): Promise<void> {
    const artifactName = artifactNameFor(name);
    const { DefaultArtifactClient } = await loadArtifact();
    const client = new DefaultArtifactClient();
    const directory = await this.scratch();
    try {
      const file = join(directory, artifactFileFor(name));
      await writeFile(file, toBuffer(data));
      try {
        await client.getArtifact(artifactName);
        await client.deleteArtifact(artifactName);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      const options = this.options.retentionDays === undefined ? {} : { retentionDays: this.options.retentionDays };
      await client.uploadArtifact(artifactName, [file], directory, options);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`Cannot save the blob '${name}' as the artifact '${artifactName}': ${(error as Error).message}`, { cause: error });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  /**
   * The blob from this run's artifact, or from the latest successful run when `latest` is
   * set; undefined when there is none (for `latest`, with a warning saying why).
   */
  async load(name: string): Promise<Buffer | undefined> {
    const artifactName = artifactNameFor(name);
    const directory = await this.scratch();
    try {
      if (this.options.latest !== undefined) {
        try {
          await downloadLatestArtifact({ ...this.options.latest, name: artifactName, destination: directory });
        } catch (error) {
          if (!(error instanceof LatestArtifactError)) throw error;
          core.warning(error.message);
          return undefined;
        }
      } else {
        const { DefaultArtifactClient } = await loadArtifact();
        const client = new DefaultArtifactClient();
        let id: number;
        try {
          id = (await client.getArtifact(artifactName)).artifact.id;
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
        await client.downloadArtifact(id, { path: directory });
      }
      return await readBlobFile(directory, name, artifactName);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  private async scratch(): Promise<string> {
    return await mkdtemp(join(this.options.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'mlops-artifact-'));
  }
}

/** The blob's file in a downloaded artifact; an artifact of one file is read whatever its name. */
async function readBlobFile(directory: string, name: string, artifactName: string): Promise<Buffer> {
  try {
    return await readFile(join(directory, artifactFileFor(name)));
  } catch {
    const files = await readdir(directory, { recursive: true, withFileTypes: true });
    const regular = files.filter((entry) => entry.isFile());
    if (regular.length === 1 && regular[0] !== undefined) return await readFile(join(regular[0].parentPath, regular[0].name));
    throw new UserError(`The artifact '${artifactName}' does not hold the blob '${name}' (expected a file '${artifactFileFor(name)}').`);
  }
}

async function loadArtifact(): Promise<ArtifactModule> {
  return await import('@actions/artifact');
}
