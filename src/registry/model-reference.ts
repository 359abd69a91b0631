/**
 * `registry:<name>@<alias-or-version>`: how eval-gate (`baseline`) and drift-check
 * (`reference`) name a version that register-model recorded, e.g.
 * `registry:churn-classifier@production`. Parsing, resolving (with errors that say which
 * models or aliases exist) and fetching attachments live here so every consumer behaves alike.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../runner/errors.js';
import type { AttachmentKind } from './attachments.js';
import { checkModelName, isVersionNumber } from './names.js';
import { openRegistry, type RegistryOptions } from './open.js';
import type { ModelRegistry, ModelVersion } from './types.js';

export const REGISTRY_PREFIX = 'registry:';
const SYNTAX = 'registry:<name>@<alias-or-version>, e.g. registry:churn-classifier@production';
/** An alias or a version: the OCI tag grammar, which both follow. */
const REF = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export interface ModelReference {
  name: string;
  /** An alias (`production`) or a version (`3`). */
  ref: string;
}

/** True when the input value is a registry reference rather than a path. */
export function isRegistryReference(spec: string): boolean {
  return spec.trim().startsWith(REGISTRY_PREFIX);
}

/** Parses `registry:<name>@<ref>`; errors name `input`. */
export function parseModelReference(spec: string, input: string): ModelReference {
  const trimmed = spec.trim();
  if (!trimmed.startsWith(REGISTRY_PREFIX)) throw new InputError(input, `expected ${SYNTAX}, got '${spec}'`);
  const body = trimmed.slice(REGISTRY_PREFIX.length);
  const at = body.indexOf('@');
  if (at < 0 || body.indexOf('@', at + 1) >= 0) throw new InputError(input, `'${trimmed}' must name one model and one alias or version: ${SYNTAX}`);
  const name = body.slice(0, at);
  const ref = body.slice(at + 1);
  checkModelName(name, input);
  if (!REF.test(ref)) throw new InputError(input, `'${ref}' is not an alias or version (letters, digits, '.', '_', '-'): ${SYNTAX}`);
  return { name, ref };
}

export interface ResolvedModel {
  registry: ModelRegistry;
  version: ModelVersion;
  /** For reports: `registry:m@production (version 3 in file registry .mlops/registry)`. */
  description: string;
}

export interface ResolveOptions extends RegistryOptions {
  /** The `registry` input's value (`file:…`, `mlflow:…`, `oci:…`). */
  registry: string;
  /** The input holding the reference, named in errors. */
  input: string;
}

/** Opens the registry and finds the version; unknown models, aliases and versions are user errors. */
export async function resolveModelReference(spec: string, options: ResolveOptions): Promise<ResolvedModel> {
  const { name, ref } = parseModelReference(spec, options.input);
  const registry = await openRegistry(options.registry, options);
  const version = await registry.getVersion(name, ref);
  // An OCI repository holds one model whatever the name asked for: check it is this one.
  if (version && (!version.name || version.name === name)) {
    return { registry, version, description: `registry:${name}@${ref} (version ${version.version} in ${registry.label})` };
  }
  const aliases = version ? undefined : await registry.listAliases(name);
  if (aliases === undefined) {
    throw new InputError(options.input, `${registry.label} has no model '${name}'${version ? ` (it holds '${version.name}')` : ''}; check the name, and the \`registry\` input (register-model's must match)`);
  }
  const known = aliases.length ? `its aliases are: ${aliases.join(', ')}` : 'it has no aliases';
  if (isVersionNumber(ref)) throw new InputError(options.input, `model '${name}' in ${registry.label} has no version ${ref} (${known})`);
  throw new InputError(options.input, `model '${name}' in ${registry.label} has no alias or version '${ref}'; ${known}`);
}

/** A fresh folder under RUNNER_TEMP (or the OS temp dir) for fetched files. */
export function scratchDir(prefix: string): string {
  const parent = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${prefix}-`));
}

/** Downloads every attachment of that kind; returns their local paths (none when there are none). */
export async function fetchAttachments(resolved: ResolvedModel, kind: AttachmentKind, destDir: string): Promise<string[]> {
  const { registry, version } = resolved;
  const paths: string[] = [];
  for (const attachment of version.attachments.filter((a) => a.kind === kind)) {
    paths.push(await registry.fetchAttachment(version.name, version.version, attachment.name, join(destDir, kind)));
  }
  return paths;
}
