/**
 * Mulberry32: a tiny seeded PRNG (public domain, Tommy Ettinger). Sketches that randomise
 * (KLL's compactions) use it instead of Math.random so a profile is reproducible from its
 * seed, and its whole state is one uint32 that fits in the sketch's JSON.
 */
export class Mulberry32 {
  /** The full generator state; serialise it to resume the exact same sequence. */
  state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A fair coin flip: 0 or 1. */
  nextBit(): number {
    return this.nextUint32() >>> 31;
  }
}
