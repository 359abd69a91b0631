/**
 * Distances between two discrete distributions given as counts over the same bins or
 * categories: PSI, Jensen-Shannon distance and Hellinger distance (formulas in README.md).
 */

/** Evidently's floor for an empty bin's share in PSI (a zero would make the log infinite). */
export const PSI_EPSILON = 1e-4;

function normalise(counts: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  return Float64Array.from(counts, (c) => c / total);
}

/**
 * Population stability index sum_i (q_i - p_i) ln(q_i / p_i) with p the reference shares and q
 * the current ones, each share below PSI_EPSILON raised to it (natural log).
 */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>, epsilon = PSI_EPSILON): number {
  const p = normalise(reference);
  const q = normalise(current);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! === 0 ? epsilon : p[i]!;
    const qi = q[i]! === 0 ? epsilon : q[i]!;
    s += (qi - pi) * Math.log(qi / pi);
  }
  return s;
}

/** x ln(x / y) with scipy.special.rel_entr's conventions (0 when x = 0). */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(x / y);
}

/**
 * Jensen-Shannon distance sqrt((KL(p||m) + KL(q||m)) / 2), m = (p + q) / 2, as
 * scipy.spatial.distance.jensenshannon(p, q, base): natural log by default (in [0, sqrt(ln 2)]);
 * base 2 gives a distance in [0, 1].
 */
export function jensenShannon(reference: ArrayLike<number>, current: ArrayLike<number>, base?: number): number {
  const p = normalise(reference);
  const q = normalise(current);
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    left += relEntr(p[i]!, m);
    right += relEntr(q[i]!, m);
  }
  let js = (left + right) / 2;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(0, js));
}

/** Hellinger distance sqrt(sum_i (sqrt p_i - sqrt q_i)^2) / sqrt 2, in [0, 1]. */
export function hellinger(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const p = normalise(reference);
  const q = normalise(current);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (Math.sqrt(p[i]!) - Math.sqrt(q[i]!)) ** 2;
  return Math.sqrt(s) / Math.SQRT2;
}
