/**
 * Metrics to attach to a version, from a metrics file (JSON or YAML; nested keys flattened with
 * `.` as DVC does) or an eval-gate report (its `metrics` object, or `candidate.metrics`).
 * Only finite numbers are kept: a metric is a number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../runner/errors.js';
import { parseYaml } from '../runner/inputs.js';
import { sha256Text } from './digest.js';

export interface AttachedMetrics {
  values: Record<string, number>;
  source: { path: string; digest: string };
}

function flatten(value: unknown, prefix: string, out: Record<string, number>): void {
  if (typeof value === 'number' && Number.isFinite(value)) out[prefix] = value;
  else if (typeof value === 'boolean') return;
  else if (Array.isArray(value)) {
    // [{name, value}] lists, as some tools write them; other arrays are not metrics.
    for (const item of value) {
      const entry = item as { name?: unknown; value?: unknown };
      if (entry && typeof entry.name === 'string' && typeof entry.value === 'number') flatten(entry.value, join(prefix, entry.name), out);
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, join(prefix, key), out);
  }
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Reads the metrics file named by input `input`. */
export function readMetrics(path: string, input = 'metrics'): AttachedMetrics {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new InputError(input, `the metrics file '${path}' does not exist`);
  const text = readFileSync(absolute, 'utf8');
  const parsed = parseYaml(text, input, path) as Record<string, unknown> | null;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(input, `'${path}' is not a metrics file: expected an object of metric names to numbers`);
  }
  const candidate = parsed.candidate as { metrics?: unknown } | undefined;
  const inner = parsed.metrics ?? candidate?.metrics;
  const values: Record<string, number> = {};
  flatten(inner && typeof inner === 'object' ? inner : parsed, '', values);
  if (Object.keys(values).length === 0) throw new InputError(input, `'${path}' holds no numeric metric`);
  return { values, source: { path, digest: sha256Text(text) } };
}
