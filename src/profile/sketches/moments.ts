/**
 * Count, sum, extremes and the first four central moments of a numeric column, updated one value
 * at a time (Welford/Pébay) and merged with Chan et al.'s and Pébay's (2008) pairwise formulas.
 * Values are accumulated relative to the first value seen (`shift`): that subtraction is exact
 * for values of similar magnitude (Sterbenz), so a column like 1e9 + noise keeps full relative
 * precision in its variance and higher moments.
 */
import { expectFinite, expectInt, expectSketch, invalid } from './json.js';

const NAME = 'moments';

/** The JSON form (format version 1). Mean is shift + meanOffset; m2..m4 are central sums. */
export interface MomentsJson {
  kind: 'moments';
  version: 1;
  n: number;
  shift: number;
  meanOffset: number;
  m2: number;
  m3: number;
  m4: number;
  sum: number;
  /** null when n = 0. */
  min: number | null;
  max: number | null;
}

/** Mergeable moments of a numeric column. */
export class Moments {
  private n = 0;
  private shift = 0;
  private mu = 0;
  private m2 = 0;
  private m3 = 0;
  private m4 = 0;
  private s = 0;
  private c = 0;
  private lo = Infinity;
  private hi = -Infinity;

  /** Adds one number; NaN is ignored (callers count it as missing). */
  add(x: number): void {
    if (x !== x) return;
    if (x === 0) x = 0; // -0 would not survive JSON
    if (this.n === 0) this.shift = x;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    // Neumaier's compensated sum, so `sum` stays exact-ish over millions of values.
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
    const n1 = this.n;
    const n = ++this.n;
    const delta = x - this.shift - this.mu;
    const dn = delta / n;
    const dn2 = dn * dn;
    const term = delta * dn * n1;
    this.mu += dn;
    this.m4 += term * dn2 * (n * n - 3 * n + 3) + 6 * dn2 * this.m2 - 4 * dn * this.m3;
    this.m3 += term * dn * (n - 2) - 3 * dn * this.m2;
    this.m2 += term;
  }

  /** Merges other into this; other is unchanged. */
  merge(other: Moments): this {
    if (other.n === 0) return this;
    if (this.n === 0) {
      Object.assign(this, other);
      return this;
    }
    const na = this.n;
    const nb = other.n;
    const n = na + nb;
    const delta = other.shift - this.shift + other.mu - this.mu;
    const d2 = delta * delta;
    const { m2: a2, m3: a3 } = this;
    const { m2: b2, m3: b3 } = other;
    this.m4 += other.m4 + (d2 * d2 * na * nb * (na * na - na * nb + nb * nb)) / (n * n * n) + (6 * d2 * (na * na * b2 + nb * nb * a2)) / (n * n) + (4 * delta * (na * b3 - nb * a3)) / n;
    this.m3 += b3 + (d2 * delta * na * nb * (na - nb)) / (n * n) + (3 * delta * (na * b2 - nb * a2)) / n;
    this.m2 += b2 + (d2 * na * nb) / n;
    this.mu += (delta * nb) / n;
    this.n = n;
    const t = this.s + other.sum;
    this.c += Math.abs(this.s) >= Math.abs(other.sum) ? this.s - t + other.sum : other.sum - t + this.s;
    this.s = t;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }

  get count(): number {
    return this.n;
  }
  get sum(): number {
    return this.s + this.c;
  }
  /** NaN when empty. */
  get mean(): number {
    return this.n === 0 ? NaN : this.shift + this.mu;
  }
  get min(): number {
    return this.n === 0 ? NaN : this.lo;
  }
  get max(): number {
    return this.n === 0 ? NaN : this.hi;
  }
  /** Variance with n - ddof in the denominator (numpy's ddof: 0 population, 1 sample as pandas). */
  variance(ddof = 0): number {
    return this.n - ddof <= 0 ? NaN : this.m2 / (this.n - ddof);
  }
  std(ddof = 0): number {
    return Math.sqrt(this.variance(ddof));
  }
  /** Sample skewness g1 (scipy.stats.skew, bias=True); NaN for a constant column. */
  get skewness(): number {
    return this.m2 === 0 ? NaN : (Math.sqrt(this.n) * this.m3) / this.m2 ** 1.5;
  }
  /** Excess kurtosis g2 (scipy.stats.kurtosis, fisher=True, bias=True); NaN for a constant column. */
  get kurtosis(): number {
    return this.m2 === 0 ? NaN : (this.n * this.m4) / (this.m2 * this.m2) - 3;
  }

  /** Plain JSON (format version 1); see README.md. */
  toJSON(): MomentsJson {
    const empty = this.n === 0;
    return {
      kind: 'moments',
      version: 1,
      n: this.n,
      shift: this.shift,
      meanOffset: this.mu,
      m2: this.m2,
      m3: this.m3,
      m4: this.m4,
      sum: this.sum,
      min: empty ? null : this.lo,
      max: empty ? null : this.hi,
    };
  }

  /** Reads moments written by toJSON; throws UserError naming the field that is wrong. */
  static fromJSON(json: unknown): Moments {
    const obj = expectSketch(json, NAME, 'moments', 1);
    const m = new Moments();
    m.n = expectInt(obj, NAME, 'n', 0);
    m.shift = expectFinite(obj, NAME, 'shift')!;
    m.mu = expectFinite(obj, NAME, 'meanOffset')!;
    m.m2 = expectFinite(obj, NAME, 'm2')!;
    m.m3 = expectFinite(obj, NAME, 'm3')!;
    m.m4 = expectFinite(obj, NAME, 'm4')!;
    m.s = expectFinite(obj, NAME, 'sum')!;
    const min = expectFinite(obj, NAME, 'min', true);
    const max = expectFinite(obj, NAME, 'max', true);
    if ((m.n === 0) !== (min === null) || (m.n === 0) !== (max === null)) invalid(NAME, 'min/max', 'null exactly when n is 0', [min, max]);
    if (min !== null && max !== null && min > max) invalid(NAME, 'min', `at most max (${max})`, min);
    if (m.m2 < 0 || m.m4 < 0) invalid(NAME, m.m2 < 0 ? 'm2' : 'm4', 'non-negative', m.m2 < 0 ? m.m2 : m.m4);
    m.lo = min ?? Infinity;
    m.hi = max ?? -Infinity;
    return m;
  }
}
