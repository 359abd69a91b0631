import { describe, expect, it } from 'vitest';
import { chi2Sf, erfc, normalSf } from '../../../src/stats/special/distributions.js';
import { runPython } from '../../support/python.js';
import { relDiff } from './generate.js';

describe('chi-squared and normal survival functions against scipy', () => {
  const chi: Array<[number, number]> = [];
  for (const k of [1, 2, 3, 4, 5, 9, 10, 20, 49, 99, 200, 999]) {
    for (const f of [0.001, 0.05, 0.3, 0.7, 0.95, 1, 1.05, 1.3, 2, 3, 6, 15]) chi.push([k * f, k]);
  }
  const zs = [-8, -3, -1, -0.4, -1e-5, 0, 1e-6, 0.2, 0.49, 0.5, 0.7, 1.5, 3, 6, 10, 20, 37];
  const [chiRef, zRef] = JSON.parse(
    runPython(
      `import sys, json
from scipy.stats import chi2, norm
from scipy.special import erfc
d = json.load(sys.stdin)
print(json.dumps([[float(chi2.sf(x, k)) for x, k in d['chi']], [[float(norm.sf(z)), float(erfc(z))] for z in d['z']]]))`,
      JSON.stringify({ chi, z: zs }),
    ),
  ) as [number[], Array<[number, number]>];

  it('chi2.sf to 1e-10 relative over dof 1..999 and both tails', () => {
    chi.forEach(([x, k], i) => expect(relDiff(chi2Sf(x, k), chiRef[i]!), `chi2.sf(${x}, ${k})`).toBeLessThan(1e-10));
  });
  it('norm.sf and erfc to 1e-12 relative, far tails included', () => {
    zs.forEach((z, i) => {
      expect(relDiff(normalSf(z), zRef[i]![0]), `norm.sf(${z})`).toBeLessThan(1e-12);
      expect(relDiff(erfc(z), zRef[i]![1]), `erfc(${z})`).toBeLessThan(1e-12);
    });
  });
});
