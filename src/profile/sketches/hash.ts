/**
 * The stable 64-bit hash of a column value, shared by every sketch that hashes (HyperLogLog,
 * and the frequent values' table).
 *
 * Definition (part of the profile format: HyperLogLog `version: 2`, `hash: "murmur3_x86_128/typed"`;
 * changing it changes every saved distinct count): MurmurHash3_x86_128 of the value's bytes,
 * seeded with the value's type, and the 64-bit hash is h1 * 2^32 + h2, the first two 32-bit
 * words of the digest.
 *
 * | value | seed | bytes |
 * | --- | --- | --- |
 * | number (not NaN) | 1 | its IEEE-754 float64, 8 bytes little-endian; -0 as 0 |
 * | string | 2 | its UTF-16 code units, 2 bytes each, little-endian (no UTF-8 encoding) |
 * | boolean | 3 | the float64 of 1 (true) or 0 (false), as a number |
 * | time | 4 | the float64 of its epoch milliseconds, as a number |
 *
 * A number is hashed from its value, never its text, so 42 read from a CSV ("42" or "42.0"),
 * from JSONL or from a Parquet double hash alike; a time from an ISO string or a Parquet
 * timestamp/Date alike (both are epoch ms). The seed keeps types apart: the number 42, the
 * string "42" and a time at 42 ms are three values (the profiler reads numeric text as numbers
 * before hashing, whatever the file format).
 *
 * Version 1 hashed each value's canonical text (String(n), ISO text) as UTF-8: writing the
 * text and encoding it was most of a profile's hashing time (~0.7 s of the 4 s profile of the
 * 1M-row benchmark CSV); these fixed-size inputs are hashed straight from registers, in a few
 * ns. The general murmur3x86128 (checked against SMHasher) is the reference the tests compare
 * these specialised forms with.
 */

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/** Seeds naming the value's type (see the table above). */
export const SEED_NUMBER = 1;
export const SEED_STRING = 2;
export const SEED_BOOLEAN = 3;
export const SEED_TIME = 4;

/** The last hash computed: [0] the high 32 bits (h1), [1] the low 32 bits (h2). */
export const HASH = new Uint32Array(2);

// A float64's two 32-bit halves, read through a shared buffer; which index holds the low half
// depends on the platform's byte order (the definition is little-endian bytes everywhere).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LO = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** MurmurHash3_x86_128's finalisation of the four lanes after `bytes` bytes, into HASH (h1, h2). */
function finish(h1: number, h2: number, h3: number, h4: number, bytes: number): void {
  h1 ^= bytes;
  h2 ^= bytes;
  h3 ^= bytes;
  h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  HASH[0] = h1;
  HASH[1] = h2 + h1;
}

/**
 * MurmurHash3_x86_128 of the 8 bytes of the float64 x (little-endian) with the seed, into
 * HASH: the reference algorithm with its block loop and tail unrolled for exactly 8 bytes
 * (two words k1, k2; k3 = k4 = 0 leave h3, h4 at the seed until the finalisation).
 */
function hashFloat64(x: number, seed: number): void {
  F64[0] = x + 0; // -0 + 0 is +0
  const lo = U32[LO]!;
  const hi = U32[HI]!;
  const h1 = seed ^ Math.imul(rotl(Math.imul(lo, C1), 15), C2);
  const h2 = seed ^ Math.imul(rotl(Math.imul(hi, C2), 16), C3);
  finish(h1, h2, seed, seed, 8);
}

/** Hashes a number (not NaN) into HASH. */
export function hashNumber(x: number): void {
  hashFloat64(x, SEED_NUMBER);
}

/** Hashes a valid time, given as epoch ms, into HASH. */
export function hashTime(t: number): void {
  hashFloat64(t, SEED_TIME);
}

/**
 * MurmurHash3_x86_128 of the string's UTF-16LE bytes with seed 2, into HASH, reading code
 * units straight from the string: a 16-byte block is 8 code units, a 32-bit word two.
 */
export function hashString(s: string): void {
  const len = s.length;
  const seed = SEED_STRING;
  let h1 = seed;
  let h2 = seed;
  let h3 = seed;
  let h4 = seed;
  const blocksEnd = len - (len & 7);
  let i = 0;
  for (; i < blocksEnd; i += 8) {
    let k1 = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let k2 = s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16);
    let k3 = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 16);
    let k4 = s.charCodeAt(i + 6) | (s.charCodeAt(i + 7) << 16);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h2 ^= k2;
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    h3 ^= k3;
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    h4 ^= k4;
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }
  // The tail: up to 7 code units (14 bytes), packed into k1..k4 as the reference's switch does.
  const rest = len - i;
  if (rest > 0) {
    if (rest > 6) h4 ^= Math.imul(rotl(Math.imul(s.charCodeAt(i + 6), C4), 18), C1);
    if (rest > 4) h3 ^= Math.imul(rotl(Math.imul(rest > 5 ? s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 16) : s.charCodeAt(i + 4), C3), 17), C4);
    if (rest > 2) h2 ^= Math.imul(rotl(Math.imul(rest > 3 ? s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16) : s.charCodeAt(i + 2), C2), 16), C3);
    h1 ^= Math.imul(rotl(Math.imul(rest > 1 ? s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16) : s.charCodeAt(i), C1), 15), C2);
  }
  finish(h1, h2, h3, h4, len * 2);
}

/** Hashes a boolean into HASH. */
export function hashBoolean(b: boolean): void {
  hashFloat64(b ? 1 : 0, SEED_BOOLEAN);
}

/** Hashes a number (not NaN), string or boolean into HASH (times: hashTime). */
export function hashValue(value: number | string | boolean): void {
  if (typeof value === 'number') hashNumber(value);
  else if (typeof value === 'string') hashString(value);
  else hashBoolean(value);
}

/** The 64-bit hash of a value as a BigInt (for tests and docs; sketches use hashValue). */
export function hash64(value: number | string | boolean): bigint {
  hashValue(value);
  return (BigInt(HASH[0]!) << 32n) | BigInt(HASH[1]!);
}
