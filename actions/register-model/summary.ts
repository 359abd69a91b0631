/** The job summary of register-model: what happened, where to fetch it, and the model card. */
import { escapeCell, escapeText, inlineCode, table } from '../../src/report/markdown.js';
import type { ModelVersion } from '../../src/registry/types.js';

export interface SummaryFacts {
  registry: string;
  version: ModelVersion;
  created: boolean;
  /** Aliases this run pointed at the version. */
  aliasesSet: string[];
  /** The card, when this run has one (it registered content). */
  card?: string;
}

/** One line for the log. */
export function oneLine(facts: SummaryFacts): string {
  const { version } = facts;
  const what = facts.created ? `registered ${version.name} version ${version.version}` : `${version.name} version ${version.version} already holds this content`;
  const aliases = facts.aliasesSet.length ? `; aliases ${facts.aliasesSet.join(', ')} → ${version.version}` : '';
  return `${what} in ${facts.registry} (${version.digest})${aliases}`;
}

/** The Markdown summary. */
export function renderRegisterSummary(facts: SummaryFacts): string {
  const { version } = facts;
  const heading = facts.created
    ? `## ✅ Registered ${escapeText(version.name)} version ${escapeText(version.version)}`
    : `## ♻️ ${escapeText(version.name)} version ${escapeText(version.version)} already holds this content`;
  const rows = [
    ['Registry', escapeCell(facts.registry)],
    ['URI', inlineCode(version.uri)],
    ['Digest', inlineCode(version.digest)],
    ['Aliases', version.aliases.length ? version.aliases.map(inlineCode).join(', ') : '_none_'],
  ];
  const parts = [heading, table(['', ''], rows)];
  if (!facts.created) parts.push('Nothing new was created: the same files were registered before, so only aliases and tags were added.');
  if (facts.card) parts.push(facts.card.replace(/^# /, '### ').replace(/^## /gm, '#### '));
  return `${parts.join('\n\n')}\n`;
}
