/**
 * The embedded registry: a directory, for local use and self-hosted runners with shared
 * storage. Layout (documented in register-model/README.md):
 *
 *   <root>/blobs/sha256/<hex>                       each file's content, once, read-only
 *   <root>/models/<name>/versions/<v>/version.json  the version's metadata and lineage (immutable)
 *   <root>/models/<name>/versions/<v>/MODEL_CARD.md
 *   <root>/models/<name>/versions/<v>/tags.json     tags (the only mutable part of a version)
 *   <root>/models/<name>/versions/<v>/model/…       the files, hard links to the blobs
 *   <root>/models/<name>/versions/<v>/attachments/<kind>/<file>  data profiles, predictions (blobs too)
 *   <root>/models/<name>/aliases/<alias>.json       {"version": "<v>", "updated": "…"}
 *
 * A version is assembled under `models/<name>/.staging/` and made visible by one rename of its
 * directory onto `versions/<v>`. The rename fails when `<v>` exists (a committed version is
 * never empty), so concurrent writers can never share a number: the loser takes the next one.
 * A registration killed half-way leaves its staging directory (and maybe a temporary blob);
 * the next registration of the model removes those more than a day old.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../runner/errors.js';
import { checkFetched, fetchTarget, findAttachment, listed, type Attachment } from './attachments.js';
import { BEFORE_COMMIT, failpoint } from './failpoint.js';
import { isTemporaryBlob, placeBlob, readJson, removeAbandoned, storeBlob, uniqueSuffix, writeJson } from './file-store.js';
import type { Lineage } from './lineage.js';
import { checkModelName, isVersionNumber, nextVersion } from './names.js';
import type { ModelRegistry, ModelVersion, RegisterRequest, RegisterResult } from './types.js';

export const VERSION_FORMAT = 'mlops-actions/model-version';

interface VersionRecord {
  format: typeof VERSION_FORMAT;
  formatVersion: 1;
  name: string;
  version: string;
  digest: string;
  singleFile: boolean;
  description?: string;
  metrics: Record<string, number>;
  lineage: Lineage;
  /** Absent in versions registered before attachments existed. */
  attachments?: Attachment[];
}

const MAX_ATTEMPTS = 10_000;

