/**
 * The inner loop of the binary paired bootstrap. It must be self-contained (no imports, no
 * helpers outside its body) because worker threads run it from its source
 * text: that keeps the bundle a single file with no separate worker script to ship.
 *
 * Rows are renumbered into the candidate's ascending score order ("positions"), so the
 * candidate's ranking passes read memory sequentially; the baseline's order is a list of
 * positions, and its pass reads the per-position counts at random. The per-resample draw and
 * seed mixing repeat drawCounts and resampleSeed of bootstrap.ts exactly (a test checks the two
 * paths give the same numbers); see drawCounts for why the draw is an exact multinomial.
 */

/**
 * Arrays at candidate positions; shared read-only between threads. kernelData fills only what
 * the requested metrics read: the rest are empty.
 */
export interface KernelData {
  n: number;
  /** Per position: bit 0 the label; bit 1 set where the position ends a run of equal candidate scores (ranking metrics only). */
  cMeta: Uint8Array;
  /** 2 * label + prediction per position, for each model. */
  cCode: Uint8Array;
  bCode: Uint8Array;
  /**
   * The baseline's ascending order, one entry per rank (ranking metrics only): the position in
   * bits 0-29, bit 30 set where the rank ends a run of equal baseline scores, bit 31 the label.
   * One sequential read gives everything the baseline's passes need but the count.
   */
  bMeta: Int32Array;
  /** Per-position log loss and squared error terms (log_loss and brier only). */
  cLoss: Float64Array;
  bLoss: Float64Array;
  cSq: Float64Array;
  bSq: Float64Array;
}

/** Metric ids in the kernel, in BINARY_METRICS order. */
export const KERNEL_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'] as const;

/** The kernel's differences, and the resamples it left to the exact fallback. */
export interface KernelResult {
  /** out[(r - from) * metrics.length + j]; NaN where a metric is undefined on a resample (and for overflowed ones). */
  out: Float64Array;
  /** Resamples r where some row was drawn more than maxCount times: recompute them with the generic path. */
  overflowed: number[];
}

/**
 * Differences candidate - baseline for resamples [from, to), metric-major within a resample.
 * Counts are stored in one byte per row; a resample in which a row is drawn more than maxCount
 * (default and most 255) times is listed in `overflowed` instead: a row drawn 256 times has
 * probability below 1e-400, so the fallback exists for exactness; tests force it with a small
 * maxCount (below 5, every resample overflows: see drawCounts' M).
 */
