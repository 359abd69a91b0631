/**
 * Opens a registry from its `scheme:location` description, as the `registry` input takes it:
 * `file:<dir>`, `mlflow:<tracking-uri>`, `oci:<registry>/<repository>`. Backends are loaded on
 * demand so a file registration never loads the HTTP clients.
 */
import { InputError } from '../runner/errors.js';
import type { ModelRegistry } from './types.js';

export const REGISTRY_SCHEMES = ['file', 'mlflow', 'oci'] as const;

export interface RegistryOptions {
  /** A GitHub token, used as the password for ghcr.io. */
  githubToken?: string;
  env?: NodeJS.ProcessEnv;
}

/** Parses and opens the registry; errors name the input `input`. */
export async function openRegistry(description: string, options: RegistryOptions = {}, input = 'registry'): Promise<ModelRegistry> {
  const colon = description.indexOf(':');
  const scheme = colon > 0 ? description.slice(0, colon) : '';
  const location = description.slice(colon + 1).trim();
  if (!(REGISTRY_SCHEMES as readonly string[]).includes(scheme)) {
    throw new InputError(input, `unknown registry '${description}': expected file:<dir>, mlflow:<tracking-uri> or oci:<registry>/<repository>`);
  }
  if (!location) throw new InputError(input, `'${description}' names no location after '${scheme}:'`);
  const env = options.env ?? process.env;
  if (scheme === 'file') {
    const { FileRegistry } = await import('./file.js');
    return new FileRegistry(location);
  }
  if (scheme === 'mlflow') {
    const { MlflowRegistry } = await import('./mlflow/registry.js');
    return new MlflowRegistry(location, env, input);
  }
  const { OciRegistry } = await import('./oci/registry.js');
  return new OciRegistry(location, { env, githubToken: options.githubToken }, input);
}
