import { describe, expect, it } from 'vitest';
import { binomialCdfHalf, chi2Sf1, erfc, normalSf } from '../../../src/metrics/significance/distributions.js';
import { mcnemar, mcnemarBinary, mcnemarFromCounts } from '../../../src/metrics/significance/mcnemar.js';
import { delongTest } from '../../../src/metrics/significance/delong.js';
import { runPython } from '../../support/python.js';
import { binaryCase } from './generate.js';

const rel = (a: number, b: number) => Math.abs(a - b) <= 1e-10 * Math.max(Math.abs(b), 1e-300);

describe('distribution functions against scipy (1e-10 relative)', () => {
  const xs = [-3, -1, -0.2, 0, 1e-8, 0.3, 0.5, 1, 1.9, 2, 2.1, 3.5, 5, 8, 12, 20, 26];
  const chis = [0, 0.001, 0.5, 1, 3.84, 10, 50, 200, 700];
  const binoms: [number, number][] = [[0, 0], [0, 1], [0, 5], [2, 10], [5, 10], [7, 24], [12, 24], [30, 100], [400, 1000], [50, 3000], [1, 2000]];
  const ref = JSON.parse(
    runPython(
      String.raw`
import json, sys
from scipy import special, stats
d = json.load(sys.stdin)
print(json.dumps({
  'erfc': [float(special.erfc(x)) for x in d['xs']],
  'norm': [float(stats.norm.sf(x)) for x in d['xs']],
  'chi2': [float(stats.chi2.sf(x, 1)) for x in d['chis']],
  'binom': [float(stats.binom.cdf(k, n, 0.5)) for k, n in d['binoms']],
}))`,
      JSON.stringify({ xs, chis, binoms }),
    ),
  ) as { erfc: number[]; norm: number[]; chi2: number[]; binom: number[] };

  it('erfc and the normal survival function', () => {
    xs.forEach((x, i) => {
      expect(rel(erfc(x), ref.erfc[i]!), `erfc(${x}) = ${erfc(x)} vs ${ref.erfc[i]}`).toBe(true);
      expect(rel(normalSf(x), ref.norm[i]!), `sf(${x})`).toBe(true);
    });
  });
  it('chi-squared with one degree of freedom', () => {
    chis.forEach((x, i) => expect(rel(chi2Sf1(x), ref.chi2[i]!), `chi2.sf(${x}) = ${chi2Sf1(x)} vs ${ref.chi2[i]}`).toBe(true));
  });
  it('binomial CDF at p = 1/2', () => {
    binoms.forEach(([k, n], i) => expect(rel(binomialCdfHalf(k, n), ref.binom[i]!), `cdf(${k}; ${n}) = ${binomialCdfHalf(k, n)} vs ${ref.binom[i]}`).toBe(true));
  });
});

describe("McNemar's test against scipy (statsmodels' mcnemar semantics)", () => {
  const pairs: [number, number][] = [[0, 0], [0, 3], [3, 3], [5, 12], [1, 23], [12, 13], [30, 45], [100, 60], [400, 380], [3, 80]];
  const ref = JSON.parse(
    runPython(
      String.raw`
import json, sys
from scipy import stats
out = []
for b, c in json.load(sys.stdin):
    exact = stats.binomtest(min(b, c), b + c, 0.5).pvalue if b + c > 0 else 1.0
    chi = stats.chi2.sf((abs(b - c) - 1) ** 2 / (b + c), 1) if b + c > 0 else None
    out.append({'exact': float(exact), 'chi2': None if chi is None else float(chi)})
print(json.dumps(out))`,
      JSON.stringify(pairs),
    ),
  ) as { exact: number; chi2: number | null }[];

  it.each(pairs.map((p, i) => [...p, i] as const))('b=%i c=%i', (b, c, i) => {
    const exact = mcnemarFromCounts(b, c, { exact: true });
    expect(exact.method).toBe('exact');
    expect(exact.statistic).toBe(Math.min(b, c));
    expect(rel(exact.pValue, ref[i]!.exact), `exact p ${exact.pValue} vs binomtest ${ref[i]!.exact}`).toBe(true);
    if (b + c > 0) {
      const chi = mcnemarFromCounts(b, c, { exact: false });
      expect(chi.statistic).toBeCloseTo((Math.abs(b - c) - 1) ** 2 / (b + c), 12);
      expect(rel(chi.pValue, ref[i]!.chi2!), `chi2 p ${chi.pValue} vs ${ref[i]!.chi2}`).toBe(true);
    }
    // default: exact below 25 discordant rows, chi-squared from there
    expect(mcnemarFromCounts(b, c).method).toBe(b + c < 25 ? 'exact' : 'chi2');
  });

  it('counts discordant rows from predictions (baseline-only, candidate-only)', () => {
    const y = [1, 1, 0, 0, 1, 0, 1];
    const cand = [1, 0, 0, 1, 1, 0, 1];
    const base = [0, 1, 1, 1, 1, 0, 0];
    const r = mcnemarBinary(y, cand, base);
    // row 0: cand right, base wrong; row 1: base right; row 2: cand right; row 6: cand right
    expect([r.baselineOnly, r.candidateOnly]).toEqual([1, 3]);
    expect(mcnemar(['a', 'b', 'c'], ['a', 'x', 'c'], ['a', 'b', 'y'])).toMatchObject({ baselineOnly: 1, candidateOnly: 1, pValue: 1 });
  });
});

