import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnSketch, type ColumnValue } from '../../../src/profile/sketches/index.js';
import { UserError } from '../../../src/runner/errors.js';

const value = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.double({ min: -1e3, max: 1e3 }),
  fc.constantFrom<ColumnValue>('a', 'b', 'x y', true, false, null, undefined, new Date('2024-01-02T03:04:05Z'), new Date(NaN)),
);

describe('ColumnSketch', () => {
  it('counts nulls and kinds and routes values to the sketches', () => {
    const c = new ColumnSketch();
    const values: ColumnValue[] = [1, 2.5, 3, NaN, null, undefined, 'a', 'a', true, new Date('2024-01-01T00:00:00Z'), new Date('bad')];
    values.forEach((v) => c.add(v));
    expect(c.total).toBe(11);
    expect(c.nulls).toBe(4);
    expect(c.kinds).toEqual({ number: 3, integer: 2, boolean: 1, string: 2, date: 1 });
    expect(c.moments.count).toBe(4);
    expect(c.quantiles.max).toBe(Date.UTC(2024, 0, 1));
    expect(c.distinct.estimate()).toBe(6);
    expect(c.frequent.top(1)).toEqual([{ value: 'a', count: 2, upper: 2 }]);
  });

  it('merges shards into the counts of the whole and survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 600, size: 'max' }), fc.array(value, { maxLength: 600, size: 'max' }), (a, b) => {
        const whole = new ColumnSketch();
        [...a, ...b].forEach((v) => whole.add(v));
        const left = new ColumnSketch();
        const right = new ColumnSketch();
        a.forEach((v) => left.add(v));
        b.forEach((v) => right.add(v));
        const merged = right.merge(left);
        expect([merged.total, merged.nulls, merged.kinds]).toEqual([whole.total, whole.nulls, whole.kinds]);
        expect(merged.distinct.estimate()).toBe(whole.distinct.estimate());
        if (whole.frequent.exact) expect(merged.frequent.top()).toEqual(whole.frequent.top());
        else expect(merged.frequent.maxError).toBeLessThanOrEqual(merged.frequent.count / 101);
        const copy = ColumnSketch.fromJSON(JSON.parse(JSON.stringify(merged.toJSON())));
        expect(copy.toJSON()).toEqual(merged.toJSON());
      }),
      { numRuns: 40 },
    );
  });

  it('rejects inconsistent counts and broken parts with a UserError naming them', () => {
    const c = new ColumnSketch();
    [1, 'a', null].forEach((v) => c.add(v));
    const json = JSON.parse(JSON.stringify(c.toJSON())) as Record<string, unknown>;
    expect(() => ColumnSketch.fromJSON({ ...json, total: 4 })).toThrow(/'total' must be nulls plus/);
    expect(() => ColumnSketch.fromJSON({ ...json, kinds: { ...(json['kinds'] as object), date: -1 } })).toThrow(/'kinds.date'/);
    expect(() => ColumnSketch.fromJSON({ ...json, moments: { kind: 'moments' } })).toThrow(UserError);
    expect(() => ColumnSketch.fromJSON({ ...json, quantiles: undefined })).toThrow(/Invalid KLL sketch/);
  });
});
