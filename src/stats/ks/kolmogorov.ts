/**
 * Survival function of the two-sided one-sample KS statistic D_n, P(D_n >= x): scipy's
 * `kstwo.sf(x, n)`, which ks_2samp uses (with n = round(n1 n2 / (n1 + n2))) when a sample has
 * more than 10,000 values. The choice between exact algorithms and approximations follows
 * Simard & L'Ecuyer (2011) with scipy's cut-offs, so the p-values agree with scipy's to
 * rounding, approximations included: matching scipy is the contract, not only being close to
 * the true distribution.
 */
import { durbinMatrixCdf } from './durbin.js';
import { pelzGoodCdf } from './pelz-good.js';
import { pomeranzCdf } from './pomeranz.js';
import { smirnovSf } from './smirnov.js';

const clip = (p: number): number => Math.min(1, Math.max(0, p));

/** log(n! / n^n) by Stirling's series with n log n removed up front (no cancellation). */
function logFactorialOverPower(n: number): number {
  const c = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
    -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
  ];
  const rn = 1 / n;
  const r2 = rn / n;
  let poly = 0;
  for (const coef of c) poly = poly * r2 + coef;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** P(D_n >= x) for integer n >= 1 (scipy.stats.kstwo.sf). */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN;
  if (x <= 0.5 / n) return 1; // below kstwo's support
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 1) {
    // Ruben-Gambino: P(D_n <= x) = n! / n^n (2t - 1)^n for 1/(2n) <= x <= 1/n.
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip(1 - durbinMatrixCdf(n, x));
    if (nx2 <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  let cdf: number;
  if (nx2 >= 18) cdf = 1;
  else if (n <= 100_000 && n * Math.pow(x, 1.5) <= 1.4) cdf = durbinMatrixCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clip(1 - clip(cdf));
}
