/**
 * Recognises the kind of a text cell (exactly as kindOf's regexes do) and reads its value in
 * the same scan: numbers as Number() would, dates and datetimes as the epoch milliseconds the
 * date and datetime casts give (UTC unless the text names an offset; src/schema/civil-time.ts).
 * No regex and no allocation on the common shapes: on bench/validate-data's 1M-row CSV,
 * kindOf's regexes plus Number() and new Date() per cell cost ~1.7 s of 14 s. Numbers in
 * unusual shapes (exponents, more than 15 digits) fall back to Number().
 *
 * A kind is a promise that the cast of the type inferred from it (src/schema/cast.ts) accepts
 * the text: a date or datetime naming a day or time that does not exist by the cast's rules
 * (2021-02-29, 2021-04-31, hour 24, minute 60) is text, and NaN, INF and -INF, which the number
 * cast accepts, are numbers (NaN a missing value in the sketches, as a Parquet NaN is).
 */

import { DAY_MS, daysFromCivil, utcFields, validDay } from '../schema/civil-time.js';

/** Kind codes, in the order of profile.ts's VALUE_KINDS. */
export const K_NULL = 0;
export const K_INTEGER = 1;
export const K_NUMBER = 2;
export const K_BOOLEAN = 3;
export const K_DATE = 4;
export const K_DATETIME = 5;
export const K_STRING = 6;

/**
 * The value read by the last classifyText call: the number for K_INTEGER/K_NUMBER (NaN for
 * 'NaN'), epoch milliseconds for K_DATE/K_DATETIME, 1/0 for true/false.
 */
export const TEXT_VALUE = new Float64Array(1);

/** Exact powers of ten (10^22 is the largest one a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// The last text a cast classified and its kind: validate-data casts a cell (cast.ts) and then
// profiles the same cell, so the profile's call (classifyTextAgain) is answered from here
// (TEXT_VALUE still holds that text's value: only a classification writes
// them). The profile's call forgets the entry: comparing the next cell with a different string
// of the same length compares their characters (~60 ns for a 19-character datetime cut from
// a chunk), while comparing with '' only compares lengths. ('' is K_NULL: a valid entry.)
let lastText = '';
let lastKind = K_NULL;

/** Kind code of a text cell (see kindOf); its value goes to TEXT_VALUE. Remembered for classifyTextAgain. */
export function classifyText(s: string): number {
  if (s === lastText) return lastKind;
  const kind = classify(s);
  lastText = s;
  lastKind = kind;
  return kind;
}

/**
 * classifyText for a cell that a cast may have just classified (the profile after the check):
 * answered from that classification when it is the same text. Either way the entry is then
 * forgotten (after a miss TEXT_VALUE no longer holds the entry's value).
 */
export function classifyTextAgain(s: string): number {
  const kind = s === lastText ? lastKind : classify(s);
  lastText = '';
  lastKind = K_NULL;
  return kind;
}

function classify(s: string): number {
  const len = s.length;
  if (len === 0) return K_NULL;
  const first = s.charCodeAt(0);
  if (isDigit(first) || first === 43 || first === 45 || first === 46) {
    // A date's '-' at 4 stops the number scan there; go to the date scan first. (No number
    // is a date: a date has digits at 0-3, then '-'.)
    if (len >= 10 && s.charCodeAt(4) === 45) {
      const kind = scanDate(s, len);
      if (kind !== K_STRING) return kind;
      return scanNumber(s, len, first);
    }
    const kind = scanNumber(s, len, first);
    if (kind !== K_STRING) return kind;
    if (len >= 10 && isDigit(first)) return scanDate(s, len);
    return first === 45 && s === '-INF' ? special(-Infinity) : K_STRING;
  }
  // The number cast's special values (exactly these spellings).
  if (first === 78 || first === 73) return s === 'NaN' ? special(NaN) : s === 'INF' ? special(Infinity) : K_STRING;
  // 't'/'T'/'f'/'F' may start a boolean; everything else is text.
  if (first === 116 || first === 84 || first === 102 || first === 70) {
    switch (s) {
      case 'true':
      case 'True':
      case 'TRUE':
        TEXT_VALUE[0] = 1;
        return K_BOOLEAN;
      case 'false':
      case 'False':
      case 'FALSE':
        TEXT_VALUE[0] = 0;
        return K_BOOLEAN;
    }
  }
  return K_STRING;
}

/** NaN, INF or -INF: K_NUMBER with that value. */
function special(value: number): number {
  TEXT_VALUE[0] = value;
  return K_NUMBER;
}

/**
 * Matches /^[+-]?\d+$/ (K_INTEGER) or /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ (K_NUMBER);
 * K_STRING otherwise. Without an exponent and with at most 15 digits the value is m / 10^k
 * with both exact, and IEEE division rounds correctly, so it equals Number(s) (Clinger's fast
 * path); -0 stays -0.
 */
