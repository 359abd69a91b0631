import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoricalBins, linearQuantile, numericBins } from '../../../src/stats/binning.js';
import { benjaminiHochberg, bonferroni } from '../../../src/stats/correction.js';
import { distanceTest } from '../../../src/stats/distance-test.js';
import { hellinger, jensenShannon, psi } from '../../../src/stats/distances.js';
import { isResult } from '../../../src/stats/outcome.js';
import { wassersteinTest } from '../../../src/stats/wasserstein.js';
import { runPython } from '../../support/python.js';
import { categories, normals, relDiff, rng } from './generate.js';

const SIZES: Array<[number, number]> = [[1, 1], [3, 8], [50, 40], [1000, 3000], [20000, 15000]];

describe('numeric distances against scipy and numpy on the same data', () => {
  const cases = SIZES.flatMap(([n1, n2], i) =>
    ([[0, 1, undefined], [0.3, 1.4, 1], [2, 0.5, 0]] as const).map(([shift, sd, dec]) => ({
      a: Array.from(normals(300 + i, n1, 0, 1, dec)),
      b: Array.from(normals(400 + i, n2, shift, sd, dec)),
    })),
  );
  const ours = cases.map(({ a, b }) => {
    const w = wassersteinTest(Float64Array.from(a), Float64Array.from(b));
    const bins = numericBins(Float64Array.from(a), Float64Array.from(b));
    const get = (m: 'psi' | 'jensen-shannon' | 'hellinger', base?: number): number => {
      const r = distanceTest(m, bins, base === undefined ? {} : { base });
      if (!isResult(r)) throw new Error('insufficient');
      return r.statistic;
    };
    if (!isResult(w)) throw new Error('insufficient');
    return { w: w.statistic, norm: w.normalized, edges: bins.edges!, psi: get('psi'), js: get('jensen-shannon'), js2: get('jensen-shannon', 2), h: get('hellinger') };
  });
  const expected = JSON.parse(
    runPython(
      `import sys, json, numpy as np
from scipy.stats import wasserstein_distance
from scipy.spatial.distance import jensenshannon
out = []
for c in json.load(sys.stdin):
    a, b, edges = np.array(c['a']), np.array(c['b']), np.array(c['edges'])
    qs = [float(x) for x in np.quantile(a, np.arange(1, 10) / 10)]
    # The bins: searchsorted on the inner edges, side='right' (bin j holds edges[j-1] <= x < edges[j]).
    p = np.bincount(np.searchsorted(edges, a, side='right'), minlength=len(edges)+1) / len(a)
    q = np.bincount(np.searchsorted(edges, b, side='right'), minlength=len(edges)+1) / len(b)
    pe, qe = np.where(p == 0, 1e-4, p), np.where(q == 0, 1e-4, q)
    w = wasserstein_distance(a, b)
    out.append(dict(w=float(w), norm=float(w / max(np.std(a), 0.001)), qs=qs,
        psi=float(np.sum((qe - pe) * np.log(qe / pe))), js=float(jensenshannon(p, q)), js2=float(jensenshannon(p, q, base=2)),
        h=float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(q))**2)) / np.sqrt(2))))
print(json.dumps(out))`,
      JSON.stringify(cases.map((c, i) => ({ ...c, edges: ours[i]!.edges }))),
    ),
  ) as Array<{ w: number; norm: number; qs: number[]; psi: number; js: number; js2: number; h: number }>;

  it('Wasserstein (raw and normalised) to 1e-12 relative', () => {
    ours.forEach((o, i) => {
      expect(relDiff(o.w, expected[i]!.w), `W ${i}`).toBeLessThan(1e-12);
      expect(relDiff(o.norm, expected[i]!.norm), `W/std ${i}`).toBeLessThan(1e-12);
    });
  });

  it('bin edges are numpy.quantile of the reference (ties dropped)', () => {
    ours.forEach((o, i) => {
      const unique = [...new Set(expected[i]!.qs)];
      expect(o.edges.length).toBe(unique.length);
      o.edges.forEach((e, j) => expect(relDiff(e, unique[j]!), `edge ${j} of case ${i}`).toBeLessThan(1e-14));
    });
  });

  it('PSI, Jensen-Shannon (ln and base 2) and Hellinger to 1e-10 relative', () => {
    ours.forEach((o, i) => {
      const e = expected[i]!;
      for (const k of ['psi', 'js', 'js2', 'h'] as const) {
        if (e[k] < 1e-12) expect(o[k], `${k} ${i}`).toBeLessThan(1e-7);
        else expect(relDiff(o[k], e[k]), `${k} ${i}: ${o[k]} vs ${e[k]}`).toBeLessThan(1e-10);
      }
    });
  });

  it('linearQuantile equals numpy.quantile on small arrays with ties, to 1e-15 relative', () => {
    const arrays = [[5], [1, 2], [1, 2, 2, 7, 10], Array.from(normals(9, 37, 0, 1, 1)).sort((x, y) => x - y)];
    const qs = [0, 0.1, 0.25, 0.5, 0.7, 0.9, 1];
    const ref = JSON.parse(
      runPython(
        `import sys, json, numpy as np
print(json.dumps([[float(x) for x in np.quantile(np.array(a), ${JSON.stringify(qs)})] for a in json.load(sys.stdin)]))`,
        JSON.stringify(arrays),
      ),
    ) as number[][];
    arrays.forEach((a, i) => qs.forEach((q, j) => expect(relDiff(linearQuantile(Float64Array.from(a), q), ref[i]![j]!)).toBeLessThanOrEqual(1e-15)));
  });
});

