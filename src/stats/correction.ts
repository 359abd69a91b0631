/** Adjusted p-values for testing many columns at once (drift-check's `correction` input). */
import { UserError } from '../runner/errors.js';

function check(pValues: readonly number[]): void {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new UserError(`p-value ${i} must be a number in [0, 1], got ${p}`);
  });
}

/** Bonferroni: min(1, m p_i) for m p-values. */
export function bonferroni(pValues: readonly number[]): number[] {
  check(pValues);
  const m = pValues.length;
  return pValues.map((p) => Math.min(1, p * m));
}

/**
 * Benjamini-Hochberg adjusted p-values, equal to scipy.stats.false_discovery_control(ps,
 * method='bh'): p_(i) m / i, made monotone from the largest down, capped at 1; in input order.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  check(pValues);
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  const adjusted = new Array<number>(m);
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r]!;
    running = Math.min(running, pValues[i]! * (m / (r + 1)));
    adjusted[i] = Math.min(1, Math.max(0, running));
  }
  return adjusted;
}
