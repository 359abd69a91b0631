/**
 * The few distribution functions the tests of this folder need: erfc (normal and chi-squared
 * with one degree of freedom) and the binomial CDF at p = 1/2. Accurate to about 1e-14
 * relative, checked against scipy in test/unit/metrics/significance.test.ts.
 */

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const ONE_OVER_SQRT_PI = 0.5641895835477563;

/** Complementary error function, accurate relative to its value far into the upper tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    // erf(x) = 2/sqrt(pi) e^{-x^2} sum_n (2x^2)^n x / (1*3*...*(2n+1)): positive terms, no cancellation.
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let k = 1; term > sum * 1e-17; k++) {
      term *= (2 * x2) / (2 * k + 1);
      sum += term;
    }
    return 1 - TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  }
  if (x > 27.3) return 0; // below the smallest double
  // Laplace's continued fraction x + (1/2)/(x + 1/(x + (3/2)/(x + ...))), evaluated bottom-up;
  // 120 levels are far past convergence for x >= 2.
  let f = x;
  for (let k = 120; k >= 1; k--) f = x + k / 2 / f;
  return (ONE_OVER_SQRT_PI * Math.exp(-x * x)) / f;
}

/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

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
