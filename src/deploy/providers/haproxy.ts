/**
 * HAProxy: weights through the runtime API, `set weight <backend>/<server> <n>`. The change is
 * hitless: connections in flight finish where they are, new requests follow the new weights.
 * Weights are relative, so w% to the canary is canary w and stable 100 - w (both in HAProxy's
 * 0..256 range). The backend must balance with a dynamic algorithm (roundrobin, leastconn).
 */
import type { Phase, TrafficProvider, Variant } from '../provider.js';
import { onlyFields, requiredField, targetObject } from '../target.js';
import { InputError } from '../../runner/errors.js';
import { parseRuntimeAddress, runtimeCommand, type RuntimeAddress } from './haproxy-socket.js';

export const HAPROXY_FIELDS = ['runtime-api', 'backend', 'stable', 'canary'] as const;

export class HaproxyProvider implements TrafficProvider {
  readonly name = 'haproxy';
  readonly endpoint: string;

  constructor(
    private readonly address: RuntimeAddress,
    private readonly addressText: string,
    private readonly backend: string,
    private readonly servers: Record<Variant, string>,
  ) {
    this.endpoint = `HAProxy runtime API ${addressText} (backend ${backend})`;
  }

  async setWeight(weight: number, _phase: Phase): Promise<void> {
    // Raise the side that gains first, so the two never sum to 0 (which would refuse traffic).
    const order: Variant[] = weight >= 50 ? ['canary', 'stable'] : ['stable', 'canary'];
    for (const variant of order) {
      const value = variant === 'canary' ? weight : 100 - weight;
      await this.command(`set weight ${this.backend}/${this.servers[variant]} ${value}`, true);
    }
  }

  async readWeight(): Promise<number | undefined> {
    const canary = await this.serverWeight('canary');
    const stable = await this.serverWeight('stable');
    if (canary + stable === 0) throw new Error(`both servers of backend ${this.backend} have weight 0: no traffic is served`);
    return Math.round((100 * canary) / (canary + stable));
  }

  placeholders(variant: Variant): Record<string, string> {
    return { server: this.servers[variant], backend: this.backend };
  }

  private async serverWeight(variant: Variant): Promise<number> {
    const answer = await this.command(`get weight ${this.backend}/${this.servers[variant]}`, false);
    // `10 (initial 1)`: the current weight first.
    const match = /^(\d+)\s*\(initial/.exec(answer);
    if (!match) throw new Error(`'get weight ${this.backend}/${this.servers[variant]}' answered '${answer}'`);
    return Number(match[1]);
  }

  private async command(command: string, expectEmpty: boolean): Promise<string> {
    const answer = await runtimeCommand(this.address, command);
    // `set weight` answers nothing on success and a message (No such server., ...) on failure.
    if (expectEmpty && answer !== '') throw new Error(`'${command}' answered '${answer}'`);
    return answer;
  }
}

/** Builds the provider from the `target` settings. */
export function createHaproxyProvider(value: unknown): HaproxyProvider {
  const target = targetObject(value, 'haproxy');
  onlyFields(target, HAPROXY_FIELDS, 'haproxy');
  const addressText = requiredField(target, 'runtime-api', 'haproxy', 'tcp:127.0.0.1:9999');
  const address = parseRuntimeAddress(addressText);
  if (!address) throw new InputError('target', `'runtime-api' must be tcp:HOST:PORT or unix:/PATH, got '${addressText}'`);
  const backend = requiredField(target, 'backend', 'haproxy', 'model');
  const stable = requiredField(target, 'stable', 'haproxy', 'v1');
  const canary = requiredField(target, 'canary', 'haproxy', 'v2');
  if (stable === canary) throw new InputError('target', `'stable' and 'canary' must be different servers, both are '${stable}'`);
  return new HaproxyProvider(address, addressText, backend, { stable, canary });
}
