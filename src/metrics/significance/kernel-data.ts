/**
 * The binary bootstrap kernel's input: both models' per-row data renumbered into the
 * candidate's ascending score order ("positions"), in SharedArrayBuffers so that worker threads
 * read it without a copy.
 */
import type { PreparedBinary } from '../binary.js';
import { binaryLogLossTerms, brierTerms } from '../probabilistic.js';
import type { KernelData } from './binary-kernel.js';

/**
 * Both models' data renumbered into the candidate's score order, in shared memory; only the
 * arrays the kernel's `metrics` (ids in KERNEL_METRICS) read are filled, the rest left empty
 * (log loss terms alone cost two logarithms per row).
 */
export function kernelData(c: PreparedBinary, b: PreparedBinary, metrics: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7]): KernelData {
  const n = c.n;
  // bMeta keeps a position in 30 bits; no array that long fits in memory anyway.
  if (n >= 2 ** 30) throw new Error(`the bootstrap kernel handles fewer than 2^30 rows, not ${n}`);
  const rowAt = positionRows(c);
  const u8 = (len: number) => new Uint8Array(new SharedArrayBuffer(len));
  const f64 = (len: number) => new Float64Array(new SharedArrayBuffer(8 * len));
  const ranking = metrics.includes(4) || metrics.includes(5);
  const cs = c.score !== undefined;
  const bs = b.score !== undefined && b.order !== undefined;
  const loss = cs && bs && metrics.includes(6);
  const squares = cs && bs && metrics.includes(7);
  const data: KernelData = {
    n,
    cMeta: u8(n),
    cCode: u8(n),
    bCode: u8(n),
    bMeta: new Int32Array(new SharedArrayBuffer(bs && ranking ? 4 * n : 0)),
    cLoss: f64(loss ? n : 0),
    bLoss: f64(loss ? n : 0),
    cSq: f64(squares ? n : 0),
    bSq: f64(squares ? n : 0),
  };
  const { cMeta, cCode, bCode } = data;
  const cy = c.y;
  const cp = c.prediction;
  const bp = b.prediction;
  for (let k = 0; k < n; k++) {
    const row = rowAt[k]!;
    const label = cy[row]!;
    cMeta[k] = label;
    cCode[k] = 2 * label + cp[row]!;
    bCode[k] = 2 * label + bp[row]!;
  }
  if (loss) {
    permute(binaryLogLossTerms(cy, c.score!), rowAt, data.cLoss);
    permute(binaryLogLossTerms(b.y, b.score!), rowAt, data.bLoss);
  }
  if (squares) {
    permute(brierTerms(cy, c.score!), rowAt, data.cSq);
    permute(brierTerms(b.y, b.score!), rowAt, data.bSq);
  }
  if (cs && ranking) {
    const ends = runEnds(c.score!, rowAt);
    for (let k = 0; k < n; k++) cMeta[k]! |= ends[k]! << 1;
  }
  if (bs && ranking) {
    const order = b.order!;
    const positionOf = new Int32Array(n);
    for (let k = 0; k < n; k++) positionOf[rowAt[k]!] = k;
    const ends = runEnds(b.score!, order);
    const bMeta = data.bMeta;
    for (let k = 0; k < n; k++) {
      const row = order[k]!;
      bMeta[k] = positionOf[row]! | (ends[k]! << 30) | (b.y[row]! << 31);
    }
  }
  return data;
}

/** position -> row: the candidate's ascending score order when it has scores, else row order. */
export function positionRows(c: PreparedBinary): Int32Array {
  return c.order ?? Int32Array.from({ length: c.n }, (_, i) => i);
}

function permute(values: Float64Array, rowAt: Int32Array, out: Float64Array): void {
  for (let k = 0; k < rowAt.length; k++) out[k] = values[rowAt[k]!]!;
}

/** 1 where the k-th score in `order` differs from the next (the end of a run of ties). */
function runEnds(score: Float64Array, order: Int32Array): Uint8Array {
  const n = order.length;
  const out = new Uint8Array(n);
  let previous = score[order[0]!]!;
  for (let k = 1; k < n; k++) {
    const v = score[order[k]!]!;
    out[k - 1] = v !== previous ? 1 : 0;
    previous = v;
  }
  out[n - 1] = 1;
  return out;
}
