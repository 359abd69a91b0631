/**
 * NGINX: the upstream block is written to an include file (atomically) and NGINX reloaded;
 * a reload lets old workers finish their requests. Open-source NGINX has no API that reports
 * upstream weights, so the weight is read back from the include file it loads, and the reload
 * command's exit status (`nginx -s reload` checks the configuration first) tells whether it was
 * taken. NGINX weights must be at least 1: a side at 0% is marked `down` instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../runner/atomic-write.js';
import { parseDuration } from '../../runner/duration.js';
import { InputError } from '../../runner/errors.js';
import type { Phase, TrafficProvider, Variant } from '../provider.js';
import { onlyFields, optionalField, requiredField, targetObject } from '../target.js';
import { runShell } from './shell.js';

export const NGINX_FIELDS = ['upstream-file', 'upstream', 'stable', 'canary', 'reload', 'timeout'] as const;

/** The upstream block for `weight` percent to the canary. */
export function upstreamBlock(upstream: string, servers: Record<Variant, string>, weight: number): string {
  const line = (server: string, share: number) => `    server ${server}${share > 0 ? ` weight=${share}` : ' down'};`;
  return [
    `# Written by canary-deploy: canary-weight=${weight}`,
    `upstream ${upstream} {`,
    line(servers.stable, 100 - weight),
    line(servers.canary, weight),
    '}',
    '',
  ].join('\n');
}

export class NginxProvider implements TrafficProvider {
  readonly name = 'nginx';
  readonly endpoint: string;

  constructor(
    private readonly file: string,
    private readonly upstream: string,
    private readonly servers: Record<Variant, string>,
    private readonly reload: string,
    private readonly timeoutMs: number,
  ) {
    this.endpoint = `NGINX upstream ${upstream} in ${file}, reloaded by \`${reload}\``;
  }

  async setWeight(weight: number, _phase: Phase): Promise<void> {
    writeFileAtomic(this.file, upstreamBlock(this.upstream, this.servers, weight), 'NGINX upstream include');
    await runShell(this.reload, {}, this.timeoutMs);
  }

  async readWeight(): Promise<number | undefined> {
    if (!existsSync(this.file)) throw new Error(`${this.file} does not exist`);
    const match = /canary-weight=(\d+)/.exec(readFileSync(this.file, 'utf8'));
    if (!match) throw new Error(`${this.file} was not written by canary-deploy (no canary-weight marker)`);
    return Number(match[1]);
  }

  placeholders(variant: Variant): Record<string, string> {
    return { server: this.servers[variant], upstream: this.upstream };
  }
}

/** Builds the provider from the `target` settings. */
export function createNginxProvider(value: unknown): NginxProvider {
  const target = targetObject(value, 'nginx');
  onlyFields(target, NGINX_FIELDS, 'nginx');
  const file = resolve(requiredField(target, 'upstream-file', 'nginx', '/etc/nginx/conf.d/model-upstream.conf'));
  const upstream = requiredField(target, 'upstream', 'nginx', 'model');
  const stable = requiredField(target, 'stable', 'nginx', '127.0.0.1:8001');
  const canary = requiredField(target, 'canary', 'nginx', '127.0.0.1:8002');
  if (stable === canary) throw new InputError('target', `'stable' and 'canary' must be different servers, both are '${stable}'`);
  const timeoutText = optionalField(target, 'timeout') ?? '1m';
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined || timeoutMs <= 0) throw new InputError('target', `'timeout' must be a duration such as 30s, got '${timeoutText}'`);
  return new NginxProvider(file, upstream, { stable, canary }, optionalField(target, 'reload') ?? 'nginx -s reload', timeoutMs);
}
