/**
 * Paired bootstrap of binary metric differences, fast enough for 1M rows x 1000 resamples:
 * scores are sorted once per model, each resample is a vector of multinomial row counts, and
 * each metric is one weighted pass over the pre-sorted rows (runResamples). Resamples are split
 * across worker threads sharing the data through SharedArrayBuffers; the results do not depend
 * on the number of threads (each resample has its own seed).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../runner/errors.js';
import { BINARY_METRICS, binaryMetricsPrepared, prepareBinary, type BinaryInput, type BinaryMetricName, type PreparedBinary } from '../binary.js';
import { binaryScores } from '../classification.js';
import { binaryConfusion } from '../confusion.js';
import { binaryLogLossTerms, brierTerms, weightedMean } from '../probabilistic.js';
import { averagePrecisionSorted, rocAucSorted } from '../ranking.js';
import { Mulberry32 } from '../../profile/sketches/prng.js';
import { bootstrapSettings, drawCounts, resampleSeed, summarize, type BootstrapInterval, type BootstrapOptions } from './bootstrap.js';
import { KERNEL_METRICS, runResamples, type KernelData, type KernelResult } from './binary-kernel.js';
import { kernelData, positionRows } from './kernel-data.js';

/** Candidate and baseline predictions on the same rows (same labels). */
export interface PairedBinaryInput {
  yTrue: BinaryInput['yTrue'];
  candidate: Omit<BinaryInput, 'yTrue'>;
  baseline: Omit<BinaryInput, 'yTrue'>;
}

export interface BinaryBootstrapOptions extends BootstrapOptions {
  /** Metrics to resample; default every metric both sides allow. */
  metrics?: readonly BinaryMetricName[];
  /**
   * Threads including the calling one; 1 runs inline. Default: os.availableParallelism() when
   * rows x resamples reaches 2e7 (a few hundred milliseconds of work), else 1.
   */
  threads?: number;
  /**
   * Largest count per row the kernel stores (default and most 255); a resample with a row drawn
   * more often is recomputed exactly on the generic path (below 5, every resample is). Only
   * tests lower it, to exercise that path.
   */
  maxCount?: number;
}

// The worker evaluates the kernel from its source; `__name` covers bundlers
// that wrap named functions with a helper of that name.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const __name = (f) => f;
const runResamples = (${runResamples.toString()});
const { data, metrics, from, to, seed, maxCount } = workerData;
const result = runResamples(data, metrics, from, to, seed, maxCount);
parentPort.postMessage(result, [result.out.buffer]);
`;

let compiled = 0;

/**
 * A fresh copy of runResamples, compiled from its source like the workers' copy: V8 makes its
 * hot loops fast only for the first closure of each inner function (see runResamples), so the
 * calling thread must not reuse one copy across calls. The numbered comment makes each source
 * new: V8 caches compilations by source text, and a cached one shares its closures' state.
 */
export function compileKernel(): typeof runResamples {
  return new Function('__name', `return (${runResamples.toString()}); // copy ${++compiled}`)((f: unknown) => f) as typeof runResamples;
}

function inWorker(data: KernelData, metrics: number[], from: number, to: number, seed: number, maxCount: number): Promise<KernelResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { data, metrics, from, to, seed, maxCount } });
    worker.once('message', (result: KernelResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`bootstrap worker exited with code ${code}`));
    });
  });
}

function chooseMetrics(c: PreparedBinary, b: PreparedBinary, requested?: readonly BinaryMetricName[]): BinaryMetricName[] {
  const scored = c.score !== undefined && b.score !== undefined;
  const all = BINARY_METRICS.filter((m) => scored || KERNEL_METRICS.indexOf(m) < 4);
  if (requested === undefined) return all;
  for (const m of requested) {
    if (!all.includes(m)) throw new UserError(`bootstrap of ${m} needs scores for both candidate and baseline`);
  }
  return [...requested];
}

/** Both sides validated and sorted once, for metrics and bootstrap alike. */
export interface PreparedPair {
  candidate: PreparedBinary;
  baseline: PreparedBinary;
}

/** Validates and sorts candidate and baseline (UserError on bad rows, see binaryMetrics). */
export function preparePair(input: PairedBinaryInput): PreparedPair {
  const candidate = prepareBinary({ yTrue: input.yTrue, ...input.candidate }, 'candidate');
  const baseline = prepareBinary({ yTrue: input.yTrue, ...input.baseline }, 'baseline');
  if (candidate.n !== baseline.n) throw new UserError(`candidate has ${candidate.n} rows but baseline has ${baseline.n}`);
  return { candidate, baseline };
}

function asPair(input: PairedBinaryInput | PreparedPair): PreparedPair {
  return 'yTrue' in input ? preparePair(input) : input;
}

/**
 * Paired bootstrap intervals of candidate - baseline for binary metrics, on worker threads.
 * UserError when the inputs are invalid (see binaryMetrics) or a requested metric needs
 * scores one side lacks.
 */
