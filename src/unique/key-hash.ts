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

/**
 * The hash of a number key, into KEY.hi/KEY.lo (no key bytes): a 64-bit permutation of the
 * number's IEEE 754 bits (three Feistel rounds of MurmurHash3's 32-bit finaliser), so distinct
 * numbers always get distinct hashes and numberOfKeyHash gives the number back. All NaNs are one
 * key, and -0 is 0, as their text keys ("NaN", "0") are.
 *
 * Why: an id column's keys were turned into text, encoded as UTF-8 and hashed with MurmurHash3
 * row by row, and their text stored beside the hash; at 13M rows of integer ids that was most of
 * what uniqueness cost (4-6 of ~29 CPU s on one thread; see bench/README.md).
 */
export function numberKeyHash(value: number): void {
  BITS_FLOAT[0] = value === 0 ? 0 : value === value ? value : NaN;
  let left = BITS_WORDS[1]!;
  let right = BITS_WORDS[0]!;
  for (let round = 0; round < ROUND_KEYS.length; round++) {
    const next = (left ^ fmix32(right ^ ROUND_KEYS[round]!)) >>> 0;
    left = right;
    right = next;
  }
  KEY.hi = left;
  KEY.lo = right;
  KEY.length = 0;
}

/** The number whose numberKeyHash is (hi, lo). */
export function numberOfKeyHash(hi: number, lo: number): number {
  let left = hi;
  let right = lo;
  for (let round = ROUND_KEYS.length - 1; round >= 0; round--) {
    const previous = (right ^ fmix32(left ^ ROUND_KEYS[round]!)) >>> 0;
    right = left;
    left = previous;
  }
  BITS_WORDS[1] = left;
  BITS_WORDS[0] = right;
  return BITS_FLOAT[0]!;
}

const BITS_FLOAT = new Float64Array(1);
/** The same 8 bytes as two 32-bit words (the hash and its inverse read them through the same view, so byte order does not matter). */
const BITS_WORDS = new Uint32Array(BITS_FLOAT.buffer);
const ROUND_KEYS = [0x9e3779b9, 0x7f4a7c15, 0x85ebca6b] as const;

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
