import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HyperLogLog } from '../../../src/profile/sketches/hll.js';
import { readFloat64, withNumpy } from './numpy-data.js';

/** numpy writes values with a known number of distinct ones (np.unique), as floats or strings. */
function numpyCase(seed: number, expr: string, asText: boolean): { values: Array<number | string>; distinct: number } {
  const code = `
rng = np.random.default_rng(${seed})
x = ${expr}
if ${asText ? 'True' : 'False'}:
    open(dir + '/x.txt', 'w').write('\\n'.join('user-%d' % v for v in x))
else:
    x.astype(np.float64).tofile(dir + '/x')
print(json.dumps({'distinct': int(len(np.unique(x)))}))`;
  return withNumpy(code, (dir, out) => {
    const { distinct } = out as { distinct: number };
    if (!asText) return { values: Array.from(readFloat64(join(dir, 'x'))), distinct };
    const text = readFileSync(join(dir, 'x.txt'), 'utf8');
    return { values: text === '' ? [] : text.split('\n'), distinct };
  });
}

function sketchOf(values: ReadonlyArray<number | string>, p = 14): HyperLogLog {
  const s = new HyperLogLog(p);
  for (const v of values) s.add(v);
  return s;
}

describe('HyperLogLog against numpy distinct counts', () => {
  it.each([
    ['empty', 'np.array([], dtype=np.int64)'],
    ['1 value', 'np.full(1000, 7)'],
    ['~600 of 1000 integers', 'rng.integers(0, 1000, 1000)'],
    ['1000 distinct in 100k rows', 'rng.permutation(np.repeat(np.arange(1000), 100))'],
  ])('is exact for small cardinalities: %s', (_name, expr) => {
    for (const asText of [false, true]) {
      const { values, distinct } = numpyCase(3, expr, asText);
      const s = sketchOf(values, 12);
      expect(s.exact).toBe(true);
      expect(s.estimate()).toBe(distinct);
    }
  });

  it.each([
    [12, 'rng.integers(0, 3000, 20000)', false],
    [12, 'rng.integers(0, 10**6, 300000)', true],
    [14, 'rng.integers(0, 20000, 200000)', true],
    [14, 'rng.normal(0, 1, 500000)', false],
    [13, 'rng.integers(0, 2**40, 1000000)', false],
  ])('p = %i, %s: within 3 standard errors', (p, expr, asText) => {
    const { values, distinct } = numpyCase(p * 101, expr as string, asText as boolean);
    const s = sketchOf(values, p as number);
    expect(s.exact).toBe(false);
    expect(s.standardError).toBeCloseTo(1.04 / Math.sqrt(2 ** (p as number)), 12);
    expect(Math.abs(s.estimate() / distinct - 1)).toBeLessThanOrEqual(3 * s.standardError);
  });
});

describe('HyperLogLog behaviour', () => {
  it('counts values by type and value (42 and 42.0 once, -0 as 0, "42" apart: the profiler reads numeric text as numbers)', () => {
    const s = new HyperLogLog();
    [42, '42', 42.0, 0.5, '0.5', true, 'true', -0, 0, '0'].forEach((v) => s.add(v));
    expect(s.estimate()).toBe(8);
  });

  it('refuses a sketch of format version 1 (values hashed as text) with a UserError saying what to do', () => {
    const old = { kind: 'hll', version: 1, hash: 'murmur3_x86_128/canonical-text', p: 14, keys: [1, 2, 3] };
    const message = /Invalid HyperLogLog sketch: it was written by an earlier version, which hashed values differently \("murmur3_x86_128\/canonical-text"\), .*write the profile again with this version of validate-data$/;
    expect(() => HyperLogLog.fromJSON(old)).toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(message) }));
    expect(() => HyperLogLog.fromJSON({ ...old, version: 2 })).toThrow(message);
    const sketch = new HyperLogLog(14);
    sketch.add(1);
    const current = sketch.toJSON();
    expect(current).toMatchObject({ version: 2, hash: 'murmur3_x86_128/typed' });
    expect(HyperLogLog.fromJSON(current).estimate()).toBe(1);
  });

  it('stays accurate across its sparse-to-dense switch', () => {
    for (const d of [1023, 1024, 1025, 1100, 1500, 3000]) {
      const s = new HyperLogLog(12);
      for (let i = 0; i < d; i++) s.add(`v${i}`);
      expect(Math.abs(s.estimate() / d - 1)).toBeLessThanOrEqual(3 * s.standardError);
    }
  });

  it('rejects a bad precision and merging precisions that differ, with a UserError', () => {
    expect(() => new HyperLogLog(20)).toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(/\[4, 16\]/) }));
    expect(() => new HyperLogLog(12).merge(new HyperLogLog(14))).toThrow(expect.objectContaining({ name: 'UserError' }));
  });
});
