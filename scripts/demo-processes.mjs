/**
 * The demo's child processes (the model servers): started on free ports, and always stopped,
 * whether the demo ends normally, fails, or is interrupted (Ctrl-C, SIGTERM). As a last
 * resort, a server exits by itself when the demo dies and its stdin closes (SIGKILL included).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const READY = /^listening (http:\/\/\S+)/;

export class ProcessGroup {
  /** @type {{ name: string, child: import('node:child_process').ChildProcess }[]} */
  #children = [];

  /**
   * Starts `node script ...args` and resolves with its URL once it prints `listening <url>`.
   * Its own process group (detached), so a Ctrl-C in the terminal reaches the demo only, which
   * then stops everything in order; its output other than the ready line is prefixed and shown.
   */
  async startServer(name, script, args, { timeoutMs = 15_000 } = {}) {
    const child = spawn(process.execPath, [script, ...args, '--exit-on-stdin-close'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.#children.push({ name, child });
    const prefix = (line) => `  [${name}] ${line}`;
    createInterface({ input: child.stderr }).on('line', (line) => console.error(prefix(line)));
    const lines = createInterface({ input: child.stdout });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited before it was ready (${signal ?? `code ${code}`})`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      lines.on('line', (line) => {
        const ready = READY.exec(line);
        if (!ready) return console.log(prefix(line));
        clearTimeout(timer);
        resolve({ url: ready[1], pid: child.pid });
      });
    });
  }

  /** The pids of the processes started, by name. */
  pids() {
    return Object.fromEntries(this.#children.map(({ name, child }) => [name, child.pid]));
  }

  /** Stops every process still running: SIGTERM, then SIGKILL after `graceMs`. */
  async stopAll(graceMs = 3000) {
    const running = this.#children.filter(({ child }) => child.exitCode === null && child.signalCode === null);
    await Promise.all(
      running.map(async ({ child }) => {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  /** Synchronous last resort for process.on('exit'): no waiting possible there. */
  killAllNow() {
    for (const { child } of this.#children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
