import { describe, expect, it } from 'vitest';
import { inferTask } from '../../../actions/eval-gate/predictions.js';

const counts = Array.from({ length: 200 }, (_, i) => i % 12); // 12 distinct integer targets

describe('eval-gate task inference', () => {
  it('reads few integer targets with fractional predictions as regression', () => {
    expect(inferTask(counts, false, false, counts.map((v) => v + 0.3))).toBe('regression');
  });
  it('reads few integer targets with integer predictions as multiclass', () => {
    expect(inferTask(counts, false, false, counts.map((v) => (v + 1) % 12))).toBe('multiclass');
  });
  it('keeps 0/1 labels binary, and class-score columns multiclass', () => {
    expect(inferTask([0, 1, 1, 0], true, false, [0.2, 0.9, 0.6, 0.4])).toBe('binary');
    expect(inferTask([0, 1, 2, 1], false, true, [0.5, 1.5, 2, 1])).toBe('multiclass');
  });
  it('reads string labels as multiclass and many distinct numbers as regression', () => {
    expect(inferTask(['a', 'b', 'c'], false, false, ['a', 'c', 'c'])).toBe('multiclass');
    expect(inferTask(Array.from({ length: 100 }, (_, i) => i / 7), false, false)).toBe('regression');
  });
});
