/** The benchmark's predictions: n rows, a candidate and a slightly weaker baseline (seeded). */
import { Mulberry32 } from '../../src/profile/sketches/prng.js';

export function generate(n: number): { y: Uint8Array; candidate: Float64Array; baseline: Float64Array } {
  const rng = new Mulberry32(42);
  const u = () => (rng.nextUint32() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const y = new Uint8Array(n);
  const candidate = new Float64Array(n);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = u() < 0.3 ? 1 : 0;
    const shared = normal();
    y[i] = label;
    // Rounded to 4 decimals: realistic ties (models exporting float32 or rounded scores).
    candidate[i] = Math.round(1e4 / (1 + Math.exp(-(1.6 * (label - 0.5) + 0.8 * shared + 0.6 * normal())))) / 1e4;
    baseline[i] = Math.round(1e4 / (1 + Math.exp(-(1.4 * (label - 0.5) + 0.8 * shared + 0.6 * normal())))) / 1e4;
  }
  return { y, candidate, baseline };
}
