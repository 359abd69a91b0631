/**
 * Metrics to attach to a version, from a metrics file (JSON or YAML; nested keys flattened with
 * `.` as DVC does) or an eval-gate report (its candidate's metrics, and the gate's verdict).
 * Only finite numbers are kept: a metric is a number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../runner/errors.js';
import { parseYaml } from '../runner/inputs.js';
import { sha256Text } from './digest.js';

/** What an eval-gate report says about the gate that produced it. */
export interface GateVerdict {
  id: string;
  passed: boolean;
  /** The failing metric or slice names. */
  failed: string[];
  /** How the baseline was found (`baselineSource`), when there was one. */
  baseline?: string;
}

export interface AttachedMetrics {
  values: Record<string, number>;
  source: { path: string; digest: string };
  /** Present when the file is an eval-gate report. */
  gate?: GateVerdict;
}

/** An eval-gate report: `gate` (its id), `passed`, and `candidate` (the metric values). */
function gateReport(parsed: Record<string, unknown>): { candidate: unknown; verdict: GateVerdict } | undefined {
  const { gate, passed, candidate, failed, baselineSource } = parsed;
  if (typeof gate !== 'string' || typeof passed !== 'boolean' || !candidate || typeof candidate !== 'object') return undefined;
  const verdict: GateVerdict = {
    id: gate,
    passed,
    failed: Array.isArray(failed) ? failed.map(String) : [],
    ...(typeof baselineSource === 'string' && baselineSource ? { baseline: baselineSource } : {}),
  };
  return { candidate, verdict };
}

/** The verdict as version tags (`mlops.gate.*`), so every backend can filter on it. */
export function gateTags(verdict: GateVerdict): Record<string, string> {
  return {
    'mlops.gate.id': verdict.id,
    'mlops.gate.passed': String(verdict.passed),
    'mlops.gate.failed': verdict.failed.join(','),
    ...(verdict.baseline ? { 'mlops.gate.baseline': verdict.baseline.slice(0, 5000) } : {}),
  };
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
  const report = gateReport(parsed);
  const candidate = parsed.candidate as { metrics?: unknown } | undefined;
  const inner = report ? report.candidate : (parsed.metrics ?? candidate?.metrics);
  const values: Record<string, number> = {};
  flatten(inner && typeof inner === 'object' ? inner : parsed, '', values);
  if (Object.keys(values).length === 0) throw new InputError(input, `'${path}' holds no numeric metric`);
  return { values, source: { path, digest: sha256Text(text) }, ...(report ? { gate: report.verdict } : {}) };
}