describe("DeLong's test against a numpy reference (1e-9)", () => {
  // The fast DeLong of Sun & Xu written independently in numpy (midranks by argsort + tie runs).
  const REF = String.raw`
import json, sys
import numpy as np
def midrank(x):
    j = np.argsort(x, kind='mergesort'); z = x[j]; n = len(x); t = np.zeros(n)
    i = 0
    while i < n:
        k = i
        while k < n and z[k] == z[i]: k += 1
        t[i:k] = 0.5 * (i + k - 1) + 1
        i = k
    out = np.empty(n); out[j] = t
    return out
out = []
for case in json.load(sys.stdin):
    y = np.asarray(case['y']); S = np.stack([np.asarray(case['a']), np.asarray(case['b'])])
    pos, neg = S[:, y == 1], S[:, y == 0]; m, n = pos.shape[1], neg.shape[1]
    tx = np.stack([midrank(r) for r in pos]); ty = np.stack([midrank(r) for r in neg])
    tz = np.stack([midrank(r) for r in np.concatenate([pos, neg], axis=1)])
    auc = tz[:, :m].sum(axis=1) / m / n - (m + 1.0) / 2.0 / n
    v01 = (tz[:, :m] - tx) / n; v10 = 1.0 - (tz[:, m:] - ty) / m
    cov = np.cov(v01) / m + np.cov(v10) / n
    var = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    z = (auc[0] - auc[1]) / np.sqrt(var)
    from scipy import stats
    out.append({'a': auc[0], 'b': auc[1], 'z': z, 'p': 2 * stats.norm.sf(abs(z))})
print(json.dumps(out))`;
  const cases = [1, 2, 3].flatMap((seed) => {
    const a = binaryCase(seed, 3000, 0.35, 1.6, 2);
    const b = binaryCase(seed, 3000, 0.35, 1.6, 2); // same labels (same seed), different scores below
    const noisy = b.score.map((s, i) => Math.round((0.6 * s + 0.4 * ((i * 7919) % 1000) / 1000) * 100) / 100);
    return [
      { name: `seed ${seed}, ties`, y: a.y, a: a.score, b: noisy },
      { name: `seed ${seed}, close models`, y: a.y, a: a.score, b: a.score.map((s, i) => (i % 11 === 0 ? 1 - s : s)) },
    ];
  });
  const ref = JSON.parse(runPython(REF, JSON.stringify(cases))) as { a: number; b: number; z: number; p: number }[];

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_, i) => {
    const c = cases[i]!;
    const r = delongTest(c.y, c.a, c.b);
    expect(Math.abs(r.aucA - ref[i]!.a)).toBeLessThan(1e-12);
    expect(Math.abs(r.aucB - ref[i]!.b)).toBeLessThan(1e-12);
    expect(Math.abs(r.z - ref[i]!.z) / Math.abs(ref[i]!.z)).toBeLessThan(1e-9);
    expect(rel(r.pValue, ref[i]!.p) || Math.abs(r.pValue - ref[i]!.p) < 1e-15).toBe(true);
  });

  it('identical models: z = 0, p = 1', () => {
    const c = binaryCase(5, 500, 0.4, 1, 2);
    expect(delongTest(c.y, c.score, c.score)).toMatchObject({ difference: 0, z: 0, pValue: 1 });
  });
});
