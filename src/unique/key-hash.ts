/**
 * Turns a key into what the index stores: its 64-bit hash and its UTF-8 bytes.
 *
 * The hash is MurmurHash3_x86_128 (the project's checked implementation in src/profile) over the
 * key's UTF-8 bytes, seed 0, keeping the first two 32-bit words. A well-kept npm library was
 * measured first (xxhash-wasm 1.1.0: 170 ns per short key, async set-up, BigInt results); this
 * path needs a synchronous, allocation-free hash, and runs at a fraction of that.
 */
import { murmur3x86128 } from '../profile/sketches/murmur3.js';

const encoder = new TextEncoder();
const digest = new Uint32Array(4);

/** The last key encoded by encodeKey: bytes[0, length) hold its UTF-8 text. */
export const KEY = { bytes: new Uint8Array(1024), length: 0, hi: 0, lo: 0 };

/**
 * Encodes the key as UTF-8 into KEY.bytes and hashes it into KEY.hi/KEY.lo. No allocation for
 * ASCII keys: this runs once per row. Unpaired surrogates become U+FFFD, as in any UTF-8 text.
 */
export function encodeKey(key: string): void {
  const n = key.length;
  if (KEY.bytes.length < n * 3) KEY.bytes = new Uint8Array(Math.max(n * 3, KEY.bytes.length * 2));
  const bytes = KEY.bytes;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x80) {
      len = encoder.encodeInto(key, bytes).written;
      break;
    }
    bytes[i] = c;
  }
  KEY.length = len;
  murmur3x86128(bytes, len, 0, digest);
  KEY.hi = digest[0]!;
  KEY.lo = digest[1]!;
}

/**
 * How many of the first `limit` bytes of a UTF-8 text of `length` bytes can be kept without
 * cutting a character in two (so a stored prefix always decodes cleanly).
 */
export function utf8PrefixLength(bytes: Uint8Array, start: number, length: number, limit: number): number {
  if (length <= limit) return length;
  let cut = limit;
  // Step back over continuation bytes (10xxxxxx) to the start of the character being cut.
  while (cut > 0 && (bytes[start + cut]! & 0xc0) === 0x80) cut--;
  return cut;
}
