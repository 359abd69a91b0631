import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { murmur3x86128 } from '../../../src/profile/sketches/murmur3.js';
import { hash64 } from '../../../src/profile/sketches/hash.js';

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

describe('hash64 of canonical text', () => {
  it('hashes a number like its canonical string form (CSV vs Parquet)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.maxSafeInteger()), (n) => {
        expect(hash64(n)).toBe(hash64(String(n)));
      }),
    );
    expect(hash64(42.0)).toBe(hash64('42'));
    expect(hash64(-0)).toBe(hash64('0'));
    expect(hash64(true)).toBe(hash64('true'));
  });

  it('hashes non-ASCII text as its UTF-8 bytes', () => {
    const bytes = new TextEncoder().encode('héllo wörld ✓');
    const out = new Uint32Array(4);
    murmur3x86128(bytes, bytes.length, 0, out);
    expect(hash64('héllo wörld ✓')).toBe((BigInt(out[0]!) << 32n) | BigInt(out[1]!));
  });

  it('separates distinct strings (no collisions among 100k keys)', () => {
    const seen = new Set<bigint>();
    for (let i = 0; i < 100_000; i++) seen.add(hash64(`key-${i}`));
    expect(seen.size).toBe(100_000);
  });
});
