/**
 * Exact null distribution of the two-sided two-sample KS statistic, as scipy's ks_2samp uses it
 * for samples of at most 10,000 values: P(D >= h / lcm(m, n)) by counting lattice paths.
 * Reimplemented from the published methods (Hodges 1958; Viehmann 2021, arXiv:2102.08037) to
 * follow scipy 1.17's choice of algorithm step for step, so p-values agree to rounding.
 */

/**
 * P(D_{n,n} >= h/n) for two samples of equal size n: the reflection-principle alternating sum
 * 2 (C(2n, n-h) - C(2n, n-2h) + ...) / C(2n, n), evaluated Horner-style on the ratios
 * A_k = C(2n, n-kh) / C(2n, n-(k-1)h) so nothing overflows and no large terms cancel.
 */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D_{m,n} >= h / lcm(m, n)) for sizes m != n with gcd g: the share of monotone lattice paths
 * from (0, 0) to (m, n) that touch |x/m - y/n| >= h / lcm. Viehmann's recursion carries the
 * share of paths already outside instead of counting the inside ones, so it never forms the huge
 * binomial counts and stays accurate for tiny p-values. Only a sliding window of one column of
 * the lattice is kept. Returns NaN if the arithmetic failed (the caller then falls back to the
 * asymptotic distribution, as scipy does).
 */
export function probOutsideLattice(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const a = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    // a[j] becomes the share of paths to (i, j) that went outside: a weighted mean of the
    // shares at (i-1, j) and (i, j-1), weighted by the number of paths through each.
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1]!;
}
