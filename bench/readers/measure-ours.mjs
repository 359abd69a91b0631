// Child process: reads a dataset with our readers and prints {rows, seconds, maxRssMb}.
import { readDataset } from '../../.tmp/bench-readers/src/data/index.js';

const file = process.argv[2];
const started = performance.now();
let rows = 0;
let touched = 0;
const batchRows = Number(process.argv[3]) || undefined; // default: readers' choice
for await (const batch of readDataset([file], { batchRows })) {
  rows += batch.rowCount;
  touched += batch.values.length; // keep the batch alive like a consumer would
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, touched }));
