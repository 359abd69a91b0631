/**
 * Times KS, Wasserstein and PSI on N vs N values (written to data files so scipy reads the same
 * numbers) and prints one JSON line: seconds per statistic, the values, and peak RSS.
 */
import { writeFileSync } from 'node:fs';
import { distanceTest } from '../../src/stats/distance-test.js';
import { numericBins } from '../../src/stats/binning.js';
import { ksTest } from '../../src/stats/ks.js';
import { isResult } from '../../src/stats/outcome.js';
import { wassersteinTest } from '../../src/stats/wasserstein.js';

const n = Number(process.argv[2] ?? 1_000_000);
const dir = process.argv[3] ?? '/tmp';

function normals(seed: number, count: number, mean: number, sd: number): Float64Array {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float64Array(count);
  // Rounded to 3 decimals so the data has ties, as real columns do.
  for (let i = 0; i < count; i++) out[i] = Math.round((mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())) * 1000) / 1000;
  return out;
}

const a = normals(1, n, 0, 1);
const b = normals(2, n, 0.01, 1.02);
writeFileSync(`${dir}/bench-stats-a.f64`, a);
writeFileSync(`${dir}/bench-stats-b.f64`, b);

function time<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e9];
}

const [ks, ksSeconds] = time(() => ksTest(a, b));
const [w, wSeconds] = time(() => wassersteinTest(a, b));
const [p, psiSeconds] = time(() => distanceTest('psi', numericBins(a, b)));
if (!isResult(ks) || !isResult(w) || !isResult(p)) throw new Error('insufficient data');
console.log(
  JSON.stringify({
    ksSeconds, wSeconds, psiSeconds,
    ks: ks.statistic, ksP: ks.pValue, w: w.statistic, psi: p.statistic,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
