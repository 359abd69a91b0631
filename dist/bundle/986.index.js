export const id = 986;
export const ids = [986];
export const modules = {

/***/ 2986:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_VERSION: () => (/* binding */ REPORT_VERSION),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/runner/atomic-write.js
var atomic_write = __webpack_require__(4054);
// EXTERNAL MODULE: ./lib/src/runner/distinct-paths.js
var distinct_paths = __webpack_require__(5664);
// EXTERNAL MODULE: ./lib/src/data/paths.js
var data_paths = __webpack_require__(9423);
// EXTERNAL MODULE: ./lib/src/registry/model-reference.js
var model_reference = __webpack_require__(9361);
// EXTERNAL MODULE: ./lib/src/runner/summary.js
var runner_summary = __webpack_require__(7457);
;// CONCATENATED MODULE: ./lib/src/stats/ks/exact.js
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
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let ratio = 1;
        for (let j = 0; j < h; j++)
            ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
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
function probOutsideLattice(m0, n0, g, h) {
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
        if (maxj <= minj)
            return 1;
        // a[j] becomes the share of paths to (i, j) that went outside: a weighted mean of the
        // shares at (i-1, j) and (i, j-1), weighted by the number of paths through each.
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
            a[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return a[maxj - minj - 1];
}

;// CONCATENATED MODULE: ./lib/src/stats/ks/durbin.js
/**
 * P(D_n <= d) exactly by Durbin's matrix method in the form of Marsaglia, Tsang & Wang (2003):
 * the k-th diagonal entry of (n!/n^n) H^n for an m x m matrix H, m = 2k - 1, k = ceil(n d).
 * O(m^3 log n); scipy uses it where m stays small. Powers of two are split off as they
 * accumulate so nothing overflows.
 */
const SCALE_EXP = 128;
const BIG = 2 ** SCALE_EXP;
const SMALL = 2 ** -SCALE_EXP;
function multiply(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            const row = l * m;
            const out = i * m;
            for (let j = 0; j < m; j++)
                c[out + j] += ail * b[row + j];
        }
    }
    return c;
}
/** P(D_n <= d) for the two-sided one-sample KS statistic (Durbin / Marsaglia-Tsang-Wang). */
function durbinMatrixCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
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
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        P[i * m + i] = 1;
    const kk = (k - 1) * m + (k - 1);
    let expnt = 0;
    let hExpnt = 0;
    for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
        if (nn % 2 === 1) {
            P = multiply(P, H, m);
            expnt += hExpnt;
            // Not in scipy: keeps the running product in range for large n too; exact (a power of two).
            if (Math.abs(P[kk]) > BIG) {
                for (let i = 0; i < P.length; i++)
                    P[i] *= SMALL;
                expnt += SCALE_EXP;
            }
        }
        H = multiply(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[kk]) > BIG) {
            for (let i = 0; i < H.length; i++)
                H[i] *= SMALL;
            hExpnt += SCALE_EXP;
        }
    }
    let p = P[kk];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < SMALL) {
            p *= BIG;
            expnt -= SCALE_EXP;
        }
    }
    if (expnt !== 0)
        p *= Math.pow(2, expnt);
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./lib/src/stats/ks/pelz-good.js
/**
 * Pelz & Good's (1976) approximation to P(D_n <= x): the Li-Chien/Korolyuk expansion
 * K0 + K1/sqrt(n) + K2/n + K3/n^1.5 with each K rewritten through Jacobi's theta identity so it
 * converges for small z = x sqrt(n). scipy uses it for large n near the centre of the
 * distribution; we reproduce scipy's evaluation so p-values agree with it.
 */
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const MIN_LOG = -708;
/** Pelz-Good approximation of P(D_n <= x). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    // Horner in q^(8k) over odd m = 2k - 1: sum_k c_k q^(m^2).
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qp = Math.pow(q, 8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    // The remaining sums over all integers k, without cancellation.
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = SQRT3 * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qk = Math.pow(q, k2);
        k2extra += k2 * qk;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    K[2] = K[2] + (k2extra * (PI2 * SQRT2PI)) / (-36 * z3);
    K[3] = K[3] + (k3extra * (PI2 * SQRT2PI)) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / Math.pow(n, i / 2);
    return sum;
}

;// CONCATENATED MODULE: ./lib/src/stats/ks/pomeranz.js
/**
 * P(D_n <= x) exactly by Pomeranz's recursion (1974): 2n + 1 rows, each a convolution of the
 * previous row with truncated Poisson weights; only a short window of each row is non-zero.
 * scipy uses it for n <= 140 and 0.754693 < n x^2 <= 4.
 */
const pomeranz_SCALE_EXP = 128;
const pomeranz_BIG = 2 ** pomeranz_SCALE_EXP;
const pomeranz_SMALL = 2 ** -pomeranz_SCALE_EXP;
/** The non-zero window [j1, j2] of row i. */
function pomeranz_window(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** P(D_n <= x) for the two-sided one-sample KS statistic (Pomeranz). */
function pomeranzCdf(n, x) {
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
        gp[m] = (gp[m - 1] * (g / n)) / m;
        twoGp[m] = (twoGp[m - 1] * ((2 * g) / n)) / m;
        oneM2Gp[m] = (oneM2Gp[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let expnt = 0;
    let [j1, j2] = pomeranz_window(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranz_window(i, n, ll, ceilf, roundf);
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
                for (let a = Math.max(0, kIdx - bLen + 1); a <= Math.min(kIdx, aLen - 1); a++)
                    s += V0[start + a] * pw[kIdx - a];
                V1[c] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < pomeranz_SMALL) {
                for (let c = 0; c < npwrs; c++)
                    V1[c] *= pomeranz_BIG;
                expnt -= pomeranz_SCALE_EXP;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > pomeranz_BIG) {
            ans *= pomeranz_SMALL;
            expnt += pomeranz_SCALE_EXP;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans *= Math.pow(2, expnt);
    return Math.min(1, Math.max(0, ans));
}

;// CONCATENATED MODULE: ./lib/src/stats/ks/smirnov.js
/**
 * One-sided Smirnov survival function P(D+_n >= x), the piece of the two-sided KS distribution
 * scipy uses for large deviations (2 * smirnov(n, x)). Same cases and series as scipy's
 * xsf/cephes kolmogorov.h (Birnbaum-Tingey sum), in double precision with the binomial kept as
 * mantissa and exponent and every power taken in logs; that is within about 1e-12 relative of
 * xsf's double-double arithmetic for the sizes drift-check meets (tested against scipy).
 */
/** exp(x) below this is 0 in double precision (xsf's MINLOG = log(2^-1075)). */
const smirnov_MIN_LOG = -745.1332191019412;
/** Above this n, xsf switches to an asymptotic approximation; so do we, to agree with it. */
const MAX_COMPUTE_N = 1_000_000;
/** n * x split as floor and remainder, computed exactly (Dekker's product) as xsf does. */
function modNX(n, x) {
    const hi = n * x;
    // Veltkamp split of x; n is an integer below 2^26 so it needs none: its product with each half is exact.
    const c = 134217729 * x;
    const xh = c - (c - x);
    const xl = x - xh;
    const lo = n * xh - hi + n * xl;
    let floor = Math.floor(hi);
    if (hi === floor && lo < 0)
        floor -= 1;
    let alpha = hi - floor + lo;
    if (alpha >= 1) {
        floor += 1;
        alpha = 0;
    }
    return { floor, alpha: Math.max(0, alpha), nx: hi };
}
/** P(D+_n >= x) for the one-sided one-sample Kolmogorov-Smirnov statistic (scipy.special.smirnov). */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const { floor: nxfl, alpha, nx } = modNX(n, x);
    if (nxfl === 0 || (nxfl === 1 && alpha === 0))
        return 1 - x * Math.pow(1 + x, n - 1);
    if (-2 * n * x * x < smirnov_MIN_LOG)
        return 0;
    if (nxfl >= n - 1)
        return Math.pow(1 - x, n);
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
        if (term !== 0 && 4 * (last - v) * term < 2.220446049250313e-16 * sum && v !== last)
            break;
        if (term === 0 && v > n / 2)
            break;
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

;// CONCATENATED MODULE: ./lib/src/stats/ks/kolmogorov.js
/**
 * Survival function of the two-sided one-sample KS statistic D_n, P(D_n >= x): scipy's
 * `kstwo.sf(x, n)`, which ks_2samp uses (with n = round(n1 n2 / (n1 + n2))) when a sample has
 * more than 10,000 values. The choice between exact algorithms and approximations follows
 * Simard & L'Ecuyer (2011) with scipy's cut-offs, so the p-values agree with scipy's to
 * rounding, approximations included: matching scipy is the contract, not only being close to
 * the true distribution.
 */




const clip = (p) => Math.min(1, Math.max(0, p));
/** log(n! / n^n) by Stirling's series with n log n removed up front (no cancellation). */
function logFactorialOverPower(n) {
    const c = [
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
    ];
    const rn = 1 / n;
    const r2 = rn / n;
    let poly = 0;
    for (const coef of c)
        poly = poly * r2 + coef;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
/** P(D_n >= x) for integer n >= 1 (scipy.stats.kstwo.sf). */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x))
        return NaN;
    if (x <= 0.5 / n)
        return 1; // below kstwo's support
    if (x >= 1)
        return 0;
    const t = n * x;
    if (t <= 1) {
        // Ruben-Gambino: P(D_n <= x) = n! / n^n (2t - 1)^n for 1/(2n) <= x <= 1/n.
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * Math.pow(1 - x, n));
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip(1 - durbinMatrixCdf(n, x));
        if (nx2 <= 4)
            return clip(1 - pomeranzCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nx2 >= 18)
        cdf = 1;
    else if (n <= 100_000 && n * Math.pow(x, 1.5) <= 1.4)
        cdf = durbinMatrixCdf(n, x);
    else
        cdf = pelzGoodCdf(n, x);
    return clip(1 - clip(cdf));
}

;// CONCATENATED MODULE: ./lib/src/stats/ks/p-value.js
/**
 * The p-value of the two-sided two-sample KS test as scipy.stats.ks_2samp(method='auto')
 * computes it: exact path counting when both samples hold at most 10,000 values, else the
 * one-sample distribution kstwo with n = round(n1 n2 / (n1 + n2)).
 */


/** scipy's MAX_AUTO_N: above this sample size 'auto' uses the asymptotic distribution. */
const KS_EXACT_MAX_N = 10_000;
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** Two-sided p-value of KS statistic d for sample sizes n1, n2 (both >= 1). */
function ksPValue(d, n1, n2) {
    if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = Math.round(d * lcm);
        const statistic = h / lcm;
        if (h === 0)
            return { statistic, pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideLattice(n1, n2, g, h);
        // scipy falls back to the asymptotic distribution when the exact arithmetic fails.
        if (p >= 0 && p <= 1)
            return { statistic, pValue: p, method: 'exact' };
        d = statistic;
    }
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    const p = kolmogorovSf(roundHalfEven(en), d);
    return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: 'asymptotic' };
}
/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// EXTERNAL MODULE: ./lib/src/profile/sketches/index.js + 11 modules
var sketches = __webpack_require__(3254);
;// CONCATENATED MODULE: ./lib/src/stats/numeric-sample.js
/**
 * One side of a numeric comparison, raw or sketched, seen as a weighted empirical distribution:
 * sorted values with weights (null: all 1) and a bound on how far its CDF may be from the data's.
 */

/**
 * KLL's rank error for accuracy k. RANK_ERROR is stated for the default k = 200; KLL's error is
 * proportional to 1/k, so other k scale it (an assumption outside the default, see README.md).
 */
function kllRankError(sketch) {
    const { weights } = sketch.items();
    for (let i = 0; i < weights.length; i++)
        if (weights[i] !== 1)
            return (sketches/* RANK_ERROR */.UI * 200) / sketch.k;
    return 0; // nothing was ever compacted: the sketch holds every value
}
/** Sorts a copy of raw values (throws RangeError on NaN, which callers must drop first). */
function sortedCopy(values) {
    const out = Float64Array.from(values);
    for (let i = 0; i < out.length; i++)
        if (out[i] !== out[i])
            throw new RangeError(`NaN at index ${i}: drop missing values before comparing`);
    return out.sort();
}
/** The weighted view of either input; raw values are copied and sorted. */
function toWeighted(input) {
    if (input instanceof sketches/* KllSketch */.gu) {
        const { values, weights } = input.items();
        return { values, weights, total: input.count, rankError: kllRankError(input), min: input.min, max: input.max };
    }
    const values = sortedCopy(input);
    const n = values.length;
    return { values, weights: null, total: n, rankError: 0, min: n ? values[0] : NaN, max: n ? values[n - 1] : NaN };
}
/**
 * Walks the union of both samples' distinct values in order, calling visit(x, Fa(x), Fb(x), next)
 * with the right-continuous CDFs at x (count <= x divided by the total, as scipy's
 * searchsorted(side='right') / n) and the next distinct value (Infinity at the end).
 */
function walkCdfs(a, b, visit) {
    const A = a.values;
    const B = b.values;
    const wa = a.weights;
    const wb = b.weights;
    const na = a.total;
    const nb = b.total;
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    while (i < A.length || j < B.length) {
        const va = i < A.length ? A[i] : Infinity;
        const vb = j < B.length ? B[j] : Infinity;
        const x = va < vb ? va : vb;
        if (wa === null) {
            while (i < A.length && A[i] === x)
                i++;
            ca = i;
        }
        else
            while (i < A.length && A[i] === x)
                ca += wa[i++];
        if (wb === null) {
            while (j < B.length && B[j] === x)
                j++;
            cb = j;
        }
        else
            while (j < B.length && B[j] === x)
                cb += wb[j++];
        const na2 = i < A.length ? A[i] : Infinity;
        const nb2 = j < B.length ? B[j] : Infinity;
        visit(x, ca / na, cb / nb, na2 < nb2 ? na2 : nb2);
    }
}

;// CONCATENATED MODULE: ./lib/src/stats/outcome.js
/**
 * What every test and distance returns: a result, or a typed "too little data" outcome that
 * drift-check reports as `insufficient-data` (not an exception: it is an expected state of a
 * column, not a failure).
 */
/** The insufficient-data outcome when either side has fewer than min observations, else null. */
function checkSizes(method, referenceSize, currentSize, min = 1) {
    if (referenceSize >= min && currentSize >= min)
        return null;
    const side = referenceSize < min ? 'reference' : 'current';
    const size = referenceSize < min ? referenceSize : currentSize;
    return {
        status: 'insufficient-data',
        method,
        reason: `the ${side} sample has ${size} value${size === 1 ? '' : 's'}; ${method} needs at least ${min}`,
    };
}
/** True when the outcome is a computed result (narrows the union). */
function isResult(outcome) {
    return outcome.status === 'ok';
}

;// CONCATENATED MODULE: ./lib/src/stats/ks.js
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, equal to scipy.stats.ks_2samp(method='auto').
 * Written here because npm has no two-sample KS with scipy's exact distribution (checked
 * 2026: @stdlib/stats-kstest is one-sample only; jstat has no KS test).
 */



