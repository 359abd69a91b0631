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

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Writes String(x) for a finite non-integer x without building the string, when x has a
 * decimal form of at most 15 significant digits and 1e-6 <= |x| < 1e15 (else it calls
 * String). The first k with Math.round(x * 10^k) / 10^k === x gives the shortest decimal
 * that reads back as x (15 digits always identify a double; the division is correctly
 * rounded, as in Clinger's fast path), which is the digits String prints. String(x) was
 * ~180 ns of hashValue's 235 ns per float (bench/sketches); Parquet doubles have no text to
 * hash instead.
 */
function writeDecimal(x: number): number {
  const a = x < 0 ? -x : x;
  if (a >= 1e-6 && a < 1e15) {
    const intDigits = a < 1 ? 0 : Math.floor(Math.log10(a)) + 1;
    // Leading fraction zeros of a < 1 do not count as significant digits.
    const lead = a < 1 ? -Math.floor(Math.log10(a)) - 1 : 0;
    for (let k = 1; k <= 15 && intDigits + k - lead <= 15; k++) {
      const p = POW10[k]!;
      const m = Math.round(a * p);
      if (m / p !== a) continue;
      if (m % 10 === 0) break; // a shorter k should have matched: leave odd cases to String
      return placeDecimal(m, k, x < 0);
    }
  }
  return writeString(String(x));
}

/** Writes m / 10^k (m > 0 not a multiple of 10) in fixed notation, with a '-' when negative. */
function placeDecimal(m: number, k: number, negative: boolean): number {
  ensure(40);
  let len = 0;
  if (negative) buf[len++] = 45;
  // Digits of m, most significant first, into the scratch end of buf.
  let n = 0;
  const tmp = 24;
  for (let v = m; v > 0; v = Math.floor(v / 10)) buf[tmp + n++] = 48 + (v % 10);
  if (n <= k) {
    buf[len++] = 48;
    buf[len++] = 46;
    for (let z = n; z < k; z++) buf[len++] = 48;
    for (let i = n - 1; i >= 0; i--) buf[len++] = buf[tmp + i]!;
    return len;
  }
  for (let i = n - 1; i >= 0; i--) {
    buf[len++] = buf[tmp + i]!;
    if (i === k) buf[len++] = 46;
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
    len = Number.isSafeInteger(value) ? writeInteger(value === 0 ? 0 : value) : writeDecimal(value);
  } else if (typeof value === 'string') {
    len = writeString(value);
  } else {
    len = writeString(value ? 'true' : 'false');
  }
  murmur3x86128(buf, len, 0, digest);
  HASH[0] = digest[0]!;
  HASH[1] = digest[1]!;
}

/**
 * True when String(Number(text)) === text for number-shaped text that is not an integer:
 * plain decimal notation (no sign '+', no exponent), an integer part without leading zeros,
 * a fraction without trailing zeros, at most 15 digits (any decimal of up to 15 significant
 * digits round-trips through a double, so the shortest form JavaScript prints has exactly
 * those digits) and a magnitude of at least 1e-6 (below it String uses an exponent).
 */
export function isCanonicalDecimal(text: string): boolean {
  const len = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  let dot = -1;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (dot >= 0) return false;
      dot = i;
    } else if (c < 48 || c > 57) return false;
  }
  if (dot < 0 || dot === start || dot === len - 1 || len - start - 1 > 15) return false;
  if (text.charCodeAt(len - 1) === 48) return false; // trailing zero: 1.50 prints as 1.5
  if (text.charCodeAt(start) === 48) {
    if (dot !== start + 1) return false; // leading zero: 01.5
    let zeros = 0;
    while (text.charCodeAt(dot + 1 + zeros) === 48) zeros++;
    if (zeros > 5) return false; // below 1e-6: exponent notation
  }
  return true;
}

/**
 * Hashes the number `value` whose text `text` was read from a file (Number(text) === value)
 * into HASH. Same result as hashValue(value); when the text is already canonical its bytes are
 * hashed directly, skipping String(value) (~180 ns of hashValue's 235 ns for non-integers,
 * bench/sketches).
 */
export function hashNumberText(value: number, text: string): void {
  if (!Number.isSafeInteger(value) && isCanonicalDecimal(text)) {
    const len = writeString(text);
    murmur3x86128(buf, len, 0, digest);
    HASH[0] = digest[0]!;
    HASH[1] = digest[1]!;
  } else hashValue(value);
}

function write2(at: number, n: number): void {
  buf[at] = 48 + ((n / 10) | 0);
  buf[at + 1] = 48 + (n % 10);
}

/**
 * Hashes the ISO text of the time `t` (epoch ms, valid), new Date(t).toISOString(), into
 * HASH without building the string for years 0..9999 (civil date from days, Hinnant).
 */
export function hashIsoTime(t: number): void {
  const days = Math.floor(t / 86_400_000);
  const y0 = civilYear(days);
  if (y0 < 0 || y0 > 9999) {
    hashValue(new Date(t).toISOString());
    return;
  }
  ensure(24);
  let ms = t - days * 86_400_000;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  write2(0, Math.floor(y0 / 100));
  write2(2, y0 % 100);
  buf[4] = 45;
  write2(5, m);
  buf[7] = 45;
  write2(8, d);
  buf[10] = 84;
  const h = Math.floor(ms / 3_600_000);
  ms -= h * 3_600_000;
  const mi = Math.floor(ms / 60_000);
  ms -= mi * 60_000;
  const sec = Math.floor(ms / 1000);
  ms -= sec * 1000;
  write2(11, h);
  buf[13] = 58;
  write2(14, mi);
  buf[16] = 58;
  write2(17, sec);
  buf[19] = 46;
  buf[20] = 48 + Math.floor(ms / 100);
  write2(21, ms % 100);
  buf[23] = 90;
  murmur3x86128(buf, 24, 0, digest);
  HASH[0] = digest[0]!;
  HASH[1] = digest[1]!;
}

/** The calendar year of a day count since 1970-01-01. */
function civilYear(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** The 64-bit hash of a value as a BigInt (for tests and docs; sketches use hashValue). */
export function hash64(value: number | string | boolean): bigint {
  hashValue(value);
  return (BigInt(HASH[0]!) << 32n) | BigInt(HASH[1]!);
}
