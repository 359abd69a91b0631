/**
 * Micro-benchmark of the per-value hot path: ns/value for add() of each sketch on n values
 * (run through bench/sketches/run.mjs). The data are made before timing; each sketch's loop is
 * run once to warm the JIT on a tenth of the data, then timed on all of it three times: the best
 * CPU time (user + system) counts, as the machine is shared and wall time varies with its load.
 */
import { ColumnSketch, FrequentValues, HyperLogLog, KllSketch, Moments } from '../../src/profile/sketches/index.js';
import { Mulberry32 } from '../../src/profile/sketches/prng.js';

interface Case {
  name: string;
  run: (data: Float64Array, count: number) => unknown;
}

type Data = 'float' | 'int' | 'sorted' | 'reversed' | 'dups';

function data(n: number, kind: Data): Float64Array {
  const rng = new Mulberry32(42);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === 'float') out[i] = (rng.nextUint32() / 4294967296) * 1000;
    else if (kind === 'int') out[i] = rng.nextUint32() % 100_000;
    else if (kind === 'dups') out[i] = rng.nextUint32() % 70; // like an age column
    else out[i] = kind === 'sorted' ? i : n - i;
  }
  return out;
}

function kll(d: Float64Array, n: number): number {
  const s = new KllSketch();
  for (let i = 0; i < n; i++) s.add(d[i]!);
  return s.count;
}

const CASES: Array<Case & { data: Data }> = [
  { name: 'KLL k=200, floats', data: 'float', run: kll },
  { name: 'KLL k=200, ascending', data: 'sorted', run: kll },
  { name: 'KLL k=200, descending', data: 'reversed', run: kll },
  { name: 'KLL k=200, 70 distinct integers', data: 'dups', run: kll },
  { name: 'Moments, floats', data: 'float', run: (d, n) => { const s = new Moments(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.mean; } },
  { name: 'HyperLogLog p=14, integers', data: 'int', run: (d, n) => { const s = new HyperLogLog(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.estimate(); } },
  { name: 'HyperLogLog p=14, floats', data: 'float', run: (d, n) => { const s = new HyperLogLog(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.estimate(); } },
  { name: 'Frequent cap=100, integers (1e5 distinct)', data: 'int', run: (d, n) => { const s = new FrequentValues(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.count; } },
  { name: 'ColumnSketch, integers', data: 'int', run: (d, n) => { const s = new ColumnSketch(); for (let i = 0; i < n; i++) s.add(d[i]!); return s.total; } },
];

/** Runs every case on n values and prints ns/value. */
export function runBenchmark(n: number): void {
  const inputs = { float: data(n, 'float'), int: data(n, 'int'), sorted: data(n, 'sorted'), reversed: data(n, 'reversed'), dups: data(n, 'dups') };
  console.log(`add() on ${n.toLocaleString('en')} values, best CPU time of 3 (Node ${process.version})`);
  for (const c of CASES) {
    c.run(inputs[c.data], Math.floor(n / 10));
    let ns = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = process.cpuUsage();
      c.run(inputs[c.data], n);
      const used = process.cpuUsage(start);
      ns = Math.min(ns, (used.user + used.system) * 1000);
    }
    console.log(`${c.name.padEnd(44)} ${(ns / n).toFixed(1).padStart(7)} ns/value`);
  }
}
