/**
 * Survival functions of the reference distributions behind the p-values: chi-squared and the
 * standard normal, both from the incomplete gamma functions (erfc(x) = Q(1/2, x^2)).
 */
import { gammaP, gammaQ } from './gamma.js';

/** Complementary error function, accurate relative to its value in the upper tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const x2 = x * x;
  // For |x| < 0.5 erf is small and the series for P is the accurate side.
  if (Math.abs(x) < 0.5) return x >= 0 ? 1 - gammaP(0.5, x2) : 1 + gammaP(0.5, x2);
  return x > 0 ? gammaQ(0.5, x2) : 2 - gammaQ(0.5, x2);
}

/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** P(X > x) for X chi-squared with k degrees of freedom (scipy.stats.chi2.sf). */
export function chi2Sf(x: number, k: number): number {
  if (Number.isNaN(x) || !(k > 0)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(k / 2, x / 2);
}