/** sup_x |Fa(x) - Fb(x)|, computed as scipy does (max over both signs of the difference). */
function ksStatisticOf(a, b) {
    let maxS = 0;
    let minS = 0;
    walkCdfs(a, b, (_x, fa, fb) => {
        const diff = fa - fb;
        if (diff > maxS)
            maxS = diff;
        if (-diff > minS)
            minS = -diff;
    });
    return minS > maxS ? minS : maxS;
}
/**
 * Two-sided two-sample KS test of reference vs current (raw values or KLL sketches). Effect size:
 * D itself. From sketches D is within the sum of both rank errors of D on the raw data, and
 * pValueRange holds the p-values at D +- that error.
 */
function ksTest(reference, current) {
    const a = toWeighted(reference);
    const b = toWeighted(current);
    const insufficient = checkSizes('ks', a.total, b.total);
    if (insufficient)
        return insufficient;
    const d = ksStatisticOf(a, b);
    const { statistic, pValue, method } = ksPValue(d, a.total, b.total);
    const error = a.rankError + b.rankError;
    const pValueRange = error > 0 ? [ksPValue(Math.min(1, d + error), a.total, b.total).pValue, ksPValue(Math.max(0, d - error), a.total, b.total).pValue] : null;
    return {
        status: 'ok',
        method: 'ks',
        statistic,
        pValue,
        pValueMethod: method,
        effectSize: { name: 'ks-d', value: statistic },
        statisticError: error,
        pValueRange,
        referenceSize: a.total,
        currentSize: b.total,
    };
}

;// CONCATENATED MODULE: ./lib/src/stats/wasserstein.js
/**
 * First Wasserstein distance between two one-dimensional samples, equal to
 * scipy.stats.wasserstein_distance(u, v): the integral of |F_u - F_v| over x. Also its
 * normalised form W / max(std(reference), 0.001), as Evidently reports it (std with ddof = 0).
 */



/** Evidently's floor on the reference std, so a constant reference does not divide by zero. */
const MIN_NORMALIZING_STD = 0.001;
/** integral |Fa - Fb| dx, summed with Neumaier compensation (1M-term sums keep full precision). */
function wassersteinOf(a, b) {
    let sum = 0;
    let comp = 0;
    walkCdfs(a, b, (x, fa, fb, next) => {
        if (next === Infinity)
            return;
        const term = Math.abs(fa - fb) * (next - x);
        const t = sum + term;
        comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
        sum = t;
    });
    return sum + comp;
}
/** Population standard deviation of a weighted sample, two-pass. */
function weightedStd(s) {
    const w = s.weights;
    let mean = 0;
    for (let i = 0; i < s.values.length; i++)
        mean += s.values[i] * (w ? w[i] : 1);
    mean /= s.total;
    let ss = 0;
    for (let i = 0; i < s.values.length; i++)
        ss += (s.values[i] - mean) ** 2 * (w ? w[i] : 1);
    return Math.sqrt(ss / s.total);
}
/**
 * Wasserstein distance of current from reference (raw values or KLL sketches). From sketches the
 * error is at most (rank error a + rank error b) * (max - min over both sides).
 */
function wassersteinTest(reference, current, options = {}) {
    const a = toWeighted(reference);
    const b = toWeighted(current);
    const insufficient = checkSizes('wasserstein', a.total, b.total);
    if (insufficient)
        return insufficient;
    const w = wassersteinOf(a, b);
    const referenceStd = options.referenceStd ?? weightedStd(a);
    const norm = Math.max(referenceStd, MIN_NORMALIZING_STD);
    const range = Math.max(a.max, b.max) - Math.min(a.min, b.min);
    const error = (a.rankError + b.rankError) * range;
    return {
        status: 'ok',
        method: 'wasserstein',
        statistic: w,
        pValue: null,
        effectSize: null,
        normalized: w / norm,
        referenceStd,
        normalizedError: error / norm,
        statisticError: error,
        pValueRange: null,
        referenceSize: a.total,
        currentSize: b.total,
    };
}
/** True when the input is a sketch (its statistics carry a rank error). */
function isSketch(input) {
    return input instanceof KllSketch;
}

;// CONCATENATED MODULE: ./lib/src/stats/categorical-sample.js
/**
 * One side of a categorical comparison as counts per category, from raw values or from a
 * FrequentValues sketch (exact while the column has at most `capacity` distinct values; beyond
 * that the values it no longer lists are pooled into one OTHER bucket, on both sides).
 */

/** The pooled bucket's key when a sketch is not exact (a symbol: no data value can equal it). */
const OTHER = Symbol('other');
/** Counts per category of either input. */
function toCounts(input) {
    if (input instanceof sketches/* FrequentValues */.$b) {
        const counts = new Map();
        let listedTotal = 0;
        for (const e of input.top()) {
            counts.set(e.value, e.count);
            listedTotal += e.count;
        }
        if (input.exact)
            return { counts, total: input.count, maxError: 0, listed: null };
        counts.set(OTHER, input.count - listedTotal);
        return { counts, total: input.count, maxError: input.maxError, listed: new Set(counts.keys()) };
    }
    const counts = new Map();
    for (const raw of input) {
        const v = raw === 0 ? 0 : raw; // -0 and 0 are one category, as in the sketch
        counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return { counts, total: input.length, maxError: 0, listed: null };
}
/** Pools the categories a non-exact side does not list into OTHER, so both sides share buckets. */
function pool(c, listed) {
    const counts = new Map();
    for (const [k, n] of c.counts) {
        const key = k !== OTHER && listed.has(k) ? k : OTHER;
        counts.set(key, (counts.get(key) ?? 0) + n);
    }
    return { ...c, counts };
}
/**
 * Aligns both sides on the union of their categories (sorted, numbers then strings then
 * booleans, OTHER last) and returns the two count vectors. When a side is a non-exact sketch,
 * both sides pool every value it does not list into OTHER first.
 */
function alignCounts(reference, current) {
    let a = reference;
    let b = current;
    // Keep only values every non-exact side lists: a value one sketch pooled cannot be split out again.
    const listed = a.listed && b.listed ? new Set([...a.listed].filter((v) => b.listed.has(v))) : (a.listed ?? b.listed);
    if (listed) {
        a = pool(a, listed);
        b = pool(b, listed);
    }
    const keys = [...new Set([...a.counts.keys(), ...b.counts.keys()])].sort(compareKeys);
    return {
        keys,
        ref: Float64Array.from(keys, (k) => a.counts.get(k) ?? 0),
        cur: Float64Array.from(keys, (k) => b.counts.get(k) ?? 0),
        a,
        b,
    };
}
function compareKeys(x, y) {
    const rank = (v) => (v === OTHER ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
    if (rank(x) !== rank(y))
        return rank(x) - rank(y);
    return x < y ? -1 : x > y ? 1 : 0;
}

// EXTERNAL MODULE: ./lib/src/stats/special/distributions.js + 1 modules
var distributions = __webpack_require__(8975);
;// CONCATENATED MODULE: ./lib/src/stats/chi2.js
/**
 * Chi-squared test of homogeneity for a categorical column: the 2 x K contingency table of
 * reference and current counts per category, equal to scipy.stats.chi2_contingency(table) with
 * its defaults (Pearson statistic; Yates' continuity correction when there is exactly one
 * degree of freedom, i.e. two categories, as scipy's correction=True does).
 */



/** Statistic and p-value of chi2_contingency on a 2 x K table (rows: reference, current). */
function chi2Contingency(ref, cur, correction = true) {
    let n1 = 0;
    let n2 = 0;
    for (let j = 0; j < ref.length; j++) {
        n1 += ref[j];
        n2 += cur[j];
    }
    const n = n1 + n2;
    const dof = ref.length - 1;
    if (dof === 0)
        return { statistic: 0, pValue: 1, dof, uncorrected: 0 };
    let statistic = 0;
    let uncorrected = 0;
    for (let j = 0; j < ref.length; j++) {
        const col = ref[j] + cur[j];
        for (const [observed, rowTotal] of [[ref[j], n1], [cur[j], n2]]) {
            // scipy's expected_freq: the product of the margins divided by the total.
            const expected = (rowTotal * col) / n;
            const diff = expected - observed;
            uncorrected += (observed - expected) ** 2 / expected;
            // Yates: move each observed count half a unit toward its expectation (never past it).
            const adjusted = correction && dof === 1 ? observed + Math.sign(diff) * Math.min(0.5, Math.abs(diff)) : observed;
            statistic += (adjusted - expected) ** 2 / expected;
        }
    }
    return { statistic, pValue: (0,distributions/* chi2Sf */.wv)(statistic, dof), dof, uncorrected };
}
/**
 * Chi-squared test of reference vs current categories (raw values or FrequentValues). Effect
 * size: Cramér's V = sqrt(chi2 / n) from the uncorrected statistic (min(2, K) - 1 = 1 for a
 * 2 x K table), as scipy.stats.contingency.association(method='cramer').
 */
function chi2Test(reference, current) {
    const aligned = alignCounts(toCounts(reference), toCounts(current));
    const insufficient = checkSizes('chi2', aligned.a.total, aligned.b.total);
    if (insufficient)
        return insufficient;
    const r = chi2Contingency(aligned.ref, aligned.cur);
    const n = aligned.a.total + aligned.b.total;
    const exact = aligned.a.maxError === 0 && aligned.b.maxError === 0;
    return {
        status: 'ok',
        method: 'chi2',
        statistic: r.statistic,
        pValue: r.pValue,
        dof: r.dof,
        categories: aligned.keys.length,
        exact,
        effectSize: { name: 'cramers-v', value: r.dof === 0 ? 0 : Math.sqrt(r.uncorrected / n) },
        // A non-exact sketch's counts move the statistic without a useful worst-case bound.
        statisticError: exact ? 0 : NaN,
        pValueRange: null,
        referenceSize: aligned.a.total,
        currentSize: aligned.b.total,
    };
}

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
;// CONCATENATED MODULE: ./lib/src/stats/proportions.js
/**
 * Two-proportion z-test for binary columns: pooled, two-sided, as statsmodels'
 * proportions_ztest(prop_var=False) and the textbook formula (checked against scipy in tests).
 */




/**
 * z = (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2)) with pooled p = (x1 + x2) / (n1 + n2); p-value
 * 2 P(Z > |z|). When p is 0 or 1 both samples are constant and equal: z = 0, p-value 1.
 */
function twoProportionZ(x1, n1, x2, n2) {
    const p1 = x1 / n1;
    const p2 = x2 / n2;
    const p = (x1 + x2) / (n1 + n2);
    const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    const z = se === 0 ? 0 : (p2 - p1) / se;
    return { z, pValue: Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z))), cohensH: 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1)) };
}
/**
 * Z-test on a binary column (raw values or FrequentValues, exact for two values). `positive`
 * defaults to the larger of the (at most two) values in sort order (true, or 1, or the later
 * string). Effect size: Cohen's h = 2 asin sqrt(p2) - 2 asin sqrt(p1).
 */
