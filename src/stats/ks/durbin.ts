/**
 * P(D_n <= d) exactly by Durbin's matrix method in the form of Marsaglia, Tsang & Wang (2003):
 * the k-th diagonal entry of (n!/n^n) H^n for an m x m matrix H, m = 2k - 1, k = ceil(n d).
 * O(m^3 log n); scipy uses it where m stays small. Powers of two are split off as they
 * accumulate so nothing overflows.
 */

const SCALE_EXP = 128;
const BIG = 2 ** SCALE_EXP;
const SMALL = 2 ** -SCALE_EXP;

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l]!;
      if (ail === 0) continue;
      const row = l * m;
      const out = i * m;
      for (let j = 0; j < m; j++) c[out + j]! += ail * b[row + j]!;
    }
  }
  return c;
}

/** P(D_n <= d) for the two-sided one-sample KS statistic (Durbin / Marsaglia-Tsang-Wang). */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  // v[j] = (1 - h^(j+1)) / (j+1)!, w[j] = 1 / j!; the last entry of v gets the corner correction.
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - Math.pow(h, j)) * fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;

  let P = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  const kk = (k - 1) * m + (k - 1);
  let expnt = 0;
  let hExpnt = 0;
  for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
    if (nn % 2 === 1) {
      P = multiply(P, H, m);
      expnt += hExpnt;
      // Not in scipy: keeps the running product in range for large n too; exact (a power of two).
      if (Math.abs(P[kk]!) > BIG) {
        for (let i = 0; i < P.length; i++) P[i]! *= SMALL;
        expnt += SCALE_EXP;
      }
    }
    H = multiply(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[kk]!) > BIG) {
      for (let i = 0; i < H.length; i++) H[i]! *= SMALL;
      hExpnt += SCALE_EXP;
    }
  }
  let p = P[kk]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SMALL) {
      p *= BIG;
      expnt -= SCALE_EXP;
    }
  }
  if (expnt !== 0) p *= Math.pow(2, expnt);
  return Math.min(1, Math.max(0, p));
}
