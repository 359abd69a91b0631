/**
 * Micro-benchmark of the per-value hot path: ns/value for add() of each sketch on n values
 * (run through bench/sketches/run.mjs). The data are made before timing; each sketch's loop is
 * run once to warm the JIT on a tenth of the data, then timed on all of it.
 */
import { ColumnSketch, FrequentValues, HyperLogLog, KllSketch, Moments } from '../../src/profile/sketches/index.js';
import { Mulberry32 } from '../../src/profile/sketches/prng.js';

interface Case {
  name: string;
  run: (data: Float64Array, count: number) => unknown;
}

function data(n: number, kind: 'float' | 'int'): Float64Array {
  const rng = new Mulberry32(42);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = kind === 'float' ? rng.nextUint32() / 4294967296 * 1000 : rng.nextUint32() % 100_000;
  return out;
}

const CASES: Array<Case & { data: 'float' | 'int' }> = [
  { name: 'KLL k=200, floats', data: 'float', run: (d, n) => { const s = new KllSketch(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.count; } },
  { name: 'Moments, floats', data: 'float', run: (d, n) => { const s = new Moments(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.mean; } },
  { name: 'HyperLogLog p=14, integers', data: 'int', run: (d, n) => { const s = new HyperLogLog(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.estimate(); } },
  { name: 'HyperLogLog p=14, floats', data: 'float', run: (d, n) => { const s = new HyperLogLog(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.estimate(); } },
  { name: 'Frequent cap=100, integers (1e5 distinct)', data: 'int', run: (d, n) => { const s = new FrequentValues(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.count; } },
  { name: 'ColumnSketch, integers', data: 'int', run: (d, n) => { const s = new ColumnSketch(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.total; } },
];

/** Runs every case on n values and prints ns/value. */
export function runBenchmark(n: number): void {
  const inputs = { float: data(n, 'float'), int: data(n, 'int') };
  console.log(`add() on ${n.toLocaleString('en')} values (Node ${process.version})`);
  for (const c of CASES) {
    c.run(inputs[c.data], Math.floor(n / 10));
    const start = process.hrtime.bigint();
    c.run(inputs[c.data], n);
    const ns = Number(process.hrtime.bigint() - start);
    console.log(`${c.name.padEnd(44)} ${(ns / n).toFixed(1).padStart(7)} ns/value`);
  }
}
