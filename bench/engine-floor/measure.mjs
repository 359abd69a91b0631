// Child process: runs one kernel ("js", or "wasm" with the compiled module's path) over the CSV in
// 4 MiB reads, as a reader would, and prints {rows, cpu, checks} as JSON.
import { openSync, readFileSync, readSync } from 'node:fs';
import { makeState, run } from './kernel.js';

const [kind, file, wasmPath] = process.argv.slice(2);
const TYPES = [0, 1, 0, 0, 0, 0, 1, 1, 3, 0, 2, 1]; // the benchmark CSV's 12 columns (kernel.ts has them too)
const CHUNK = 4 << 20;
const fd = openSync(file, 'r');
const started = process.cpuUsage();

/** Reads the file through `process(bytes, start, end)` (returns where the unprocessed rest begins). */
function readAll(buffer, process) {
  let have = 0;
  let header = true;
  for (;;) {
    const n = readSync(fd, buffer, have, CHUNK, null);
    if (n === 0) break;
    const end = have + n;
    const start = header ? buffer.indexOf(10) + 1 : 0;
    header = false;
    // Whole rows only: the kernels stop at a row cut by the read and the rest waits for more.
    const last = buffer.lastIndexOf(10, end - 1) + 1;
    const used = process(buffer, start, last);
    buffer.copyWithin(0, used, end);
    have = end - used;
  }
}

let result;
if (kind === 'js') {
  const state = makeState(TYPES);
  readAll(Buffer.alloc(2 * CHUNK), (b, start, end) => start + run(b.subarray(start, end), end - start, state));
  result = { rows: state.rows, idSum: state.sum[0], incomeCount: state.count[3] };
} else {
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { env: { abort: () => { throw new Error('abort'); } } });
  const k = instance.exports;
  const base = k.init();
  readAll(new Uint8Array(k.memory.buffer, base, 2 * CHUNK), (_b, start, end) => k.run(start, end));
  result = { rows: k.getRows(), idSum: k.getSum(0), incomeCount: k.getCount(3) };
}
const cpu = process.cpuUsage(started);
console.log(JSON.stringify({ ...result, cpu: (cpu.user + cpu.system) / 1e6 }));
