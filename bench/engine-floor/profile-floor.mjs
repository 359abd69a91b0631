// Child process: reads the benchmark CSV as validate-data does (typed cells for the schema's
// checked fields, text for the rest) and profiles every cell, timing the profile's share alone:
// what the profile (kinds, KLL, moments, HyperLogLog, frequent values) costs whatever the reader
// and the checks cost. Prints {rows, cpu, profileCpu, typedShare} as JSON (CPU seconds, this thread).
import { buildCheckers, typedPlanner } from '../../.tmp/bench-engine-floor/actions/validate-data/pass.js';
import { readDataset } from '../../.tmp/bench-engine-floor/src/data/index.js';
import { DatasetProfiler } from '../../.tmp/bench-engine-floor/src/profile/profile.js';
import { loadSchemaFile } from '../../.tmp/bench-engine-floor/src/schema/load.js';

const [file, schemaFile] = process.argv.slice(2);
const schema = loadSchemaFile(schemaFile);
const checkers = buildCheckers(schema, schemaFile);
const profiler = new DatasetProfiler();
const seconds = (usage) => (usage.user + usage.system) / 1e6;
const started = process.cpuUsage();
let profileCpu = 0;
let typed = 0;
let cells = 0;
for await (const batch of readDataset([file], { typed: typedPlanner(checkers) })) {
  const before = process.cpuUsage();
  const columns = profiler.columnsOf(batch);
  for (let c = 0; c < columns.length; c++) {
    const observer = columns[c];
    const text = batch.values[c];
    const values = batch.typed?.values[c];
    const kinds = batch.typed?.textKinds[c];
    for (let i = 0; i < batch.rowCount; i++) {
      const raw = text[i];
      if (raw === undefined && values !== undefined) {
        observer.observeTyped(kinds[i], values[i]);
        typed++;
      } else observer.observe(raw);
    }
    cells += batch.rowCount;
  }
  profiler.endBatch(batch);
  profileCpu += seconds(process.cpuUsage(before));
}
const json = profiler.toJSON();
console.log(JSON.stringify({ rows: json.rows, cpu: seconds(process.cpuUsage(started)), profileCpu, typedShare: typed / cells }));
