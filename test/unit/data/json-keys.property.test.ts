import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenKeyCount, writtenKeys } from '../../../src/data/json-keys.js';

/** A JSON value; keys and strings include quotes, backslashes and colons, the characters the scan must get past. */
const tricky = fc.string({ unit: fc.constantFrom('a', 'b', '"', '\\', ':', ' ', '{', '}', '[', ']', ',', 'é', '\u2028') });
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tricky, tie('object'), fc.array(tie('value'), { maxLength: 3 })),
  object: fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
})).value;
/** An object's entries written by hand, keys possibly repeated, with JSON whitespace around the colons. */
const entries = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'a"b', 'k:\\'), value, fc.constantFrom('', ' ', '\t', ' \r\n ')), { maxLength: 6 });

describe('writtenKeyCount / writtenKeys (the JSONL reader\'s repeated-key check)', () => {
  it('list every top-level key as written; the count exceeds the parsed keys exactly when a key repeats', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const text = `{${list.map(([k, v, ws]) => `${JSON.stringify(k)}${ws}:${ws}${JSON.stringify(v)}`).join(',')}}`;
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const flat = Object.values(parsed).every((v) => typeof v !== 'object' || v === null);
        expect(writtenKeys(text)).toEqual(list.map(([k]) => k));
        const repeats = new Set(list.map(([k]) => k)).size < list.length;
        // Without repeats the count is the parsed keys' (the reader's check never fires on a valid
        // row); with them it is more (a flat parse may hide a nested object whose keys count too).
        if (repeats) expect(writtenKeyCount(text, flat)).toBeGreaterThan(Object.keys(parsed).length);
        else expect(writtenKeyCount(text, flat)).toBe(Object.keys(parsed).length);
        // Read with the nesting tracked, the count is always the top-level keys as written.
        expect(writtenKeyCount(text, false)).toBe(list.length);
      }),
    );
  });
});
