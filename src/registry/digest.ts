/** SHA-256 digests in the `sha256:<hex>` form registries use. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** `sha256:<hex>` of a string (UTF-8) or bytes. */
export function sha256Text(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** Lower-case hex SHA-256 of a file, hashed as a stream so memory does not grow with its size. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