describe('categorical distances', () => {
  it('Jensen-Shannon and Hellinger match scipy on category shares, including a new category', () => {
    const a = categories(1, 500, [5, 3, 2]);
    const b = categories(2, 700, [5, 3, 2, 4]);
    const bins = categoricalBins(a, b);
    expect(bins.categories).toEqual(['c0', 'c1', 'c2', 'c3']);
    const [js, h] = JSON.parse(
      runPython(
        `import sys, json, numpy as np
from scipy.spatial.distance import jensenshannon
p, q = (np.array(x) / sum(x) for x in json.load(sys.stdin))
print(json.dumps([float(jensenshannon(p, q)), float(np.sqrt(np.sum((np.sqrt(p)-np.sqrt(q))**2))/np.sqrt(2))]))`,
        JSON.stringify([Array.from(bins.reference), Array.from(bins.current)]),
      ),
    ) as [number, number];
    expect(relDiff((distanceTest('jensen-shannon', bins) as { statistic: number }).statistic, js)).toBeLessThan(1e-12);
    expect(relDiff((distanceTest('hellinger', bins) as { statistic: number }).statistic, h)).toBeLessThan(1e-12);
  });

  it('an empty side is insufficient-data for every distance', () => {
    for (const m of ['psi', 'jensen-shannon', 'hellinger'] as const) expect(distanceTest(m, categoricalBins([], ['a'])).status).toBe('insufficient-data');
    expect(wassersteinTest(new Float64Array(3), new Float64Array(0)).status).toBe('insufficient-data');
  });

  const dist = fc.array(fc.nat(50), { minLength: 2, maxLength: 8 }).filter((a) => a.some((x) => x > 0));
  it('JS and Hellinger are symmetric, in range, and 0 on identical shares (property)', () => {
    fc.assert(
      fc.property(dist, dist, (p0, q0) => {
        const n = Math.min(p0.length, q0.length);
        const p = p0.slice(0, n);
        const q = q0.slice(0, n);
        if (!p.some((x) => x > 0) || !q.some((x) => x > 0)) return true;
        const js = jensenShannon(p, q);
        const h = hellinger(p, q);
        return (
          Math.abs(js - jensenShannon(q, p)) < 1e-12 && Math.abs(h - hellinger(q, p)) < 1e-12 &&
          js >= 0 && js <= Math.sqrt(Math.LN2) + 1e-12 && h >= 0 && h <= 1 + 1e-12 &&
          jensenShannon(p, p) < 1e-7 && hellinger(p, p) < 1e-7 && psi(p, p) === 0
        );
      }),
    );
  });
});

describe('multiple-testing corrections', () => {
  const next = rng(11);
  const sets = [[0.01, 0.04, 0.03, 0.5, 0.2], [0.5, 0.5, 0.5], [0, 1, 0.001, 0.001], Array.from({ length: 40 }, () => next() ** 3)];
  const expected = JSON.parse(
    runPython(
      `import sys, json
from scipy.stats import false_discovery_control
print(json.dumps([[float(x) for x in false_discovery_control(ps, method='bh')] for ps in json.load(sys.stdin)]))`,
      JSON.stringify(sets),
    ),
  ) as number[][];

  it('Benjamini-Hochberg equals scipy false_discovery_control(method="bh") to 1e-15', () => {
    sets.forEach((ps, i) => benjaminiHochberg(ps).forEach((p, j) => expect(Math.abs(p - expected[i]![j]!)).toBeLessThan(1e-15)));
  });

  it('Bonferroni multiplies by m and caps at 1; bad p-values are a UserError', () => {
    const ps = [0.01, 0.3, 0.02, 0.6];
    expect(bonferroni(ps)).toEqual(ps.map((p) => Math.min(1, p * ps.length)));
    expect(() => bonferroni([1.2])).toThrow(/p-value 0/);
  });

  it('BH is monotone in the raw p-values, at least the raw p-value and at most Bonferroni (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (ps) => {
        const adj = benjaminiHochberg(ps);
        const bon = bonferroni(ps);
        return ps.every((p, i) => adj[i]! >= p - 1e-15 && adj[i]! <= bon[i]! + 1e-15 && ps.every((q, j) => !(p < q) || adj[i]! <= adj[j]!));
      }),
    );
  });
});
