/**
 * Names, versions and aliases, checked the same way on every backend. Aliases follow MLflow's
 * rules (`^[\w-]+$`, `latest` and `v<digits>` reserved); all-digit aliases are refused too,
 * because a bare number always means a version (in `getVersion` and as an OCI tag).
 */
import { InputError } from '../runner/errors.js';

const ALIAS = /^[\w-]+$/;
const RESERVED_ALIAS = /^(latest|v\d+)$/i;
/** OCI tag grammar, which also keeps versions safe as directory names. */
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** Throws an InputError naming `input` unless `alias` is a valid alias. */
export function checkAlias(alias: string, input = 'alias'): string {
  if (!ALIAS.test(alias)) {
    throw new InputError(input, `'${alias}' is not a valid alias: use letters, digits, '_' and '-' only (MLflow's rule ^[\\w-]+$)`);
  }
  if (RESERVED_ALIAS.test(alias)) throw new InputError(input, `'${alias}' is reserved (MLflow reserves 'latest' and 'v<number>')`);
  if (/^\d+$/.test(alias)) throw new InputError(input, `'${alias}' is all digits, which would read as a version number`);
  return alias;
}

/** Throws unless `version` is usable as a version on every backend. */
export function checkVersion(version: string, input = 'version'): string {
  if (!VERSION.test(version) || version === '.' || version === '..') {
    throw new InputError(input, `'${version}' is not a valid version: letters, digits, '.', '_' and '-', at most 128, not starting with '.' or '-'`);
  }
  return version;
}

/** Throws unless `name` is a model name every backend can hold (a directory name, an MLflow name). */
export function checkModelName(name: string, input = 'name'): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name)) {
    throw new InputError(input, `'${name}' is not a valid model name: start with a letter or digit, then letters, digits, '.', '_' or '-' (at most 200)`);
  }
  return name;
}

/** The next integer version after the given ones; non-integer versions are ignored. Starts at 1. */
export function nextVersion(existing: Iterable<string>): string {
  let max = 0;
  for (const version of existing) if (/^\d+$/.test(version)) max = Math.max(max, Number(version));
  return String(max + 1);
}

/** True when `ref` names a version number rather than an alias. */
export function isVersionNumber(ref: string): boolean {
  return /^\d+$/.test(ref);
}
