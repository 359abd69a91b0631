/**
 * Paired bootstrap of a metric difference (candidate - baseline) on the same rows. Each
 * resample draws n rows with replacement, the same rows for both models, expressed as a
 * multiplicity per row (multinomial counts) so that a metric is a weighted pass over data
 * prepared once instead of a recomputation on a copied, re-sorted resample.
 *
 * Reproducible: resample r uses its own Mulberry32 seeded from (seed, r), so the resamples do
 * not depend on how they are split across worker threads; drawCounts says how its numbers
 * become counts. The same seed on the same data gives the same interval, on any thread count.
 *
 * Interval: percentile, the (1 - confidence)/2 and (1 + confidence)/2 quantiles of the resampled
 * differences, linearly interpolated (numpy.percentile's default). p-value: two-sided, the share
 * of resamples on each side of zero, doubled: min(1, 2 min(#{d <= 0}, #{d >= 0}) / B). It is a
 * bootstrap p-value, so it cannot go below 2/B (0 when every resample is on one side).
 */
import { Mulberry32 } from '../../profile/sketches/prng.js';
import { UserError } from '../../runner/errors.js';

/** Options shared by the bootstrap functions. */
export interface BootstrapOptions {
  /** Number of resamples; default 1000. */
  resamples?: number;
  /** PRNG seed; default 20240101. Same seed, same data: same interval. */
  seed?: number;
  /** Coverage of the interval; default 0.95. */
  confidence?: number;
}

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_SEED = 20240101;

/** A paired bootstrap's summary of candidate - baseline for one metric. */
export interface BootstrapInterval {
  /** Candidate - baseline on all rows. */
  estimate: number;
  low: number;
  high: number;
  confidence: number;
  pValue: number;
  /** Standard deviation of the resampled differences. */
  standardError: number;
  resamples: number;
  /** Resamples where the metric was defined for both (e.g. ROC AUC needs both classes). */
  valid: number;
  seed: number;
}