function scanNumber(s: string, len: number, first: number): number {
  let i = first === 43 || first === 45 ? 1 : 0;
  let m = 0;
  let digits = 0;
  let c = 0;
  for (; i < len; i++) {
    c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    m = m * 10 + (c - 48);
    digits++;
  }
  const intDigits = digits;
  if (i === len) {
    if (intDigits === 0) return K_STRING;
    TEXT_VALUE[0] = digits <= 15 ? (first === 45 ? -m : m) : Number(s);
    return K_INTEGER;
  }
  let fracDigits = 0;
  if (c === 46) {
    for (i++; i < len; i++) {
      c = s.charCodeAt(i);
      if (!isDigit(c)) break;
      m = m * 10 + (c - 48);
      fracDigits++;
    }
    digits += fracDigits;
    if (intDigits === 0 && fracDigits === 0) return K_STRING;
    if (i === len) {
      if (digits <= 15) {
        const v = m / POW10[fracDigits]!;
        TEXT_VALUE[0] = first === 45 ? -v : v;
      } else TEXT_VALUE[0] = Number(s);
      return K_NUMBER;
    }
  }
  if (digits === 0 || (c !== 101 && c !== 69)) return K_STRING;
  i++;
  if (i < len && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
  if (i === len) return K_STRING;
  for (; i < len; i++) if (!isDigit(s.charCodeAt(i))) return K_STRING;
  TEXT_VALUE[0] = Number(s);
  return K_NUMBER;
}

/** The two-digit number at s[i], s[i + 1], or -1 when either is not a digit. */
export function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Matches DATE or DATETIME of kindOf when the date or datetime cast accepts the text; K_STRING
 * otherwise. The casts (src/schema/civil-time.ts) read years 1-9999 exactly and refuse year 0
 * (as Python does) and what rolls over into another day (23:59:60, or a fraction rounding up
 * to the next day).
 */
function scanDate(s: string, len: number): number {
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return K_STRING;
  const y = y1 * 100 + y2;
  if (len === 10) {
    if (!validDay(y, mo, d)) return K_STRING;
    // UTC midnight, as new Date(`${s}T00:00:00Z`) reads it.
    TEXT_VALUE[0] = daysFromCivil(y, mo, d) * DAY_MS;
    return K_DATE;
  }
  const sep = s.charCodeAt(10);
  if (len < 19 || (sep !== 84 && sep !== 32)) return K_STRING;
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = two(s, 17);
  if (h < 0 || mi < 0 || sec < 0 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return K_STRING;
  let i = 19;
  let ms = 0;
  let fracDigits = 0;
  if (i < len && s.charCodeAt(i) === 46) {
    for (i++; i < len && isDigit(s.charCodeAt(i)); i++) {
      if (fracDigits < 3) ms = ms * 10 + (s.charCodeAt(i) - 48);
      fracDigits++;
    }
    if (fracDigits === 0) return K_STRING;
  }
  const fracEnd = i;
  let offsetMinutes = 0;
  // After the time: nothing or Z (UTC), or an offset ±HH:MM or ±HHMM.
  if (i < len && !(s.charCodeAt(i) === 90 && i + 1 === len)) {
    const z = s.charCodeAt(i);
    const oh = two(s, i + 1);
    if ((z !== 43 && z !== 45) || oh < 0) return K_STRING;
    let j = i + 3;
    if (j < len && s.charCodeAt(j) === 58) j++;
    const om = two(s, j);
    // An offset names hours 00-23 and minutes 00-59 (Python's fromisoformat refuses the rest).
    if (j + 2 !== len || om < 0 || oh > 23 || om > 59) return K_STRING;
    offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
  }
  if (h > 23 || mi > 59 || sec > 60 || !validDay(y, mo, d)) return K_STRING;
  // Every shape is computed from its fields as UTC less the offset: a datetime without a zone
  // is UTC, as the cast reads it, whatever the process's time zone (new Date read it as local
  // time, so a profile made with TZ set differed from the runner's).
  const offsetMs = offsetMinutes * 60_000;
  const fraction = fracDigits <= 3 ? ms * (fracDigits === 1 ? 100 : fracDigits === 2 ? 10 : 1) : Math.round(Number(`0${s.slice(19, fracEnd)}`) * 1000);
  if (fracDigits <= 3 && sec <= 59) {
    // At most 999 ms past second 59: no roll-over into the next day.
    TEXT_VALUE[0] = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + sec * 1000 + fraction - offsetMs;
    return K_DATETIME;
  }
  // A leap second, or more fraction digits than milliseconds (rounded as the cast rounds them),
  // may roll over into the next day, which the cast refuses.
  const t = utcFields(y, mo, d, h, mi, sec, fraction);
  if (t !== t) return K_STRING;
  TEXT_VALUE[0] = t - offsetMs;
  return K_DATETIME;
}
