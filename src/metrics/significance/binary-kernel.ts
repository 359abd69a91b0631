/**
 * The inner loop of the binary paired bootstrap. It must be self-contained (no imports, no
 * helpers outside its body) because worker threads run it from its source
 * text: that keeps the bundle a single file with no separate worker script to ship.
 *
 * Rows are renumbered into the candidate's ascending score order ("positions"), so the
 * candidate's ranking passes read memory sequentially; the baseline's order is a list of
 * positions. The per-resample draw and seed mixing repeat drawCounts and resampleSeed of
 * bootstrap.ts exactly (a test checks the two paths give the same numbers).
 */

/** Arrays at candidate positions; shared read-only between threads. */
export interface KernelData {
  n: number;
  /** 0/1 label per position. */
  y: Uint8Array;
  /** 2 * label + prediction per position, for each model. */
  cCode: Uint8Array;
  bCode: Uint8Array;
  /** Candidate: 1 where a position ends a run of equal scores (empty without scores). */
  cLast: Uint8Array;
  /** Baseline ascending order as positions, and its run ends (empty without scores). */
  bOrder: Int32Array;
  bLast: Uint8Array;
  /** Per-position log loss and squared error terms (empty without scores). */
  cLoss: Float64Array;
  bLoss: Float64Array;
  cSq: Float64Array;
  bSq: Float64Array;
}

/** Metric ids in the kernel, in BINARY_METRICS order. */
export const KERNEL_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'] as const;

/**
 * Differences candidate - baseline for resamples [from, to), metric-major within a resample:
 * out[(r - from) * metrics.length + j]. NaN where a metric is undefined on a resample.
 */
export function runResamples(data: KernelData, metrics: readonly number[], from: number, to: number, seed: number): Float64Array {
  // Small inner functions rather than one big loop nest: V8 optimises small hot loops best.
  const n = data.n;
  // counts[k] = (label << 15) | multiplicity: one read gives both in the random-access pass.
  // 15 bits hold any multiplicity: a row drawn 32768 times out of n has probability below
  // 1/32768!, and for n < 32768 it cannot happen at all.
  const template = new Uint16Array(n);
  for (let k = 0; k < n; k++) template[k] = data.y[k]! << 15;
  const counts = new Uint16Array(n);
  const out = new Float64Array((to - from) * metrics.length);
  const scale = n * 2.3283064365386963e-10;

  function draw(r: number): void {
    let h = (seed ^ Math.imul(r + 1, 0x9e3779b9)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    // Mulberry32 (src/profile/sketches/prng.ts) inlined with its state in a local: the class
    // keeps its uint32 state in an object field, boxed as a heap number, which made the draw
    // twice as slow. Same sequence for the same seed (tested against the class).
    let state = (h ^ (h >>> 16)) >>> 0;
    counts.set(template);
    for (let i = 0; i < n; i++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      counts[(((t ^ (t >>> 14)) >>> 0) * scale) | 0]!++;
    }
  }

  // ROC AUC: sum over positives of (negatives below + half the tied ones), ascending. Integer
  // group sums, branch-free: labels are random, so a branch on them would mispredict.
  function aucSequential(last: Uint8Array): number {
    let num = 0;
    let negBelow = 0;
    let pos = 0;
    let gp = 0;
    let gw = 0;
    for (let k = 0; k < n; k++) {
      const v = counts[k]!;
      const w = v & 0x7fff;
      gp += w & -(v >>> 15);
      gw += w;
      if (last[k] === 1) {
        const gn = gw - gp;
        num += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
        gp = 0;
        gw = 0;
      }
    }
    return pos === 0 || negBelow === 0 ? NaN : num / (pos * negBelow);
  }

  function aucOrdered(order: Int32Array, last: Uint8Array): number {
    let num = 0;
    let negBelow = 0;
    let pos = 0;
    let gp = 0;
    let gw = 0;
    for (let k = 0; k < n; k++) {
      const v = counts[order[k]!]!;
      const w = v & 0x7fff;
      gp += w & -(v >>> 15);
      gw += w;
      if (last[k] === 1) {
        const gn = gw - gp;
        num += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
        gp = 0;
        gw = 0;
      }
    }
    return pos === 0 || negBelow === 0 ? NaN : num / (pos * negBelow);
  }

  // Average precision: one precision step per distinct score, descending. `order` null: positions.
  function averagePrecision(order: Int32Array | null, last: Uint8Array): number {
    let tp = 0;
    let fp = 0;
    let sum = 0;
    let gp = 0;
    let gw = 0;
    for (let k = n - 1; k >= 0; k--) {
      const v = counts[order === null ? k : order[k]!]!;
      const w = v & 0x7fff;
      gp += w & -(v >>> 15);
      gw += w;
      if (k === 0 || last[k - 1] === 1) {
        tp += gp;
        fp += gw - gp;
        if (gp > 0) sum += gp * (tp / (tp + fp));
        gp = 0;
        gw = 0;
      }
    }
    return tp === 0 ? 0 : sum / tp;
  }

  function mean(terms: Float64Array): number {
    let s = 0;
    for (let k = 0; k < n; k++) s += (counts[k]! & 0x7fff) * terms[k]!;
    return s / n;
  }

  // tn, fp, fn, tp of one model under the current counts
  function confusion(code: Uint8Array, cells: number[]): void {
    cells.fill(0);
    for (let k = 0; k < n; k++) cells[code[k]!]! += counts[k]! & 0x7fff;
  }

  function fromConfusion(metric: number, c: number[]): number {
    const tn = c[0]!;
    const fp = c[1]!;
    const fn = c[2]!;
    const tp = c[3]!;
    if (metric === 0) return (tp + tn) / n;
    if (metric === 1) return tp + fp === 0 ? 0 : tp / (tp + fp);
    if (metric === 2) return tp + fn === 0 ? 0 : tp / (tp + fn);
    return 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }

  let needConfusion = false;
  for (const m of metrics) if (m < 4) needConfusion = true;
  const cCells = [0, 0, 0, 0];
  const bCells = [0, 0, 0, 0];
  for (let r = from; r < to; r++) {
    draw(r);
    if (needConfusion) {
      confusion(data.cCode, cCells);
      confusion(data.bCode, bCells);
    }
    for (let j = 0; j < metrics.length; j++) {
      const metric = metrics[j]!;
      let diff: number;
      if (metric < 4) diff = fromConfusion(metric, cCells) - fromConfusion(metric, bCells);
      else if (metric === 4) diff = aucSequential(data.cLast) - aucOrdered(data.bOrder, data.bLast);
      else if (metric === 5) diff = averagePrecision(null, data.cLast) - averagePrecision(data.bOrder, data.bLast);
      else if (metric === 6) diff = mean(data.cLoss) - mean(data.bLoss);
      else diff = mean(data.cSq) - mean(data.bSq);
      out[(r - from) * metrics.length + j] = diff;
    }
  }
  return out;
}
