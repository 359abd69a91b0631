/**
 * Whether a column is compared as numeric or categorical, following Evidently: numbers (and
 * dates, as epoch milliseconds) are numeric unless the reference has at most 5 distinct
 * values; strings and booleans are categorical. A column that is empty or mixes numbers with
 * text across the two sides cannot be compared.
 */
import type { SideColumn } from './sides.js';

export type ColumnKind = 'numeric' | 'categorical';
const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
/** Evidently treats numeric columns with this many distinct values or fewer as categorical. */
export const CATEGORICAL_MAX_DISTINCT = 5;

export type KindDecision = { kind: ColumnKind } | { error: string };

export function decideKind(reference: SideColumn, current: SideColumn): KindDecision {
  if (reference.type === 'any') return { error: 'the reference has no values in this column (empty or all missing)' };
  if (current.type === 'any') return { error: 'the current data has no values in this column (empty or all missing)' };
  const refNumeric = NUMERIC_TYPES.has(reference.type);
  const curNumeric = NUMERIC_TYPES.has(current.type);
  if (refNumeric && !curNumeric) return { error: `mixed types: ${reference.type} in the reference, ${current.type} in the current data` };
  if (refNumeric && reference.sketch.distinct.estimate() <= CATEGORICAL_MAX_DISTINCT) return { kind: 'categorical' };
  if (refNumeric) return { kind: 'numeric' };
  return { kind: 'categorical' };
}
