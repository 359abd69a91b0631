#!/usr/bin/env node
/**
 * drift-check benchmark: reference and current of N rows x 20 columns (12 numeric, 8
 * categorical; 1M rows by default), compared by the built CLI from raw files and from a saved
 * reference profile, against a pandas + scipy script computing the same statistics from the raw
 * files in the same run (Wasserstein normalised by the reference std for numeric columns,
 * Jensen-Shannon distance for categorical ones, as drift-check's auto does above 1,000 rows).
 * Each side runs in its own process; peak RSS from /usr/bin/time. Needs `npm run build` first.
 * Usage: node bench/drift-check/run.mjs [--rows N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const python = join(root, '.venv', 'bin', 'python');
const args = process.argv.slice(2);
const rows = Number(args[args.indexOf('--rows') + 1] || 0) || 1_000_000;
const dataDir = join(root, 'bench', 'data');
mkdirSync(dataDir, { recursive: true });
const reference = join(dataDir, `drift-reference-${rows}.csv`);
const current = join(dataDir, `drift-current-${rows}.csv`);
const profile = join(dataDir, `drift-reference-${rows}.profile.json`);

if (!existsSync(reference) || !existsSync(current)) {
  console.log(`generating ${rows.toLocaleString('en-US')} x 20 reference and current ...`);
  execFileSync(python, ['-c', `import numpy as np, pandas as pd, sys
n = int(sys.argv[1])
def frame(seed, drift):
    rng = np.random.default_rng(seed)
    cols = {}
    for i in range(12):
        cols[f"num{i}"] = rng.normal(0.3 if (drift and i < 3) else 0, 1, n).round(5)
    for i in range(8):
        p = [0.4, 0.3, 0.2, 0.1] if not (drift and i < 2) else [0.25, 0.25, 0.25, 0.25]
        cols[f"cat{i}"] = rng.choice(["alpha", "beta", "gamma", "delta"], n, p=p)
    return pd.DataFrame(cols)
frame(1, False).to_csv(sys.argv[2], index=False)
frame(2, True).to_csv(sys.argv[3], index=False)`, String(rows), reference, current]);
}

/**
 * Runs a command under /usr/bin/time -v. drift-check exits 1 when it finds drift, so the exit
 * code cannot tell a result from an error: `report` (deleted first) must exist afterwards.
 */
function timed(command, commandArgs, report) {
  if (report) rmSync(report, { force: true });
  const run = spawnSync('/usr/bin/time', ['-v', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!wall || !rss || run.status > 1 || (report && !existsSync(report))) throw new Error(`${command} failed: ${run.stdout.slice(-500)} ${run.stderr.slice(-800)}`);
  // CPU seconds (user + system) as well: on a shared machine wall time swings with the load.
  const cpu = ['User', 'System'].reduce((sum, k) => sum + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? 0), 0);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), cpu, rssMb: Number(rss[1]) / 1024 };
}

const PEER = `import sys, json, numpy as np, pandas as pd
from scipy import stats
from scipy.spatial import distance
r, c = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
out = {}
for col in r.columns:
    a, b = r[col].dropna(), c[col].dropna()
    if a.dtype.kind in "fi":
        out[col] = stats.wasserstein_distance(a, b) / max(np.std(a), 0.001)
    else:
        cats = sorted(set(a.unique()) | set(b.unique()))
        ra = a.value_counts().reindex(cats, fill_value=0).to_numpy(); cb = b.value_counts().reindex(cats, fill_value=0).to_numpy()
        out[col] = distance.jensenshannon(ra / ra.sum(), cb / cb.sum())
print(json.dumps({k: float(v) for k, v in out.items()}))
`;

const cli = join(root, 'dist', 'cli', 'index.js');
// The reference profile is written again by the CLI under test (untimed): a profile saved by
// another build may be in an older format, which drift-check refuses.
rmSync(profile, { force: true });
execFileSync(process.execPath, [cli, 'drift-check', '--reference', reference, '--current', reference, '--save-profile', profile, '--report', join(dataDir, 'drift-profile-report.json')], { stdio: 'ignore' });
const mb = (statSync(reference).size + statSync(current).size) / 1e6;
const raw = timed(process.execPath, [cli, 'drift-check', '--reference', reference, '--current', current, '--report', join(dataDir, 'drift-raw.json')], join(dataDir, 'drift-raw.json'));
const fromProfile = timed(process.execPath, [cli, 'drift-check', '--reference', profile, '--current', current, '--report', join(dataDir, 'drift-profile.json')], join(dataDir, 'drift-profile.json'));
const peer = timed(python, ['-c', PEER, reference, current]);
const line = (name, r) => `${name.padEnd(40)} ${r.seconds.toFixed(1).padStart(7)} s  CPU ${r.cpu.toFixed(1).padStart(6)} s  peak RSS ${r.rssMb.toFixed(0).padStart(6)} MB`;
console.log(`\nreference + current: ${rows.toLocaleString('en-US')} rows x 20 columns each (${mb.toFixed(0)} MB of CSV)`);
console.log(line('drift-check, raw reference', raw));
console.log(line('drift-check, saved reference profile', fromProfile));
console.log(line('pandas + scipy, raw files', peer));
console.log(`speed vs pandas + scipy (wall): raw ${(peer.seconds / raw.seconds).toFixed(2)}x, from profile ${(peer.seconds / fromProfile.seconds).toFixed(2)}x; CPU: raw ${(peer.cpu / raw.cpu).toFixed(2)}x, from profile ${(peer.cpu / fromProfile.cpu).toFixed(2)}x; peak memory ratio: raw ${(raw.rssMb / peer.rssMb).toFixed(2)}x, profile ${(fromProfile.rssMb / peer.rssMb).toFixed(2)}x`);
