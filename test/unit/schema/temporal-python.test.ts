/**
 * The date and datetime casts, and the profile's classification of the same text, against
 * Python's datetime (the reference Frictionless uses): the same texts accepted and the same
 * instants, years 1-99 included (Date.UTC read them as 1900-1999) and year 0 refused (Python's
 * MINYEAR is 1), and offsets of 24 hours or more refused. A datetime without a zone is UTC, as on
 * a runner. The texts are those both read: seconds 0-59 and at most 3 fraction digits (the
 * casts keep milliseconds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText, K_DATE, K_DATETIME, TEXT_VALUE } from '../../../src/profile/text-kind.js';
import { kindOf } from '../../../src/profile/value-kind.js';
import { casterFor, INVALID } from '../../../src/schema/cast.js';
import { parseDateWithPattern } from '../../../src/schema/strptime.js';
import { runPython } from '../../support/python.js';

const castDate = casterFor({ name: 'd', type: 'date' });
const castDatetime = casterFor({ name: 't', type: 'datetime' });

/**
 * Per line of stdin: the epoch milliseconds Python reads (date.fromisoformat for a bare date,
 * datetime.fromisoformat otherwise; naive times as UTC), or '-' when it refuses the text.
 */
const PYTHON_READ = String.raw`
import sys
from datetime import date, datetime, timedelta, timezone
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
out = []
for line in sys.stdin.read().split('\n'):
    try:
        if len(line) == 10:
            t = datetime.combine(date.fromisoformat(line), datetime.min.time(), timezone.utc)
        else:
            t = datetime.fromisoformat(line)
            if t.tzinfo is None:
                t = t.replace(tzinfo=timezone.utc)
        out.append(str((t - EPOCH) // timedelta(milliseconds=1)))
    except ValueError:
        out.append('-')
print('\n'.join(out))
`;

/** Python's reading of each text: epoch ms, or undefined when refused. */
function pythonRead(texts: string[]): (number | undefined)[] {
  return runPython(PYTHON_READ, texts.join('\n'))
    .trimEnd()
    .split('\n')
    .map((x) => (x === '-' ? undefined : Number(x)));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Years weighted towards 0-120, where Date.UTC went wrong, and leap-year boundaries. */
const year = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(100, 200, 400, 1900, 2000, 2100, 9999), fc.integer({ min: 0, max: 9999 }));
/** Offsets with hours 00-25 and minutes 00-59 (Python 3.11 reads minutes 60-99 as more hours: see below). */
const zone = fc
  .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.constantFrom(':', ''), fc.constantFrom(0, 1, 30, 45, 59))
  .map(([sign, h, colon, m]) => `${sign}${pad(h, 2)}${colon}${pad(m, 2)}`);
const time = fc
  .tuple(fc.constantFrom('T', ' '), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('', '.5', '.25', '.125'), fc.oneof(fc.constantFrom('', 'Z'), zone))
  .map(([sep, h, mi, s, f, z]) => `${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${f}${z}`);
const text = fc
  .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.oneof(fc.constant(''), time))
  .map(([y, mo, d, t]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${t}`);

/** The cast of a text (date for a bare date, datetime otherwise), undefined when refused. */
function cast(text: string): number | undefined {
  const value = text.length === 10 ? castDate(text) : castDatetime(text);
  return value === INVALID ? undefined : (value as number);
}

/** The profile's reading of a text: its value when classified as a date or datetime. */
function profiled(text: string): number | undefined {
  const kind = classifyText(text);
  return kind === K_DATE || kind === K_DATETIME ? TEXT_VALUE[0] : undefined;
}

describe('date and datetime casts against Python datetime', () => {
  it('accept the texts Python accepts, as the same instants; the profile classifies them alike', () => {
    const texts = [
      ...fc.sample(text, { numRuns: 6000, seed: 20261128 }),
      '0000-01-01', '0000-02-29', '0000-12-31T23:59:59Z', '0001-01-01', '0001-01-01 00:00:00', '0004-02-29', '0050-01-01', '0050-02-29',
      '0099-12-31T23:59:59.999Z', '0100-02-29', '0100-03-01', '1900-02-29', '2000-02-29', '9999-12-31T23:59:59.999Z',
    ];
    const python = pythonRead(texts);
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      expect(cast(t), t).toBe(python[i]);
      expect(profiled(t), t).toBe(python[i]);
      const kind = kindOf(t);
      expect(kind, t).toBe(python[i] === undefined ? 'string' : t.length === 10 ? 'date' : 'datetime');
    }
  });

  it('years 1-99 are read as written; year 0 is refused by the cast and is text to the profile', () => {
    expect(castDate('0050-01-01')).toBe(-60589296000000);
    expect(castDatetime('0001-01-01T00:00:00Z')).toBe(-62135596800000);
    expect(castDate('0004-02-29')).not.toBe(INVALID);
    for (const t of ['0000-01-01', '0000-02-29', '0000-06-15T12:00:00Z']) {
      expect(cast(t), t).toBeUndefined();
      expect(kindOf(t), t).toBe('string');
    }
  });

  it('an offset of 24 hours or more is refused, as Python refuses it; so are offset minutes 60-99', () => {
    const texts = ['2021-01-01T00:00:00+23:59', '2021-01-01T00:00:00-2359', '2021-01-01T00:00:00+24:00', '2021-01-01T00:00:00-2400', '2021-01-01T00:00:00+99:99'];
    const python = pythonRead(texts);
    expect(python.map((t) => t !== undefined)).toEqual([true, true, false, false, false]);
    texts.forEach((t, i) => {
      expect(cast(t), t).toBe(python[i]);
      expect(profiled(t), t).toBe(python[i]);
    });
    // Python 3.11-3.13 read +05:60 as +06:00; 3.14 refuses minutes beyond 59 (gh-126883), as
    // RFC 3339 does, and so do the casts, the profile and strptime's %z.
    for (const t of ['2021-01-01T00:00:00+05:60', '2021-01-01T00:00:00-0099', '2021-01-01 00:00:00+00:75']) {
      expect(cast(t), t).toBeUndefined();
      expect(kindOf(t), t).toBe('string');
    }
    expect(parseDateWithPattern('2021-01-01 +0560', '%Y-%m-%d %z')).toBeUndefined();
    expect(parseDateWithPattern('2021-01-01 +2400', '%Y-%m-%d %z')).toBeUndefined();
    expect(parseDateWithPattern('2021-01-01 -2359', '%Y-%m-%d %z')).toBe(Date.UTC(2021, 0, 1, 23, 59));
  });

  it('strptime patterns read years 1-99 exactly and refuse year 0, as Python strptime does', () => {
    const [y50, y1] = runPython(String.raw`
from datetime import datetime, timezone
for s in ['0050-03-01', '0001-01-01']:
    print(int(datetime.strptime(s, '%Y-%m-%d').replace(tzinfo=timezone.utc).timestamp() * 1000))
`).trim().split('\n').map(Number);
    expect(parseDateWithPattern('01/03/0050', '%d/%m/%Y')).toBe(y50);
    expect(parseDateWithPattern('0001 001', '%Y %j')).toBe(y1);
    expect(parseDateWithPattern('01/01/0000', '%d/%m/%Y')).toBeUndefined();
  });
});
