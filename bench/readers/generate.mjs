// Writes the benchmark CSV: 12 mixed columns (ids, ints, floats, categories, booleans,
// timestamps, free text), about 80 bytes a row, so 13M rows is about 1 GB. Deterministic.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function generateCsv(path, rows) {
  const out = createWriteStream(path);
  out.write('id,user,age,income,score,ratio,category,country,active,churned,created_at,comment\n');
  const categories = ['basic', 'premium', 'enterprise', 'trial', 'free'];
  const countries = ['US', 'DE', 'FR', 'JP', 'BR', 'IN', 'GB', 'NG'];
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const base = Date.UTC(2023, 0, 1);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const r = rand();
    const income = r < 0.02 ? '' : (20000 + rand() * 180000).toFixed(2);
    const comment = r < 0.1 ? '"late, but ""ok"""' : r < 0.5 ? '' : `note ${i % 997}`;
    const created = new Date(base + Math.floor(rand() * 3.15e10)).toISOString().slice(0, 19);
    buffer += `${i + 1},u${(i * 7919) % 1000003},${18 + Math.floor(rand() * 70)},${income},${(rand() * 100).toFixed(3)},${rand().toFixed(6)},${categories[i % 5]},${countries[Math.floor(rand() * 8)]},${rand() < 0.7},${rand() < 0.1 ? 1 : 0},${created},${comment}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
