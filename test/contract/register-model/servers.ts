/**
 * The real servers register-model talks to, started on 127.0.0.1 for the tests: an MLflow
 * tracking server (SQLite backend, temporary artifact root) from .venv-mlflow, and Debian's
 * docker-registry (the CNCF distribution registry) with filesystem storage. Installed by
 * test/setup/register-model.sh.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/harness.js';

/** The admin password of the basic-auth MLflow server. */
export const ADMIN_PASSWORD = 'register-model-secret';

export const MLFLOW_PYTHON = join(REPO_ROOT, '.venv-mlflow', 'bin', 'python');

export interface Server {
  url: string;
  host: string;
  dir: string;
  log(): string;
  stop(): Promise<void>;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s:\n${log()}`);
}

function launch(command: string, args: string[], dir: string, env: Record<string, string> = {}): { child: ChildProcess; log: () => string } {
  let output = '';
  const child = spawn(command, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, log: () => output.slice(-4000) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** `mlflow server` on a free port; `auth` runs MLflow's basic-auth app (admin/ADMIN_PASSWORD). */
export async function startMlflow(options: { auth?: boolean } = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'mlflow-server-'));
  const port = await freePort();
  const args = ['-m', 'mlflow', 'server', '--backend-store-uri', `sqlite:///${join(dir, 'mlflow.db')}`, '--artifacts-destination', join(dir, 'artifacts'), '--host', '127.0.0.1', '--port', String(port), '--workers', '2',
    // uvicorn's supervisor restarts a worker that misses a 5 s health ping, which a loaded 2-core
    // machine running several test files can miss: a request in flight then fails mid-test.
    '--uvicorn-opts', '--timeout-worker-healthcheck 120'];
  const env: Record<string, string> = {};
  if (options.auth) {
    args.push('--app-name', 'basic-auth');
    const config = join(dir, 'auth.ini');
    writeFileSync(config, `[mlflow]\ndefault_permission = READ\ndatabase_uri = sqlite:///${join(dir, 'auth.db')}\nadmin_username = admin\nadmin_password = ${ADMIN_PASSWORD}\nauthorization_function = mlflow.server.auth:authenticate_request_basic_auth\n`);
    env.MLFLOW_AUTH_CONFIG_PATH = config;
    env.MLFLOW_FLASK_SERVER_SECRET_KEY = 'register-model-tests';
  }
  const { child, log } = launch(MLFLOW_PYTHON, args, dir, env);
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/health`, child, log, 90_000);
  return { url, host: `127.0.0.1:${port}`, dir, log, stop: () => stopChild(child) };
}

/** docker-registry on a free port with filesystem storage; `htpasswd` adds basic auth. */
export async function startOciRegistry(options: { htpasswd?: string } = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'oci-registry-'));
  const port = await freePort();
  const auth = options.htpasswd ? `auth:\n  htpasswd:\n    realm: test\n    path: ${options.htpasswd}\n` : '';
  writeFileSync(join(dir, 'config.yml'), `version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`);
  const { child, log } = launch('docker-registry', ['serve', join(dir, 'config.yml')], dir);
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/v2/`, child, log, 30_000);
  return { url, host: `127.0.0.1:${port}`, dir, log, stop: () => stopChild(child) };
}
