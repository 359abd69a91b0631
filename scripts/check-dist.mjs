#!/usr/bin/env node
/**
 * `npm run check-dist`: builds into a temporary folder and fails, naming the files, when the
 * committed dist/ differs from what the source builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fresh = mkdtempSync(join(tmpdir(), 'mlops-dist-'));
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });

const list = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }) : [])
  .filter((e) => e.isFile())
  .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
  .sort();
const committed = list(join(root, 'dist'));
const built = list(fresh);
const differences = [
  ...built.filter((f) => !committed.includes(f)).map((f) => `missing from dist/: ${f}`),
  ...committed.filter((f) => !built.includes(f)).map((f) => `not built by the source: dist/${f}`),
  ...built.filter((f) => committed.includes(f) && !readFileSync(join(fresh, f)).equals(readFileSync(join(root, 'dist', f)))).map((f) => `differs: dist/${f}`),
];
rmSync(fresh, { recursive: true, force: true });
if (differences.length) {
  console.error(`dist/ is not what the source builds (run \`npm run build\` and commit dist/):\n  ${differences.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/ matches the source (${built.length} files).`);
