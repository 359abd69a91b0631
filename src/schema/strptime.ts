/**
 * Dates in a Table Schema `format` pattern (Python strptime directives, as Frictionless uses):
 * %Y %y %m %d %H %I %p %M %S %f %z %b %B %j and %%. Returns epoch milliseconds (UTC unless %z
 * says otherwise; years 1-9999 exactly, year 0 refused as Python's strptime does) or undefined.
 * Patterns are compiled once and cached.
 */

import { DAY_MS, offsetMs, utcFields } from './civil-time.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface Compiled {
  regex: RegExp;
  fields: string[];
}

const cache = new Map<string, Compiled>();

const DIRECTIVES: Record<string, string> = {
  Y: '(\\d{4})', y: '(\\d{2})', m: '(\\d{1,2})', d: '(\\d{1,2})', H: '(\\d{1,2})', I: '(\\d{1,2})', p: '(AM|PM|am|pm)',
  M: '(\\d{1,2})', S: '(\\d{1,2})', f: '(\\d{1,6})', z: '([+-]\\d{2}:?\\d{2}|Z)', b: '([A-Za-z]{3})', B: '([A-Za-z]+)', j: '(\\d{1,3})',
};

function compile(pattern: string): Compiled {
  let source = '^';
  const fields: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '%' && i + 1 < pattern.length) {
      const directive = pattern[++i] as string;
      if (directive === '%') source += '%';
      else if (DIRECTIVES[directive]) {
        source += DIRECTIVES[directive];
        fields.push(directive);
      } else throw new Error(`unsupported date directive %${directive}`);
    } else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return { regex: new RegExp(`${source}$`), fields };
}

/** Parses text with a strptime pattern; undefined when it does not match or is no real date. */
export function parseDateWithPattern(text: string, pattern: string): number | undefined {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = compile(pattern);
    cache.set(pattern, compiled);
  }
  const match = compiled.regex.exec(text);
  if (!match) return undefined;
  const parts = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, offset: 0, pm: undefined as boolean | undefined, yday: 0 };
  for (let i = 0; i < compiled.fields.length; i++) {
    const value = match[i + 1] as string;
    switch (compiled.fields[i]) {
      case 'Y': parts.year = +value; break;
      case 'y': parts.year = +value + (+value < 69 ? 2000 : 1900); break;
      case 'm': parts.month = +value; break;
      case 'd': parts.day = +value; break;
      case 'H': case 'I': parts.hour = +value; break;
      case 'p': parts.pm = value.toLowerCase() === 'pm'; break;
      case 'M': parts.minute = +value; break;
      case 'S': parts.second = +value; break;
      case 'f': parts.ms = Math.round(Number(`0.${value}`) * 1000); break;
      case 'j': parts.yday = +value; break;
      case 'b': parts.month = MONTHS.indexOf(value.toLowerCase()) + 1; break;
      case 'B': parts.month = MONTH_NAMES.indexOf(value.toLowerCase()) + 1; break;
      case 'z':
        parts.offset = offsetMs(value);
        break;
    }
  }
  if (parts.pm !== undefined) parts.hour = (parts.hour % 12) + (parts.pm ? 12 : 0);
  if (parts.month < 1 || parts.month > 12 || parts.day < 1) return undefined;
  // The day of the year counts from January 1 (366 in a common year is the next January 1).
  const jan1 = parts.yday ? utcFields(parts.year, 1, 1, parts.hour, parts.minute, parts.second, parts.ms) : NaN;
  const t = parts.yday ? jan1 + (parts.yday - 1) * DAY_MS : utcFields(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.ms);
  const utc = t - parts.offset;
  return utc === utc ? utc : undefined;
}
