/**
 * Files a version carries besides the model, for the other actions to fetch later: the
 * validate-data profiles of the training data (drift-check's reference) and an eval predictions
 * file (eval-gate's baseline for significance rules). Each is named `<kind>/<file name>`, the
 * same in every backend: a path under the version's `attachments/` folder (file registry), a
 * run artifact (MLflow), a layer's file path (OCI).
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, UserError } from '../runner/errors.js';
import { sha256File } from './digest.js';

export const ATTACHMENT_KINDS = ['data-profile', 'predictions'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** An attachment as a version lists it. */
export interface Attachment {
  /** `<kind>/<file name>`, unique within the version. */
  name: string;
  kind: AttachmentKind;
  /** `sha256:<hex>` of the content. */
  digest: string;
  size: number;
}

/** An attachment to upload, with where it is on disk. */
export interface AttachmentFile extends Attachment {
  absolute: string;
  /** Lower-case hex SHA-256 (the digest without its prefix). */
  sha256: string;
}

/** A file name every backend takes as a path segment, tag key part and annotation. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.-]+/, '_').slice(0, 120);
  return cleaned || 'file';
}

/** `<kind>/<safe base name>`, with `-2`, `-3`… before the extension when the name is taken. */
export function attachmentName(kind: AttachmentKind, path: string, taken: ReadonlySet<string>): string {
  const base = safeFileName(basename(path));
  const dot = base.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
  for (let n = 1; ; n++) {
    const name = `${kind}/${n === 1 ? base : `${stem}-${n}${ext}`}`;
    if (!taken.has(name)) return name;
  }
}

/** The kind of an attachment name, or undefined when it is not one of ours. */
export function kindOfAttachment(name: string): AttachmentKind | undefined {
  const kind = name.slice(0, name.indexOf('/'));
  return (ATTACHMENT_KINDS as readonly string[]).includes(kind) ? (kind as AttachmentKind) : undefined;
}

/** Reads, sizes and hashes the files to attach; `inputs` names the input of each kind in errors. */
export async function readAttachments(files: { kind: AttachmentKind; path: string; input: string }[]): Promise<AttachmentFile[]> {
  const taken = new Set<string>();
  const out: AttachmentFile[] = [];
  for (const { kind, path, input } of files) {
    const absolute = resolve(path);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) throw new InputError(input, `the file '${path}' does not exist`);
    const name = attachmentName(kind, path, taken);
    taken.add(name);
    const sha256 = await sha256File(absolute);
    out.push({ name, kind, absolute, sha256, digest: `sha256:${sha256}`, size: statSync(absolute).size });
  }
  return out;
}

/** Only what a version lists (no local path). */
export function listed(file: AttachmentFile): Attachment {
  return { name: file.name, kind: file.kind, digest: file.digest, size: file.size };
}

/** The attachment of that name, or a UserError listing the ones the version has. */
export function findAttachment(label: string, name: string, version: string, attachments: readonly Attachment[], wanted: string): Attachment {
  const found = attachments.find((a) => a.name === wanted);
  if (found) return found;
  const have = attachments.length ? attachments.map((a) => a.name).join(', ') : 'none';
  throw new UserError(`${label}: version ${version} of '${name}' has no attachment '${wanted}' (it has: ${have})`);
}

/** Where a fetched attachment goes: its file name under `destDir`. */
export function fetchTarget(destDir: string, attachment: Attachment): string {
  mkdirSync(destDir, { recursive: true });
  const target = join(destDir, safeFileName(attachment.name.slice(attachment.name.indexOf('/') + 1)));
  rmSync(target, { force: true });
  return target;
}

/** Throws unless the fetched file has the recorded digest (a damaged or replaced blob). */
export async function checkFetched(label: string, path: string, attachment: Attachment): Promise<string> {
  const actual = `sha256:${await sha256File(path)}`;
  if (actual !== attachment.digest) {
    rmSync(path, { force: true });
    throw new UserError(`${label}: attachment '${attachment.name}' does not match its recorded digest (${attachment.digest}, fetched ${actual})`);
  }
  return path;
}
