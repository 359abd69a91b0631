/**
 * The bootstrap's draw of row counts (drawCounts, and the kernel's copy of it): an exact
 * multinomial(n, 1/n) vector, the same on the fast and the generic path, with the kernel's
 * exact fallback for counts beyond a byte.
 */
import { describe, expect, it } from 'vitest';
import { BINARY_METRICS } from '../../../src/metrics/binary.js';
import { pairedBootstrapBinary, pairedBootstrapBinarySync, preparePair } from '../../../src/metrics/significance/binary-bootstrap.js';
import { KERNEL_METRICS, runResamples } from '../../../src/metrics/significance/binary-kernel.js';
import { POISSON_BOUNDS, POISSON_TABLE, drawCounts, poissonCount, resampleSeed } from '../../../src/metrics/significance/bootstrap.js';
import { kernelData } from '../../../src/metrics/significance/kernel-data.js';
import { Mulberry32 } from '../../../src/profile/sketches/prng.js';
import { binaryCase } from './generate.js';

const near = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

/** n! / prod(c_i!) / n^n: the multinomial(n, 1/n) probability of a count vector. */
function multinomialProbability(counts: readonly number[]): number {
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const n = counts.length;
  return counts.reduce((p, c) => p / factorial(c), factorial(n)) / n ** n;
}

/** Every vector of n non-negative counts summing to n. */
function compositions(n: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number): void => {
    if (prefix.length === n - 1) out.push([...prefix, left]);
    else for (let c = 0; c <= left; c++) walk([...prefix, c], left - c);
  };
  walk([], n);
  return out;
}