function zTest(reference, current, positive) {
    const a = toCounts(reference);
    const b = toCounts(current);
    const insufficient = checkSizes('z', a.total, b.total);
    if (insufficient)
        return insufficient;
    const values = [...new Set([...a.counts.keys(), ...b.counts.keys()])];
    if (values.length > 2 || values.some((v) => typeof v === 'symbol')) {
        throw new errors/* UserError */.yo(`The z-test compares binary columns; this one has ${values.length > 2 ? values.length : 'more than 2'} distinct values`);
    }
    const sorted = values.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const pos = positive ?? sorted[sorted.length - 1];
    const x1 = a.counts.get(pos) ?? 0;
    const x2 = b.counts.get(pos) ?? 0;
    const r = twoProportionZ(x1, a.total, x2, b.total);
    return {
        status: 'ok',
        method: 'z',
        statistic: r.z,
        pValue: r.pValue,
        positive: pos,
        referenceShare: x1 / a.total,
        currentShare: x2 / b.total,
        effectSize: { name: 'cohens-h', value: r.cohensH },
        statisticError: 0,
        pValueRange: null,
        referenceSize: a.total,
        currentSize: b.total,
    };
}

;// CONCATENATED MODULE: ./lib/src/stats/binning.js
/**
 * Binning for the distribution distances: numeric columns into bins at the reference's
 * quantiles, categorical columns into their categories. Each side's shares come with a bound on
 * their total variation distance from the shares of the raw data in the same bins.
 */




/** Default number of reference-quantile bins for numeric columns. */
const DEFAULT_BINS = 10;
/** numpy.quantile(sorted, q) with the default 'linear' method, with numpy's lerp. */
function linearQuantile(sorted, q) {
    const n = sorted.length;
    const virtual = n * q + (1 + q * -1) - 1;
    const lo = Math.min(Math.max(Math.floor(virtual), 0), n - 1);
    const hi = Math.min(lo + 1, n - 1);
    const t = virtual - Math.floor(virtual);
    const a = sorted[lo];
    const b = sorted[hi];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** First index whose value is >= x in an ascending array. */
function lowerBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function countsOf(side, edges) {
    if (side instanceof sketches/* KllSketch */.gu) {
        const counts = Float64Array.from(side.histogram([-Infinity, ...edges, Infinity]));
        // Each edge's CDF is within the rank error, so each bin's share within twice it: TV <= (bins - 1) eps.
        return { counts, total: side.count, tv: kllRankError(side) * edges.length };
    }
    const counts = new Float64Array(edges.length + 1);
    let prev = 0;
    edges.forEach((e, j) => {
        const below = lowerBound(side, e);
        counts[j] = below - prev;
        prev = below;
    });
    counts[edges.length] = side.length - prev;
    return { counts, total: side.length, tv: 0 };
}
/**
 * Bins both numeric sides at the reference's quantiles k/bins, k = 1..bins-1 (numpy's linear
 * quantiles of raw values; the sketch's quantiles, within its rank error, of a KllSketch),
 * dropping repeated edges (ties), so there may be fewer than `bins` bins.
 */
function numericBins(reference, current, bins = DEFAULT_BINS) {
    if (!Number.isInteger(bins) || bins < 2)
        throw new errors/* UserError */.yo(`Number of bins must be an integer of at least 2, got ${bins}`);
    const ref = reference instanceof sketches/* KllSketch */.gu ? reference : sortedCopy(reference);
    const cur = current instanceof sketches/* KllSketch */.gu ? current : sortedCopy(current);
    const refCount = ref instanceof sketches/* KllSketch */.gu ? ref.count : ref.length;
    const edges = [];
    if (refCount > 0) {
        for (let k = 1; k < bins; k++) {
            const e = ref instanceof sketches/* KllSketch */.gu ? ref.quantile(k / bins) : linearQuantile(ref, k / bins);
            if (edges.length === 0 || e > edges[edges.length - 1])
                edges.push(e);
        }
    }
    const a = countsOf(ref, edges);
    const b = countsOf(cur, edges);
    return {
        edges,
        categories: null,
        reference: a.counts,
        current: b.counts,
        referenceTotal: a.total,
        currentTotal: b.total,
        referenceTvError: a.tv,
        currentTvError: b.tv,
    };
}
/**
 * One bin per category seen on either side. A FrequentValues sketch is exact under its capacity;
 * past it, unlisted values pool into OTHER and each listed count is short by at most maxError.
 */
function categoricalBins(reference, current) {
    const { keys, ref, cur, a, b } = alignCounts(toCounts(reference), toCounts(current));
    // Listed counts are short by <= maxError each and OTHER over by their sum: TV <= listed * maxError / n.
    const tv = (c) => (c.maxError === 0 || c.total === 0 ? 0 : Math.min(1, ((c.counts.size - 1) * c.maxError) / c.total));
    return {
        edges: null,
        categories: keys,
        reference: ref,
        current: cur,
        referenceTotal: a.total,
        currentTotal: b.total,
        referenceTvError: tv(a),
        currentTvError: tv(b),
    };
}

;// CONCATENATED MODULE: ./lib/src/stats/distances.js
/**
 * Distances between two discrete distributions given as counts over the same bins or
 * categories: PSI, Jensen-Shannon distance and Hellinger distance (formulas in README.md).
 */
/** Evidently's floor for an empty bin's share in PSI (a zero would make the log infinite). */
const PSI_EPSILON = 1e-4;
function normalise(counts) {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    return Float64Array.from(counts, (c) => c / total);
}
/**
 * Population stability index sum_i (q_i - p_i) ln(q_i / p_i) with p the reference shares and q
 * the current ones, each share below PSI_EPSILON raised to it (natural log).
 */
function psi(reference, current, epsilon = PSI_EPSILON) {
    const p = normalise(reference);
    const q = normalise(current);
    let s = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] === 0 ? epsilon : p[i];
        const qi = q[i] === 0 ? epsilon : q[i];
        s += (qi - pi) * Math.log(qi / pi);
    }
    return s;
}
/** x ln(x / y) with scipy.special.rel_entr's conventions (0 when x = 0). */
function relEntr(x, y) {
    if (x === 0)
        return 0;
    return x * Math.log(x / y);
}
/**
 * Jensen-Shannon distance sqrt((KL(p||m) + KL(q||m)) / 2), m = (p + q) / 2, as
 * scipy.spatial.distance.jensenshannon(p, q, base): natural log by default (in [0, sqrt(ln 2)]);
 * base 2 gives a distance in [0, 1].
 */
function jensenShannon(reference, current, base) {
    const p = normalise(reference);
    const q = normalise(current);
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const m = (p[i] + q[i]) / 2;
        left += relEntr(p[i], m);
        right += relEntr(q[i], m);
    }
    let js = (left + right) / 2;
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(Math.max(0, js));
}
/** Hellinger distance sqrt(sum_i (sqrt p_i - sqrt q_i)^2) / sqrt 2, in [0, 1]. */
function hellinger(reference, current) {
    const p = normalise(reference);
    const q = normalise(current);
    let s = 0;
    for (let i = 0; i < p.length; i++)
        s += (Math.sqrt(p[i]) - Math.sqrt(q[i])) ** 2;
    return Math.sqrt(s) / Math.SQRT2;
}

;// CONCATENATED MODULE: ./lib/src/stats/distance-test.js


/**
 * The distance between the binned reference and current shares. From sketches: Hellinger and
 * Jensen-Shannon are metrics, so the error is at most the distance between each side's shares
 * and the exact ones, bounded through H^2 <= TV and JSD <= TV ln 2; PSI has no finite bound
 * (its log is unbounded near the epsilon floor): statisticError is NaN there.
 */
function distanceTest(method, binned, options = {}) {
    const insufficient = checkSizes(method, binned.referenceTotal, binned.currentTotal);
    if (insufficient)
        return insufficient;
    const ta = binned.referenceTvError;
    const tb = binned.currentTvError;
    let statistic;
    let error;
    if (method === 'psi') {
        statistic = psi(binned.reference, binned.current, options.epsilon ?? PSI_EPSILON);
        error = ta + tb === 0 ? 0 : NaN;
    }
    else if (method === 'jensen-shannon') {
        statistic = jensenShannon(binned.reference, binned.current, options.base);
        const scale = Math.LN2 / (options.base === undefined ? 1 : Math.log(options.base));
        error = Math.sqrt(ta * scale) + Math.sqrt(tb * scale);
    }
    else {
        statistic = hellinger(binned.reference, binned.current);
        error = Math.sqrt(ta) + Math.sqrt(tb);
    }
    return {
        status: 'ok',
        method,
        statistic,
        pValue: null,
        effectSize: null,
        statisticError: error,
        pValueRange: null,
        referenceSize: binned.referenceTotal,
        currentSize: binned.currentTotal,
        binned,
    };
}

;// CONCATENATED MODULE: ./lib/src/stats/correction.js
/** Adjusted p-values for testing many columns at once (drift-check's `correction` input). */

