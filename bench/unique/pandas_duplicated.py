"""pandas reference: Series.duplicated().sum() on the same ids as bench.ts. Prints one JSON line.
Usage: python pandas_duplicated.py N"""
import json
import resource
import sys
import time

import pandas as pd

n = int(sys.argv[1]) if len(sys.argv) > 1 else 13_000_000
start = time.perf_counter()
# The default dtype, as read_csv would give (pandas 3: "str"), faster here than object.
ids = pd.Series([f"u{(i * 48271) % 2147483647:x}" for i in range(n)])
build = time.perf_counter() - start
start = time.perf_counter()
violations = int(ids.duplicated().sum())
seconds = time.perf_counter() - start
print(json.dumps({
    "n": n,
    "violations": violations,
    "buildSeconds": build,
    "duplicatedSeconds": seconds,
    "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "pandas": pd.__version__,
    "dtype": str(ids.dtype),
}))
