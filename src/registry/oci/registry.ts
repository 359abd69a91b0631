/**
 * An OCI registry as a backend: each version is a ModelPack artifact tagged with its version
 * number and with each alias. Blobs go up before the manifest, so a failure half-way leaves
 * only unreferenced blobs and no tag. A second tag, `sha256-content-<hex>`, finds a version by
 * content digest in one request. Registries offer no compare-and-swap on tags: after tagging
 * we read the tag back and move to the next number if another writer won, which narrows but
 * cannot close the race; serialize releases of one model (a workflow `concurrency` group).
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { UserError } from '../../runner/errors.js';
import { checkFetched, fetchTarget, findAttachment } from '../attachments.js';
import { sha256Text } from '../digest.js';
import { BEFORE_COMMIT, failpoint } from '../failpoint.js';
import type { RequestBody } from '../http.js';
import { isVersionNumber, nextVersion } from '../names.js';
import type { ModelRegistry, ModelVersion, RegisterRequest, RegisterResult } from '../types.js';
import { credentialsFor } from './auth.js';
import { OciClient } from './client.js';
import { attachmentLayer, attachmentsOf, cardLayer, fileLayer, MODEL_CONFIG, modelConfig, modelManifest, OURS, tagsOf, VERSION, type Manifest } from './modelpack.js';
import { parseOciReference, type OciReference } from './reference.js';

const MAX_ATTEMPTS = 20;

export class OciRegistry implements ModelRegistry {
  readonly label: string;
  private readonly ref: OciReference;
  private readonly client: OciClient;

  constructor(location: string, options: { env: NodeJS.ProcessEnv; githubToken?: string }, input = 'registry') {
    this.ref = parseOciReference(location, input);
    this.label = `OCI registry ${this.ref.host}/${this.ref.repository}`;
    this.client = new OciClient(this.ref, credentialsFor(this.ref.host, options.env, options.githubToken), this.label);
  }

  private contentTag(digest: string): string {
    return `sha256-content-${digest.replace(/^sha256:/, '')}`;
  }

  async register(request: RegisterRequest): Promise<RegisterResult> {
    const { content } = request;
    const existing = await this.findContent(content.digest);
    if (existing) return this.reuse(existing, request);
    const tags = await this.client.listTags();
    if (request.version !== undefined && tags.includes(request.version)) {
      throw new UserError(`${this.label}: version ${request.version} already exists with other content`);
    }

    const layers = content.files.map((f) => fileLayer(f.path, f.sha256, f.size));
    for (const [i, file] of content.files.entries()) {
      await this.client.pushBlob(layers[i]!.digest, file.size, () => Readable.toWeb(createReadStream(file.absolute)) as unknown as RequestBody);
    }
    for (const file of request.attachments) {
      await this.client.pushBlob(file.digest, file.size, () => Readable.toWeb(createReadStream(file.absolute)) as unknown as RequestBody);
      layers.push(attachmentLayer(file));
    }
    failpoint(BEFORE_COMMIT);
    let candidates = tags;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const version = request.version ?? nextVersion(candidates);
      const facts = { ...request, version, digest: content.digest };
      const card = Buffer.from(request.card(version));
      const allLayers = [...layers, cardLayer(sha256Text(card), card.length)];
      const config = modelConfig(facts, allLayers);
      const configDescriptor = { mediaType: MODEL_CONFIG, digest: sha256Text(config), size: config.length };
      await this.client.pushBlob(allLayers.at(-1)!.digest, card.length, () => new Uint8Array(card));
      await this.client.pushBlob(configDescriptor.digest, config.length, () => new Uint8Array(config));
      const manifest = modelManifest(facts, configDescriptor, allLayers);
      if (request.version === undefined && (await this.client.getManifest(version))) {
        candidates = [...candidates, version];
        continue;
      }
      const digest = await this.client.putManifest(version, manifest);
      // Read the tag back: another writer may have tagged the same number at the same moment.
      if ((await this.client.getManifest(version))?.digest !== digest && request.version === undefined) {
        candidates = [...candidates, version];
        continue;
      }
      await this.client.putManifest(this.contentTag(content.digest), manifest);
      return { version: await this.toVersion(JSON.parse(manifest.toString('utf8')) as Manifest, digest, [version]), created: true };
    }
    throw new UserError(`${this.label}: could not claim a version number after ${MAX_ATTEMPTS} attempts`);
  }

  /** The manifest already holding this content: by its content tag, else (a run that died before tagging it) the newest version. */
  private async findContent(digest: string): Promise<{ manifest: Manifest; digest: string; bytes: Buffer } | undefined> {
    const read = async (reference: string) => {
      const found = await this.client.getManifest(reference);
      return found ? { manifest: JSON.parse(found.bytes.toString('utf8')) as Manifest, digest: found.digest, bytes: found.bytes } : undefined;
    };
    const byTag = await read(this.contentTag(digest));
    if (byTag) return byTag;
    const latest = nextVersion(await this.client.listTags());
    if (latest === '1') return undefined;
    const newest = await read(String(Number(latest) - 1));
    return newest?.manifest.annotations?.[`${OURS}digest`] === digest ? newest : undefined;
  }

  private async reuse(existing: { manifest: Manifest; digest: string; bytes: Buffer }, request: RegisterRequest): Promise<RegisterResult> {
    const version = existing.manifest.annotations[VERSION]!;
    this.checkTags(existing.manifest, request.tags, version);
    // Repair what a run that died between the two tags left out.
    if ((await this.client.getManifest(version))?.digest !== existing.digest) await this.client.putManifest(version, existing.bytes);
    await this.client.putManifest(this.contentTag(request.content.digest), existing.bytes);
    return { version: await this.toVersion(existing.manifest, existing.digest), created: false };
  }

  /** Manifests are immutable: tags are fixed at registration, so new tags cannot be added later. */
  private checkTags(manifest: Manifest, tags: Record<string, string>, version: string): void {
    const current = tagsOf(manifest);
    const changed = Object.keys(tags).filter((key) => current[key] !== tags[key]);
    if (changed.length) {
      throw new UserError(`${this.label}: version ${version} is an immutable OCI manifest; its tags cannot change after registration (${changed.join(', ')})`, { input: 'tags' });
    }
  }

  private async toVersion(manifest: Manifest, digest: string, knownTags?: string[]): Promise<ModelVersion> {
    const annotations = manifest.annotations ?? {};
    const aliases: string[] = [];
    const tags = knownTags ?? (await this.client.listTags());
    for (const tag of tags) {
      if (isVersionNumber(tag) || tag.startsWith('sha256-') || tag === annotations[VERSION]) continue;
      if ((await this.client.getManifest(tag))?.digest === digest) aliases.push(tag);
    }
    let metrics: Record<string, number> = {};
    try {
      metrics = JSON.parse(annotations[`${OURS}metrics`] ?? '{}') as Record<string, number>;
    } catch {
      // Written by someone else: no metrics we can read.
    }
    return {
      name: annotations[`${OURS}model.name`] ?? this.ref.repository,
      version: annotations[VERSION] ?? '',
      digest: annotations[`${OURS}digest`] ?? '',
      uri: `oci://${this.ref.host}/${this.ref.repository}@${digest}`,
      aliases: aliases.sort(),
      tags: tagsOf(manifest),
      ...(annotations['org.opencontainers.image.description'] ? { description: annotations['org.opencontainers.image.description'] } : {}),
      metrics,
      attachments: attachmentsOf(manifest),
    };
  }

  async getVersion(_name: string, versionOrAlias: string): Promise<ModelVersion | undefined> {
    const found = await this.client.getManifest(versionOrAlias);
    return found ? this.toVersion(JSON.parse(found.bytes.toString('utf8')) as Manifest, found.digest) : undefined;
  }

  async setAlias(name: string, alias: string, version: string): Promise<void> {
    const found = await this.client.getManifest(version);
    if (!found) throw new UserError(`${this.label}: '${name}' has no version ${version} to point alias '${alias}' at`);
    await this.client.putManifest(alias, found.bytes);
  }

  async setTags(_name: string, version: string, tags: Record<string, string>): Promise<void> {
    const found = await this.client.getManifest(version);
    if (!found) throw new UserError(`${this.label}: there is no version ${version}`);
    this.checkTags(JSON.parse(found.bytes.toString('utf8')) as Manifest, tags, version);
  }

  /**
   * One repository holds one model: its aliases are the tags that are neither versions nor
   * content tags. Undefined when the repository is empty or holds another model.
   */
  async listAliases(name: string): Promise<string[] | undefined> {
    let holdsModel = false;
    const aliases: string[] = [];
    for (const tag of await this.client.listTags()) {
      if (tag.startsWith('sha256-')) continue;
      const found = await this.client.getManifest(tag);
      const annotations = found ? (JSON.parse(found.bytes.toString('utf8')) as Manifest).annotations ?? {} : {};
      if (annotations[`${OURS}model.name`] !== name) continue;
      holdsModel = true;
      if (!isVersionNumber(tag) && annotations[VERSION] !== tag) aliases.push(tag);
    }
    return holdsModel ? aliases.sort() : undefined;
  }

  async fetchAttachment(name: string, version: string, attachment: string, destDir: string): Promise<string> {
    const found = await this.client.getManifest(version);
    if (!found) throw new UserError(`${this.label}: '${name}' has no version ${version}`);
    const wanted = findAttachment(this.label, name, version, attachmentsOf(JSON.parse(found.bytes.toString('utf8')) as Manifest), attachment);
    const target = fetchTarget(destDir, wanted);
    writeFileSync(target, await this.client.getBlob(wanted.digest));
    return checkFetched(this.label, target, wanted);
  }
}
