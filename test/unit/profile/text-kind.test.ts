/**
 * classifyText must give exactly the kind kindOf gives and exactly the value the slow path
 * gives (Number(text) for numbers, the cast's rules written out for dates), on fast-check generated
 * text shaped like numbers and dates, including the edge cases around the fast paths. Both must
 * call date-shaped text a date only when the Table Schema cast accepts it (checked here against
 * the cast's rules written out independently), and NaN/INF/-INF numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText, classifyTextAgain, TEXT_VALUE } from '../../../src/profile/text-kind.js';
import { kindOf, type ValueKind } from '../../../src/profile/value-kind.js';

const KINDS: ValueKind[] = ['null', 'integer', 'number', 'boolean', 'date', 'datetime', 'string'];

const SPECIAL: Record<string, number> = { NaN: NaN, INF: Infinity, '-INF': -Infinity };

/**
 * The Table Schema date/datetime casts' rules (src/schema/cast.ts), written out: the fields
 * read as UTC in years 1-9999 exactly (year 0 does not exist, as in Python's datetime), hour
 * <= 23, minute <= 59, second <= 60, no roll-over into another day, and an offset of at most
 * 23 hours and 59 minutes. The cast's value, or
 * undefined when it refuses the text. setUTCFullYear, unlike Date.UTC, takes years 0-99 as
 * written.
 */
function castTime(cell: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/.exec(cell);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, sec = 0] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x)));
  if (y! < 1 || mo! < 1 || mo! > 12 || d! < 1 || h > 23 || mi > 59 || sec > 60) return undefined;
  if (m[9] && (Number(m[10]) > 23 || Number(m[11]) > 59)) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(y!, mo! - 1, d!);
  date.setUTCHours(h, mi, sec, m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0);
  if (date.getUTCDate() !== d) return undefined;
  return date.getTime() - (m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000 : 0);
}

/**
 * The value the profile reads from a cell: Number(text) for numbers, and for dates and
 * datetimes the cast's (UTC unless the text names an offset, whatever the process's time zone).
 */
function slowValue(cell: string, kind: ValueKind): number | undefined {
  if (kind === 'integer' || kind === 'number') return cell in SPECIAL ? SPECIAL[cell] : Number(cell);
  if (kind === 'date' || kind === 'datetime') return castTime(cell);
  if (kind === 'boolean') return cell.toLowerCase() === 'true' ? 1 : 0;
  return undefined;
}

