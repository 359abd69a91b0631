/** Seeded samples for the stats tests: normal-ish values, optionally rounded to force ties. */

/** Mulberry32: small, seeded, good enough to generate test data. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n normal values with mean and sd (Box-Muller), rounded to `decimals` when given (ties). */
export function normals(seed: number, n: number, mean = 0, sd = 1, decimals?: number): Float64Array {
  const next = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = 1 - next();
    const v = next();
    let x = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    if (decimals !== undefined) x = Math.round(x * 10 ** decimals) / 10 ** decimals;
    out[i] = x;
  }
  return out;
}

/** n categories drawn with the given weights, named c0, c1, ... */
export function categories(seed: number, n: number, weights: readonly number[]): string[] {
  const next = rng(seed);
  const total = weights.reduce((s, w) => s + w, 0);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let u = next() * total;
    let k = 0;
    while (k < weights.length - 1 && u >= weights[k]!) u -= weights[k++]!;
    out.push(`c${k}`);
  }
  return out;
}

/** |a - b| / max(|b|, tiny): relative difference, with exact zeros equal. */
export function relDiff(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}