describe('drawCounts', () => {
  it('uses the exact Poisson(1) bounds: floor(2^41 P(X <= k)), recomputed in integers', () => {
    // e^-1 and the partial sums of 1/i! with 80 decimal digits, in BigInt.
    const S = 10n ** 80n;
    let factorial = 1n;
    let eInverse = 0n;
    for (let j = 0; j <= 70; j++) {
      if (j > 0) factorial *= BigInt(j);
      eInverse += (j % 2 === 0 ? S : -S) / factorial;
    }
    let partial = 0n;
    factorial = 1n;
    for (let k = 0; k < POISSON_BOUNDS.length; k++) {
      if (k > 0) factorial *= BigInt(k);
      partial += S / factorial;
      expect(POISSON_BOUNDS[k]).toBe(Number((eInverse * partial * 2n ** 41n) / (S * S)));
    }
    // The table agrees with the bounds at both ends of every bucket.
    for (let b = 0; b < 1024; b++) {
      const low = poissonCount(b * 2 ** 31);
      const high = poissonCount(b * 2 ** 31 + 2 ** 31 - 1);
      expect(POISSON_TABLE[b]).toBe(low === high ? low : 255);
    }
  });

  it('always draws exactly n rows', () => {
    for (const n of [1, 2, 3, 4, 5, 7, 100, 1001, 100_000]) {
      for (let r = 0; r < 5; r++) {
        const counts = new Int32Array(n);
        drawCounts(counts, new Mulberry32(resampleSeed(3, r)));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.min(...counts)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  // Chi-square goodness of fit of the whole count vector against multinomial(n, 1/n), for n
  // below, at and above a triple (stage 1 draws rows in threes) and with |T - n| large
  // relative to n (stage 2 removes or adds often). Fixed seeds: the statistics are fixed
  // numbers, compared with the 0.999 quantile of chi-square (df = outcomes - 1).
  const CHI2_999: Record<number, number> = { 1: 10.83, 2: 13.82, 9: 27.88, 34: 65.25, 125: 181.8 };
  for (const n of [2, 3, 4, 5]) {
    it(`draws each of the ${compositions(n).length} count vectors of n = ${n} with its multinomial probability`, () => {
      const outcomes = compositions(n);
      const index = new Map(outcomes.map((c, i) => [c.join(','), i]));
      const observed = new Array<number>(outcomes.length).fill(0);
      const draws = 200_000;
      const counts = new Int32Array(n);
      for (let r = 0; r < draws; r++) {
        drawCounts(counts, new Mulberry32(resampleSeed(11 + n, r)));
        observed[index.get(counts.join(','))!]!++;
      }
      let chi2 = 0;
      outcomes.forEach((c, i) => {
        const expected = draws * multinomialProbability(c);
        chi2 += (observed[i]! - expected) ** 2 / expected;
      });
      expect(chi2).toBeLessThan(CHI2_999[outcomes.length - 1]!);
    });
  }

  it('gives each row a Binomial(n, 1/n) count on large n (refined buckets and big counts included)', () => {
    const n = 30_001;
    const frequency = new Array<number>(8).fill(0);
    const counts = new Int32Array(n);
    const draws = 40;
    for (let r = 0; r < draws; r++) {
      drawCounts(counts, new Mulberry32(resampleSeed(5, r)));
      for (const c of counts) frequency[Math.min(c, 7)]!++;
    }
    // Binomial(n, 1/n) probabilities of 0..6 and of 7 or more.
    const p: number[] = [];
    let term = (1 - 1 / n) ** n;
    for (let k = 0; k < 7; k++) {
      p.push(term);
      term *= (n - k) / ((k + 1) * (n - 1));
    }
    p.push(1 - p.reduce((a, b) => a + b, 0));
    let chi2 = 0;
    for (let k = 0; k < 8; k++) chi2 += (frequency[k]! - draws * n * p[k]!) ** 2 / (draws * n * p[k]!);
    // 0.999 quantile of chi-square with 7 degrees of freedom (counts are nearly independent).
    expect(chi2).toBeLessThan(24.32);
  });
});

describe("the kernel's draw", () => {
  it('equals the generic path on row counts that are not a multiple of three', () => {
    for (const n of [1000, 1001]) {
      const c = binaryCase(31, n, 0.3, 1.5, 2);
      const b = binaryCase(31, n, 0.3, 1.0, 2);
      const input = { yTrue: c.y, candidate: { score: c.score, prediction: c.prediction }, baseline: { score: b.score, prediction: b.prediction } };
      const fast = pairedBootstrapBinarySync(input, { resamples: 30, seed: 4 });
      // maxCount 4: every resample (stage 1 counts up to 5) goes to the generic path.
      const generic = pairedBootstrapBinarySync(input, { resamples: 30, seed: 4, maxCount: 4 });
      for (const m of BINARY_METRICS) {
        for (const key of ['low', 'high', 'pValue', 'standardError'] as const) {
          expect(near(fast[m]![key], generic[m]![key]), `n=${n} ${m} ${key}: ${fast[m]![key]} vs ${generic[m]![key]}`).toBe(true);
        }
      }
    }
  });

  it('hands resamples with a count beyond maxCount to the exact fallback, on the calling thread and on workers', async () => {
    const c = binaryCase(41, 3000, 0.3, 1.5, 2);
    const b = binaryCase(41, 3000, 0.3, 1.0, 2);
    const input = { yTrue: c.y, candidate: { score: c.score }, baseline: { score: b.score } };
    const pair = preparePair(input);
    const ids = [KERNEL_METRICS.indexOf('roc_auc'), KERNEL_METRICS.indexOf('log_loss')];
    // maxCount 6: a resample overflows when a row is drawn 7 times or more (about 1 in 5 here).
    const partial = runResamples(kernelData(pair.candidate, pair.baseline), ids, 0, 60, 8, 6);
    expect(partial.overflowed.length).toBeGreaterThan(3);
    expect(partial.overflowed.length).toBeLessThan(40);
    for (const r of partial.overflowed) expect(Number.isNaN(partial.out[r * 2]!)).toBe(true);
    const plain = pairedBootstrapBinarySync(pair, { resamples: 60, seed: 8, metrics: ['roc_auc', 'log_loss'] });
    const fallback = pairedBootstrapBinarySync(pair, { resamples: 60, seed: 8, metrics: ['roc_auc', 'log_loss'], maxCount: 6 });
    const threaded = await pairedBootstrapBinary(pair, { resamples: 60, seed: 8, metrics: ['roc_auc', 'log_loss'], maxCount: 6, threads: 2 });
    for (const m of ['roc_auc', 'log_loss'] as const) {
      expect(fallback[m]!.valid).toBe(60);
      for (const key of ['low', 'high', 'pValue', 'standardError'] as const) {
        expect(near(fallback[m]![key], plain[m]![key]), `${m} ${key}`).toBe(true);
        expect(threaded[m]![key]).toBe(fallback[m]![key]);
      }
    }
  });
});
