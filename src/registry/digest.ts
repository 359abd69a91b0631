/** SHA-256 digests in the `sha256:<hex>` form registries use. */
import { createHash } from 'node:crypto';

/** `sha256:<hex>` of a string (UTF-8) or bytes. */
export function sha256Text(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}
