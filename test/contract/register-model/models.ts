/** Small model directories and metric files for the register-model tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A work directory with `model-<seed>/` (two files, content depending on seed) and metrics.json. */
export function workDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `register-${prefix}-`));
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ metrics: { auc: 0.91, f1: 0.8 }, note: 'text is ignored' }));
  return dir;
}

/** Writes a model directory whose bytes depend on `seed`; returns its path. */
export function writeModel(dir: string, seed: string): string {
  const model = join(dir, `model-${seed}`);
  mkdirSync(join(model, 'weights'), { recursive: true });
  writeFileSync(join(model, 'MLmodel'), `flavors:\n  python_function: {loader_module: demo}\nseed: ${seed}\n`);
  writeFileSync(join(model, 'weights', 'w.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + seed.length * 7 + seed.charCodeAt(0)) & 255)));
  return model;
}

/** The documented digest recipe, run with coreutils, independently of our code. */
export function shellDigest(model: string): string {
  const out = execFileSync('sh', ['-c', `cd "$1" && find . -type f -printf '%P\\n' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum`, 'sh', model], { encoding: 'utf8' });
  return `sha256:${out.split(' ')[0]}`;
}
