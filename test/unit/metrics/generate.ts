/** Generated predictions for the metric tests: seeded, with ties, imbalance and absent classes. */
import { Mulberry32 } from '../../../src/profile/sketches/prng.js';

export function uniform(rng: Mulberry32): number {
  return rng.nextUint32() / 4294967296;
}

/** A standard normal draw (Box-Muller). */
export function normal(rng: Mulberry32): number {
  const u = 1 - uniform(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform(rng));
}

export interface BinaryCase {
  y: number[];
  score: number[];
  prediction: number[];
}

/**
 * Binary labels with positive rate `rate`, scores that separate them by `signal`, rounded to
 * `decimals` (few decimals: many ties) and pushed to exactly 0 or 1 now and then (log loss clipping).
 */
export function binaryCase(seed: number, n: number, rate: number, signal: number, decimals: number): BinaryCase {
  const rng = new Mulberry32(seed);
  const y: number[] = [];
  const score: number[] = [];
  const prediction: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = uniform(rng) < rate ? 1 : 0;
    const z = signal * (label - 0.5) + normal(rng);
    let p = 1 / (1 + Math.exp(-z));
    const r = uniform(rng);
    if (r < 0.01) p = 0;
    else if (r < 0.02) p = 1;
    else if (r < 0.03) p = 0.5;
    const f = 10 ** decimals;
    p = Math.round(p * f) / f;
    y.push(label);
    score.push(p);
    prediction.push(uniform(rng) < 0.1 ? 1 - label : label);
  }
  return { y, score, prediction };
}

export interface MulticlassCase {
  y: string[];
  pred: string[];
  classes: string[];
  columns: number[][];
}

/** Multiclass string labels; `absent` is never predicted; probabilities per class sum to one. */
export function multiclassCase(seed: number, n: number, classes: string[], absent?: string): MulticlassCase {
  const rng = new Mulberry32(seed);
  const k = classes.length;
  const y: string[] = [];
  const pred: string[] = [];
  const columns: number[][] = classes.map(() => []);
  for (let i = 0; i < n; i++) {
    // imbalanced: class j with weight 1/(j+1)
    const weights = classes.map((_, j) => 1 / (j + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    let u = uniform(rng) * total;
    let t = 0;
    while (t < k - 1 && u >= weights[t]!) u -= weights[t++]!;
    const logits = classes.map((_, j) => (j === t ? 1.5 : 0) + normal(rng));
    const m = Math.max(...logits);
    const e = logits.map((l) => Math.exp(l - m));
    const s = e.reduce((a, b) => a + b, 0);
    e.forEach((v, j) => columns[j]!.push(v / s));
    let p = e.indexOf(Math.max(...e));
    if (absent !== undefined && classes[p] === absent) p = (p + 1) % k;
    y.push(classes[t]!);
    pred.push(classes[p]!);
  }
  return { y, pred, classes, columns };
}
