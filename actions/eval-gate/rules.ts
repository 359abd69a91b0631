/**
 * The `thresholds` and `slices` inputs: rules per metric, checked key by key so a typo is an
 * error naming it, never a rule silently ignored.
 */
import { InputError } from '../../src/runner/errors.js';
import type { StructuredValue } from '../../src/runner/inputs.js';

export interface MetricRule {
  min?: number;
  max?: number;
  maxRegression?: number;
  maxRegressionPct?: number;
  minImprovement?: number;
  minImprovementPct?: number;
  higherIsBetter?: boolean;
  /** Alpha: regressions fail only when significant, improvements count only when significant. */
  significance?: number;
}

export interface SliceRules {
  minRows: number;
  metrics: Map<string, { min?: number; max?: number; maxGap?: number }>;
}

const RULE_KEYS: Record<string, keyof MetricRule> = {
  min: 'min',
  max: 'max',
  'max-regression': 'maxRegression',
  'max-regression-pct': 'maxRegressionPct',
  'min-improvement': 'minImprovement',
  'min-improvement-pct': 'minImprovementPct',
  'higher-is-better': 'higherIsBetter',
  significance: 'significance',
};
const SLICE_KEYS: Record<string, 'min' | 'max' | 'maxGap'> = { min: 'min', max: 'max', 'max-gap': 'maxGap' };

function mapping(input: string, value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(input, `${where} must be a mapping`);
  return value as Record<string, unknown>;
}

function number(input: string, value: unknown, where: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new InputError(input, `${where}: expected a number${min > -Infinity ? ` in [${min}, ${max}]` : ''}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Parses `thresholds`: `{<metric>: {min, max, max-regression, ...}}`. */
export function parseThresholds(source: StructuredValue | undefined): Map<string, MetricRule> {
  const rules = new Map<string, MetricRule>();
  if (!source) return rules;
  const where = source.file ? ` (in ${source.file})` : '';
  for (const [metric, raw] of Object.entries(mapping('thresholds', source.value, `the thresholds${where}`))) {
    const rule: MetricRule = {};
    for (const [key, value] of Object.entries(mapping('thresholds', raw, `${metric}${where}`))) {
      const field = RULE_KEYS[key];
      if (!field) throw new InputError('thresholds', `${metric}.${key}: unknown rule${where}; expected one of ${Object.keys(RULE_KEYS).join(', ')}`);
      if (field === 'higherIsBetter') {
        if (typeof value !== 'boolean') throw new InputError('thresholds', `${metric}.${key}: expected true or false${where}`);
        rule.higherIsBetter = value;
      } else if (field === 'significance') rule.significance = number('thresholds', value, `${metric}.${key}${where}`, 1e-6, 0.5);
      else if (field === 'min' || field === 'max') rule[field] = number('thresholds', value, `${metric}.${key}${where}`);
      else rule[field] = number('thresholds', value, `${metric}.${key}${where}`, 0, Infinity);
    }
    rules.set(metric, rule);
  }
  return rules;
}

/** Parses `slices`: `{min-rows: 30, <metric>: {min, max, max-gap}}`. */
export function parseSliceRules(source: StructuredValue | undefined): SliceRules {
  const result: SliceRules = { minRows: 30, metrics: new Map() };
  if (!source) return result;
  const where = source.file ? ` (in ${source.file})` : '';
  for (const [key, raw] of Object.entries(mapping('slices', source.value, `the slice rules${where}`))) {
    if (key === 'min-rows') {
      result.minRows = number('slices', raw, `min-rows${where}`, 1, Number.MAX_SAFE_INTEGER);
      continue;
    }
    const rule: { min?: number; max?: number; maxGap?: number } = {};
    for (const [ruleKey, value] of Object.entries(mapping('slices', raw, `${key}${where}`))) {
      const field = SLICE_KEYS[ruleKey];
      if (!field) throw new InputError('slices', `${key}.${ruleKey}: unknown rule${where}; expected min, max or max-gap`);
      rule[field] = number('slices', value, `${key}.${ruleKey}${where}`, field === 'maxGap' ? 0 : -Infinity);
    }
    result.metrics.set(key, rule);
  }
  return result;
}

const LOWER_IS_BETTER = /(loss|error|mae|mse|rmse|mape|brier|latency|cost)/i;

/** Losses and errors are lower-is-better; everything else higher-is-better, unless the rule says. */
export function higherIsBetter(metric: string, rule?: MetricRule): boolean {
  return rule?.higherIsBetter ?? !LOWER_IS_BETTER.test(metric);
}
