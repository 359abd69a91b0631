import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chi2Test } from '../../../src/stats/chi2.js';
import { zTest } from '../../../src/stats/proportions.js';
import { isResult } from '../../../src/stats/outcome.js';
import { FrequentValues } from '../../../src/profile/sketches/index.js';
import { runPython } from '../../support/python.js';
import { categories, relDiff, rng } from './generate.js';

function counts(values: readonly string[], keys: readonly string[]): number[] {
  return keys.map((k) => values.filter((v) => v === k).length);
}

describe('chi2Test against scipy.stats.chi2_contingency', () => {
  const cases: Array<{ a: string[]; b: string[] }> = [];
  const weights = [[1, 1], [3, 1], [1, 1, 1], [5, 3, 1, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Array.from({ length: 60 }, (_, i) => 1 + (i % 7))];
  weights.forEach((w, i) => {
    for (const [n1, n2] of [[20, 30], [200, 150], [5000, 8000]] as const) {
      cases.push({ a: categories(10 * i + n1, n1, w), b: categories(20 * i + n2, n2, w) });
      // Drifted: the last category gains weight (and may be new to the current side).
      cases.push({ a: categories(30 * i + n1, n1, w.slice(0, -1).concat(0.01)), b: categories(40 * i + n2, n2, w.slice(0, -1).concat(w[0]! * 3)) });
    }
  });
  const tables = cases.map(({ a, b }) => {
    const keys = [...new Set([...a, ...b])].sort();
    return [counts(a, keys), counts(b, keys)];
  });
  const expected = JSON.parse(
    runPython(
      `import sys, json
from scipy.stats import chi2_contingency
from scipy.stats.contingency import association
import numpy as np
out = []
for t in json.load(sys.stdin):
    r = chi2_contingency(np.array(t))
    out.append([float(r.statistic), float(r.pvalue), int(r.dof), float(association(np.array(t), method='cramer')) if r.dof > 0 else 0.0])
print(json.dumps(out))`,
      JSON.stringify(tables),
    ),
  ) as Array<[number, number, number, number]>;

  it('statistic and p-value to 1e-10 relative (Yates for 2 categories), Cramér V to 1e-12', () => {
    cases.forEach(({ a, b }, i) => {
      const r = chi2Test(a, b);
      if (!isResult(r)) throw new Error('insufficient');
      const [stat, p, dof, v] = expected[i]!;
      expect(r.dof).toBe(dof);
      expect(relDiff(r.statistic, stat), `statistic ${i}`).toBeLessThan(1e-12);
      expect(relDiff(r.pValue, p), `p-value ${i}: ${r.pValue} vs ${p}`).toBeLessThan(1e-10);
      expect(relDiff(r.effectSize!.value, v), `Cramér V ${i}`).toBeLessThan(1e-12);
    });
  });

  it('gives the same result from exact FrequentValues sketches as from raw values', () => {
    const { a, b } = cases[7]!;
    const fa = new FrequentValues(100);
    const fb = new FrequentValues(100);
    a.forEach((v) => fa.add(v));
    b.forEach((v) => fb.add(v));
    expect(chi2Test(fa, fb)).toMatchObject({ statistic: (chi2Test(a, b) as { statistic: number }).statistic, exact: true, statisticError: 0 });
  });

  it('a single category gives statistic 0 and p = 1; an empty side is insufficient-data', () => {
    expect(chi2Test(['x', 'x'], ['x'])).toMatchObject({ status: 'ok', statistic: 0, pValue: 1, dof: 0 });
    expect(chi2Test([], ['x']).status).toBe('insufficient-data');
  });

  it('p-values lie in [0, 1] and the test is symmetric in its statistic (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 60 }), fc.array(fc.constantFrom('a', 'b', 'c', 'e'), { minLength: 1, maxLength: 60 }), (a, b) => {
        const r = chi2Test(a, b);
        const s = chi2Test(b, a);
        if (!isResult(r) || !isResult(s)) return false;
        return r.pValue >= 0 && r.pValue <= 1 && Math.abs(r.statistic - s.statistic) <= 1e-9 * Math.max(1, r.statistic);
      }),
    );
  });
});

describe('zTest against the pooled two-proportion z computed with scipy.stats.norm', () => {
  const cases: Array<[number, number, number, number]> = [];
  const next = rng(7);
  for (let i = 0; i < 60; i++) {
    const n1 = 1 + Math.floor(next() * 5000);
    const n2 = 1 + Math.floor(next() * 5000);
    cases.push([Math.floor(next() * (n1 + 1)), n1, Math.floor(next() * (n2 + 1)), n2]);
  }
  cases.push([1, 100000, 900, 100000], [0, 10, 10, 10], [5, 5, 0, 5]);
  const expected = JSON.parse(
    runPython(
      `import sys, json, numpy as np
from scipy.stats import norm
out = []
for x1, n1, x2, n2 in json.load(sys.stdin):
    p1, p2, p = x1/n1, x2/n2, (x1+x2)/(n1+n2)
    z = (p2 - p1) / np.sqrt(p*(1-p)*(1/n1 + 1/n2))
    out.append([float(z), float(2*norm.sf(abs(z))), float(2*np.arcsin(np.sqrt(p2)) - 2*np.arcsin(np.sqrt(p1)))])
print(json.dumps(out))`,
      JSON.stringify(cases),
    ),
  ) as Array<[number, number, number]>;

  it('z, p-value (tails included) and Cohen h to 1e-11 relative', () => {
    cases.forEach(([x1, n1, x2, n2], i) => {
      const a = [...Array<boolean>(x1).fill(true), ...Array<boolean>(n1 - x1).fill(false)];
      const b = [...Array<boolean>(x2).fill(true), ...Array<boolean>(n2 - x2).fill(false)];
      const r = zTest(a, b);
      if (!isResult(r)) throw new Error('insufficient');
      const [z, p, h] = expected[i]!;
      expect(relDiff(r.statistic, z), `z ${i}`).toBeLessThan(1e-11);
      // scipy's ndtr flushes to 0 around 1e-308 where we still return a subnormal.
      if (p < 1e-300) expect(r.pValue).toBeLessThan(1e-300);
      else expect(relDiff(r.pValue, p), `p ${i}: ${r.pValue} vs ${p}`).toBeLessThan(1e-11);
      expect(Math.abs(r.effectSize!.value - h)).toBeLessThan(1e-12);
    });
  });

  it('constant equal columns give z = 0, p = 1; more than two values is a UserError', () => {
    expect(zTest([true, true], [true])).toMatchObject({ statistic: 0, pValue: 1 });
    expect(() => zTest(['a', 'b'], ['c'])).toThrow(/binary columns/);
  });
});
