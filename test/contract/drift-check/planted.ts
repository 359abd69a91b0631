/**
 * Reference and current datasets with drift planted in known columns, generated with numpy,
 * and scipy's values for the same statistics on the same data.
 */
import { join } from 'node:path';
import { runPython } from '../../support/python.js';

export const PLANTED = ['shifted', 'widened', 'new_cat', 'more_missing'];
export const STABLE = ['stable_num', 'stable_cat', 'stable_bin', 'stable_int'];

/** Writes reference.csv and current.csv into dir (drift planted unless `identical`). */
export function writeDatasets(dir: string, n: number, seed: number, identical = false): { reference: string; current: string } {
  const reference = join(dir, `reference-${n}-${seed}.csv`);
  const current = join(dir, `current-${n}-${seed}${identical ? '-same' : ''}.csv`);
  runPython(`
import numpy as np, pandas as pd, sys
def frame(rng, drift):
    n = ${n}
    more_missing = rng.normal(10, 2, n)
    more_missing[rng.random(n) < (0.25 if drift else 0.02)] = np.nan
    return pd.DataFrame({
        "stable_num": rng.normal(0, 1, n),
        "shifted": rng.normal(0.5 if drift else 0, 1, n),
        "widened": rng.normal(0, 2 if drift else 1, n),
        "stable_cat": rng.choice(["a", "b", "c"], n, p=[0.5, 0.3, 0.2]),
        "new_cat": rng.choice(["a", "b", "c", "d"], n, p=[0.24, 0.23, 0.23, 0.3] if drift else [0.34, 0.33, 0.33, 0]),
        "more_missing": more_missing,
        "stable_bin": rng.choice(["yes", "no"], n, p=[0.3, 0.7]),
        "stable_int": rng.integers(0, 100, n),
    })
frame(np.random.default_rng(${seed}), False).to_csv(${JSON.stringify(reference)}, index=False)
frame(np.random.default_rng(${seed + 1000}), ${identical ? 'False' : 'True'}).to_csv(${JSON.stringify(current)}, index=False)
`);
  return { reference, current };
}

export interface ScipyColumn {
  ks?: [number, number];
  chi2?: [number, number];
  z?: [number, number];
  wasserstein?: number;
  jensenShannon?: number;
}

/** scipy's statistics for every column of the two files (missing values dropped). */
export function scipyStatistics(reference: string, current: string): Record<string, ScipyColumn> {
  return JSON.parse(
    runPython(`
import json, numpy as np, pandas as pd
from scipy import stats
from scipy.spatial import distance
r, c = pd.read_csv(${JSON.stringify(reference)}), pd.read_csv(${JSON.stringify(current)})
out = {}
for col in r.columns:
    a, b = r[col].dropna(), c[col].dropna()
    res = {}
    if a.dtype.kind in "fi":
        ks = stats.ks_2samp(a, b)
        res["ks"] = [float(ks.statistic), float(ks.pvalue)]
        res["wasserstein"] = float(stats.wasserstein_distance(a, b) / max(np.std(a), 0.001))
    else:
        cats = sorted(set(a) | set(b))
        ra = np.array([(a == k).sum() for k in cats]); cb = np.array([(b == k).sum() for k in cats])
        chi = stats.chi2_contingency(np.array([ra, cb]))
        res["chi2"] = [float(chi.statistic), float(chi.pvalue)]
        res["jensenShannon"] = float(distance.jensenshannon(ra / ra.sum(), cb / cb.sum()))
        if len(cats) == 2:
            p1, p2 = ra[1] / ra.sum(), cb[1] / cb.sum(); p = (ra[1] + cb[1]) / (ra.sum() + cb.sum())
            z = (p1 - p2) / np.sqrt(p * (1 - p) * (1 / ra.sum() + 1 / cb.sum()))
            res["z"] = [float(abs(z)), float(2 * stats.norm.sf(abs(z)))]
    out[col] = res
print(json.dumps(out))
`),
  ) as Record<string, ScipyColumn>;
}
