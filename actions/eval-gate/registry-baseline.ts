/**
 * `baseline: registry:<name>@<alias-or-version>`: the version register-model recorded. With a
 * predictions candidate, the version's predictions (when it carries them) are the baseline, so
 * significance rules can run; otherwise its recorded metrics, written to a file the gate reads
 * like any metrics file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchAttachments, resolveModelReference, type ResolvedModel } from '../../src/registry/model-reference.js';
import { InputError, UserError } from '../../src/runner/errors.js';
import type { BaselineSource } from './baseline.js';

export interface RegistryBaselineOptions {
  registry: string;
  token?: string;
  candidateIsPredictions: boolean;
  /** True when a thresholds rule asks for significance, which needs the version's predictions. */
  significance: boolean;
  /** A fresh folder for the fetched files. */
  scratch: string;
}

export async function fromRegistry(spec: string, options: RegistryBaselineOptions): Promise<BaselineSource> {
  const resolved = await resolveModelReference(spec, { registry: options.registry, input: 'baseline', ...(options.token ? { githubToken: options.token } : {}) });
  if (options.candidateIsPredictions) {
    const [predictions] = await fetchAttachments(resolved, 'predictions', options.scratch);
    if (predictions) return { file: predictions, description: `${resolved.description}, its predictions` };
    if (options.significance) {
      throw new InputError('baseline', `${resolved.description} carries no predictions, which the significance rules in \`thresholds\` need: register it with register-model's \`predictions\` input (its eval predictions file)`);
    }
  }
  const metrics = recordedMetrics(resolved, 'baseline');
  const file = join(options.scratch, 'baseline-metrics.json');
  writeFileSync(file, `${JSON.stringify(metrics, null, 2)}\n`);
  return { file, description: `${resolved.description}, its metrics` };
}

/** The version's recorded metrics, or a UserError saying how to record them. */
function recordedMetrics(resolved: ResolvedModel, input: string): Record<string, number> {
  const metrics = resolved.version.metrics ?? {};
  if (!Object.keys(metrics).length) {
    throw new UserError(`${resolved.description} has no metrics: register it with register-model's \`metrics\` input (a metrics file or an eval-gate report)`, { input });
  }
  return metrics;
}