function check(pValues) {
    pValues.forEach((p, i) => {
        if (!(p >= 0 && p <= 1))
            throw new errors/* UserError */.yo(`p-value ${i} must be a number in [0, 1], got ${p}`);
    });
}
/** Bonferroni: min(1, m p_i) for m p-values. */
function bonferroni(pValues) {
    check(pValues);
    const m = pValues.length;
    return pValues.map((p) => Math.min(1, p * m));
}
/**
 * Benjamini-Hochberg adjusted p-values, equal to scipy.stats.false_discovery_control(ps,
 * method='bh'): p_(i) m / i, made monotone from the largest down, capped at 1; in input order.
 */
function benjaminiHochberg(pValues) {
    check(pValues);
    const m = pValues.length;
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
    const adjusted = new Array(m);
    let running = Infinity;
    for (let r = m - 1; r >= 0; r--) {
        const i = order[r];
        running = Math.min(running, pValues[i] * (m / (r + 1)));
        adjusted[i] = Math.min(1, Math.max(0, running));
    }
    return adjusted;
}

;// CONCATENATED MODULE: ./lib/src/stats/index.js
/** Statistical tests and distances for drift-check: the public surface of this folder (see README.md). */
















;// CONCATENATED MODULE: ./lib/actions/drift-check/column-kind.js
const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
/** Evidently treats numeric columns with this many distinct values or fewer as categorical. */
const CATEGORICAL_MAX_DISTINCT = 5;
function decideKind(reference, current) {
    if (reference.type === 'any')
        return { error: 'the reference has no values in this column (empty or all missing)' };
    if (current.type === 'any')
        return { error: 'the current data has no values in this column (empty or all missing)' };
    const refNumeric = NUMERIC_TYPES.has(reference.type);
    const curNumeric = NUMERIC_TYPES.has(current.type);
    if (refNumeric && !curNumeric)
        return { error: `mixed types: ${reference.type} in the reference, ${current.type} in the current data` };
    if (refNumeric && reference.sketch.distinct.estimate() <= CATEGORICAL_MAX_DISTINCT)
        return { kind: 'categorical' };
    if (refNumeric)
        return { kind: 'numeric' };
    return { kind: 'categorical' };
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/methods.js
/** Reference sizes up to this use the statistical tests; larger ones the distances (Evidently). */
const AUTO_SMALL_REFERENCE = 1000;
/** Default thresholds: p-values for the tests (drift below), distances (drift at or above). */
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    chi2: 0.05,
    z: 0.05,
    psi: 0.1,
    'jensen-shannon': 0.1,
    wasserstein: 0.1,
    hellinger: 0.1,
};
const P_VALUE_METHODS = new Set(['ks', 'chi2', 'z']);
/** `auto`: KS / chi-squared / z for small references, Wasserstein / Jensen-Shannon for large ones. */
function autoMethod(kind, referenceRows, categories) {
    if (referenceRows <= AUTO_SMALL_REFERENCE) {
        if (kind === 'numeric')
            return 'ks';
        return categories <= 2 ? 'z' : 'chi2';
    }
    return kind === 'numeric' ? 'wasserstein' : 'jensen-shannon';
}
/** Why a method cannot compare a column of this kind, or undefined when it can. */
function unsuitable(method, kind, categories) {
    if ((method === 'ks' || method === 'wasserstein') && kind === 'categorical')
        return `${method} compares numeric columns; this one is categorical`;
    if ((method === 'chi2' || method === 'z') && kind === 'numeric')
        return `${method} compares categorical columns; this one is numeric (use ks, wasserstein, psi, jensen-shannon or hellinger)`;
    if (method === 'z' && categories > 2)
        return `the z-test compares binary columns; this one has ${categories} categories (use chi2)`;
    return undefined;
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/compare-column.js



/** Missing values drift when their share changes significantly (p < 0.05) and by at least a small effect (Cohen's h >= 0.2). */
const MISSING_ALPHA = 0.05;
const MISSING_MIN_EFFECT = 0.2;
function summary(column) {
    const { total, nulls } = column.sketch;
    return { rows: total, nulls, nullFraction: total ? nulls / total : 0 };
}
function numericInputs(ref, cur) {
    const a = ref.raw?.numericValues();
    const b = cur.raw?.numericValues();
    return a && b ? [a, b, true] : [ref.sketch.quantiles, cur.sketch.quantiles, false];
}
function categoricalInputs(ref, cur) {
    const a = ref.raw?.categoryCounts();
    const b = cur.raw?.categoryCounts();
    if (a && b)
        return [expand(a), expand(b), true];
    return [ref.sketch.frequent, cur.sketch.frequent, ref.sketch.frequent.exact && cur.sketch.frequent.exact];
}
/** Raw category values from counts (the stats take values; counts keep memory small until here). */
function expand(counts) {
    const values = [];
    for (const [value, count] of counts)
        for (let i = 0; i < count; i++)
            values.push(value);
    return values;
}
function shares(binned) {
    const total = (side, n) => [...side].map((c) => (n ? c / n : 0));
    const labels = binned.categories
        ? binned.categories.map((c) => (typeof c === 'symbol' ? '(other)' : String(c)))
        : Array.from({ length: binned.reference.length }, (_, j) => {
            const e = binned.edges;
            const fmt = (x) => Number(x.toPrecision(4)).toString();
            return j === 0 ? `< ${fmt(e[0])}` : j === e.length ? `≥ ${fmt(e[e.length - 1])}` : `${fmt(e[j - 1])}–${fmt(e[j])}`;
        });
    return { labels, reference: total(binned.reference, binned.referenceTotal), current: total(binned.current, binned.currentTotal) };
}
/** Compares one column; never throws for the column's data (an error becomes status `error`). */
function compareColumn(name, ref, cur, referenceRows, rule, minRows) {
    const base = { column: name, drifted: false, status: 'ok', reference: summary(ref), current: summary(cur) };
    try {
        const m = twoProportionZ(ref.sketch.nulls, ref.sketch.total, cur.sketch.nulls, cur.sketch.total);
        base.missing = { pValue: m.pValue, cohensH: m.cohensH, drifted: m.pValue < MISSING_ALPHA && Math.abs(m.cohensH) >= MISSING_MIN_EFFECT };
    }
    catch {
        // No rows on a side: the distribution check below says insufficient-data.
    }
    const decision = decideKind(ref, cur);
    if ('error' in decision)
        return { ...base, status: 'error', message: decision.error };
    const kind = decision.kind;
    const categories = kind === 'categorical' ? new Set([...ref.sketch.frequent.top(), ...cur.sketch.frequent.top()].map((e) => String(e.value))).size : 0;
    const method = rule.method && rule.method !== 'auto' ? rule.method : autoMethod(kind, referenceRows, categories);
    const threshold = rule.threshold ?? DEFAULT_THRESHOLDS[method];
    const result = { ...base, type: kind, method, threshold };
    const problem = unsuitable(method, kind, categories);
    if (problem)
        return { ...result, status: 'error', message: problem };
    const refPresent = ref.sketch.total - ref.sketch.nulls;
    const curPresent = cur.sketch.total - cur.sketch.nulls;
    if (refPresent < minRows || curPresent < minRows) {
        const side = refPresent < minRows ? `the reference has ${refPresent}` : `the current data has ${curPresent}`;
        return { ...result, status: 'insufficient-data', message: `${side} non-missing values; a verdict needs at least ${minRows} (min-rows)` };
    }
    let outcome;
    let binned;
    let exact;
    if (kind === 'numeric') {
        const [a, b, raw] = numericInputs(ref, cur);
        exact = raw;
        binned = numericBins(a, b);
        outcome =
            method === 'ks' ? ksTest(a, b)
                : method === 'wasserstein' ? wassersteinTest(a, b, { referenceStd: ref.sketch.moments.std() })
                    : distanceTest(method, binned);
    }
    else {
        const [a, b, raw] = categoricalInputs(ref, cur);
        exact = raw;
        binned = categoricalBins(a, b);
        outcome = method === 'chi2' ? chi2Test(a, b) : method === 'z' ? zTest(a, b) : distanceTest(method, binned);
    }
    result.distribution = shares(binned);
    result.exact = exact;
    if (!isResult(outcome))
        return { ...result, status: 'insufficient-data', message: outcome.reason };
    const statistic = method === 'wasserstein' ? outcome.normalized : outcome.statistic;
    Object.assign(result, { statistic, pValue: outcome.pValue, effectSize: outcome.effectSize, statisticError: outcome.statisticError });
    return decide(result);
}
/** Sets drifted/status from the (possibly corrected) p-value or the distance, and missing values. */
function decide(result) {
    if (result.status === 'error' || result.status === 'insufficient-data')
        return result;
    const usesP = P_VALUE_METHODS.has(result.method);
    const p = result.adjustedPValue ?? result.pValue ?? 1;
    const distributionDrift = usesP ? p < result.threshold : (result.statistic ?? 0) >= result.threshold;
    const drifted = distributionDrift || (result.missing?.drifted ?? false);
    const message = !distributionDrift && result.missing?.drifted ? `the share of missing values changed from ${(result.reference.nullFraction * 100).toFixed(1)}% to ${(result.current.nullFraction * 100).toFixed(1)}%` : result.message;
    return { ...result, drifted, status: drifted ? 'drift' : 'ok', ...(message ? { message } : {}) };
}

// EXTERNAL MODULE: ./lib/actions/drift-check/spec.js
var spec = __webpack_require__(6955);
;// CONCATENATED MODULE: ./lib/actions/drift-check/config.js
/**
 * Which columns to compare and how: the `columns`/`exclude-columns` inputs and the per-column
 * `config`. Unknown keys and methods are errors naming them, never silently ignored.
 */


/** Parses the `config` input: `{columns: {<name>: {method?, threshold?}}}`. */
function parseColumnConfig(config) {
    const byColumn = new Map();
    if (!config)
        return { byColumn };
    const where = config.file ? ` (in ${config.file})` : '';
    const root = config.value;
    if (typeof root !== 'object' || root === null || Array.isArray(root))
        throw new errors/* InputError */.dz('config', `expected a mapping with a 'columns' key${where}`);
    for (const key of Object.keys(root))
        if (key !== 'columns')
            throw new errors/* InputError */.dz('config', `unknown key '${key}'${where}; expected 'columns'`);
    const columns = root.columns ?? {};
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
        throw new errors/* InputError */.dz('config', `'columns' must map column names to {method, threshold}${where}`);
    for (const [name, rule] of Object.entries(columns)) {
        if (typeof rule !== 'object' || rule === null)
            throw new errors/* InputError */.dz('config', `columns.${name} must be a mapping with method and/or threshold${where}`);
        const parsed = {};
        for (const [key, value] of Object.entries(rule)) {
            if (key === 'method') {
                if (!spec/* DRIFT_METHODS */.Tl.includes(value)) {
                    throw new errors/* InputError */.dz('config', `columns.${name}.method: expected one of ${spec/* DRIFT_METHODS */.Tl.join(', ')}, got '${String(value)}'${where}`);
                }
                parsed.method = value;
            }
            else if (key === 'threshold') {
                if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
                    throw new errors/* InputError */.dz('config', `columns.${name}.threshold: expected a non-negative number, got '${String(value)}'${where}`);
                parsed.threshold = value;
            }
            else
                throw new errors/* InputError */.dz('config', `columns.${name}: unknown key '${key}'${where}; expected method or threshold`);
        }
        byColumn.set(name, parsed);
    }
    return { byColumn };
}
/** The columns to compare: shared ones (or those asked for), minus exclusions. */
function selectColumns(reference, current, wanted, excluded) {
    const inReference = new Set(reference);
    const inCurrent = new Set(current);
    for (const name of wanted) {
        if (!inReference.has(name) && !inCurrent.has(name))
            throw new errors/* InputError */.dz('columns', `column '${name}' is in neither the reference nor the current data`);
    }
    for (const name of excluded) {
        if (!inReference.has(name) && !inCurrent.has(name))
            throw new errors/* InputError */.dz('exclude-columns', `column '${name}' is in neither the reference nor the current data`);
    }
    const skip = new Set(excluded);
    const candidates = (wanted.length ? wanted : reference).filter((c) => !skip.has(c));
    const compared = candidates.filter((c) => inReference.has(c) && inCurrent.has(c));
    if (!compared.length) {
        throw new errors/* InputError */.dz(wanted.length ? 'columns' : 'current', `no column to compare: the reference has ${[...inReference].join(', ') || 'none'}; the current data has ${[...inCurrent].join(', ') || 'none'}`);
    }
    return {
        compared,
        onlyReference: reference.filter((c) => !inCurrent.has(c) && !skip.has(c)),
        onlyCurrent: current.filter((c) => !inReference.has(c) && !skip.has(c)),
    };
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/analyze.js
/**
 * The whole comparison: load both sides, pick the columns, compare each, correct p-values
 * across columns, and decide whether the dataset drifted. Knows nothing about GitHub.
 */




/** Orders columns for reports: drifted first, then by how far past (or close to) the threshold. */
function driftScore(c) {
    if (c.statistic === undefined || c.threshold === undefined)
        return c.drifted ? 1 : 0;
    if (P_VALUE_METHODS.has(c.method)) {
        const p = Math.max(c.adjustedPValue ?? c.pValue ?? 1, 1e-300);
        return Math.log(p) / Math.log(c.threshold);
    }
    return c.threshold > 0 ? c.statistic / c.threshold : c.statistic;
}
function analyze(reference, current, options) {
    const selection = selectColumns([...reference.columns.keys()], [...current.columns.keys()], options.columns, options.excludeColumns);
    let results = selection.compared.map((name) => {
        const configured = options.config.byColumn.get(name) ?? {};
        const rule = {
            method: configured.method ?? options.method,
            ...((configured.threshold ?? options.threshold) !== undefined ? { threshold: configured.threshold ?? options.threshold } : {}),
        };
        return compareColumn(name, reference.columns.get(name), current.columns.get(name), reference.rows, rule, options.minRows);
    });
    if (options.correction !== 'none') {
        const tested = results.filter((r) => r.pValue !== undefined && r.pValue !== null && P_VALUE_METHODS.has(r.method));
        const adjusted = (options.correction === 'bonferroni' ? bonferroni : benjaminiHochberg)(tested.map((r) => r.pValue));
        tested.forEach((r, i) => (r.adjustedPValue = adjusted[i]));
        results = results.map((r) => (r.adjustedPValue !== undefined ? decide({ ...r, drifted: false, status: 'ok' }) : r));
    }
    const judged = results.filter((r) => r.status === 'ok' || r.status === 'drift');
    const driftedColumns = results.filter((r) => r.drifted).map((r) => r.column);
    const share = judged.length ? judged.filter((r) => r.drifted).length / judged.length : 0;
    results.sort((a, b) => Number(b.drifted) - Number(a.drifted) || driftScore(b) - driftScore(a));
    return {
        drifted: judged.length > 0 && share >= options.driftShare,
        driftShare: share,
        driftedColumns,
        judged: judged.length,
        columns: results,
        onlyReference: selection.onlyReference,
        onlyCurrent: selection.onlyCurrent,
    };
}

;// CONCATENATED MODULE: ./lib/src/report/html.js
/**
 * Self-contained HTML reports (inline CSS and SVG, no scripts, no external requests), for
 * artifacts people open in a browser. All text from data goes through escapeHtml.
 */
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/** A whole page. `body` is HTML built with the helpers here. */
function htmlPage(title, body) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}th{background:#f6f8fa}
td.num{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#cf222e;font-weight:600}.ok{color:#1a7f37}
.muted{color:#656d76}.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
svg{display:block;margin:.5rem 0}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
/** A table of plain-text cells (escaped). */
function htmlTable(header, rows) {
    const cell = (tag, c) => {
        const { text, className } = typeof c === 'string' ? { text: c, className: undefined } : c;
        return `<${tag}${className ? ` class="${escapeHtml(className)}"` : ''}>${escapeHtml(text)}</${tag}>`;
    };
    return `<table><thead><tr>${header.map((h) => cell('th', h)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('')}</tbody></table>`;
}
/** Side-by-side bars of two (or more) distributions over the same bins or categories. */
function distributionChart(binLabels, series, width = 720, height = 220) {
    const bins = Math.max(1, binLabels.length);
    const max = Math.max(1e-12, ...series.flatMap((s) => s.shares));
    const plotTop = 10;
    const plotBottom = height - 40;
    const slot = (width - 40) / bins;
    const barWidth = Math.max(1, (slot * 0.8) / Math.max(1, series.length));
    const bars = series
        .map((s, si) => s.shares
        .map((share, i) => {
        const h = ((plotBottom - plotTop) * share) / max;
        const x = 30 + i * slot + slot * 0.1 + si * barWidth;
        return `<rect x="${x.toFixed(1)}" y="${(plotBottom - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${escapeHtml(s.color)}"><title>${escapeHtml(`${s.label} ${binLabels[i] ?? ''}: ${(share * 100).toFixed(2)}%`)}</title></rect>`;
    })
        .join(''))
        .join('');
    const step = Math.ceil(bins / 12);
    const labels = binLabels
        .map((label, i) => (i % step === 0 ? `<text x="${(30 + i * slot + slot / 2).toFixed(1)}" y="${height - 22}" font-size="10" text-anchor="middle">${escapeHtml(label.length > 14 ? `${label.slice(0, 13)}…` : label)}</text>` : ''))
        .join('');
    const legend = `<div class="legend">${series.map((s) => `<span style="background:${escapeHtml(s.color)}"></span>${escapeHtml(s.label)}`).join('')}</div>`;
    return `${legend}<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img"><line x1="28" y1="${plotBottom}" x2="${width - 8}" y2="${plotBottom}" stroke="#8c959f"/>${bars}${labels}<text x="2" y="${plotTop + 8}" font-size="10">${(max * 100).toFixed(1)}%</text></svg>`;
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/html-report.js
/** The self-contained HTML report: each column's reference and current distributions. */

const REFERENCE_COLOR = '#8c959f';
const CURRENT_COLOR = '#8250df';
function renderDriftHtml(analysis, reference, current) {
    const overview = htmlTable(['Column', 'Method', 'Statistic', 'p-value', 'Threshold', 'Status'], analysis.columns.map((c) => [
        c.column,
        c.method ?? '',
        c.statistic === undefined ? '' : Number(c.statistic.toPrecision(4)).toString(),
        c.pValue === undefined || c.pValue === null ? '' : c.pValue.toPrecision(3),
        c.threshold === undefined ? '' : String(c.threshold),
        { text: c.message ? `${c.status}: ${c.message}` : c.status, className: c.drifted ? 'bad' : c.status === 'ok' ? 'ok' : 'muted' },
    ]));
    const sections = analysis.columns
        .map((c) => {
        const chart = c.distribution
            ? distributionChart(c.distribution.labels, [
                { label: 'reference', color: REFERENCE_COLOR, shares: c.distribution.reference },
                { label: 'current', color: CURRENT_COLOR, shares: c.distribution.current },
            ])
            : '<p class="muted">No distribution to show.</p>';
        const missing = `Missing values: ${(c.reference.nullFraction * 100).toFixed(1)}% of ${c.reference.rows} → ${(c.current.nullFraction * 100).toFixed(1)}% of ${c.current.rows}`;
        return `<h2 class="${c.drifted ? 'bad' : ''}">${escapeHtml(c.column)} — ${escapeHtml(c.status)}</h2><p class="muted">${escapeHtml(`${c.type ?? ''} ${c.method ?? ''}`)}; ${escapeHtml(missing)}</p>${chart}`;
    })
        .join('\n');
    const verdict = analysis.drifted ? `The data drifted: ${analysis.driftedColumns.length} of ${analysis.judged} columns.` : `No dataset drift: ${analysis.driftedColumns.length} of ${analysis.judged} columns drifted.`;
    return htmlPage('drift-check report', `<h1>drift-check</h1><p class="${analysis.drifted ? 'bad' : 'ok'}">${escapeHtml(verdict)}</p><p class="muted">Reference ${escapeHtml(reference)}; current ${escapeHtml(current)}.</p>${overview}${sections}`);
}

// EXTERNAL MODULE: ./lib/src/github/client.js
var client = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/src/github/context.js
var github_context = __webpack_require__(2963);
;// CONCATENATED MODULE: ./lib/src/github/dispatch-payload.js
/**
 * Fitting a repository_dispatch `client_payload` into GitHub's limits. A drift summary can
 * hold long Markdown or column lists; rather than losing the retraining trigger over its
 * size, the longest text fields are cut, each with a note saying so.
 */

/** GitHub: "The maximum number of top-level properties is 10." */
const MAX_PAYLOAD_KEYS = 10;
/** GitHub: "The total size of the JSON payload must be less than 64KB." */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * What we aim for: under the limit with room to spare, because GitHub does not say whether
 * it counts bytes or characters, nor the event type and the envelope around the payload.
 */
const PAYLOAD_BUDGET_BYTES = 60 * 1024;
/** The size GitHub receives: the JSON text in UTF-8 bytes. */
function payloadBytes(payload) {
    return Buffer.byteLength(JSON.stringify(payload), 'utf8');
}
function collectText(node, path, leaves, write) {
    if (typeof node === 'string') {
        const chars = Array.from(node);
        leaves.push({ path, chars, keep: chars.length, write });
    }
    else if (Array.isArray(node)) {
        node.forEach((item, i) => collectText(item, `${path}[${i}]`, leaves, (v) => { node[i] = v; }));
    }
    else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node))
            collectText(value, path ? `${path}.${key}` : key, leaves, (v) => { node[key] = v; });
    }
}
/**
 * The text of `leaf` keeping `keep` code points, then a note when anything was cut: the full
 * note, or a bare ellipsis where a field is cut so short that the note would not fit.
 */
function render(leaf, keep, brief = false) {
    if (keep >= leaf.chars.length)
        return leaf.chars.join('');
    const note = brief ? '…' : `… [cut by mlops-actions: ${keep} of ${leaf.chars.length} characters kept to fit GitHub's 64 KB client_payload limit]`;
    return `${leaf.chars.slice(0, keep).join('').trimEnd()}${note}`;
}
/** The largest `keep` whose rendering costs at most `maxCost` JSON bytes; -1 when none does. */
function longestFit(leaf, maxCost, brief) {
    if (payloadBytes(render(leaf, 0, brief)) > maxCost)
        return -1;
    // Each kept character costs at least one byte, so no more than maxCost can be kept.
    let low = 0;
    let high = Math.min(leaf.chars.length - 1, maxCost);
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (payloadBytes(render(leaf, mid, brief)) <= maxCost)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** Cuts `leaf` to the longest start that, with its note, costs at most `maxCost` bytes (or as near as it gets). */
function shrinkTo(leaf, maxCost) {
    let brief = false;
    let keep = longestFit(leaf, maxCost, brief);
    if (keep < 0) {
        brief = true;
        keep = Math.max(0, longestFit(leaf, maxCost, brief));
    }
    const text = render(leaf, keep, brief);
    // Cutting a short field to fit a tiny cap could make it longer; keep what is smaller.
    if (payloadBytes(text) >= payloadBytes(render(leaf, leaf.keep)))
        return;
    leaf.keep = keep;
    leaf.write(text);
}
/**
 * The largest cap on a text field's JSON size that brings the payload within `budget`, when
 * only the fields above the cap are cut ("water-filling"): long fields all keep the same
 * share, short ones are untouched.
 */
function waterLevel(costs, fixed, budget) {
    const sorted = costs.slice().sort((a, b) => a - b);
    let below = 0;
    for (let i = 0; i < sorted.length; i += 1) {
        const above = sorted.length - i;
        const level = Math.floor((budget - fixed - below) / above);
        if (level <= (sorted[i] ?? 0))
            return Math.max(0, level);
        below += sorted[i] ?? 0;
    }
    return sorted[sorted.length - 1] ?? 0;
}
/**
 * Checks `payload` against GitHub's client_payload limits and fits it: more than ten top-level
 * keys is a UserError (what to drop is the caller's call); a payload over the budget has its
 * longest text fields cut to an equal size, each ending with a note, until it fits. A payload
 * that still does not fit once its text is cut (a huge array of numbers) is a UserError. The
 * input is not changed.
 */
function fitClientPayload(payload, budget = PAYLOAD_BUDGET_BYTES) {
    const keys = Object.keys(payload);
    if (keys.length > MAX_PAYLOAD_KEYS) {
        throw new errors/* UserError */.yo(`The repository_dispatch client_payload has ${keys.length} top-level keys (${keys.join(', ')}); GitHub allows at most ${MAX_PAYLOAD_KEYS}.`);
    }
    const copy = structuredClone(payload);
    const leaves = [];
    collectText(copy, '', leaves, () => undefined);
    const original = payloadBytes(copy);
    if (original <= budget)
        return { payload: copy, trimmed: [], bytes: original };
    const costs = leaves.map((leaf) => payloadBytes(render(leaf, leaf.keep)));
    const fixed = original - costs.reduce((sum, c) => sum + c, 0);
    // The level is exact for the sizes but not for the notes and the cut points: lower it until it fits.
    let level = waterLevel(costs, fixed, budget);
    for (;;) {
        leaves.forEach((leaf, i) => {
            if ((costs[i] ?? 0) > level)
                shrinkTo(leaf, level);
        });
        const bytes = payloadBytes(copy);
        if (bytes <= budget) {
            const trimmed = leaves.filter((leaf) => leaf.keep < leaf.chars.length).map((leaf) => leaf.path);
            return { payload: copy, trimmed, bytes };
        }
        if (level === 0) {
            throw new errors/* UserError */.yo(`The repository_dispatch client_payload is ${original} bytes, and ${bytes} even with its text cut; GitHub accepts less than ${MAX_PAYLOAD_BYTES} bytes. Send less data, or a link to it.`);
        }
        level = Math.floor(level * 0.9);
    }
}

// EXTERNAL MODULE: ./lib/src/github/permissions.js
var permissions = __webpack_require__(7008);
;// CONCATENATED MODULE: ./lib/src/github/dispatch.js
/**
 * repository_dispatch: how drift-check starts a retraining workflow (`on: repository_dispatch`
 * with `types: [<event type>]`) and hands it the summary in `client_payload`.
 *
 * Limits and permission, from GitHub's REST reference "Create a repository dispatch event"
 * (https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event, and the
 * same text in @octokit/openapi's description of POST /repos/{owner}/{repo}/dispatches):
 * - `event_type`: "Must be 100 characters or fewer" (and not empty);
 * - `client_payload`: "The maximum number of top-level properties is 10. The total size of the
 *   JSON payload must be less than 64KB.";
 * - fine-grained tokens and GitHub Apps, which the workflow's GITHUB_TOKEN is, need the
 *   "Contents" repository permission with write access, i.e. `permissions: contents: write`
 *   (the "Permissions required for fine-grained personal access tokens" page lists the
 *   endpoint under Contents: write); classic personal access tokens need the `repo` scope.
 * A token without access gets 403 ("Resource not accessible by integration") or, when it
 * cannot see the repository at all, 404.
 */




/** GitHub: "A custom webhook event name. Must be 100 characters or fewer." */
const MAX_EVENT_TYPE_LENGTH = 100;
/** Checks an event type against GitHub's rules; returns it without surrounding blanks. */
function checkEventType(eventType, input) {
    const trimmed = eventType.trim();
    const length = Array.from(trimmed).length;
    let problem;
    if (length === 0)
        problem = 'the repository_dispatch event type is empty';
    else if (length > MAX_EVENT_TYPE_LENGTH)
        problem = `the repository_dispatch event type is ${length} characters long; GitHub allows at most ${MAX_EVENT_TYPE_LENGTH}`;
    if (problem === undefined)
        return trimmed;
    throw input ? new errors/* InputError */.dz(input, `${problem}.`) : new errors/* UserError */.yo(`${problem[0]?.toUpperCase()}${problem.slice(1)}.`);
}
/**
 * Sends a repository_dispatch event to owner/repo. The event type is checked first, and the
 * payload fitted to GitHub's limits: over ten top-level keys is a UserError, a payload over
 * the size limit has its longest text fields cut with a note (and a warning says which). A
 * token that may not dispatch gives a PermissionError naming `contents: write`.
 */
async function sendRepositoryDispatch(options) {
    const { octokit, owner, repo } = options;
    const eventType = checkEventType(options.eventType, options.input);
    const fitted = fitClientPayload(options.clientPayload ?? {});
    if (fitted.trimmed.length > 0) {
        core/* warning */.$e(`The repository_dispatch payload was too large for GitHub (under 64 KB); cut these text fields to fit, each marked with a note: ${fitted.trimmed.join(', ')}.`, { title: 'Dispatch payload cut' });
    }
    const action = `send the repository_dispatch event '${eventType}' to ${owner}/${repo}`;
    // GitHub answers 404 to a token that may not see the repository: for a dispatch to the
    // repository the workflow runs in, that too means a missing permission.
    const extra = '; a personal access token needs the `repo` scope, and the default GITHUB_TOKEN can only dispatch to its own repository';
    await (0,permissions/* withPermission */.IW)({ permission: 'contents: write', action, notFound: true, extra }, () => octokit.rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: fitted.payload }));
    return { eventType, trimmed: fitted.trimmed, bytes: fitted.bytes };
}

// EXTERNAL MODULE: ./lib/src/report/markdown.js
var markdown = __webpack_require__(2560);
;// CONCATENATED MODULE: ./lib/src/github/labels.js
/** Repository labels that our issues carry, created on first use with a colour and description. */

/** The label drift-check's tracking issues carry by default. */
const DRIFT_LABEL = {
    name: 'mlops-drift',
    color: 'd93f0b',
    description: 'Data drift found by mlops-actions drift-check; closed when drift is gone',
};
/** A label of ours that we know nothing more about than its name: a neutral colour. */
function labelSpec(name) {
    return name === DRIFT_LABEL.name ? DRIFT_LABEL : { name, color: 'ededed', description: 'Managed by mlops-actions' };
}
/**
 * Makes sure the repository has the label. GitHub would create a missing label when an issue
 * names it, but grey and without a description; creating it first gives it ours. Returns
 * whether it was created.
 */
async function ensureLabel(octokit, owner, repo, spec) {
    try {
        await octokit.rest.issues.getLabel({ owner, repo, name: spec.name });
        return false;
    }
    catch (error) {
        if (!(error instanceof errors/* ServiceError */._7 && error.status === 404))
            throw error;
    }
    try {
        await octokit.rest.issues.createLabel({ owner, repo, name: spec.name, color: spec.color, description: spec.description });
        return true;
    }
    catch (error) {
        // Another job created it between our two calls: that is what we wanted.
        if (isAlreadyExists(error))
            return false;
        throw error;
    }
}
/** GitHub's 422 for a label name that is taken: `errors: [{ code: 'already_exists' }]`. */
function isAlreadyExists(error) {
    if (!(error instanceof errors/* ServiceError */._7) || error.status !== 422)
        return false;
    const data = error.cause?.response?.data;
    return data?.errors?.some((e) => e.code === 'already_exists') ?? false;
}

;// CONCATENATED MODULE: ./lib/src/github/tracking-issue.js
/**
 * One open issue per tracked problem (drift-check's `drift:<reference>`), updated in place on
 * every run and closed when the problem is gone. It is found again by its label and a hidden
 * marker at the start of its body, across all pages of open issues with that label, so
 * re-runs never open a second one.
 */



const DEFAULT_TRACKING_LABEL = 'mlops-drift';
/** Room kept free under the limit, as for sticky comments: GitHub counts some characters twice. */
const BODY_MARGIN = 536;
/** Characters a key keeps as they are in the marker; others are percent-encoded. */
const PLAIN = /[A-Za-z0-9._:/@+=~,-]/;
/**
 * The hidden marker of `key`. Keys are free text (a reference path), so anything that could
 * end the HTML comment (`>`, `--`) or be mangled by an editor (spaces, newlines) is encoded.
 */
function issueMarker(key) {
    if (key.length === 0)
        throw new Error('A tracking issue key must not be empty');
    const encoded = [...key]
        .map((c) => (PLAIN.test(c) ? c : [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')))
        .join('')
        // `--` may not appear inside an HTML comment: encode every hyphen that follows one.
        .replace(/(?<=-)-/g, '%2D');
    return `<!-- mlops-actions:issue:${encoded} -->`;
}
/** The full issue body: marker first, then the Markdown capped to fit. */
function issueBody(key, body) {
    const marker = issueMarker(key);
    return `${marker}\n${(0,markdown/* capLength */.bu)(body, markdown/* COMMENT_LIMIT */.W$ - BODY_MARGIN - marker.length - 1)}`;
}
/** Whether `body` opens with `marker` on a line of its own; edits in the browser turn `\n` into `\r\n`. */
function startsWithMarker(body, marker) {
    if (!body?.startsWith(marker))
        return false;
    return /^(\r?\n|$)/.test(body.slice(marker.length));
}
/** The open issue (not pull request) labelled `label` whose body starts with `marker`. */
async function findOpenIssue(target, label, marker) {
    const pages = target.octokit.paginate.iterator(target.octokit.rest.issues.listForRepo, {
        owner: target.owner,
        repo: target.repo,
        state: 'open',
        labels: label,
        per_page: 100,
    });
    for await (const { data } of pages) {
        // Only the start counts: a human quoting the marker further down must not be taken for it.
        const found = data.find((issue) => !issue.pull_request && startsWithMarker(issue.body, marker));
        if (found)
            return { number: found.number, url: found.html_url };
    }
    return undefined;
}
/**
 * Opens the tracking issue of `key`, or updates its title and body in place when one is
 * open, so re-runs never duplicate it. The tracking label is created first when missing.
 * A token that may not write issues gives a PermissionError naming `issues: write`.
 */
async function openOrUpdateIssue(options) {
    const { octokit, owner, repo } = options;
    const label = options.label ?? DEFAULT_TRACKING_LABEL;
    const body = issueBody(options.key, options.body);
    const action = `open or update the tracking issue for '${options.key}' in ${owner}/${repo}`;
    return (0,permissions/* withPermission */.IW)({ permission: 'issues: write', action }, async () => {
        const existing = await findOpenIssue(options, label, issueMarker(options.key));
        if (existing) {
            const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title: options.title, body });
            return { action: 'updated', number: data.number, url: data.html_url };
        }
        await ensureLabel(octokit, owner, repo, labelSpec(label));
        const labels = [label, ...(options.labels ?? []).filter((l) => l.toLowerCase() !== label.toLowerCase())];
        const { data } = await octokit.rest.issues.create({ owner, repo, title: options.title, body, labels });
        return { action: 'created', number: data.number, url: data.html_url };
    });
}
/**
 * Comments on the open tracking issue of `key` and closes it as completed; `{ action: 'none' }`
 * when none is open. A later openOrUpdateIssue then opens a new issue.
 */
async function resolveIssue(options) {
    const { octokit, owner, repo } = options;
    const label = options.label ?? DEFAULT_TRACKING_LABEL;
    const action = `close the tracking issue for '${options.key}' in ${owner}/${repo}`;
    return (0,permissions/* withPermission */.IW)({ permission: 'issues: write', action }, async () => {
        const existing = await findOpenIssue(options, label, issueMarker(options.key));
        if (!existing)
            return { action: 'none' };
        await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: (0,markdown/* capLength */.bu)(options.comment) });
        const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', number: data.number, url: data.html_url };
    });
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/notify.js
/**
 * What drift-check tells GitHub: a tracking issue opened or updated on drift and closed when it
 * is gone, and a repository_dispatch that starts the retraining workflow.
 */






async function notifyGitHub(analysis, options) {
    if (!options.issue && !options.dispatch)
        return;
    if (!options.token)
        throw new errors/* InputError */.dz('github-token', `is needed for ${options.issue ? 'issue' : 'dispatch'}, but none was supplied`);
    const octokit = (0,client/* createOctokit */.Qi)(options.token);
    const context = (0,github_context/* getGitHubContext */.f)();
    const target = { octokit, owner: context.owner, repo: context.repo, key: `drift:${options.reference}`, label: options.issueLabel };
    if (options.issue) {
        if (analysis.drifted) {
            const result = await openOrUpdateIssue({
                ...target,
                title: `Data drift: ${analysis.driftedColumns.length} of ${analysis.judged} columns drifted from ${options.reference}`,
                body: context.runUrl ? `${options.summary}\n[Workflow run](${context.runUrl})\n` : options.summary,
            });
            core/* info */.pq(`drift-check: ${result.action} issue #${result.number} (${result.url})`);
        }
        else {
            const result = await resolveIssue({ ...target, comment: `No drift any more${context.runUrl ? ` in [this run](${context.runUrl})` : ""}.\n\n${options.summary}` });
            if (result.action === 'closed')
                core/* info */.pq(`drift-check: closed issue #${result.number}, drift is gone`);
        }
    }
    if (options.dispatch && analysis.drifted) {
        const result = await sendRepositoryDispatch({
            octokit,
            owner: context.owner,
            repo: context.repo,
            eventType: options.dispatch,
            input: 'dispatch',
            clientPayload: {
                drifted: true,
                drift_share: analysis.driftShare,
                drifted_columns: analysis.driftedColumns,
                reference: options.reference,
                current: options.current,
                run_url: context.runUrl ?? null,
            },
        });
        core/* info */.pq(`drift-check: sent repository_dispatch '${result.eventType}' (${result.bytes} bytes)`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/data/index.js
var data = __webpack_require__(5135);
// EXTERNAL MODULE: ./lib/src/profile/profile.js
var profile = __webpack_require__(3541);
// EXTERNAL MODULE: ./lib/src/profile/value-kind.js
var value_kind = __webpack_require__(6468);
// EXTERNAL MODULE: ./lib/src/runner/progress.js
var runner_progress = __webpack_require__(7630);
// EXTERNAL MODULE: ./lib/src/profile/text-kind.js
var text_kind = __webpack_require__(1376);
;// CONCATENATED MODULE: ./lib/actions/drift-check/raw-values.js

/** Per column and side; 100K numbers are 800 KB. */
const RAW_VALUE_CAP = 100_000;
class RawColumn {
    numbers = new Float64Array(1024);
    numberCount = 0;
    texts = [];
    overflowed = false;
    add(cell) {
        if (this.overflowed || cell === null || cell === undefined || cell === '')
            return;
        // NaN and ±Infinity (numbers, or the number cast's NaN/INF/-INF text) are missing, as in the profile's sketches.
        if (typeof cell === 'number' ? cell - cell !== 0 : cell === 'NaN' || cell === 'INF' || cell === '-INF')
            return;
        if (this.numberCount + (this.texts?.length ?? 0) >= RAW_VALUE_CAP) {
            this.overflowed = true;
            this.numbers = undefined;
            this.texts = undefined;
            return;
        }
        const number = asNumber(cell);
        if (number !== undefined) {
            if (this.numberCount === this.numbers.length) {
                const grown = new Float64Array(this.numbers.length * 2);
                grown.set(this.numbers);
                this.numbers = grown;
            }
            // Numbers are kept once, as numbers; their text (for categorical use) is derived later.
            this.numbers[this.numberCount++] = number;
        }
        else
            this.texts.push(canonicalText(cell));
    }
    /** The numeric values seen (text values are not numbers), or undefined once over the cap. */
    numericValues() {
        return this.overflowed ? undefined : this.numbers.subarray(0, this.numberCount);
    }
    /** Counts per category (canonical text), or undefined once over the cap. */
    categoryCounts() {
        if (this.overflowed)
            return undefined;
        const counts = new Map();
        const numbers = this.numbers;
        for (let i = 0; i < this.numberCount; i++) {
            const text = String(numbers[i]);
            counts.set(text, (counts.get(text) ?? 0) + 1);
        }
        for (const text of this.texts)
            counts.set(text, (counts.get(text) ?? 0) + 1);
        return counts;
    }
}
/**
 * The value as a number when it is one, else undefined: text is read as the profile reads it
 * (classifyText, the casts' strict rules), so `" 12"`, `"0x10"` or `"1_000"` is text, not the
 * number Number() makes of it; dates and datetimes are epoch milliseconds (UTC unless the text
 * names an offset), and a day that does not exist (2021-02-29) is text.
 */
function asNumber(cell) {
    if (typeof cell === 'number')
        return Number.isNaN(cell) ? undefined : cell;
    if (typeof cell === 'bigint')
        return Number(cell);
    if (cell instanceof Date)
        return cell.getTime();
    if (typeof cell === 'string') {
        const kind = (0,text_kind/* classifyText */.oF)(cell);
        if (kind === text_kind/* K_INTEGER */.v8 || kind === text_kind/* K_NUMBER */.I0 || kind === text_kind/* K_DATE */.vs || kind === text_kind/* K_DATETIME */.CN) {
            const n = text_kind/* TEXT_VALUE */.a[0];
            // NaN, INF and -INF are numbers to the profile, but missing in its sketches.
            return Number.isFinite(n) ? n : undefined;
        }
    }
    return undefined;
}
/**
 * One spelling per value, whatever the format it came from: `1` and `1.0` meet, as do `true`
 * and `TRUE`, as the profile's frequent values meet (the same strict reading: `" 1"` and `tRue`
 * are text of their own).
 */
function canonicalText(cell) {
    if (typeof cell === 'string') {
        const kind = (0,text_kind/* classifyText */.oF)(cell);
        if (kind === text_kind/* K_INTEGER */.v8 || kind === text_kind/* K_NUMBER */.I0)
            return String(text_kind/* TEXT_VALUE */.a[0]);
        if (kind === text_kind/* K_BOOLEAN */.b5)
            return text_kind/* TEXT_VALUE */.a[0] === 1 ? 'true' : 'false';
        return cell;
    }
    if (cell instanceof Date)
        return cell.toISOString();
    return String(cell);
}
/** Raw values of every column of a dataset, fed batch by batch. */
class RawColumns {
    columns = new Map();
    rows = 0;
    observeBatch(batch) {
        batch.columns.forEach((name, c) => {
            let column = this.columns.get(name);
            if (!column) {
                column = new RawColumn();
                this.columns.set(name, column);
            }
            const cells = batch.values[c];
            for (let i = 0; i < batch.rowCount; i++)
                column.add(cells[i]);
        });
        this.rows += batch.rowCount;
    }
    get(name) {
        return this.columns.get(name);
    }
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/sides.js
/**
 * Loads one side of the comparison: a dataset read in one streaming pass into a profile (plus
 * raw values while few), a saved profile (validate-data's or drift-check's), or
 * `registry:<name>@<alias-or-version>`: the data profiles register-model stored with that
 * version (several are merged with mergeProfiles, as shards of one training set).
 */








/** A `registry:` reference is a registered version's profile, a `.json` input a saved profile, anything else a dataset. */
async function loadSide(input, source, options = {}) {
    if ((0,model_reference/* isRegistryReference */.lb)(source))
        return loadRegistryProfile(input, source.trim(), options);
    if (/\.json$/i.test(source.trim()))
        return loadProfile(input, source.trim());
    let paths;
    try {
        paths = options.paths ?? (await (0,data/* expandDataPaths */.ZT)(source));
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* InputError */.dz(input, error.message, { cause: error });
        throw error;
    }
    const profiler = new profile/* DatasetProfiler */.ib();
    const raw = new RawColumns();
    const progress = new runner_progress/* Progress */.k(`drift-check ${input} ${source}`);
    for await (const batch of (0,data.readDataset)(paths)) {
        profiler.observeBatch(batch);
        raw.observeBatch(batch);
        progress.update(profiler.rows, batch.bytesRead);
    }
    progress.done();
    const columns = new Map();
    for (const name of profiler.columnNames()) {
        const column = profiler.column(name);
        const kinds = column.kindCounts();
        columns.set(name, { name, type: (0,value_kind/* inferredType */.yp)(kinds), kinds, sketch: column.sketch, raw: raw.get(name) });
    }
    return { input, source, kind: 'dataset', rows: profiler.rows, columns, profile: () => profiler.toJSON() };
}
function readProfileJson(input, file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : `cannot be read as JSON: ${error.message}`;
        throw new errors/* InputError */.dz(input, `profile '${file}' ${reason}`, { file });
    }
}
function loadProfile(input, file) {
    return profileSide(input, file, readProfileJson(input, file), file);
}
async function loadRegistryProfile(input, spec, options) {
    const resolved = await (0,model_reference/* resolveModelReference */.Dx)(spec, { registry: options.registry ?? 'file:.mlops/registry', input, ...(options.githubToken ? { githubToken: options.githubToken } : {}) });
    const files = await (0,model_reference/* fetchAttachments */.NL)(resolved, 'data-profile', (0,model_reference/* scratchDir */.GA)('drift-check-reference'));
    if (!files.length) {
        throw new errors/* InputError */.dz(input, `${resolved.description} carries no data profile: register it with register-model's \`data-profile\` input (validate-data's profile of the training data)`);
    }
    if (files.length === 1)
        return profileSide(input, spec, readProfileJson(input, files[0]), files[0]);
    // Several profiles (e.g. shards of the training data): their merge is the whole reference.
    let merged;
    try {
        merged = (0,profile/* mergeProfiles */.Ns)(files.map((file) => readProfileJson(input, file)));
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* InputError */.dz(input, `${resolved.description}: ${error.message}`, { cause: error });
        throw error;
    }
    return profileSide(input, spec, merged, `${resolved.description} (${files.length} profiles merged)`);
}
function profileSide(input, source, json, file) {
    try {
        const parsed = (0,profile/* parseProfile */.jZ)(json, file);
        const columns = new Map();
        for (const [name, column] of parsed.columns)
            columns.set(name, { name, ...column });
        return { input, source, kind: 'profile', rows: parsed.rows, columns };
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* InputError */.dz(input, error.message, { file, cause: error });
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/src/report/mermaid.js
var mermaid = __webpack_require__(5874);
;// CONCATENATED MODULE: ./lib/actions/drift-check/summary.js
/** drift-check's Markdown: the verdict, a table of columns sorted by drift, and a chart. */



const MAX_ROWS = 100;
const MAX_CHART_COLUMNS = 20;
function number(value, digits = 4) {
    if (value === undefined || value === null || Number.isNaN(value))
        return '';
    if (value !== 0 && Math.abs(value) < 1e-4)
        return value.toExponential(2);
    return Number(value.toPrecision(digits)).toString();
}
function percent(share) {
    return `${(share * 100).toFixed(1)}%`;
}
function statusCell(c) {
    const icon = { ok: '✅ ok', drift: '🔴 drift', 'insufficient-data': '⚪ insufficient data', error: '⚠️ error' }[c.status];
    return c.message ? `${icon}: ${(0,markdown/* escapeCell */.kq)(c.message)}` : icon;
}
function row(c) {
    const p = c.adjustedPValue ?? c.pValue;
    return [
        (0,markdown/* inlineCode */.ti)(c.column),
        c.type ?? '',
        c.method ?? '',
        number(c.statistic),
        p === undefined || p === null ? '' : number(p, 3),
        c.effectSize ? `${c.effectSize.name} ${number(c.effectSize.value, 3)}` : '',
        number(c.threshold, 3),
        `${percent(c.reference.nullFraction)} → ${percent(c.current.nullFraction)}`,
        statusCell(c),
    ];
}
/** The Markdown for the job summary and the issue. */
function renderDriftSummary(analysis, reference, current, rows) {
    const drifted = analysis.columns.filter((c) => c.drifted).length;
    const verdict = analysis.drifted
        ? `### 🔴 drift-check: the data drifted (${drifted} of ${analysis.judged} columns, ${percent(analysis.driftShare)})`
        : `### ✅ drift-check: no dataset drift (${drifted} of ${analysis.judged} columns drifted, ${percent(analysis.driftShare)})`;
    const lines = [
        verdict,
        '',
        `Reference ${(0,markdown/* inlineCode */.ti)(reference)} (${rows.reference.toLocaleString('en-US')} rows) against current ${(0,markdown/* inlineCode */.ti)(current)} (${rows.current.toLocaleString('en-US')} rows).`,
        '',
        (0,markdown/* table */.tp)(['Column', 'Type', 'Method', 'Statistic', 'p-value', 'Effect size', 'Threshold', 'Missing', 'Status'], analysis.columns.slice(0, MAX_ROWS).map(row), ['left', 'left', 'left', 'right', 'right', 'left', 'right', 'left', 'left']),
    ];
    if (analysis.columns.length > MAX_ROWS)
        lines.push('', `_…and ${analysis.columns.length - MAX_ROWS} more columns in the JSON report._`);
    const charted = analysis.columns.filter((c) => c.statistic !== undefined).slice(0, MAX_CHART_COLUMNS);
    if (charted.length) {
        lines.push('', (0,markdown/* details */.zH)('Drift scores (1 = threshold: distances divided by their threshold; p-value tests log(p) / log(alpha))', (0,mermaid/* barChart */.S9)({
            title: 'Drift score by column',
            categories: charted.map((c) => c.column),
            yLabel: 'score',
            bars: [{ name: 'score', values: charted.map(driftScore) }],
            lines: [{ name: 'threshold', values: charted.map(() => 1) }],
        }), true));
    }
    const unmatched = [
        analysis.onlyReference.length ? `only in the reference: ${analysis.onlyReference.map(markdown/* inlineCode */.ti).join(', ')}` : '',
        analysis.onlyCurrent.length ? `only in the current data: ${analysis.onlyCurrent.map(markdown/* inlineCode */.ti).join(', ')}` : '',
    ].filter(Boolean);
    if (unmatched.length)
        lines.push('', `Columns not compared: ${unmatched.join('; ')}.`);
    return `${lines.join('\n')}\n`;
}
/** One line for logs and the dispatch payload. */
function oneLine(analysis) {
    return analysis.drifted
        ? `drift in ${analysis.driftedColumns.length} of ${analysis.judged} columns (${(0,markdown/* escapeText */.X1)(analysis.driftedColumns.join(', '))})`
        : `no dataset drift (${analysis.driftedColumns.length} of ${analysis.judged} columns drifted)`;
}

;// CONCATENATED MODULE: ./lib/actions/drift-check/main.js
/** drift-check's entry: typed inputs in, plain analysis, outputs, reports, summary and GitHub out. */














const REPORT_VERSION = 1;
async function main({ inputs, outputs }) {
    const referenceSpec = inputs.requiredString('reference');
    const currentSpec = inputs.requiredString('current');
    const config = inputs.structured('config');
    const options = {
        columns: inputs.list('columns'),
        excludeColumns: inputs.list('exclude-columns'),
        method: inputs.enumeration('method', spec/* DRIFT_METHODS */.Tl) ?? 'auto',
        threshold: inputs.number('threshold', { min: 0 }),
        config: parseColumnConfig(config),
        correction: inputs.enumeration('correction', spec/* CORRECTIONS */.ql) ?? 'none',
        driftShare: inputs.number('drift-share', { min: 0, max: 1 }) ?? 0.5,
        minRows: inputs.integer('min-rows', { min: 1 }) ?? 30,
    };
    const failOnDrift = inputs.boolean('fail-on-drift');
    const savePath = inputs.string('save-profile');
    const reportPath = inputs.requiredString('report');
    const htmlPath = inputs.string('html-report');
    const issue = inputs.boolean('issue');
    const dispatch = inputs.string('dispatch');
    const token = inputs.string('github-token');
    const issueLabel = inputs.requiredString('issue-label');
    // Each side's data files are expanded once, here, and handed to loadSide.
    const referenceFiles = await sideFiles('reference', referenceSpec);
    const currentFiles = await sideFiles('current', currentSpec);
    (0,distinct_paths/* refuseClashingPaths */.m)([referenceFiles, currentFiles, { input: 'config', paths: config?.file ? [config.file] : [] }], [{ input: 'save-profile', path: savePath, what: 'profile' }, { input: 'html-report', path: htmlPath, what: 'HTML report' }, { input: 'report', path: reportPath, what: 'report' }]);
    const started = Date.now();
    const sideOptions = { registry: inputs.requiredString('registry'), ...(token ? { githubToken: token } : {}) };
    const reference = await loadSide('reference', referenceSpec, { ...sideOptions, ...datasetPaths(referenceFiles) });
    const current = await loadSide('current', currentSpec, { ...sideOptions, ...datasetPaths(currentFiles) });
    const analysis = analyze(reference, current, options);
    const report = {
        version: REPORT_VERSION,
        drifted: analysis.drifted,
        driftShare: analysis.driftShare,
        driftShareThreshold: options.driftShare,
        driftedColumns: analysis.driftedColumns,
        reference: { source: referenceSpec, kind: reference.kind, rows: reference.rows },
        current: { source: currentSpec, kind: current.kind, rows: current.rows },
        correction: options.correction,
        columns: analysis.columns.map(({ distribution: _distribution, ...column }) => column),
        onlyReference: analysis.onlyReference,
        onlyCurrent: analysis.onlyCurrent,
        seconds: (Date.now() - started) / 1000,
    };
    if (savePath)
        (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(savePath), `${JSON.stringify(current.profile(), null, 1)}\n`, 'profile');
    if (htmlPath)
        (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(htmlPath), renderDriftHtml(analysis, referenceSpec, currentSpec), 'HTML report');
    (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(reportPath), `${JSON.stringify(report, null, 2)}\n`, 'report');
    outputs.set('drifted', analysis.drifted);
    outputs.set('drift-share', Number(analysis.driftShare.toFixed(6)));
    outputs.set('drifted-columns', analysis.driftedColumns);
    outputs.set('report', reportPath);
    const summary = renderDriftSummary(analysis, referenceSpec, currentSpec, { reference: reference.rows, current: current.rows });
    await (0,runner_summary/* appendSummary */.f)(summary);
    await notifyGitHub(analysis, { token, issue, issueLabel, dispatch, reference: referenceSpec, current: currentSpec, summary });
    const line = `drift-check: ${oneLine(analysis)}`;
    if (analysis.drifted && failOnDrift)
        core/* setFailed */.C1(line);
    else if (analysis.drifted)
        core/* warning */.$e(line);
    else
        core/* info */.pq(line);
}
/** The local files a side reads (`dataset`: a data spec that matched files); a reference that is a saved profile may be rolled forward by `save-profile`. */
async function sideFiles(input, spec) {
    if ((0,model_reference/* isRegistryReference */.lb)(spec))
        return { input, paths: [] };
    if (/\.json$/i.test(spec.trim()))
        return { input, paths: [spec.trim()], ...(input === 'reference' ? { replacedBy: 'save-profile' } : {}) };
    // A spec that matches nothing (or cannot be expanded) is reported by loadSide, in its own words.
    const paths = await (0,data_paths/* expandDataPaths */.Z)(spec).catch(() => undefined);
    return paths ? { input, paths, dataset: true } : { input, paths: [] };
}
/** loadSide's `paths` option for a side whose data files sideFiles expanded. */
function datasetPaths(files) {
    return files.dataset ? { paths: files.paths } : {};
}


/***/ }),

/***/ 7008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ withPermission)
/* harmony export */ });
/* unused harmony exports PermissionError, isPermissionRefusal */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * A GitHub call refused for lack of a token permission, turned into an error that says which
 * `permissions:` entry the workflow needs, instead of a bare "403 Resource not accessible".
 */

/** A refusal the user fixes by granting the workflow's token a permission. */
class PermissionError extends _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    /** The `permissions:` entry that is missing, e.g. `issues: write`. */
    permission;
    /** The GitHub answer that refused the call. */
    serviceError;
    constructor(permission, action, serviceError, extra = '') {
        super(`Could not ${action}: the token lacks a permission. The workflow needs \`permissions: ${permission}\` ` +
            `(in the job's or the workflow's \`permissions:\` block${extra}); on pull requests from forks the token is read-only. ` +
            `GitHub answered ${serviceError.endpoint} with HTTP ${serviceError.status ?? '(none)'}: ${githubMessage(serviceError)}.`, { cause: serviceError, title: 'GitHub permission missing' });
        this.name = 'PermissionError';
        this.permission = permission;
        this.serviceError = serviceError;
    }
}
/** GitHub's own words, without the documentation link and the generic hint the ServiceError adds. */
function githubMessage(error) {
    const cause = error.cause instanceof Error ? error.cause.message : error.message;
    return cause.replace(/ - https:\/\/docs\.github\.com\S*/, '').replace(/\.$/, '');
}
/** Whether `error` is GitHub refusing the token, as opposed to a rate limit or an outage. */
function isPermissionRefusal(error, options = {}) {
    if (!(error instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7))
        return false;
    if (error.status === 404)
        return options.notFound === true;
    // Rate limits are 403s too; they are waited out by the client and must not read as permissions.
    return error.status === 403 && !/rate limit/i.test(error.message);
}
/**
 * Runs `call`; a refusal of the token becomes a PermissionError naming the permission. Any
 * other failure passes through unchanged.
 */
