/** register-model's entry: typed inputs in, the registry backend does the work, outputs and summary out. */
import * as core from '@actions/core';
import type { ActionRun } from '../../src/runner/action-module.js';
import { InputError, UserError } from '../../src/runner/errors.js';
import { appendSummary } from '../../src/runner/summary.js';
import { listed, readAttachments, type AttachmentFile } from '../../src/registry/attachments.js';
import { readDataProfiles } from '../../src/registry/data-profile.js';
import { collectLineage } from '../../src/registry/lineage.js';
import { gateTags, readMetrics } from '../../src/registry/metrics.js';
import { renderModelCard } from '../../src/registry/model-card.js';
import { readModel } from '../../src/registry/model-files.js';
import { checkAlias, checkModelName, checkVersion } from '../../src/registry/names.js';
import { openRegistry } from '../../src/registry/open.js';
import type { RegisterResult } from '../../src/registry/types.js';
import { oneLine, renderRegisterSummary } from './summary.js';
import { parseTags } from './tags.js';

export async function main({ inputs, outputs }: ActionRun): Promise<void> {
  const name = checkModelName(inputs.requiredString('name'));
  const path = inputs.string('path');
  const registrySpec = inputs.requiredString('registry');
  const explicitVersion = inputs.string('version');
  if (explicitVersion !== undefined) checkVersion(explicitVersion);
  const aliases = inputs.list('alias').map((alias) => checkAlias(alias));
  const metricsPath = inputs.string('metrics');
  const profiles = inputs.list('data-profile');
  const predictions = inputs.string('predictions');
  const userTags = parseTags(inputs.structured('tags'));
  const description = inputs.string('description');
  const githubToken = inputs.string('github-token');
  if (!path && explicitVersion === undefined) {
    throw new InputError('path', 'is required unless `version` names an existing version to give aliases or tags');
  }

  // Everything local is read and checked before the registry is touched.
  const content = path ? await readModel(path) : undefined;
  const metrics = metricsPath ? readMetrics(metricsPath) : undefined;
  const dataProfiles = readDataProfiles(profiles);
  const attachments: AttachmentFile[] = content
    ? await readAttachments([
        ...profiles.map((path) => ({ kind: 'data-profile' as const, path, input: 'data-profile' })),
        ...(predictions ? [{ kind: 'predictions' as const, path: predictions, input: 'predictions' }] : []),
      ])
    : [];
  if (!content && (profiles.length || predictions)) {
    throw new InputError(profiles.length ? 'data-profile' : 'predictions', 'is recorded when a version is registered: give `path` too (an existing version cannot get new files)');
  }
  // The gate's verdict is recorded as tags, so it can be filtered on in every backend.
  const tags = { ...userTags, ...(metrics?.gate ? gateTags(metrics.gate) : {}) };
  const registry = await openRegistry(registrySpec, { githubToken });

  let result: RegisterResult;
  let card: string | undefined;
  if (content) {
    const lineage = collectLineage(content, { metricsSource: metrics?.source, dataProfiles });
    const values = metrics?.values ?? {};
    const cardFor = (version: string) =>
      renderModelCard({
        name,
        version,
        digest: content.digest,
        description,
        registry: registry.label,
        metrics: values,
        tags: userTags,
        lineage,
        ...(metrics?.gate ? { gate: metrics.gate } : {}),
        attachments: attachments.map(listed),
      });
    core.info(`${name}: ${content.files.length} file(s), ${content.size} bytes, ${content.digest}`);
    result = await registry.register({ name, content, version: explicitVersion, tags, description, metrics: values, lineage, attachments, card: cardFor });
    if (result.created) card = cardFor(result.version.version);
  } else {
    const existing = await registry.getVersion(name, explicitVersion!);
    if (!existing) throw new UserError(`${registry.label}: model '${name}' has no version or alias '${explicitVersion}'`, { input: 'version' });
    if (Object.keys(tags).length) await registry.setTags(name, existing.version, tags);
    result = { version: existing, created: false };
  }
  for (const alias of aliases) await registry.setAlias(name, alias, result.version.version);
  const version = aliases.length || !result.created ? ((await registry.getVersion(name, result.version.version)) ?? result.version) : result.version;

  outputs.set('version', version.version);
  outputs.set('uri', version.uri);
  outputs.set('digest', version.digest);
  outputs.set('created', result.created);
  const facts = { registry: registry.label, version, created: result.created, aliasesSet: aliases, card };
  await appendSummary(renderRegisterSummary(facts));
  core.info(`register-model: ${oneLine(facts)}`);
}
