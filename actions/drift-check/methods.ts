/**
 * The method and threshold of each column: the column's config, else the `method` and
 * `threshold` inputs, with `auto` following Evidently's defaults.
 */
import type { ColumnKind } from './column-kind.js';
import type { DriftMethod } from './config.js';

export type ConcreteMethod = Exclude<DriftMethod, 'auto'>;

/** Reference sizes up to this use the statistical tests; larger ones the distances (Evidently). */
export const AUTO_SMALL_REFERENCE = 1000;

/** Default thresholds: p-values for the tests (drift below), distances (drift at or above). */
export const DEFAULT_THRESHOLDS: Record<ConcreteMethod, number> = {
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  psi: 0.1,
  'jensen-shannon': 0.1,
  wasserstein: 0.1,
  hellinger: 0.1,
};

export const P_VALUE_METHODS = new Set<ConcreteMethod>(['ks', 'chi2', 'z']);

/** `auto`: KS / chi-squared / z for small references, Wasserstein / Jensen-Shannon for large ones. */
export function autoMethod(kind: ColumnKind, referenceRows: number, categories: number): ConcreteMethod {
  if (referenceRows <= AUTO_SMALL_REFERENCE) {
    if (kind === 'numeric') return 'ks';
    return categories <= 2 ? 'z' : 'chi2';
  }
  return kind === 'numeric' ? 'wasserstein' : 'jensen-shannon';
}

/** Why a method cannot compare a column of this kind, or undefined when it can. */
export function unsuitable(method: ConcreteMethod, kind: ColumnKind, categories: number): string | undefined {
  if ((method === 'ks' || method === 'wasserstein') && kind === 'categorical') return `${method} compares numeric columns; this one is categorical`;
  if ((method === 'chi2' || method === 'z') && kind === 'numeric') return `${method} compares categorical columns; this one is numeric (use ks, wasserstein, psi, jensen-shannon or hellinger)`;
  if (method === 'z' && categories > 2) return `the z-test compares binary columns; this one has ${categories} categories (use chi2)`;
  return undefined;
}
