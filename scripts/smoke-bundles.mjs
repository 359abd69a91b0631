#!/usr/bin/env node
/**
 * Runs every built bundle once, as the runner would and with no inputs: each must start, and
 * either succeed or fail cleanly with one `::error` naming an input. This catches bundles that
 * throw at load time (the ESM/CommonJS trap of ncc) before any test does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const entries = ['index.js', ...readdirSync(dist).filter((d) => existsSync(join(dist, d, 'index.js')) && !['bundle', 'cli'].includes(d)).map((d) => `${d}/index.js`)];
let failures = 0;

for (const entry of entries) {
  const work = mkdtempSync(join(tmpdir(), 'mlops-smoke-'));
  const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', RUNNER_TEMP: work, GITHUB_WORKSPACE: work };
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(dist, entry)], { cwd: work, env, encoding: 'utf8', timeout: 30_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  const clean = (run.status === 0 && errors.length === 0) || (run.status === 1 && errors.length === 1 && /Input '[^']+'/.test(errors[0]) && !/Internal error/.test(errors[0]));
  const crashed = /\n\s+at .+:\d+:\d+/.test(run.stderr);
  console.log(`${clean && !crashed ? 'ok  ' : 'FAIL'} dist/${entry}: exit ${run.status} in ${ms.toFixed(0)} ms${errors[0] ? ` (${errors[0].slice(0, 120)})` : ''}`);
  if (!clean || crashed) {
    failures++;
    console.log(run.stdout, run.stderr);
  }
}

const help = spawnSync(process.execPath, [join(dist, 'cli', 'index.js'), '--help'], { encoding: 'utf8' });
console.log(`${help.status === 0 ? 'ok  ' : 'FAIL'} dist/cli/index.js --help: exit ${help.status}`);
if (help.status !== 0) failures++;
process.exit(failures ? 1 : 0);
