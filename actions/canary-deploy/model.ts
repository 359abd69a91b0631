/**
 * The model a rollout deploys (the `model` input, `<name>@<version>` as register-model outputs
 * it) and the registry alias a promotion moves (`promote-alias`). The version is looked up
 * before any weight changes, so a typo never half-deploys anything; the alias moves only after
 * a real (not dry-run) promotion.
 */
import { InputError } from '../../src/runner/errors.js';
import { checkAlias, checkModelName, checkVersion } from '../../src/registry/names.js';
import type { ModelRegistry } from '../../src/registry/types.js';

export interface ModelRef {
  name: string;
  /** A version, or an alias resolved to one when the model is looked up. */
  ref: string;
}

/** The version deployed, as recorded in the deployment payload, report, summary and command env. */
export interface DeployedModel {
  name: string;
  version: string;
  digest: string;
  uri: string;
  /** The registry's label, e.g. `file registry .mlops/registry`. */
  registry: string;
}

/** What a promotion did to `promote-alias`. */
export interface AliasMove {
  alias: string;
  /** The version the alias pointed at before; undefined when it did not exist. */
  from?: string;
  to: string;
  /** `moved`; `unchanged` (it already pointed there); `would-move` (dry run); `not-moved` (rolled back or aborted). */
  outcome: 'moved' | 'unchanged' | 'would-move' | 'not-moved';
}

/** Parses `<name>@<version>`; the version may also be an alias, resolved on lookup. */
export function parseModelRef(text: string, input = 'model'): ModelRef {
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) {
    throw new InputError(input, `expected <name>@<version> (register-model's outputs, e.g. churn-classifier@3), got '${text}'`);
  }
  const name = checkModelName(text.slice(0, at).trim(), input);
  const ref = checkVersion(text.slice(at + 1).trim(), input);
  return { name, ref };
}

/** Checks promote-alias by the registry's alias rules. */
export function parsePromoteAlias(alias: string | undefined, model: ModelRef | undefined): string | undefined {
  if (alias === undefined) return undefined;
  if (!model) throw new InputError('promote-alias', `moves a registry alias to the deployed version, so it needs \`model\` (<name>@<version>), which is empty`);
  return checkAlias(alias.trim(), 'promote-alias');
}

/** Looks the version up; an unknown one is an InputError before anything changes. */
export async function resolveModel(registry: ModelRegistry, ref: ModelRef): Promise<DeployedModel> {
  const found = await registry.getVersion(ref.name, ref.ref);
  if (!found) {
    throw new InputError('model', `${registry.label} has no version or alias '${ref.ref}' of model '${ref.name}': register it first (register-model) or check the \`registry\` input`);
  }
  return { name: found.name, version: found.version, digest: found.digest, uri: found.uri, registry: registry.label };
}

/** The version `alias` points at now, if any. */
export async function aliasTarget(registry: ModelRegistry, name: string, alias: string): Promise<string | undefined> {
  return (await registry.getVersion(name, alias))?.version;
}

/** Points the alias at the deployed version, reporting where it pointed before. */
export async function moveAlias(registry: ModelRegistry, model: DeployedModel, alias: string): Promise<AliasMove> {
  const from = await aliasTarget(registry, model.name, alias);
  if (from === model.version) return { alias, from, to: model.version, outcome: 'unchanged' };
  await registry.setAlias(model.name, alias, model.version);
  return { alias, ...(from === undefined ? {} : { from }), to: model.version, outcome: 'moved' };
}

/** The environment the `command` provider gets about the model. */
export function modelEnv(model: DeployedModel | undefined): Record<string, string> {
  if (!model) return {};
  return { CANARY_MODEL_NAME: model.name, CANARY_MODEL_VERSION: model.version, CANARY_MODEL_DIGEST: model.digest, CANARY_MODEL_URI: model.uri };
}

/** One sentence on the alias, for the summary and logs. */
export function describeAlias(move: AliasMove): string {
  const before = move.from === undefined ? 'did not exist before' : `pointed at version ${move.from}`;
  switch (move.outcome) {
    case 'moved':
      return `registry alias '${move.alias}' moved to version ${move.to} (it ${before})`;
    case 'unchanged':
      return `registry alias '${move.alias}' already pointed at version ${move.to}`;
    case 'would-move':
      return `dry run: registry alias '${move.alias}' would move to version ${move.to} (it ${before})`;
    case 'not-moved':
      return `registry alias '${move.alias}' not moved: ${move.from === undefined ? 'it still does not exist' : `it stays on version ${move.from}`}`;
  }
}
