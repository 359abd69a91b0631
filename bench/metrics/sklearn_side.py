"""scikit-learn's side of the metrics benchmark, in its own process (its own peak RSS).

Reads the predictions bench.ts wrote (candidate scores, baseline scores as float64, labels as
uint8), computes the same binary metrics for both models, then a paired bootstrap of ROC AUC the
usual way: per resample, draw row indices and call roc_auc_score on each model's resampled rows.
Usage: python sklearn_side.py DATA_FILE N RESAMPLES_TIMED RESAMPLES_REPORTED
When RESAMPLES_TIMED < RESAMPLES_REPORTED the loop time is scaled linearly (each resample costs
the same) and the output says so. Prints one JSON line.
"""
import json
import resource
import sys
import time
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M

warnings.simplefilter("ignore")
path, n, timed, reported = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
raw = np.fromfile(path, dtype=np.uint8)
cand = raw[: 8 * n].view(np.float64)
base = raw[8 * n : 16 * n].view(np.float64)
y = raw[16 * n : 17 * n].astype(np.int64)


def all_metrics(score):
    pred = (score > 0.5).astype(np.int64)
    return {
        "accuracy": M.accuracy_score(y, pred),
        "precision": M.precision_score(y, pred),
        "recall": M.recall_score(y, pred),
        "f1": M.f1_score(y, pred),
        "roc_auc": M.roc_auc_score(y, score),
        "average_precision": M.average_precision_score(y, score),
        "log_loss": M.log_loss(y, score),
        "brier": M.brier_score_loss(y, score),
    }


cpu_start = time.process_time()
start = time.perf_counter()
mc = all_metrics(cand)
mb = all_metrics(base)
metrics_s = time.perf_counter() - start
metrics_cpu = time.process_time() - cpu_start

rng = np.random.default_rng(7)
diffs = []
cpu_start = time.process_time()
start = time.perf_counter()
for _ in range(timed):
    idx = rng.integers(0, n, n)
    yi = y[idx]
    diffs.append(M.roc_auc_score(yi, cand[idx]) - M.roc_auc_score(yi, base[idx]))
loop_s = time.perf_counter() - start
cpu_s = time.process_time() - cpu_start
diffs = np.asarray(diffs)
print(json.dumps({
    "sklearn": sklearn.__version__,
    "metricsSeconds": metrics_s,
    "bootstrapSecondsTimed": loop_s,
    "resamplesTimed": timed,
    "bootstrapSeconds": loop_s * reported / timed,
    "extrapolated": timed < reported,
    # CPU time (all threads) of metrics plus the loop, the loop scaled like the wall time
    "cpuSeconds": metrics_cpu + cpu_s * reported / timed,
    "candidate": mc,
    "baseline": mb,
    "auc": {"low": float(np.percentile(diffs, 2.5)), "high": float(np.percentile(diffs, 97.5)), "standardError": float(diffs.std(ddof=1))},
    "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
