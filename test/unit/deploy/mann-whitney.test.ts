import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../../../src/stats/mann-whitney.js';
import { runPython } from '../../support/python.js';
import { normals, relDiff } from '../stats/generate.js';

describe('mannWhitneyU against scipy.stats.mannwhitneyu(two-sided, asymptotic)', () => {
  const cases: Array<[number[], number[]]> = [];
  for (const [n1, n2] of [[1, 1], [2, 3], [5, 5], [8, 13], [30, 25], [200, 150], [3000, 2000]] as const) {
    for (const shift of [0, 0.3, 1.5]) {
      cases.push([Array.from(normals(n1 * 7 + n2, n1, 0, 1)), Array.from(normals(n2 * 11 + n1, n2, shift, 1))]);
      // Rounded to one decimal: many ties, which the variance must correct for.
      cases.push([Array.from(normals(n1 * 13 + n2, n1, 0, 1, 1)), Array.from(normals(n2 * 17 + n1, n2, shift, 1, 1))]);
    }
  }
  cases.push([[1, 1, 1], [1, 1]]); // every value ties
  cases.push([[0, 0, 0, 0, 1], [1, 1, 1, 1, 0]]);
  cases.push([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]); // fully separated
  const expected = JSON.parse(
    runPython(
      `import sys, json, math
from scipy.stats import mannwhitneyu
out = []
for x, y in json.load(sys.stdin):
    r = mannwhitneyu(x, y, alternative='two-sided', method='asymptotic')
    out.append([float(r.statistic), float(r.pvalue)])
print(json.dumps(out))`,
      JSON.stringify(cases),
    ),
  ) as Array<[number, number]>;

  it('U equals scipy exactly and the p-value to 1e-10 relative, with and without ties', () => {
    cases.forEach(([x, y], i) => {
      const r = mannWhitneyU(x, y);
      const [u, p] = expected[i]!;
      expect(r.u, `U of case ${i}`).toBe(u);
      expect(relDiff(r.pValue, p), `p of case ${i}: ${r.pValue} vs ${p}`).toBeLessThan(1e-10);
      expect(r.cles).toBeCloseTo(u / (x.length * y.length), 14);
    });
  });

  it('finds a shift of 1.5 sd in 30 vs 25 values and none between equal distributions', () => {
    const same = mannWhitneyU(normals(1, 30), normals(2, 25));
    const shifted = mannWhitneyU(normals(1, 30), normals(2, 25, 1.5));
    expect(same.pValue).toBeGreaterThan(0.05);
    expect(shifted.pValue).toBeLessThan(1e-4);
    expect(shifted.cles).toBeLessThan(0.2); // x is mostly below y
  });

  it('refuses empty samples and NaN', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyU([1, Number.NaN], [1])).toThrow(/NaN/);
  });
});
