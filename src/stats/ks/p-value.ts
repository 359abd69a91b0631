/**
 * The p-value of the two-sided two-sample KS test as scipy.stats.ks_2samp(method='auto')
 * computes it: exact path counting when both samples hold at most 10,000 values, else the
 * one-sample distribution kstwo with n = round(n1 n2 / (n1 + n2)).
 */
import { probOutsideLattice, probOutsideSquare } from './exact.js';
import { kolmogorovSf } from './kolmogorov.js';

/** scipy's MAX_AUTO_N: above this sample size 'auto' uses the asymptotic distribution. */
export const KS_EXACT_MAX_N = 10_000;

export interface KsPValue {
  /** The statistic as scipy reports it (the exact method rounds it to a multiple of 1/lcm). */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Two-sided p-value of KS statistic d for sample sizes n1, n2 (both >= 1). */
export function ksPValue(d: number, n1: number, n2: number): KsPValue {
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const statistic = h / lcm;
    if (h === 0) return { statistic, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideLattice(n1, n2, g, h);
    // scipy falls back to the asymptotic distribution when the exact arithmetic fails.
    if (p >= 0 && p <= 1) return { statistic, pValue: p, method: 'exact' };
    d = statistic;
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  const p = kolmogorovSf(roundHalfEven(en), d);
  return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: 'asymptotic' };
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
