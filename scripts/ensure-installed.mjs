#!/usr/bin/env node
/**
 * Makes a fresh clone ready for `npm test` and `npm run demo`: installs the locked npm packages
 * when node_modules is missing or older than the lock file, and the Python references the tests
 * compare against into .venv when test/python/requirements.txt changed. Idempotent and quick
 * when nothing changed. Also runs test/setup/*.sh (system packages for integration tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const withPython = !process.argv.includes('--node-only');

const installedMarker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installedMarker) || statSync(installedMarker).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) {
  console.log('Installing npm packages (npm ci)...');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const requirements = join(root, 'test', 'python', 'requirements.txt');
const stamp = join(root, '.venv', '.requirements');
if (withPython && existsSync(requirements)) {
  const wanted = readFileSync(requirements, 'utf8');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    console.log('Installing the Python references for the tests into .venv...');
    if (!existsSync(join(root, '.venv', 'bin', 'python'))) run('python3', ['-m', 'venv', join(root, '.venv')]);
    run(join(root, '.venv', 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', requirements]);
    writeFileSync(stamp, wanted);
  }
}

// Servers the integration tests run for real (MLflow, an OCI registry, HAProxy, NGINX,
// Prometheus): each test/setup/*.sh installs one, idempotently, and returns quickly when it is
// already there. The tests themselves start and stop the servers on 127.0.0.1.
const setup = join(root, 'test', 'setup');
if (withPython && existsSync(setup)) {
  for (const script of readdirSync(setup).filter((f) => f.endsWith('.sh')).sort()) {
    execFileSync('bash', [join(setup, script)], { cwd: root, stdio: 'inherit' });
  }
}
