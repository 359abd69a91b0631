/**
 * Compares a file's columns with the schema's fields under Table Schema v2 `fieldsMatch`:
 * exact (default: same fields, same order), equal (same fields, any order), subset (the data
 * has every schema field, maybe more), superset (the data has only schema fields, maybe
 * fewer), partial (at least one schema field). Fields are always mapped by name.
 */
import type { FieldsMatch } from '../../src/schema/descriptor.js';
import type { Example, FailedCheck } from './violations.js';

export interface HeaderProblem {
  check: 'missing-field' | 'extra-field' | 'field-order' | 'fieldsMatch';
  field?: string;
  message: string;
}

/** A header problem of `file` as a failed check, with its one example (where the problem shows). */
export function headerFailure(problem: HeaderProblem, file: string, where: Omit<Example, 'file'>): FailedCheck {
  return { ...(problem.field !== undefined ? { field: problem.field } : {}), check: problem.check, violations: 1, examples: [{ ...where, file }], message: `${file}: ${problem.message}` };
}

export function checkHeader(columns: readonly string[], fields: readonly string[], match: FieldsMatch = 'exact'): HeaderProblem[] {
  const present = new Set(columns);
  const declared = new Set(fields);
  const missing = fields.filter((f) => !present.has(f));
  const extra = columns.filter((c) => !declared.has(c));
  const problems: HeaderProblem[] = [];
  const reportMissing = match === 'exact' || match === 'equal' || match === 'subset';
  const reportExtra = match === 'exact' || match === 'equal' || match === 'superset';
  if (reportMissing) for (const field of missing) problems.push({ check: 'missing-field', field, message: `field '${field}' is in the schema but not in the data` });
  if (reportExtra) for (const field of extra) problems.push({ check: 'extra-field', field, message: `column '${field}' is in the data but not in the schema` });
  if (match === 'exact' && !missing.length && !extra.length && columns.some((c, i) => c !== fields[i])) {
    problems.push({ check: 'field-order', message: `columns are not in the schema's order (${fields.join(', ')})` });
  }
  if (match === 'partial' && !columns.some((c) => declared.has(c))) {
    problems.push({ check: 'fieldsMatch', message: 'no column of the data is a field of the schema (fieldsMatch: partial)' });
  }
  return problems;
}
