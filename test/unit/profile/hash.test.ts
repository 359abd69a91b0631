import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { murmur3x86128 } from '../../../src/profile/sketches/murmur3.js';
import { HASH, hash64, hashBoolean, hashNumber, hashString, hashTime, SEED_BOOLEAN, SEED_NUMBER, SEED_STRING, SEED_TIME } from '../../../src/profile/sketches/hash.js';

/** SMHasher's VerificationTest: hash keys {0..i-1} with seed 256-i, then hash the 256 digests. */
function smhasherVerification(): number {
  const key = new Uint8Array(256);
  const hashes = new Uint8Array(16 * 256);
  const view = new DataView(hashes.buffer);
  const out = new Uint32Array(4);
  for (let i = 0; i < 256; i++) {
    key[i] = i;
    murmur3x86128(key, i, 256 - i, out);
    for (let w = 0; w < 4; w++) view.setUint32(i * 16 + w * 4, out[w]!, true);
  }
  murmur3x86128(hashes, hashes.length, 0, out);
  return out[0]!;
}

describe('MurmurHash3_x86_128', () => {
  it("matches SMHasher's published verification value 0xB3ECE62A", () => {
    expect(smhasherVerification()).toBe(0xb3ece62a);
  });

  it('hashes the empty input with seed 0 to zero, as the reference does', () => {
    const out = new Uint32Array(4).fill(7);
    murmur3x86128(new Uint8Array(0), 0, 0, out);
    expect([...out]).toEqual([0, 0, 0, 0]);
  });
});

/** The definition in hash.ts, spelt out with the reference MurmurHash3 on explicit bytes. */
function reference(bytes: Uint8Array, seed: number): [number, number] {
  const out = new Uint32Array(4);
  murmur3x86128(bytes, bytes.length, seed, out);
  return [out[0]!, out[1]!];
}
function float64Bytes(x: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, x === 0 ? 0 : x, true);
  return bytes;
}
function utf16Bytes(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), true);
  return bytes;
}
const hashOf = (f: () => void): [number, number] => {
  f();
  return [HASH[0]!, HASH[1]!];
};

/** 64-bit hashes as this definition gives them, in hex (the tests above check the definition). */
const PINNED = { number42: 'c61cb4c5992d94aa', string42: 'e1a9de3d6c14b8e6', true: '9ce82298556bcdb5', number01: '1d3950ef77705cbd' };

describe('the value hash (hash.ts definition)', () => {
  it('hashes a number as MurmurHash3_x86_128 of its float64 bytes (little-endian), seed 1, -0 as 0', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.maxSafeInteger(), fc.constantFrom(0, -0, 5e-324, Infinity, -Infinity)), (x) => {
        expect(hashOf(() => hashNumber(x))).toEqual(reference(float64Bytes(x), SEED_NUMBER));
      }),
      { numRuns: 20_000 },
    );
    expect(hash64(-0)).toBe(hash64(0));
  });

  it('hashes a string as MurmurHash3_x86_128 of its UTF-16LE code units, seed 2, at every length', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', '0', ' '), fc.constantFrom('é', 'ö', '✓', '\u0000', '\uffff', '\ud83d', '\ude00'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(hashOf(() => hashString(s))).toEqual(reference(utf16Bytes(s), SEED_STRING));
      }),
      { numRuns: 20_000 },
    );
    for (let n = 0; n <= 33; n++) {
      const s = 'héllo wörld ✓ 😀 0123456789abcdefghijklmnop'.slice(0, n);
      expect(hashOf(() => hashString(s))).toEqual(reference(utf16Bytes(s), SEED_STRING));
    }
  });

  it('hashes booleans and times as the float64 of 1/0 and of epoch ms, with their own seeds', () => {
    expect(hashOf(() => hashBoolean(true))).toEqual(reference(float64Bytes(1), SEED_BOOLEAN));
    expect(hashOf(() => hashBoolean(false))).toEqual(reference(float64Bytes(0), SEED_BOOLEAN));
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => {
        expect(hashOf(() => hashTime(t))).toEqual(reference(float64Bytes(t), SEED_TIME));
      }),
    );
  });

  it('keeps its published values (changing them changes the profile format)', () => {
    expect(hash64(42).toString(16)).toBe(PINNED.number42);
    expect(hash64('42').toString(16)).toBe(PINNED.string42);
    expect(hash64(true).toString(16)).toBe(PINNED.true);
    expect(hash64(0.1).toString(16)).toBe(PINNED.number01);
  });

  it('keeps types apart: the number 42, the string "42", true and the time at 1 ms differ', () => {
    const hashes = new Set([hash64(42), hash64('42'), hash64(1), hash64(true), hashOf(() => hashTime(1)).join()]);
    expect(hashes.size).toBe(5);
  });

  it('separates distinct strings and numbers (no 64-bit collisions among 200k keys each)', () => {
    const strings = new Set<bigint>();
    for (let i = 0; i < 200_000; i++) strings.add(hash64(`key-${i}`));
    expect(strings.size).toBe(200_000);
    const numbers = new Set<bigint>();
    for (let i = 0; i < 100_000; i++) {
      numbers.add(hash64(i));
      numbers.add(hash64(i / 100));
    }
    expect(numbers.size).toBe(100_000 + 100_000 - 1000); // i / 100 is an integer for i = 0, 100, ...
  });
});
