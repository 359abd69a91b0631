/**
 * Which columns to compare and how: the `columns`/`exclude-columns` inputs and the per-column
 * `config`. Unknown keys and methods are errors naming them, never silently ignored.
 */
import { InputError } from '../../src/runner/errors.js';
import type { StructuredValue } from '../../src/runner/inputs.js';
import { DRIFT_METHODS } from './spec.js';

export type DriftMethod = (typeof DRIFT_METHODS)[number];

export interface ColumnRule {
  method: DriftMethod;
  /** Overrides the method's default threshold. */
  threshold?: number;
}

export interface ColumnConfig {
  byColumn: Map<string, Partial<ColumnRule>>;
}

/** Parses the `config` input: `{columns: {<name>: {method?, threshold?}}}`. */
export function parseColumnConfig(config: StructuredValue | undefined): ColumnConfig {
  const byColumn = new Map<string, Partial<ColumnRule>>();
  if (!config) return { byColumn };
  const where = config.file ? ` (in ${config.file})` : '';
  const root = config.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new InputError('config', `expected a mapping with a 'columns' key${where}`);
  for (const key of Object.keys(root)) if (key !== 'columns') throw new InputError('config', `unknown key '${key}'${where}; expected 'columns'`);
  const columns = (root as { columns?: unknown }).columns ?? {};
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) throw new InputError('config', `'columns' must map column names to {method, threshold}${where}`);
  for (const [name, rule] of Object.entries(columns as Record<string, unknown>)) {
    if (typeof rule !== 'object' || rule === null) throw new InputError('config', `columns.${name} must be a mapping with method and/or threshold${where}`);
    const parsed: Partial<ColumnRule> = {};
    for (const [key, value] of Object.entries(rule as Record<string, unknown>)) {
      if (key === 'method') {
        if (!(DRIFT_METHODS as readonly unknown[]).includes(value)) {
          throw new InputError('config', `columns.${name}.method: expected one of ${DRIFT_METHODS.join(', ')}, got '${String(value)}'${where}`);
        }
        parsed.method = value as DriftMethod;
      } else if (key === 'threshold') {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InputError('config', `columns.${name}.threshold: expected a non-negative number, got '${String(value)}'${where}`);
        parsed.threshold = value;
      } else throw new InputError('config', `columns.${name}: unknown key '${key}'${where}; expected method or threshold`);
    }
    byColumn.set(name, parsed);
  }
  return { byColumn };
}

export interface ColumnSelection {
  compared: string[];
  onlyReference: string[];
  onlyCurrent: string[];
}

/** The columns to compare: shared ones (or those asked for), minus exclusions. */
export function selectColumns(reference: readonly string[], current: readonly string[], wanted: readonly string[], excluded: readonly string[]): ColumnSelection {
  const inReference = new Set(reference);
  const inCurrent = new Set(current);
  for (const name of wanted) {
    if (!inReference.has(name) && !inCurrent.has(name)) throw new InputError('columns', `column '${name}' is in neither the reference nor the current data`);
  }
  for (const name of excluded) {
    if (!inReference.has(name) && !inCurrent.has(name)) throw new InputError('exclude-columns', `column '${name}' is in neither the reference nor the current data`);
  }
  const skip = new Set(excluded);
  const candidates = (wanted.length ? wanted : reference).filter((c) => !skip.has(c));
  const compared = candidates.filter((c) => inReference.has(c) && inCurrent.has(c));
  if (!compared.length) {
    throw new InputError(wanted.length ? 'columns' : 'current', `no column to compare: the reference has ${[...inReference].join(', ') || 'none'}; the current data has ${[...inCurrent].join(', ') || 'none'}`);
  }
  return {
    compared,
    onlyReference: reference.filter((c) => !inCurrent.has(c) && !skip.has(c)),
    onlyCurrent: current.filter((c) => !inReference.has(c) && !skip.has(c)),
  };
}
