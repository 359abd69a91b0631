/** validate-data profiles given as `data-profile`: recorded by digest (and row count) in the lineage. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../runner/errors.js';
import { sha256Text } from './digest.js';
import type { DataProfileRef } from './lineage.js';

/** Digests each profile file; the row count is read when the file is a validate-data profile. */
export function readDataProfiles(paths: readonly string[], input = 'data-profile'): DataProfileRef[] {
  return paths.map((path) => {
    const absolute = resolve(path);
    if (!existsSync(absolute)) throw new InputError(input, `the data profile '${path}' does not exist`);
    const bytes = readFileSync(absolute);
    let rows: number | undefined;
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as { rows?: unknown };
      if (typeof parsed.rows === 'number') rows = parsed.rows;
    } catch {
      // Not JSON: still recorded by digest, which is what lineage needs.
    }
    return { path, digest: sha256Text(bytes), ...(rows === undefined ? {} : { rows }) };
  });
}
