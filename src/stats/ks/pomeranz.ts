/**
 * P(D_n <= x) exactly by Pomeranz's recursion (1974): 2n + 1 rows, each a convolution of the
 * previous row with truncated Poisson weights; only a short window of each row is non-zero.
 * scipy uses it for n <= 140 and 0.754693 < n x^2 <= 4.
 */

const SCALE_EXP = 128;
const BIG = 2 ** SCALE_EXP;
const SMALL = 2 ** -SCALE_EXP;

/** The non-zero window [j1, j2] of row i. */
function window(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n <= x) for the two-sided one-sample KS statistic (Pomeranz). */
export function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  // (c/n)^m / m! for c = g, 2g, 1 - 2g: Poisson weights without their normalising factor.
  const gp = new Float64Array(npwrs);
  const twoGp = new Float64Array(npwrs);
  const oneM2Gp = new Float64Array(npwrs);
  gp[0] = twoGp[0] = oneM2Gp[0] = 1;
  for (let m = 1; m < npwrs; m++) {
    gp[m] = (gp[m - 1]! * (g / n)) / m;
    twoGp[m] = (twoGp[m - 1]! * ((2 * g) / n)) / m;
    oneM2Gp[m] = (oneM2Gp[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = window(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = window(i, n, ll, ceilf, roundf);
    const pw = i === 1 || i === 2 * n + 1 ? gp : i % 2 === 1 ? twoGp : oneM2Gp;
    const len = j2 - k1 + 1;
    if (len > 0) {
      const start = k1 - V0s;
      // numpy slices stop at the array's end: both factors may be shorter than len.
      const aLen = Math.min(len, npwrs - start);
      const bLen = Math.min(len, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < convLen; c++) {
        const kIdx = convStart + c;
        let s = 0;
        for (let a = Math.max(0, kIdx - bLen + 1); a <= Math.min(kIdx, aLen - 1); a++) s += V0[start + a]! * pw[kIdx - a]!;
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < SMALL) {
        for (let c = 0; c < npwrs; c++) V1[c]! *= BIG;
        expnt -= SCALE_EXP;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > BIG) {
      ans *= SMALL;
      expnt += SCALE_EXP;
    }
    ans *= m;
  }
  if (expnt !== 0) ans *= Math.pow(2, expnt);
  return Math.min(1, Math.max(0, ans));
}