function agree(cell: string, classify: (s: string) => number = classifyText): void {
  const kind = kindOf(cell);
  const code = classify(cell);
  expect(KINDS[code], JSON.stringify(cell)).toBe(kind);
  // A date kind is a promise that the cast accepts the text; date-shaped text it refuses is text.
  const dateShaped = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(cell);
  if (dateShaped) expect(kind, JSON.stringify(cell)).toBe(castTime(cell) === undefined ? 'string' : cell.length === 10 ? 'date' : 'datetime');
  const want = slowValue(cell, kind);
  if (want !== undefined) expect(Object.is(TEXT_VALUE[0], want), `${JSON.stringify(cell)}: ${TEXT_VALUE[0]} vs ${want}`).toBe(true);
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: min, maxLength: max });
const sign = fc.constantFrom('', '+', '-');
const numberText = fc.oneof(
  fc.tuple(sign, digits(0, 18), fc.constantFrom('', '.'), digits(0, 18), fc.constantFrom('', 'e', 'E', 'e-', 'e+'), digits(0, 3)).map((p) => p.join('')),
  fc.double().map(String),
  fc.integer().map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toFixed(3)),
  fc.constantFrom('NaN', 'INF', '-INF', '+INF', 'nan', 'Inf', 'Infinity', '-NaN', 'NaN ', 'INFx', 'N', 'I'),
);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const dateText = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 9999 })),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom('', 'T', ' ', 'x'),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('', '.', '.5', '.12', '.123', '.1234', '.999999'),
    fc.constantFrom('', 'Z', '+01:00', '-0530', '+1', 'z', 'ZZ', '+23:59', '-2359', '+24:00', '-05:60', '+0099', '+99:99'),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${sep === '' ? '' : `${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}${zone}`}`);

describe('classifyText', () => {
  it('agrees with kindOf and Number() on number-shaped text', () => {
    fc.assert(fc.property(numberText, (cell) => agree(cell)), { numRuns: 20_000 });
  });

  it('agrees with kindOf and the cast on date-shaped text', () => {
    fc.assert(fc.property(dateText, (cell) => agree(cell)), { numRuns: 20_000 });
  });

  it('agrees on arbitrary text and on the edge cases', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (cell) => agree(cell)), { numRuns: 5_000 });
    const edges = ['', '-', '+', '.', '-.', '.5', '5.', '-0', '+0', '-0.0', '0.000001', '1e5', '1e', '1e+', '12345678901234567890', '999999999999999', '9999999999999999',
      '0.1', '-71.143', '123456789012345.6', 'true', 'True', 'TRUE', 'tRue', 'false', 'FALSE', 'f', 'NaN', 'INF', '2024-02-29', '2023-02-29', '2023-02-30T00:00:00',
      '2023-09-25T05:38:48', '2023-09-25 05:38:48', '2023-09-25T23:59:60', '2023-09-25T24:00:00', '1969-12-31T23:59:59.999Z', '0000-01-01', '2023-9-25', '2023-09-25T05:38', '-INF', '+INF', 'Infinity', '2021-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-02-30T10:00:00',
      '2021-01-01T25:00:00', '2021-01-01T10:61:00', '2021-01-01T10:00:61', '2021-01-01T10:00:60Z', '2016-12-31T23:59:60Z', '2021-01-01T23:59:59.9996Z',
      '2021-01-01T10:00:00+99:99', '0000-02-29', '0004-02-29', '1900-02-29', '2000-02-29', '0000-02-29T00:00:00Z', '2021-01-01 10:00:00.5+05:30'];
    for (const cell of edges) agree(cell);
  });

  it('agrees on text with a "-" at 4, where dates are scanned first (numbers with long exponents, near-dates)', () => {
    const unit = fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', 'T', ':', ' ', 'Z');
    const text = fc.tuple(fc.string({ unit, minLength: 4, maxLength: 4 }), fc.string({ unit, minLength: 5, maxLength: 22 })).map(([a, b]) => `${a}-${b}`);
    fc.assert(fc.property(text, (cell) => agree(cell)), { numRuns: 20_000 });
    for (const cell of ['1.2e-56789', '12e-4567890', '.12e-45678', '+1.2e-5678', '1234-56789', '2023-09-25x', '2023-09-2512']) agree(cell);
  });

  it('classifyTextAgain, after any sequence of classifications, agrees too (the cast-then-profile cache)', () => {
    const cell = fc.oneof(numberText, dateText, fc.constantFrom('', 'true', 'x', '2023-09-25T05:38:48', '12', '13'));
    const call = fc.record({ cell, again: fc.boolean(), repeat: fc.nat({ max: 2 }) });
    fc.assert(
      fc.property(fc.array(call, { maxLength: 30 }), (calls) => {
        for (const { cell, again, repeat } of calls) {
          for (let k = 0; k <= repeat; k++) agree(cell, again ? classifyTextAgain : classifyText);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('kinds the casts accept', () => {
  it('days and times that do not exist are text; NaN, INF and -INF are numbers with those values', () => {
    for (const cell of ['2021-02-29', '2021-04-31', '2021-13-01', '2021-02-30T10:00:00', '2021-01-01T24:00:00', '2021-01-01T25:00:00Z', '2021-01-01T10:61:00', '2016-12-31T23:59:60Z']) {
      expect(KINDS[classifyText(cell)], cell).toBe('string');
      expect(kindOf(cell), cell).toBe('string');
    }
    expect(KINDS[classifyText('2024-02-29')]).toBe('date');
    expect(KINDS[classifyText('2021-01-01T10:00:60Z')]).toBe('datetime');
    expect(TEXT_VALUE[0]).toBe(Date.UTC(2021, 0, 1, 10, 1, 0));
    for (const [cell, value] of Object.entries(SPECIAL)) {
      expect(KINDS[classifyText(cell)], cell).toBe('number');
      expect(Object.is(TEXT_VALUE[0], value), cell).toBe(true);
      expect(kindOf(cell), cell).toBe('number');
    }
  });
});
