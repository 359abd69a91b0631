/**
 * The providers canary-deploy knows, by the name the `provider` input takes. A new platform
 * (Kubernetes Gateway API, KServe, SageMaker) is one file implementing TrafficProvider and one
 * line here.
 */
import type { TrafficProvider } from '../provider.js';
import { createCommandProvider } from './command.js';
import { createHaproxyProvider } from './haproxy.js';
import { createNginxProvider } from './nginx.js';

export const PROVIDERS = {
  haproxy: createHaproxyProvider,
  nginx: createNginxProvider,
  command: createCommandProvider,
} as const satisfies Record<string, (target: unknown) => TrafficProvider>;

export type ProviderName = keyof typeof PROVIDERS;
export const PROVIDER_NAMES = Object.keys(PROVIDERS) as ProviderName[];

/** The provider of that name, configured from the parsed `target` input. */
export function createProvider(name: ProviderName, target: unknown): TrafficProvider {
  return PROVIDERS[name](target);
}