export async function pairedBootstrapBinary(
  input: PairedBinaryInput | PreparedPair,
  options: BinaryBootstrapOptions = {},
): Promise<Partial<Record<BinaryMetricName, BootstrapInterval>>> {
  const settings = bootstrapSettings(options);
  const { candidate: c, baseline: b } = asPair(input);
  const names = chooseMetrics(c, b, options.metrics);
  const ids = names.map((m) => KERNEL_METRICS.indexOf(m));
  const data = kernelData(c, b, ids);
  // Starting a worker costs tens of milliseconds: by default only worth it on large inputs.
  const automatic = c.n * settings.resamples >= 2e7 ? availableParallelism() : 1;
  const threads = Math.max(1, Math.min(options.threads ?? automatic, settings.resamples));
  // Contiguous chunks; the calling thread takes the first while the workers run the rest.
  const bounds = Array.from({ length: threads + 1 }, (_, t) => Math.round((t * settings.resamples) / threads));
  const maxCount = options.maxCount ?? 255;
  const pending = bounds.slice(1, -1).map((from, t) => inWorker(data, ids, from, bounds[t + 2]!, settings.seed, maxCount));
  const first = compileKernel()(data, ids, 0, bounds[1]!, settings.seed, maxCount);
  const parts = [first, ...(await Promise.all(pending))];
  return summarizeParts(parts, names, c, b, settings);
}

/** The same as pairedBootstrapBinary on the calling thread only. */
export function pairedBootstrapBinarySync(
  input: PairedBinaryInput | PreparedPair,
  options: BootstrapOptions & Pick<BinaryBootstrapOptions, 'metrics' | 'maxCount'> = {},
): Partial<Record<BinaryMetricName, BootstrapInterval>> {
  const settings = bootstrapSettings(options);
  const { candidate: c, baseline: b } = asPair(input);
  const names = chooseMetrics(c, b, options.metrics);
  const ids = names.map((m) => KERNEL_METRICS.indexOf(m));
  const out = compileKernel()(kernelData(c, b, ids), ids, 0, settings.resamples, settings.seed, options.maxCount ?? 255);
  return summarizeParts([out], names, c, b, settings);
}

/**
 * Resample r on the generic path (Int32 counts, the weighted metrics): the exact fallback for
 * a resample the kernel could not store in a byte per row. Same draw as the kernel's.
 */
function genericDifferences(c: PreparedBinary, b: PreparedBinary, names: BinaryMetricName[], seed: number, r: number): number[] {
  const counts = new Int32Array(c.n);
  drawCounts(counts, new Mulberry32(resampleSeed(seed, r)));
  const rowAt = positionRows(c);
  const weights = new Int32Array(c.n);
  for (let k = 0; k < c.n; k++) weights[rowAt[k]!] = counts[k]!;
  const mc = binaryMetricsPrepared(c, weights).metrics;
  const mb = binaryMetricsPrepared(b, weights).metrics;
  return names.map((name) => mc[name]! - mb[name]!);
}

/**
 * The metrics `names` on all rows, by the functions binaryMetricsPrepared calls (the same
 * numbers), without the others: all eight cost more than the kernel's data at 1M rows.
 */
function fullDataMetrics(p: PreparedBinary, names: readonly BinaryMetricName[]): Partial<Record<BinaryMetricName, number>> {
  const metrics: Partial<Record<BinaryMetricName, number>> = {};
  if (names.some((m) => KERNEL_METRICS.indexOf(m) < 4)) Object.assign(metrics, binaryScores(binaryConfusion(p.y, p.prediction)));
  if (p.score !== undefined && p.order !== undefined) {
    if (names.includes('roc_auc')) metrics.roc_auc = rocAucSorted(p.y, p.score, p.order);
    if (names.includes('average_precision')) metrics.average_precision = averagePrecisionSorted(p.y, p.score, p.order);
    if (names.includes('log_loss')) metrics.log_loss = weightedMean(binaryLogLossTerms(p.y, p.score));
    if (names.includes('brier')) metrics.brier = weightedMean(brierTerms(p.y, p.score));
  }
  return metrics;
}

function summarizeParts(
  parts: KernelResult[],
  names: BinaryMetricName[],
  c: PreparedBinary,
  b: PreparedBinary,
  settings: Required<BootstrapOptions>,
): Partial<Record<BinaryMetricName, BootstrapInterval>> {
  const all = new Float64Array(settings.resamples * names.length);
  let offset = 0;
  for (const part of parts) {
    all.set(part.out, offset);
    offset += part.out.length;
    for (const r of part.overflowed) all.set(genericDifferences(c, b, names, settings.seed, r), r * names.length);
  }
  const mc = fullDataMetrics(c, names);
  const mb = fullDataMetrics(b, names);
  const result: Partial<Record<BinaryMetricName, BootstrapInterval>> = {};
  names.forEach((name, j) => {
    const diffs = Float64Array.from({ length: settings.resamples }, (_, r) => all[r * names.length + j]!);
    result[name] = summarize(mc[name]! - mb[name]!, diffs, settings);
  });
  return result;
}
