/**
 * Metrics files: JSON, YAML (nested keys flattened with `.`, as DVC does) or CSV/TSV (a header
 * of metric names and one row of values, or two columns `metric,value`). An eval-gate report is
 * read as its candidate's metrics, so a previous gate's output can be the next baseline.
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '../../src/runner/inputs.js';
import { UserError } from '../../src/runner/errors.js';

export type MetricValues = Record<string, number>;

/** Flattens nested objects into `a.b.c` keys; keeps numbers (and numeric strings), drops the rest. */
export function flattenMetrics(value: unknown, prefix = '', out: MetricValues = {}): MetricValues {
  if (typeof value === 'number' && Number.isFinite(value)) out[prefix] = value;
  else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) out[prefix] = Number(value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flattenMetrics(inner, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

function parseDelimited(text: string, file: string): MetricValues {
  const delimiter = file.toLowerCase().endsWith('.tsv') ? '\t' : ',';
  const rows = text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => l.split(delimiter).map((c) => c.trim()));
  if (rows.length < 2) throw new UserError(`${file}: a metrics CSV needs a header and at least one row`, { file });
  const header = rows[0]!;
  if (header.length === 2 && /^(metric|name)$/i.test(header[0]!)) {
    const out: MetricValues = {};
    rows.slice(1).forEach((row, i) => {
      const value = Number(row[1]);
      if (!Number.isFinite(value)) throw new UserError(`${file}:${i + 2}: the value of '${row[0]}' is not a number: '${row[1] ?? ''}'`, { file, line: i + 2 });
      out[row[0]!] = value;
    });
    return out;
  }
  const values = rows[rows.length - 1]!;
  return flattenMetrics(Object.fromEntries(header.map((name, i) => [name, values[i]])));
}

/** Reads a metrics file; `role` (candidate/baseline) names it in errors. */
export function readMetricsFile(file: string, role: string): MetricValues {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`${role} metrics file '${file}' cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}`, { file });
  }
  const metrics = /\.(csv|tsv)$/i.test(file) ? parseDelimited(text, file) : metricsFromDocument(parseYaml(text, undefined, file));
  if (!Object.keys(metrics).length) throw new UserError(`${file}: no numeric metric found in the ${role} metrics file`, { file });
  return metrics;
}

function metricsFromDocument(document: unknown): MetricValues {
  // An eval-gate report: its candidate's metrics.
  if (document && typeof document === 'object' && 'gate' in document && 'candidate' in document) return flattenMetrics((document as { candidate: unknown }).candidate);
  return flattenMetrics(document);
}