/** The seed of resample r: a murmur3-style mix of (seed, r), so resamples are independent of each other. */
export function resampleSeed(seed: number, r: number): number {
  let h = (seed ^ Math.imul(r + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * floor(2^41 P(X <= k)) for X ~ Poisson(1), k = 0..14, from the exact values (e^-1 to 80
 * digits). binary-kernel.ts repeats them (it cannot import); a test recomputes them.
 */
export const POISSON_BOUNDS: readonly number[] = [
  808975446375, 1617950892750, 2022438615938, 2157267857001, 2190975167266, 2197716629320, 2198840206328, 2199000717330, 2199020781205, 2199023010524,
  2199023233456, 2199023253723, 2199023255412, 2199023255542, 2199023255551,
];

/** The Poisson(1) count of a uniform 41-bit integer v: how many bounds it reaches. */
export function poissonCount(v: number): number {
  let c = 0;
  while (c < POISSON_BOUNDS.length && v >= POISSON_BOUNDS[c]!) c++;
  return c;
}

/** The count of every v whose top 10 (of 41) bits are b, or 255 where a bound splits bucket b. */
export const POISSON_TABLE: Uint8Array = Uint8Array.from({ length: 1024 }, (_, b) => {
  const low = poissonCount(b * 2 ** 31);
  return low === poissonCount(b * 2 ** 31 + 2 ** 31 - 1) ? low : 255;
});

/**
 * Fills `counts` with the multiplicities of n rows drawn uniformly with replacement: one
 * multinomial(n, 1/n) vector, drawn in two exact steps that write memory sequentially (the
 * direct way, n random increments, was the bootstrap's slowest part):
 *
 * 1. Every row gets an independent Poisson(1) count by inversion of a 41-bit uniform v
 *    (poissonCount), each probability matched to within 2^-41 (counts stop at 15). v's top 10
 *    bits decide the count alone in 1018 of 1024 buckets (POISSON_TABLE), so one nextUint32()
 *    of `rng` serves three rows in order (bits 31-22, 21-12, 11-2); in the other 6 buckets the
 *    low 31 bits are drawn then, from a second Mulberry32 seeded with rng's state xor 2^31
 *    (2^31 steps away on Mulberry32's cycle, so the two streams do not overlap): nextUint32()
 *    >>> 1. The rows are filled in whole triples; the counts beyond n are dropped.
 * 2. Given their total T, independent Poisson counts are multinomial(T, 1/n) (the counts of T
 *    uniform draws); removing draws picked uniformly among all draws, or adding uniform draws,
 *    keeps them the counts of uniform draws, so they end as multinomial(n, 1/n). While T > n, a
 *    uniform position (floor(nextUint32() n / 2^32)) is accepted with probability count / M
 *    (M: the largest count of step 1's triples, at least 5; accepted when floor(nextUint32() M
 *    / 2^32) < count) and loses one draw; while T < n, a uniform position gains one. |T - n| is
 *    about sqrt(n), so step 2 costs little.
 */
export function drawCounts(counts: Int32Array, rng: Mulberry32): void {
  const n = counts.length;
  const refinement = new Mulberry32(rng.state ^ 0x80000000);
  let total = 0;
  let max = 5;
  for (let i = 0; i < n; i += 3) {
    const x = rng.nextUint32();
    for (let j = 0; j < 3; j++) {
      const bucket = (x >>> (22 - 10 * j)) & 1023;
      let c = POISSON_TABLE[bucket]!;
      if (c === 255) c = poissonCount(bucket * 2 ** 31 + (refinement.nextUint32() >>> 1));
      if (c > max) max = c;
      if (i + j < n) {
        counts[i + j] = c;
        total += c;
      }
    }
  }
  // floor(u * n / 2^32): exact for n < 2^31 and within n / 2^32 of uniform.
  const scale = n * 2.3283064365386963e-10;
  const accept = max * 2.3283064365386963e-10;
  while (total > n) {
    const k = Math.floor(rng.nextUint32() * scale);
    if (Math.floor(rng.nextUint32() * accept) < counts[k]!) {
      counts[k]!--;
      total--;
    }
  }
  while (total < n) {
    counts[Math.floor(rng.nextUint32() * scale)]!++;
    total++;
  }
}

/** Checks options and fills in the defaults. */
export function bootstrapSettings(options: BootstrapOptions): Required<BootstrapOptions> {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) throw new UserError(`bootstrap resamples must be a positive integer, not ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new UserError(`bootstrap confidence must lie strictly between 0 and 1, not ${confidence}`);
  return { resamples, confidence, seed: (options.seed ?? DEFAULT_SEED) >>> 0 };
}

function quantile(sorted: Float64Array, p: number): number {
  const h = p * (sorted.length - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Percentile interval, p-value and standard error of resampled differences (NaNs dropped). */
export function summarize(estimate: number, differences: ArrayLike<number>, settings: Required<BootstrapOptions>): BootstrapInterval {
  const valid = Float64Array.from(Array.prototype.filter.call(differences, (d: number) => !Number.isNaN(d)) as number[]).sort();
  const B = valid.length;
  let below = 0;
  let above = 0;
  let mean = 0;
  for (const d of valid) {
    if (d <= 0) below++;
    if (d >= 0) above++;
    mean += d;
  }
  mean /= B;
  let ss = 0;
  for (const d of valid) ss += (d - mean) * (d - mean);
  const alpha = 1 - settings.confidence;
  return {
    estimate,
    low: B === 0 ? NaN : quantile(valid, alpha / 2),
    high: B === 0 ? NaN : quantile(valid, 1 - alpha / 2),
    confidence: settings.confidence,
    pValue: B === 0 ? NaN : Math.min(1, (2 * Math.min(below, above)) / B),
    standardError: B < 2 ? NaN : Math.sqrt(ss / (B - 1)),
    resamples: settings.resamples,
    valid: B,
    seed: settings.seed,
  };
}

/** A metric of one model evaluated with each row counted `counts[i]` times. */
export type WeightedMetric = (counts: Int32Array) => number;

/**
 * Paired bootstrap for any metric given as a weighted function of row multiplicities (see
 * multiclassMetricsPrepared, regressionScores, binaryMetricsPrepared, which all take weights).
 * Runs on the calling thread; pairedBootstrapBinary is the fast, multi-threaded path for the
 * binary metrics.
 */
export function pairedBootstrap(rows: number, candidate: WeightedMetric, baseline: WeightedMetric, options: BootstrapOptions = {}): BootstrapInterval {
  const settings = bootstrapSettings(options);
  const ones = new Int32Array(rows).fill(1);
  const estimate = candidate(ones) - baseline(ones);
  const counts = new Int32Array(rows);
  const differences = new Float64Array(settings.resamples);
  for (let r = 0; r < settings.resamples; r++) {
    drawCounts(counts, new Mulberry32(resampleSeed(settings.seed, r)));
    differences[r] = candidate(counts) - baseline(counts);
  }
  return summarize(estimate, differences, settings);
}
