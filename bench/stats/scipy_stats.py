"""scipy/numpy side of bench/stats: the same three statistics on the same files, one JSON line."""
import json, resource, sys, time
import numpy as np
from scipy.stats import ks_2samp, wasserstein_distance

d = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
a = np.fromfile(f'{d}/bench-stats-a.f64')
b = np.fromfile(f'{d}/bench-stats-b.f64')

def timed(f):
    t0 = time.perf_counter()
    r = f()
    return r, time.perf_counter() - t0

def psi():
    edges = np.unique(np.quantile(a, np.arange(1, 10) / 10))
    p = np.bincount(np.searchsorted(edges, a, side='right'), minlength=len(edges) + 1) / len(a)
    q = np.bincount(np.searchsorted(edges, b, side='right'), minlength=len(edges) + 1) / len(b)
    p, q = np.where(p == 0, 1e-4, p), np.where(q == 0, 1e-4, q)
    return float(np.sum((q - p) * np.log(q / p)))

ks, ks_s = timed(lambda: ks_2samp(a, b))
w, w_s = timed(lambda: wasserstein_distance(a, b))
ps, psi_s = timed(psi)
print(json.dumps(dict(ksSeconds=ks_s, wSeconds=w_s, psiSeconds=psi_s, ks=float(ks.statistic), ksP=float(ks.pvalue),
                      w=float(w), psi=ps, peakRssMiB=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))
