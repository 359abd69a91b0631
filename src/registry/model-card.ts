/**
 * The model card: a Markdown page that travels with every version (stored next to it in each
 * backend) and is shown in the job summary. Everything user-supplied is escaped.
 */
import { escapeCell, escapeText, inlineCode, link, table } from '../report/markdown.js';
import type { Attachment } from './attachments.js';
import type { Lineage } from './lineage.js';
import type { GateVerdict } from './metrics.js';

export interface CardFacts {
  name: string;
  version: string;
  digest: string;
  description?: string;
  registry: string;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  lineage: Lineage;
  /** The verdict of the eval-gate whose report gave the metrics. */
  gate?: GateVerdict;
  attachments?: Attachment[];
}

const MAX_FILES_SHOWN = 50;

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** Renders the card. */
export function renderModelCard(facts: CardFacts): string {
  const { lineage } = facts;
  const parts = [`# Model card: ${escapeText(facts.name)} version ${escapeText(facts.version)}`];
  if (facts.description) parts.push(escapeText(facts.description));
  const overview: string[][] = [
    ['Registry', escapeCell(facts.registry)],
    ['Digest', inlineCode(facts.digest)],
    ['Registered', inlineCode(lineage.created)],
  ];
  if (lineage.repository) overview.push(['Repository', escapeCell(lineage.repository)]);
  if (lineage.commit) overview.push(['Commit', inlineCode(lineage.commit)]);
  if (lineage.ref) overview.push(['Ref', inlineCode(lineage.ref)]);
  if (lineage.runUrl) overview.push(['Workflow run', `${link(lineage.workflow ?? 'run', lineage.runUrl)}${lineage.runAttempt ? ` (attempt ${escapeCell(lineage.runAttempt)})` : ''}`]);
  if (lineage.actor) overview.push(['Actor', escapeCell(lineage.actor)]);
  parts.push(table(['', ''], overview));

  const metricNames = Object.keys(facts.metrics).sort();
  if (metricNames.length) {
    const source = lineage.metricsSource ? ` (from ${inlineCode(lineage.metricsSource.path)})` : '';
    parts.push(`## Metrics${source}`, table(['Metric', 'Value'], metricNames.map((m) => [escapeCell(m), formatNumber(facts.metrics[m]!)]), ['left', 'right']));
  }
  if (facts.gate) {
    const { gate } = facts;
    const rows = [
      ['Gate', inlineCode(gate.id)],
      ['Verdict', gate.passed ? '✅ passed' : '❌ failed'],
      ['Failed rules', gate.failed.length ? gate.failed.map(inlineCode).join(', ') : '_none_'],
      ['Baseline', gate.baseline ? escapeCell(gate.baseline) : '_none_'],
    ];
    parts.push('## Evaluation gate', table(['', ''], rows));
  }
  if (lineage.dataProfiles.length) {
    parts.push('## Data', table(['Profile', 'Rows', 'Digest'], lineage.dataProfiles.map((p) => [inlineCode(p.path), p.rows === undefined ? '' : String(p.rows), inlineCode(p.digest)])));
  }
  if (facts.attachments?.length) {
    parts.push('## Attachments', table(['File', 'Bytes', 'Digest'], facts.attachments.map((a) => [inlineCode(a.name), String(a.size), inlineCode(a.digest)]), ['left', 'right', 'left']));
  }
  const tagNames = Object.keys(facts.tags).sort();
  if (tagNames.length) parts.push('## Tags', table(['Tag', 'Value'], tagNames.map((t) => [inlineCode(t), escapeCell(facts.tags[t]!)])));

  const shown = lineage.files.slice(0, MAX_FILES_SHOWN);
  const rows = shown.map((f) => [inlineCode(f.path), String(f.size), inlineCode(f.sha256)]);
  parts.push('## Files', table(['File', 'Bytes', 'SHA-256'], rows, ['left', 'right', 'left']));
  if (lineage.files.length > shown.length) parts.push(`_…and ${lineage.files.length - shown.length} more files; every digest is in the version's metadata._`);
  return `${parts.join('\n\n')}\n`;
}
