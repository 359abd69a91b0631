// Child process: reads a CSV with csv-parse (streaming, one array per record).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const file = process.argv[2];
const started = performance.now();
let rows = 0;
const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ from_line: 2, bom: true }));
for await (const record of parser) if (record.length > 0) rows++;
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
