/**
 * Calendar arithmetic for the date and datetime casts and the profile's text classification,
 * so both read the same text as the same instant. Exact for every year 1-9999: Date.UTC reads
 * years 0-99 as 1900-1999 (0050-01-01 came out 1900 years late). Year 0 does not exist, as in
 * Python's datetime (MINYEAR is 1), which Frictionless uses.
 */

export const DAY_MS = 86_400_000;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day exists: year 1-9999, month 1-12, day within that month of that year. */
export function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS[mo - 1]! + (leap ? 1 : 0);
}

/**
 * Epoch milliseconds of the fields read as UTC, or NaN when the casts refuse them: a day that
 * does not exist, hour > 23, minute > 59, second > 60. Second 60 and a fraction rounded up to
 * 1000 ms roll over into the next second; a roll-over into the next day is refused (23:59:60
 * names no time of that day).
 */
export function utcFields(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 60) return NaN;
  const day = daysFromCivil(y, mo, d);
  const t = day * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
  return t < (day + 1) * DAY_MS ? t : NaN;
}

/**
 * A zone's offset from UTC in ms: 0 for none or Z, else ±HH:MM or ±HHMM; NaN for hours beyond
 * 23 or minutes beyond 59, which Python's fromisoformat refuses (since 3.14 for minutes 60-99
 * of an offset under 24 hours: gh-126883) and RFC 3339 forbids.
 */
export function offsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m || +m[2]! > 23 || +m[3]! > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) * 60_000;
}
