/**
 * The few distribution functions the tests of this folder need: the normal and chi-squared
 * (one degree of freedom) survival functions, on src/stats' erfc, and the binomial CDF at
 * p = 1/2. Checked against scipy in test/unit/metrics/significance.test.ts.
 */

import { erfc, normalSf } from '../../stats/special/distributions.js';

// One erfc for the whole project: src/stats has it (checked against scipy there too).
export { erfc, normalSf };

/** P(X > x) for X chi-squared with one degree of freedom (scipy.stats.chi2.sf(x, 1)). */
export function chi2Sf1(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/**
 * P(X <= k) for X ~ Binomial(n, 1/2) (scipy.stats.binom.cdf(k, n, 0.5)), summed from the
 * largest term down in relative units so that it neither underflows nor loses the small terms.
 */
export function binomialCdfHalf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (2 * k >= n) return 1 - binomialCdfHalf(n - k - 1, n);
  // log C(n, k) - n log 2, then terms t_{i-1} = t_i * i / (n - i + 1) relative to t_k.
  let logTerm = -n * Math.LN2;
  for (let i = 1; i <= k; i++) logTerm += Math.log((n - k + i) / i);
  let relative = 1;
  let sum = 1;
  for (let i = k; i >= 1 && relative > 1e-18 * sum; i--) {
    relative *= i / (n - i + 1);
    sum += relative;
  }
  return Math.exp(logTerm + Math.log(sum));
}
