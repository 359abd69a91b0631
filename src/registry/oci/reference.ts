/** `oci:<registry>/<repository>` parsed, with the scheme to use (HTTP only on loopback). */
import { InputError } from '../../runner/errors.js';
import { isLoopbackHost } from '../http.js';

export interface OciReference {
  /** `host[:port]` as given. */
  host: string;
  repository: string;
  /** `https://host` or, for loopback registries only, `http://host`. */
  baseUrl: string;
}

const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

/** Parses `host[:port]/repository`; errors name `input`. */
export function parseOciReference(location: string, input = 'registry'): OciReference {
  const trimmed = location.replace(/^oci:\/\//, '').replace(/\/+$/, '');
  const slash = trimmed.indexOf('/');
  const host = slash > 0 ? trimmed.slice(0, slash) : '';
  const repository = slash > 0 ? trimmed.slice(slash + 1) : '';
  if (!host || !repository) throw new InputError(input, `'oci:${location}' must be oci:<registry>/<repository>, e.g. oci:ghcr.io/org/models/churn`);
  if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host)) throw new InputError(input, `'${host}' is not a registry host[:port]`);
  if (!REPOSITORY.test(repository)) {
    throw new InputError(input, `'${repository}' is not a valid OCI repository name (lower-case letters, digits, separators '.', '_', '-', and '/')`);
  }
  return { host, repository, baseUrl: `${isLoopbackHost(host) ? 'http' : 'https'}://${host}` };
}