export function runResamples(data: KernelData, metrics: readonly number[], from: number, to: number, seed: number, maxCount = 255): KernelResult {
  // Small inner functions rather than one big loop nest: V8 optimises small hot loops best.
  // They read `counts`, `n`, TABLE and the data from this context: V8 compiles them with
  // those as constants only while the function literal has one closure, which is why callers
  // compile a fresh copy of runResamples for each call (compileKernel); a reused one ran up to
  // twice as slow from its second call on (measured at 1M rows).
  const n = data.n;
  const cap = Math.min(maxCount, 255);
  // Stage 1 of the draw fills whole triples of rows (see drawCounts): room for up to 2 more.
  const counts = new Uint8Array(n + 2);
  const out = new Float64Array((to - from) * metrics.length);
  const overflowed: number[] = [];
  // floor(2^41 P(X <= k)) for X ~ Poisson(1), k = 0..14 (the same as bootstrap.ts' POISSON_BOUNDS).
  const BOUNDS = [
    808975446375, 1617950892750, 2022438615938, 2157267857001, 2190975167266, 2197716629320, 2198840206328, 2199000717330, 2199020781205, 2199023010524,
    2199023233456, 2199023253723, 2199023255412, 2199023255542, 2199023255551,
  ];
  /** The Poisson count of a 41-bit uniform v: how many bounds it reaches. */
  function countOf(v: number): number {
    let c = 0;
    while (c < 15 && v >= BOUNDS[c]!) c++;
    return c;
  }
  // TABLE[b]: the count of every v whose top 10 bits are b, or 255 where a bound splits the
  // bucket (6 of 1024 buckets).
  const TABLE = new Uint8Array(1024);
  for (let b = 0; b < 1024; b++) {
    const low = countOf(b * 2147483648);
    TABLE[b] = low === countOf(b * 2147483648 + 2147483647) ? low : 255;
  }
  // The refinement stream's Mulberry32 state, in an array so that updating it allocates nothing.
  const refineState = new Int32Array(1);
  function refine(b: number): number {
    const s = (refineState[0]! + 0x6d2b79f5) | 0;
    refineState[0] = s;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return countOf(b * 2147483648 + ((t ^ (t >>> 14)) >>> 1));
  }

  /** Fills counts for resample r (see drawCounts); false when a count exceeds maxCount. */
  function draw(r: number): boolean {
    let h = (seed ^ Math.imul(r + 1, 0x9e3779b9)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    // Mulberry32 (src/profile/sketches/prng.ts) inlined with its state in a local: the class
    // keeps its uint32 state in an object field, boxed as a heap number, which made the draw
    // twice as slow. Same sequence for the same seed (tested against the class).
    let state = (h ^ (h >>> 16)) | 0;
    refineState[0] = state ^ 0x80000000;
    let total = 0;
    let max = 5;
    for (let i = 0; i < n; i += 3) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const x = t ^ (t >>> 14);
      // Three rows from one draw: 10 bits each pick a bucket of the Poisson inversion.
      let a = TABLE[x >>> 22]!;
      let b = TABLE[(x >>> 12) & 1023]!;
      let c = TABLE[(x >>> 2) & 1023]!;
      if (((a | b | c) & 128) !== 0) {
        if (a === 255) a = refine(x >>> 22);
        if (b === 255) b = refine((x >>> 12) & 1023);
        if (c === 255) c = refine((x >>> 2) & 1023);
        max = Math.max(max, a, b, c);
      }
      counts[i] = a;
      counts[i + 1] = b;
      counts[i + 2] = c;
      total += a + b + c;
    }
    // Drop the padding of the last triple.
    for (let i = n; i < n + 2; i++) {
      total -= counts[i]!;
      counts[i] = 0;
    }
    if (max > cap) return false;
    // Condition the Poisson total on n: remove draws chosen uniformly among all draws (a uniform
    // position accepted with probability count / max), or add uniform draws.
    const scale = n * 2.3283064365386963e-10;
    const accept = max * 2.3283064365386963e-10;
    while (total > n) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const k = (((t ^ (t >>> 14)) >>> 0) * scale) | 0;
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      if (((((t ^ (t >>> 14)) >>> 0) * accept) | 0) < counts[k]!) {
        counts[k]!--;
        total--;
      }
    }
    while (total < n) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const k = (((t ^ (t >>> 14)) >>> 0) * scale) | 0;
      if (counts[k] === cap) return false;
      counts[k]!++;
      total++;
    }
    return true;
  }

  // ROC AUC: sum over positives of (negatives below + half the tied ones), ascending. Integer
  // group sums, branch-free: labels are random, so a branch on them would mispredict.
  function aucCandidate(): number {
    const meta = data.cMeta;
    let num = 0;
    let negBelow = 0;
    let pos = 0;
    let gp = 0;
    let gw = 0;
    for (let k = 0; k < n; k++) {
      const w = counts[k]!;
      const m = meta[k]!;
      gp += w & -(m & 1);
      gw += w;
      if (m > 1) {
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

  function aucBaseline(): number {
    const meta = data.bMeta;
    let num = 0;
    let negBelow = 0;
    let pos = 0;
    let gp = 0;
    let gw = 0;
    for (let k = 0; k < n; k++) {
      const m = meta[k]!;
      const w = counts[m & 0x3fffffff]!;
      gp += w & (m >> 31);
      gw += w;
      if ((m & 0x40000000) !== 0) {
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

  // Average precision: one precision step per distinct score, descending.
  function apCandidate(): number {
    const meta = data.cMeta;
    let tp = 0;
    let fp = 0;
    let sum = 0;
    let gp = 0;
    let gw = 0;
    for (let k = n - 1; k >= 0; k--) {
      const w = counts[k]!;
      gp += w & -(meta[k]! & 1);
      gw += w;
      if (k === 0 || meta[k - 1]! > 1) {
        tp += gp;
        fp += gw - gp;
        if (gp > 0) sum += gp * (tp / (tp + fp));
        gp = 0;
        gw = 0;
      }
    }
    return tp === 0 ? 0 : sum / tp;
  }

  function apBaseline(): number {
    const meta = data.bMeta;
    let tp = 0;
    let fp = 0;
    let sum = 0;
    let gp = 0;
    let gw = 0;
    for (let k = n - 1; k >= 0; k--) {
      const m = meta[k]!;
      const w = counts[m & 0x3fffffff]!;
      gp += w & (m >> 31);
      gw += w;
      if (k === 0 || (meta[k - 1]! & 0x40000000) !== 0) {
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
    for (let k = 0; k < n; k++) s += counts[k]! * terms[k]!;
    return s / n;
  }

  // tn, fp, fn, tp of one model under the current counts
  function confusion(code: Uint8Array, cells: number[]): void {
    cells.fill(0);
    for (let k = 0; k < n; k++) cells[code[k]!]! += counts[k]!;
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
    const at = (r - from) * metrics.length;
    if (!draw(r)) {
      overflowed.push(r);
      out.fill(NaN, at, at + metrics.length);
      continue;
    }
    if (needConfusion) {
      confusion(data.cCode, cCells);
      confusion(data.bCode, bCells);
    }
    for (let j = 0; j < metrics.length; j++) {
      const metric = metrics[j]!;
      let diff: number;
      if (metric < 4) diff = fromConfusion(metric, cCells) - fromConfusion(metric, bCells);
      else if (metric === 4) diff = aucCandidate() - aucBaseline();
      else if (metric === 5) diff = apCandidate() - apBaseline();
      else if (metric === 6) diff = mean(data.cLoss) - mean(data.bLoss);
      else diff = mean(data.cSq) - mean(data.bSq);
      out[at + j] = diff;
    }
  }
  return { out, overflowed };
}
