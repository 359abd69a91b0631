/**
 * drift-check's raw values read text as the profile does: a day that does not exist is text
 * (Date.parse would roll 2021-02-29 over to 2021-03-01), and NaN/±Infinity, as numbers or as
 * the number cast's text, are missing, as they are in the profile's sketches.
 */
import { describe, expect, it } from 'vitest';
import { asNumber, RawColumn } from '../../../actions/drift-check/raw-values.js';

describe('drift-check raw values', () => {
  it('a date-shaped text naming a day that does not exist stays text', () => {
    expect(asNumber('2021-03-01')).toBe(Date.UTC(2021, 2, 1));
    for (const cell of ['2021-02-29', '2021-04-31', '2021-13-01', '2021-02-30T10:00:00Z']) expect(asNumber(cell), cell).toBeUndefined();
    const column = new RawColumn();
    for (const cell of ['2021-02-29', '2021-03-01']) column.add(cell);
    expect([...column.categoryCounts()!.keys()].sort()).toEqual([String(Date.UTC(2021, 2, 1)), '2021-02-29']);
  });

  it('NaN and infinities are missing, whether numbers or text', () => {
    const column = new RawColumn();
    for (const cell of [1, NaN, Infinity, -Infinity, 'NaN', 'INF', '-INF', '2.5']) column.add(cell);
    expect([...column.numericValues()!]).toEqual([1, 2.5]);
    expect([...column.categoryCounts()!.keys()]).toEqual(['1', '2.5']);
  });
});
