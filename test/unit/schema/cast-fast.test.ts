/**
 * The regex-free casts (numbers with default options, ISO dates and datetimes) give exactly what
 * the regex casts gave, on fast-check generated text shaped like numbers and dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casterFor, INVALID } from '../../../src/schema/cast.js';

/**
 * The number casts as written before the fast path (default options), integers beyond 2^53
 * kept exact as bigints (cast.ts).
 */
function slowNumber(v: string, integer: boolean): number | bigint | typeof INVALID {
  if (!integer && (v === 'NaN' || v === 'INF' || v === '-INF')) return v === 'NaN' ? NaN : v === 'INF' ? Infinity : -Infinity;
  const plain = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  if (!plain.test(v)) return INVALID;
  return integer && !Number.isSafeInteger(Number(v)) ? BigInt(v) : Number(v);
}

/**
 * The ISO date/datetime casts as written before the fast path, with years 1-9999 read exactly
 * (setUTCFullYear; Date.UTC read 0050 as 1950) and year 0 refused (Python's MINYEAR is 1).
 */
function slowTemporal(v: string, kind: 'date' | 'datetime'): number | typeof INVALID {
  const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) => {
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return INVALID;
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi, s, ms);
    return date.getUTCDate() === d ? date.getTime() : INVALID;
  };
  if (kind === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m ? utc(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, 0) : INVALID;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m) return INVALID;
  const local = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0);
  if (local === INVALID) return INVALID;
  const z = m[8];
  if (!z || z === 'Z') return local;
  const o = /^([+-])(\d{2}):?(\d{2})$/.exec(z)!;
  // Offsets name hours 00-23 and minutes 00-59.
  if (+o[2]! > 23 || +o[3]! > 59) return INVALID;
  return local - (o[1] === '-' ? -1 : 1) * (+o[2]! * 60 + +o[3]!) * 60_000;
}

const same = (a: unknown, b: unknown) => expect(Object.is(a, b), `${String(a)} vs ${String(b)}`).toBe(true);
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '4', '9'), minLength: min, maxLength: max });
const numberText = fc.oneof(
  fc.tuple(fc.constantFrom('', '+', '-'), digits(0, 17), fc.constantFrom('', '.'), digits(0, 17), fc.constantFrom('', 'e', 'E-'), digits(0, 2)).map((p) => p.join('')),
  fc.double().map(String),
  fc.constantFrom('NaN', 'INF', '-INF', '', ' 1', '1 ', '0x10', '1_000'),
);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const dateText = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 9999 })), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('', 'T', ' '), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', '.5', '.25', '.125', '.1256'), fc.constantFrom('', 'Z', '+02:00', '-0130', '+23:59', '+24:00', '-0060', '+99:99'))
  .map(([y, mo, d, sep, h, mi, s, f, z]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${sep === '' ? '' : `${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${f}${z}`}`);

describe('fast casts', () => {
  it('number and integer casts equal the regex casts', () => {
    const number = casterFor({ name: 'x', type: 'number' });
    const integer = casterFor({ name: 'x', type: 'integer' });
    fc.assert(
      fc.property(numberText, (v) => {
        same(number(v), slowNumber(v, false));
        same(integer(v), slowNumber(v, true));
      }),
      { numRuns: 20_000 },
    );
  });

  it('the boolean cast with the default values equals the lookup in those values', () => {
    const boolean = casterFor({ name: 'x', type: 'boolean' });
    const slow = (v: string) => (['true', 'True', 'TRUE', '1'].includes(v) ? true : ['false', 'False', 'FALSE', '0'].includes(v) ? false : INVALID);
    const text = fc.oneof(fc.constantFrom('true', 'True', 'TRUE', 'tRUE', '1', '01', '1.0', 'false', 'False', 'FALSE', 'fals', '0', '-0', '', 'yes', 't', 'f'), fc.string({ maxLength: 6 }), numberText);
    fc.assert(
      fc.property(text, (v) => {
        same(boolean(v), slow(v));
      }),
      { numRuns: 5_000 },
    );
    // Another field's classification in between does not leak into the answer.
    const integer = casterFor({ name: 'x', type: 'integer' });
    for (const [a, b] of [['1', 'true'], ['true', '0'], ['false', 'false'], ['TRUE', '1']]) {
      integer(a);
      same(boolean(b), slow(b!));
    }
  });

  it('date and datetime casts equal the regex casts', () => {
    const date = casterFor({ name: 'x', type: 'date' });
    const datetime = casterFor({ name: 'x', type: 'datetime' });
    fc.assert(
      fc.property(dateText, (v) => {
        same(date(v), slowTemporal(v, 'date'));
        same(datetime(v), slowTemporal(v, 'datetime'));
      }),
      { numRuns: 20_000 },
    );
  });
});
