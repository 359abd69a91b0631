#!/usr/bin/env node
/**
 * `node bench/sketches/run.mjs [values]`: compiles the sketches and this benchmark into .tmp/
 * (Node 20 cannot run TypeScript) and prints ns per value for add() of each sketch on 10M values.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'bench', 'sketches', 'tsconfig.json')], { stdio: 'inherit' });
const { runBenchmark } = await import(pathToFileURL(join(root, '.tmp', 'bench-sketches', 'bench', 'sketches', 'add.js')).href);
runBenchmark(Number(process.argv[2] ?? 10_000_000));
