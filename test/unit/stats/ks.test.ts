import { describe, expect, it } from 'vitest';
import { ksTest } from '../../../src/stats/ks.js';
import { kolmogorovSf } from '../../../src/stats/ks/kolmogorov.js';
import { smirnovSf } from '../../../src/stats/ks/smirnov.js';
import { isResult } from '../../../src/stats/outcome.js';
import { runPython } from '../../support/python.js';
import { normals, relDiff } from './generate.js';

interface Case {
  a: number[];
  b: number[];
}

/** scipy's ks_2samp (statistic, pvalue) for each case. */
function scipyKs(cases: Case[]): Array<[number, number]> {
  const out = runPython(
    `import sys, json, numpy as np, warnings
from scipy.stats import ks_2samp
warnings.simplefilter('ignore')
res = []
for c in json.load(sys.stdin):
    r = ks_2samp(np.array(c['a'], dtype=float), np.array(c['b'], dtype=float))
    res.append([float(r.statistic), float(r.pvalue)])
print(json.dumps(res))`,
    JSON.stringify(cases),
  );
  return JSON.parse(out) as Array<[number, number]>;
}

// Sizes cover every branch scipy takes: equal and unequal exact sizes, the asymptotic kstwo with
// small n (Durbin, Pomeranz, Ruben-Gambino, Smirnov) and large n (Durbin, Pelz-Good, Smirnov).
const SIZES: Array<[number, number]> = [
  [1, 1], [1, 7], [2, 3], [5, 5], [8, 12], [10, 10], [30, 45], [64, 64], [100, 250], [333, 1000],
  [1000, 1000], [999, 1001], [2500, 10000], [10000, 10000],
  [10001, 3], [12000, 20], [15000, 60], [20000, 140], [11000, 400], [30000, 2000], [20000, 20000], [60000, 50000],
];

describe('ksTest against scipy.stats.ks_2samp', () => {
  const cases: Case[] = [];
  SIZES.forEach(([n1, n2], i) => {
    // Identical distributions, a small shift, a large shift; with ties from rounding in some.
    for (const [shift, decimals] of [[0, undefined], [0.15, 1], [0.6, 2], [2, 0]] as const) {
      cases.push({ a: Array.from(normals(1000 + i, n1, 0, 1, decimals)), b: Array.from(normals(2000 + i, n2, shift, 1, decimals)) });
    }
  });
  const expected = scipyKs(cases);

  it('matches statistic and p-value to 1e-9 relative for every size, shift and tie pattern', () => {
    let worst = 0;
    cases.forEach((c, i) => {
      const r = ksTest(Float64Array.from(c.a), Float64Array.from(c.b));
      if (!isResult(r)) throw new Error('unexpected insufficient-data');
      const [d, p] = expected[i]!;
      expect(r.statistic, `D, case ${i} (${c.a.length} vs ${c.b.length})`).toBe(d);
      const diff = relDiff(r.pValue, p);
      worst = Math.max(worst, diff);
      expect(diff, `p-value, case ${i} (${c.a.length} vs ${c.b.length}): ours ${r.pValue}, scipy ${p}`).toBeLessThan(1e-9);
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it('all-equal samples give D = 0 and p = 1; an empty side is insufficient-data', () => {
    const r = ksTest(new Float64Array(50).fill(3), new Float64Array(70).fill(3));
    expect(isResult(r) && [r.statistic, r.pValue]).toEqual([0, 1]);
    const empty = ksTest(new Float64Array(0), new Float64Array(5));
    expect(empty.status).toBe('insufficient-data');
    expect(isResult(empty) ? '' : empty.reason).toMatch(/reference sample has 0 values/);
  });

  it('rejects NaN in the input', () => {
    expect(() => ksTest(Float64Array.from([1, NaN]), Float64Array.from([1]))).toThrow(/NaN/);
  });
});

describe('kstwo and smirnov against scipy', () => {
  const grid: Array<[number, number]> = [];
  for (const n of [1, 2, 5, 20, 80, 140, 141, 500, 5000, 99999, 100001, 400000, 2000000]) {
    for (const x of [0.001, 0.004, 0.01, 0.02, 0.05, 0.08, 0.1, 0.2, 0.3, 0.45, 0.5, 0.6, 0.9, 0.999]) grid.push([n, x]);
  }
  const expected = JSON.parse(
    runPython(
      `import sys, json
from scipy.stats import kstwo
from scipy.special import smirnov
print(json.dumps([[float(kstwo.sf(x, n)), float(smirnov(n, x))] for n, x in json.load(sys.stdin)]))`,
      JSON.stringify(grid),
    ),
  ) as Array<[number, number]>;

  it('kstwo.sf and smirnov agree to 1e-9 relative where they exceed 1e-300', () => {
    grid.forEach(([n, x], i) => {
      const [k, s] = expected[i]!;
      if (k > 1e-300) expect(relDiff(kolmogorovSf(n, x), k), `kstwo.sf(${x}, ${n})`).toBeLessThan(1e-9);
      else expect(kolmogorovSf(n, x)).toBeLessThan(1e-290);
      if (s > 1e-300) expect(relDiff(smirnovSf(n, x), s), `smirnov(${n}, ${x})`).toBeLessThan(1e-9);
    });
  });
});
