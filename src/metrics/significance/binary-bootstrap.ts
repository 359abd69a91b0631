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
import { bootstrapSettings, summarize, type BootstrapInterval, type BootstrapOptions } from './bootstrap.js';
import { KERNEL_METRICS, runResamples, type KernelData } from './binary-kernel.js';
import { kernelData } from './kernel-data.js';

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
   * rows x resamples reaches 2e7 (about a second of work), else 1.
   */
  threads?: number;
}

// The worker evaluates the kernel from its source; `__name` covers bundlers
// that wrap named functions with a helper of that name.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const __name = (f) => f;
const runResamples = (${runResamples.toString()});
const { data, metrics, from, to, seed } = workerData;
const out = runResamples(data, metrics, from, to, seed);
parentPort.postMessage(out, [out.buffer]);
`;

function inWorker(data: KernelData, metrics: number[], from: number, to: number, seed: number): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { data, metrics, from, to, seed } });
    worker.once('message', (out: Float64Array) => resolve(out));
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
  const data = kernelData(c, b);
  // Starting a worker costs tens of milliseconds: by default only worth it on large inputs.
  const automatic = c.n * settings.resamples >= 2e7 ? availableParallelism() : 1;
  const threads = Math.max(1, Math.min(options.threads ?? automatic, settings.resamples));
  // Contiguous chunks; the calling thread takes the first while the workers run the rest.
  const bounds = Array.from({ length: threads + 1 }, (_, t) => Math.round((t * settings.resamples) / threads));
  const pending = bounds.slice(1, -1).map((from, t) => inWorker(data, ids, from, bounds[t + 2]!, settings.seed));
  const first = runResamples(data, ids, 0, bounds[1]!, settings.seed);
  const parts = [first, ...(await Promise.all(pending))];
  return summarizeParts(parts, names, c, b, settings);
}

/** The same as pairedBootstrapBinary on the calling thread only. */
export function pairedBootstrapBinarySync(
  input: PairedBinaryInput | PreparedPair,
  options: BootstrapOptions & { metrics?: readonly BinaryMetricName[] } = {},
): Partial<Record<BinaryMetricName, BootstrapInterval>> {
  const settings = bootstrapSettings(options);
  const { candidate: c, baseline: b } = asPair(input);
  const names = chooseMetrics(c, b, options.metrics);
  const ids = names.map((m) => KERNEL_METRICS.indexOf(m));
  const out = runResamples(kernelData(c, b), ids, 0, settings.resamples, settings.seed);
  return summarizeParts([out], names, c, b, settings);
}

function summarizeParts(
  parts: Float64Array[],
  names: BinaryMetricName[],
  c: PreparedBinary,
  b: PreparedBinary,
  settings: Required<BootstrapOptions>,
): Partial<Record<BinaryMetricName, BootstrapInterval>> {
  const all = new Float64Array(settings.resamples * names.length);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  const mc = binaryMetricsPrepared(c).metrics;
  const mb = binaryMetricsPrepared(b).metrics;
  const result: Partial<Record<BinaryMetricName, BootstrapInterval>> = {};
  names.forEach((name, j) => {
    const diffs = Float64Array.from({ length: settings.resamples }, (_, r) => all[r * names.length + j]!);
    result[name] = summarize(mc[name]! - mb[name]!, diffs, settings);
  });
  return result;
}
