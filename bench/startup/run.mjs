#!/usr/bin/env node
/**
 * Start-up of each built action and the size of dist/ (design.md: "track the size of dist/ and
 * each action's start-up time"). Each action runs as the runner runs it (`node dist/<name>/index.js`)
 * with no inputs, so it loads its code, reads its inputs and stops at the first required one
 * (exit code 1): what every run pays before doing any work. Reports the median wall time and
 * peak RSS of N runs each, against `node -e ''` measured in the same run.
 * Usage: node bench/startup/run.mjs [--runs N] [--node PATH] [--dist PATH] (needs `npm run build` first)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 0) || 15;
const node = args.includes('--node') ? resolve(args[args.indexOf('--node') + 1]) : process.execPath;
const dist = args.includes('--dist') ? resolve(args[args.indexOf('--dist') + 1]) : join(root, 'dist');

/** Wall seconds and peak RSS (MB) of one run, from /usr/bin/time. */
function timed(argv, env) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', node, ...argv], { encoding: 'utf8', env, cwd: root });
  const last = run.stderr.trim().split('\n').at(-1).split(' ');
  return { seconds: Number(last[0]), rssMb: Number(last[1]) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name, argv) {
  // Only what the runner always sets: no INPUT_* variables.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true' };
  const samples = Array.from({ length: runs }, () => timed(argv, env));
  const seconds = median(samples.map((s) => s.seconds));
  const rss = median(samples.map((s) => s.rssMb));
  console.log(`${name.padEnd(16)} ${seconds.toFixed(2).padStart(6)} s  peak RSS ${rss.toFixed(0).padStart(4)} MB`);
}

function size(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0) : stat.size;
}

console.log(`Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, median of ${runs} runs each`);
measure("node -e ''", ['-e', '']);
for (const entry of readdirSync(dist).sort()) {
  const main = join(dist, entry, 'index.js');
  if (entry === 'bundle' || entry === 'cli' || !statSync(join(dist, entry)).isDirectory()) continue;
  measure(entry, [main]);
}
console.log(`dist/: ${(size(dist) / 2 ** 20).toFixed(1)} MiB, of which dist/bundle/index.js ${(statSync(join(dist, 'bundle', 'index.js')).size / 2 ** 20).toFixed(2)} MiB`);