async function withPermission(context, call) {
    try {
        return await call();
    }
    catch (error) {
        if (isPermissionRefusal(error, context))
            throw new PermissionError(context.permission, context.action, error, context.extra);
        throw error;
    }
}


/***/ }),

/***/ 7630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Progress)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/**
 * Steady progress lines for long work (rows read, bytes, throughput). A line is logged at most
 * once per interval, however often update() is called, so a hot loop can call it cheaply.
 */

class Progress {
    label;
    intervalMs;
    now;
    log;
    startedAt;
    lastLoggedAt;
    rows = 0;
    bytes = 0;
    constructor(label, options = {}) {
        this.label = label;
        this.intervalMs = options.intervalMs ?? 10_000;
        this.now = options.now ?? Date.now;
        this.log = options.log ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq;
        this.startedAt = this.now();
        this.lastLoggedAt = this.startedAt;
    }
    /** Records the running totals; logs a line when the interval has passed. */
    update(rows, bytes) {
        this.rows = rows;
        this.bytes = bytes;
        const now = this.now();
        if (now - this.lastLoggedAt >= this.intervalMs) {
            this.lastLoggedAt = now;
            this.log(this.line(now));
        }
    }
    /** Logs the final totals. */
    done() {
        this.log(`${this.line(this.now())} (done)`);
    }
    line(now) {
        const seconds = Math.max((now - this.startedAt) / 1000, 1e-9);
        const mb = this.bytes / 1e6;
        return (`${this.label}: ${this.rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB, ` +
            `${(mb / seconds).toFixed(1)} MB/s, ${Math.round(this.rows / seconds).toLocaleString('en-US')} rows/s`);
    }
}


/***/ })

};
