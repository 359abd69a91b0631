/**
 * One-sided Smirnov survival function P(D+_n >= x), the piece of the two-sided KS distribution
 * scipy uses for large deviations (2 * smirnov(n, x)). Same cases and series as scipy's
 * xsf/cephes kolmogorov.h (Birnbaum-Tingey sum), in double precision with the binomial kept as
 * mantissa and exponent and every power taken in logs; that is within about 1e-12 relative of
 * xsf's double-double arithmetic for the sizes drift-check meets (tested against scipy).
 */

/** exp(x) below this is 0 in double precision (xsf's MINLOG = log(2^-1075)). */
const MIN_LOG = -745.1332191019412;
/** Above this n, xsf switches to an asymptotic approximation; so do we, to agree with it. */
const MAX_COMPUTE_N = 1_000_000;

/** n * x split as floor and remainder, computed exactly (Dekker's product) as xsf does. */
function modNX(n: number, x: number): { floor: number; alpha: number; nx: number } {
  const hi = n * x;
  // Veltkamp split of x; n is an integer below 2^26 so it needs none: its product with each half is exact.
  const c = 134217729 * x;
  const xh = c - (c - x);
  const xl = x - xh;
  const lo = n * xh - hi + n * xl;
  let floor = Math.floor(hi);
  if (hi === floor && lo < 0) floor -= 1;
  let alpha = hi - floor + lo;
  if (alpha >= 1) {
    floor += 1;
    alpha = 0;
  }
  return { floor, alpha: Math.max(0, alpha), nx: hi };
}

/** P(D+_n >= x) for the one-sided one-sample Kolmogorov-Smirnov statistic (scipy.special.smirnov). */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { floor: nxfl, alpha, nx } = modNX(n, x);
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) return 1 - x * Math.pow(1 + x, n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return Math.pow(1 - x, n);
  if (n > MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  // Lower sum: x * sum_{v=0}^{last} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v), all terms positive.
  const last = n - nxfl - 1;
  let cman = 1;
  let cexp = 0;
  let sum = 0;
  let comp = 0;
  for (let v = 0; v <= last; v++) {
    // x + v/n from the exact split of n*x, so 1 - x - v/n does not lose digits either.
    const up = nxfl + v + alpha;
    const q = up / n;
    const logRest = q < 0.5 ? Math.log1p(-q) : Math.log((n - nxfl - v - alpha) / n);
    const logTerm = (v - 1) * Math.log(q) + (n - v) * logRest + cexp * Math.LN2;
    const term = cman * Math.exp(logTerm);
    // Neumaier summation: up to a million terms of similar size.
    const t = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
    if (term !== 0 && 4 * (last - v) * term < 2.220446049250313e-16 * sum && v !== last) break;
    if (term === 0 && v > n / 2) break;
    // C(n, v+1) = C(n, v) (n - v) / (v + 1), kept near 1 so that
    // exp(logTerm) = term / cman stays a normal double even when the term is tiny.
    cman *= (n - v) / (v + 1);
    if (cman > 2 ** 32 || cman < 2 ** -32) {
      const e = Math.round(Math.log2(cman));
      cman /= 2 ** e;
      cexp += e;
    }
  }
  const p = x * (sum + comp);
  return Math.min(1, Math.max(0, p));
}
