/** The job summary of a rollout: the outcome, each step's verdict and numbers, a weight chart. */
import { details, escapeCell, escapeText, inlineCode, table } from '../../src/report/markdown.js';
import { lineChart } from '../../src/report/mermaid.js';
import type { RolloutReport } from '../../src/deploy/rollout.js';
import { type AliasMove, type DeployedModel } from './model.js';

/** What the rollout deployed and what it did to the registry, when `model` was given. */
export interface SummaryContext {
  model?: DeployedModel;
  alias?: AliasMove;
  /** Why the alias could not be moved after a promotion. */
  aliasError?: string;
  /** Where the analysis' metrics came from: a Prometheus server, or the variants' /metrics (scrape mode). */
  analysisSource?: AnalysisSource;
}

export type AnalysisSource = { prometheus: string } | { scrape: { stable: string[]; canary: string[] } };

const ICON = { promoted: '🟢', 'rolled-back': '🔴', aborted: '🟠' } as const;
const VERDICT = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⏳ inconclusive' } as const;

const num = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? '–' : Number(v.toPrecision(4)).toString());

/** One line for logs and annotations. */
export function oneLine(report: RolloutReport, provider: string, model?: DeployedModel): string {
  const what = report.dryRun ? `dry run: would have ${report.result === 'promoted' ? 'promoted' : report.result}` : report.result;
  const which = model ? ` ${model.name}@${model.version}` : '';
  return `canary-deploy (${provider}):${which} ${what} at canary weight ${report.finalWeight}%: ${report.reason}`;
}

/** The alias line of the summary. */
function aliasText(move: AliasMove): string {
  const name = inlineCode(move.alias);
  const before = move.from === undefined ? 'it did not exist before' : `it pointed at version ${move.from}`;
  switch (move.outcome) {
    case 'moved':
      return `${name} moved to version ${move.to} (${before})`;
    case 'unchanged':
      return `${name} already pointed at version ${move.to}`;
    case 'would-move':
      return `dry run: ${name} would move to version ${move.to} (${before})`;
    case 'not-moved':
      return `${name} not moved: ${move.from === undefined ? 'it still does not exist' : `it stays on version ${move.from}`}`;
  }
}

/** The model and alias lines under the heading. */
function modelLines(context: SummaryContext): string[] {
  const lines: string[] = [];
  const { model, alias } = context;
  if (model) {
    lines.push(`**Model** ${inlineCode(`${model.name}@${model.version}`)} · digest ${inlineCode(model.digest)} · ${inlineCode(model.uri)} · ${escapeText(model.registry)}`);
  }
  // Alias and versions are checked names ([\w.-]), safe in code spans.
  if (alias) lines.push(`**Alias** ${aliasText(alias)}`);
  if (context.aliasError) lines.push(`**Alias** ❌ ${escapeText(context.aliasError)}`);
  const source = context.analysisSource;
  if (source) {
    lines.push(
      'prometheus' in source
        ? `**Metrics** from Prometheus ${inlineCode(source.prometheus)}`
        : `**Metrics** scraped by the action (no Prometheus server): stable ${source.scrape.stable.map(inlineCode).join(', ')}; canary ${source.scrape.canary.map(inlineCode).join(', ')}`,
    );
  }
  return lines.length ? [lines.join('  \n')] : [];
}

/** A step's verdict cell: promotion and rollback have none of their own; a step left before its analysis ended (aborted) says so. */
function stepVerdict(step: RolloutReport['steps'][number], dryRun: boolean): string {
  if (step.verdict) return VERDICT[step.verdict];
  if (step.phase === 'rollback') return '↩️ rolled back';
  if (step.phase === 'promote') return dryRun ? '🚀 would promote' : '🚀 promoted';
  return '⏹️ no verdict (stopped before its analysis ended)';
}

/** The Markdown summary. */
export function renderSummary(report: RolloutReport, provider: string, context: SummaryContext = {}): string {
  const parts = [`## ${ICON[report.result]} ${escapeText(oneLine(report, provider, context.model))}`, ...modelLines(context)];
  const rows = report.steps.map((step) => {
    const last = step.analyses.at(-1);
    return [
      `${step.weight}%`,
      step.phase,
      stepVerdict(step, report.dryRun),
      last ? `${last.samples.stable} / ${last.samples.canary}` : '',
      String(step.analyses.length),
      step.readBack === undefined ? (report.dryRun ? 'dry run' : 'unverified') : `${step.readBack}%`,
      last ? escapeCell(last.reason) : '',
    ];
  });
  parts.push(table(['canary weight', 'phase', 'verdict', 'samples stable / canary', 'analyses', 'read back', 'why'], rows));
  const analysed = report.steps.filter((s) => s.analyses.length > 0);
  for (const step of analysed) {
    const last = step.analyses.at(-1)!;
    const metricRows = last.metrics.map((m) => [
      escapeCell(m.name),
      VERDICT[m.verdict],
      num(m.stable.mean),
      num(m.canary.mean),
      `${m.stable.observations} / ${m.canary.observations}`,
      m.comparison ? num(m.comparison.pValue) : '',
      escapeCell(m.checks.map((c) => `${c.passed ? '✓' : '✗'} ${c.detail}`).join('; ')),
    ]);
    const queries = last.metrics.map((m) => `- ${escapeText(m.name)}: ${inlineCode(m.queries.canary)}`).join('\n');
    parts.push(
      details(
        `Step ${step.weight}%: ${last.verdict}`,
        `${table(['metric', 'verdict', 'stable mean', 'canary mean', 'observations', 'Mann-Whitney p', 'checks'], metricRows)}\n\nCanary queries:\n${queries}`,
      ),
    );
  }
  if (report.steps.length > 1) {
    parts.push(lineChart({ title: 'Canary weight by step', categories: report.steps.map((s, i) => `${i + 1} ${s.phase}`), yLabel: '%', yMin: 0, yMax: 100, lines: [{ name: 'weight', values: report.steps.map((s) => s.weight) }] }));
  }
  return `${parts.join('\n\n')}\n`;
}