export class FileRegistry implements ModelRegistry {
  readonly label: string;
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
    this.label = `file registry '${dir}'`;
  }

  private modelDir(name: string): string {
    return join(this.root, 'models', checkModelName(name));
  }

  private versionDir(name: string, version: string): string {
    return join(this.modelDir(name), 'versions', version);
  }

  private versions(name: string): string[] {
    const dir = join(this.modelDir(name), 'versions');
    return existsSync(dir) ? readdirSync(dir).filter((v) => !v.startsWith('.')) : [];
  }

  private toVersion(record: VersionRecord): ModelVersion {
    const dir = this.versionDir(record.name, record.version);
    const single = record.singleFile ? record.lineage.files[0]?.path : undefined;
    return {
      name: record.name,
      version: record.version,
      digest: record.digest,
      uri: single ? join(dir, 'model', single) : join(dir, 'model'),
      aliases: this.aliasesOf(record.name, record.version),
      tags: readJson<Record<string, string>>(join(dir, 'tags.json')) ?? {},
      description: record.description,
      metrics: record.metrics,
      lineage: record.lineage,
      attachments: record.attachments ?? [],
    };
  }

  private record(name: string, version: string): VersionRecord | undefined {
    return readJson<VersionRecord>(join(this.versionDir(name, version), 'version.json'));
  }

  private aliasesOf(name: string, version: string): string[] {
    const dir = join(this.modelDir(name), 'aliases');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
      .filter((f) => readJson<{ version: string }>(join(dir, f))?.version === version)
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  }

  private findDigest(name: string, digest: string): VersionRecord | undefined {
    for (const version of this.versions(name)) {
      const record = this.record(name, version);
      if (record?.digest === digest) return record;
    }
    return undefined;
  }

  /** Registers the content, or returns the version that already has the same digest. */
  async register(request: RegisterRequest): Promise<RegisterResult> {
    const { name, content } = request;
    const existing = this.findDigest(name, content.digest);
    if (existing) return this.reuse(existing, request.tags);

    // What killed registrations left (a staging directory, a half-copied blob) goes once a day old.
    removeAbandoned(join(this.modelDir(name), '.staging'), () => true);
    removeAbandoned(join(this.root, 'blobs', 'sha256'), isTemporaryBlob);
    const staging = join(this.modelDir(name), '.staging', uniqueSuffix());
    mkdirSync(join(this.modelDir(name), 'versions'), { recursive: true });
    try {
      for (const file of content.files) {
        placeBlob(storeBlob(this.root, file.absolute, file.sha256), join(staging, 'model', ...file.path.split('/')));
      }
      for (const file of request.attachments) {
        placeBlob(storeBlob(this.root, file.absolute, file.sha256), join(staging, 'attachments', ...file.name.split('/')));
      }
      writeJson(join(staging, 'tags.json'), request.tags, 'version tags');
      failpoint(BEFORE_COMMIT);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const version = request.version ?? nextVersion(this.versions(name));
        const record: VersionRecord = {
          format: VERSION_FORMAT,
          formatVersion: 1,
          name,
          version,
          digest: content.digest,
          singleFile: content.singleFile,
          ...(request.description ? { description: request.description } : {}),
          metrics: request.metrics,
          lineage: request.lineage,
          attachments: request.attachments.map(listed),
        };
        writeJson(join(staging, 'version.json'), record, 'version metadata');
        writeFileSync(join(staging, 'MODEL_CARD.md'), request.card(version));
        if (this.commit(staging, this.versionDir(name, version))) return { version: this.toVersion(record), created: true };
        // Someone committed this number first. The same content (a concurrent re-run)? Use theirs.
        const winner = this.findDigest(name, content.digest);
        if (winner) return this.reuse(winner, request.tags);
        if (request.version) {
          throw new UserError(`${this.label}: version ${request.version} of '${name}' already exists with other content (${this.record(name, request.version)?.digest ?? 'unknown digest'})`);
        }
      }
      throw new UserError(`${this.label}: could not claim a version number for '${name}' after ${MAX_ATTEMPTS} attempts`);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  /** The one step that makes a version visible; false when the number is taken. */
  private commit(staging: string, target: string): boolean {
    try {
      renameSync(staging, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
      throw new UserError(`${this.label}: cannot commit ${target}: ${(error as Error).message}`, { cause: error });
    }
  }

  private async reuse(record: VersionRecord, tags: Record<string, string>): Promise<RegisterResult> {
    if (Object.keys(tags).length) await this.setTags(record.name, record.version, tags);
    return { version: this.toVersion(this.record(record.name, record.version)!), created: false };
  }

  async getVersion(name: string, versionOrAlias: string): Promise<ModelVersion | undefined> {
    let record = existsSync(this.versionDir(name, versionOrAlias)) ? this.record(name, versionOrAlias) : undefined;
    if (!record && !isVersionNumber(versionOrAlias)) {
      const alias = readJson<{ version: string }>(join(this.modelDir(name), 'aliases', `${versionOrAlias}.json`));
      if (alias) record = this.record(name, alias.version);
    }
    return record ? this.toVersion(record) : undefined;
  }

  async setAlias(name: string, alias: string, version: string): Promise<void> {
    if (!this.record(name, version)) throw new UserError(`${this.label}: '${name}' has no version ${version} to point alias '${alias}' at`);
    writeJson(join(this.modelDir(name), 'aliases', `${alias}.json`), { version, updated: new Date().toISOString() }, 'alias');
  }

  async setTags(name: string, version: string, tags: Record<string, string>): Promise<void> {
    const path = join(this.versionDir(name, version), 'tags.json');
    if (!this.record(name, version)) throw new UserError(`${this.label}: '${name}' has no version ${version}`);
    writeJson(path, { ...(readJson<Record<string, string>>(path) ?? {}), ...tags }, 'version tags');
  }

  async listAliases(name: string): Promise<string[] | undefined> {
    if (!existsSync(this.modelDir(name))) return undefined;
    const dir = join(this.modelDir(name), 'aliases');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  }

  async fetchAttachment(name: string, version: string, attachment: string, destDir: string): Promise<string> {
    const record = this.record(name, version);
    if (!record) throw new UserError(`${this.label}: '${name}' has no version ${version}`);
    const found = findAttachment(this.label, name, version, record.attachments ?? [], attachment);
    const target = fetchTarget(destDir, found);
    copyFileSync(join(this.versionDir(name, version), 'attachments', ...found.name.split('/')), target);
    // The blob is read-only (shared by versions); the copy is the caller's to change or remove.
    chmodSync(target, 0o644);
    return checkFetched(this.label, target, found);
  }
}
