/**
 * The canary step's traffic: two model server processes (the demo's scripts/demo-model-server.mjs,
 * each exporting Prometheus /metrics labelled with its variant) and a load loop standing in for
 * users and the load balancer: each request goes to the canary with the probability of the
 * weight canary-deploy's `command` provider last wrote to `weightFile`, else to stable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../../support/harness.js';

export interface ModelServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the demo's model server on a free port; resolves once it prints `listening <url>`. */
export async function startModelServer(modelDir: string, variant: 'stable' | 'canary', version: string): Promise<ModelServer> {
  const script = join(REPO_ROOT, 'scripts', 'demo-model-server.mjs');
  // --exit-on-stdin-close: should the test worker die without stopping it, its stdin closes and it exits.
  const child: ChildProcess = spawn(process.execPath, [script, '--model', modelDir, '--variant', variant, '--version', version, '--port', '0', '--exit-on-stdin-close'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${variant} model server not ready in 15 s: ${log}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`${variant} model server exited (${code}): ${log}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^listening (http:\/\/\S+)/.exec(line);
      if (!ready) return;
      clearTimeout(timer);
      resolve(ready[1]!);
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Load {
  /** Requests answered by each server, and those that failed. */
  stats: { stable: number; canary: number; failed: number };
  stop(): Promise<void>;
}

function currentWeight(weightFile: string): number {
  try {
    const weight = Number(readFileSync(weightFile, 'utf8').trim());
    return Number.isFinite(weight) ? weight : 0;
  } catch {
    return 0;
  }
}

/** Sends `rows` (cycling) at `perSecond`, split between the servers by the weight in force. */
export function startLoad(servers: { stable: string; canary: string }, weightFile: string, rows: object[], perSecond = 60): Load {
  const stats = { stable: 0, canary: 0, failed: 0 };
  const pending = new Set<Promise<void>>();
  let next = 0;
  // A smooth split (not random): each side gets its share even in a short bake.
  let sent = 0;
  let toCanary = 0;
  let lastWeight = -1;
  const timer = setInterval(() => {
    const weight = currentWeight(weightFile);
    if (weight !== lastWeight) [lastWeight, sent, toCanary] = [weight, 0, 0];
    sent++;
    const variant = (toCanary + 1) / sent <= weight / 100 ? 'canary' : 'stable';
    if (variant === 'canary') toCanary++;
    const row = rows[next++ % rows.length];
    const request = fetch(`${servers[variant]}/predict`, { method: 'POST', body: JSON.stringify(row), headers: { 'content-type': 'application/json' } })
      .then(async (answer) => {
        await answer.arrayBuffer();
        if (answer.ok) stats[variant]++;
        else stats.failed++;
      })
      .catch(() => void stats.failed++);
    pending.add(request);
    void request.finally(() => pending.delete(request));
  }, 1000 / perSecond);
  return {
    stats,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
    },
  };
}
