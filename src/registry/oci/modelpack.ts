/**
 * A model version as a CNCF ModelPack OCI artifact: an OCI image manifest with
 * `artifactType: application/vnd.cncf.model.manifest.v1+json`, a model config
 * (`application/vnd.cncf.model.config.v1+json`), one raw layer per model file annotated with its
 * path, and the model card as a raw documentation layer. Metrics, lineage and tags are in the
 * config (under `mlops`) and in the manifest's annotations. Attachments (data profiles, eval
 * predictions) are extra layers with media types of their own, so ModelPack tools that unpack
 * weights and docs by media type leave them alone, annotated with `.mlops/attachments/<name>`.
 */
import { kindOfAttachment, type Attachment, type AttachmentKind } from '../attachments.js';
import type { Lineage } from '../lineage.js';
import { lineageTags } from '../lineage.js';

export const MODEL_ARTIFACT_TYPE = 'application/vnd.cncf.model.manifest.v1+json';
export const MODEL_CONFIG = 'application/vnd.cncf.model.config.v1+json';
export const WEIGHT_RAW = 'application/vnd.cncf.model.weight.v1.raw';
export const DOC_RAW = 'application/vnd.cncf.model.doc.v1.raw';
export const FILEPATH = 'org.cncf.model.filepath';
export const TITLE = 'org.opencontainers.image.title';
export const VERSION = 'org.opencontainers.image.version';
/** Our annotations: the content digest, the model name, and `tag.<name>` for user tags. */
export const OURS = 'org.mlops-actions.';
export const CARD_PATH = '.mlops/MODEL_CARD.md';
export const ATTACHMENT_PATH = '.mlops/attachments/';
export const ATTACHMENT_MEDIA_TYPES: Record<AttachmentKind, string> = {
  'data-profile': 'application/vnd.mlops-actions.data-profile.v1+json',
  predictions: 'application/vnd.mlops-actions.predictions.v1.raw',
};

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface Manifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations: Record<string, string>;
}

export interface VersionFacts {
  name: string;
  version: string;
  digest: string;
  description?: string;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  lineage: Lineage;
}

/** The layer of one model file: its digest is the file's SHA-256, so layers dedupe across versions. */
export function fileLayer(path: string, sha256: string, size: number): Descriptor {
  return { mediaType: WEIGHT_RAW, digest: `sha256:${sha256}`, size, annotations: { [TITLE]: path, [FILEPATH]: path } };
}

export function cardLayer(digest: string, size: number): Descriptor {
  return { mediaType: DOC_RAW, digest, size, annotations: { [TITLE]: CARD_PATH, [FILEPATH]: CARD_PATH } };
}

export function attachmentLayer(attachment: Attachment): Descriptor {
  const path = `${ATTACHMENT_PATH}${attachment.name}`;
  return { mediaType: ATTACHMENT_MEDIA_TYPES[attachment.kind], digest: attachment.digest, size: attachment.size, annotations: { [TITLE]: path, [FILEPATH]: path } };
}

/** The attachments a manifest lists, by their layers. */
export function attachmentsOf(manifest: Manifest): Attachment[] {
  const out: Attachment[] = [];
  for (const layer of manifest.layers ?? []) {
    const path = layer.annotations?.[FILEPATH] ?? '';
    const name = path.startsWith(ATTACHMENT_PATH) ? path.slice(ATTACHMENT_PATH.length) : '';
    const kind = kindOfAttachment(name);
    if (kind && layer.mediaType === ATTACHMENT_MEDIA_TYPES[kind]) out.push({ name, kind, digest: layer.digest, size: layer.size });
  }
  return out;
}

/** The model config blob. */
export function modelConfig(facts: VersionFacts, layers: Descriptor[]): Buffer {
  const repository = facts.lineage.repository;
  const config = {
    descriptor: {
      createdAt: facts.lineage.created,
      name: facts.name,
      version: facts.version,
      ...(facts.description ? { description: facts.description } : {}),
      ...(facts.lineage.commit ? { revision: facts.lineage.commit } : {}),
      ...(repository ? { sourceURL: `https://github.com/${repository}` } : {}),
    },
    config: {},
    // Raw layers are not archives: their DiffID is their digest.
    modelfs: { type: 'layers', diffIds: layers.map((layer) => layer.digest) },
    mlops: { digest: facts.digest, metrics: facts.metrics, tags: facts.tags, lineage: facts.lineage },
  };
  return Buffer.from(JSON.stringify(config));
}

/** The manifest, with the annotations registries and tools show. */
export function modelManifest(facts: VersionFacts, config: Descriptor, layers: Descriptor[]): Buffer {
  const annotations: Record<string, string> = {
    [VERSION]: facts.version,
    [TITLE]: facts.name,
    'org.opencontainers.image.created': facts.lineage.created,
    [`${OURS}model.name`]: facts.name,
    [`${OURS}metrics`]: JSON.stringify(facts.metrics),
    ...lineageTags(facts.lineage, facts.digest, OURS),
  };
  if (facts.description) annotations['org.opencontainers.image.description'] = facts.description;
  if (facts.lineage.commit) annotations['org.opencontainers.image.revision'] = facts.lineage.commit;
  if (facts.lineage.repository) annotations['org.opencontainers.image.source'] = `https://github.com/${facts.lineage.repository}`;
  for (const [key, value] of Object.entries(facts.tags)) annotations[`${OURS}tag.${key}`] = value;
  const manifest: Manifest = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: MODEL_ARTIFACT_TYPE, config, layers, annotations };
  return Buffer.from(JSON.stringify(manifest));
}

/** User tags back from a manifest's annotations. */
export function tagsOf(manifest: Manifest): Record<string, string> {
  const prefix = `${OURS}tag.`;
  return Object.fromEntries(Object.entries(manifest.annotations ?? {}).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}
