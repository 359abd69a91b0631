/**
 * drift-check's raw values read text as the profile does: a day that does not exist is text
 * (Date.parse would roll 2021-02-29 over to 2021-03-01), a datetime without an offset is UTC,
 * numbers are only what the profile calls numbers (Number() would read " 12" and "0x10"), and
 * NaN/±Infinity, as numbers or as the number cast's text, are missing, as they are in the
 * profile's sketches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asNumber, canonicalText, RawColumn } from '../../../actions/drift-check/raw-values.js';
import { kindOf } from '../../../src/profile/value-kind.js';
import { casterFor } from '../../../src/schema/cast.js';

const castDate = casterFor({ name: 'd', type: 'date' });
const castDatetime = casterFor({ name: 't', type: 'datetime' });

/** The profile's reading of a text cell, written out: kindOf's kind, Number() of a number, the cast of a date. */
function profileNumber(cell: string): number | undefined {
  const kind = kindOf(cell);
  const n = kind === 'integer' || kind === 'number' ? Number(cell) : kind === 'date' ? (castDate(cell) as number) : kind === 'datetime' ? (castDatetime(cell) as number) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

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

  it('text is a number only as the profile reads it: no Number() leniency (spaces, hex, underscores, "Infinity")', () => {
    for (const cell of [' 12', '12 ', '0x10', '0b1', '1_000', 'Infinity', '-Infinity', '1e', '.', '+', '2021-01-01T10:00', '١٢']) {
      expect(asNumber(cell), JSON.stringify(cell)).toBeUndefined();
      expect(canonicalText(cell), JSON.stringify(cell)).toBe(cell);
    }
    expect(asNumber('1e3')).toBe(1000);
    expect(asNumber('-0.5')).toBe(-0.5);
    expect(canonicalText('1.0')).toBe('1');
    expect(canonicalText('TRUE')).toBe('true');
    expect(canonicalText('tRue')).toBe('tRue');
    const column = new RawColumn();
    for (const cell of ['12', ' 12', '0x10', '16', '']) column.add(cell);
    expect([...column.numericValues()!]).toEqual([12, 16]);
    expect([...column.categoryCounts()!.entries()]).toEqual([['12', 1], ['16', 1], [' 12', 1], ['0x10', 1]]);
  });

  it('a datetime without an offset is UTC (Date.parse read it as local time)', () => {
    expect(asNumber('2021-01-01T10:00:00')).toBe(Date.UTC(2021, 0, 1, 10));
    expect(asNumber('2021-01-01 10:00:00.5')).toBe(Date.UTC(2021, 0, 1, 10, 0, 0, 500));
    expect(asNumber('2021-01-01T10:00:00+01:00')).toBe(Date.UTC(2021, 0, 1, 9));
  });

  it('agrees with the profile\'s reading on generated text', () => {
    const unit = fc.constantFrom('0', '1', '9', '.', 'e', '-', '+', ' ', 'x', 'T', ':', 'Z', '_');
    const cell = fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ maxLength: 8 }), fc.double().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace('Z', '')));
    fc.assert(
      fc.property(cell, (c) => {
        expect(asNumber(c), JSON.stringify(c)).toBe(profileNumber(c));
      }),
      { numRuns: 10_000 },
    );
  });
});
