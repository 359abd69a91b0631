/**
 * The stable 64-bit hash of a column value, shared by every sketch that hashes (HyperLogLog).
 *
 * Definition (part of the profile format: changing it changes every saved distinct count):
 * the value's canonical text is encoded as UTF-8 and hashed with MurmurHash3_x86_128, seed 0;
 * the 64-bit hash is h1 * 2^32 + h2, the first two 32-bit words of the digest. Canonical text:
 * a string is itself; a number is JavaScript's String(n) (shortest round-trip decimal, so 42 and
 * 42.0 are "42", -0 is "0", 1e21 is "1e+21"); a boolean is "true"/"false". So the number 42 read
 * from Parquet and the text "42" read from a CSV hash alike, as the same value should.
 */
import { murmur3x86128 } from './murmur3.js';

let buf = new Uint8Array(256);
const digest = new Uint32Array(4);
const encoder = new TextEncoder();

/** The last hash computed by hashValue: [0] the high 32 bits (h1), [1] the low 32 bits (h2). */
export const HASH = new Uint32Array(2);

function ensure(bytes: number): void {
  if (buf.length < bytes) buf = new Uint8Array(Math.max(bytes, buf.length * 2));
}

/** Writes the decimal digits of a safe integer into buf without building a string. */
function writeInteger(n: number): number {
  let len = 0;
  if (n < 0) {
    buf[len++] = 45; // '-'
    n = -n;
  }
  const start = len;
  do {
    const q = Math.floor(n / 10);
    buf[len++] = 48 + (n - q * 10);
    n = q;
  } while (n > 0);
  for (let i = start, j = len - 1; i < j; i++, j--) {
    const t = buf[i]!;
    buf[i] = buf[j]!;
    buf[j] = t;
  }
  return len;
}

function writeString(s: string): number {
  const n = s.length;
  ensure(n * 3);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return encoder.encodeInto(s, buf).written; // non-ASCII: let the encoder do UTF-8
    buf[i] = c;
  }
  return n;
}

/**
 * Hashes a value's canonical text into HASH (no allocation for ASCII strings and safe
 * integers: this is on the per-value hot path).
 */
export function hashValue(value: number | string | boolean): void {
  let len: number;
  if (typeof value === 'number') {
    len = Number.isSafeInteger(value) ? writeInteger(value === 0 ? 0 : value) : writeString(String(value));
  } else if (typeof value === 'string') {
    len = writeString(value);
  } else {
    len = writeString(value ? 'true' : 'false');
  }
  murmur3x86128(buf, len, 0, digest);
  HASH[0] = digest[0]!;
  HASH[1] = digest[1]!;
}

/** The 64-bit hash of a value as a BigInt (for tests and docs; sketches use hashValue). */
export function hash64(value: number | string | boolean): bigint {
  hashValue(value);
  return (BigInt(HASH[0]!) << 32n) | BigInt(HASH[1]!);
}
