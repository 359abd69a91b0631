/**
 * geopoint formats (default "lon, lat", array, object) and list fields (delimiter, itemType),
 * per Table Schema v1/v2: the casts give one form per logical value ([lon, lat]; the array of
 * cast items), so `unique`, `enum` and `minLength`/`maxLength` see the logical value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casterFor, INVALID } from '../../../src/schema/cast.js';
import { FieldChecker } from '../../../actions/validate-data/field-checker.js';
import type { FieldDescriptor } from '../../../src/schema/descriptor.js';

describe('geopoint', () => {
  const point = (format?: string) => casterFor({ name: 'at', type: 'geopoint', ...(format ? { format } : {}) });

  it('default: the text "lon, lat" (space optional), numbers in range', () => {
    const cast = point();
    expect(cast('90.50, 45.50')).toEqual([90.5, 45.5]);
    expect(cast('-180,-90')).toEqual([-180, -90]);
    expect(cast('+1e2, .5')).toEqual([100, 0.5]);
    for (const bad of ['180.5, 0', '0, 90.1', '0, -91', '45', '1, 2, 3', 'a, b', '1,', '[1, 2]', '{"lon": 1, "lat": 2}']) expect(cast(bad), bad).toBe(INVALID);
    expect(cast([10, 20])).toBe(INVALID);
    expect(cast({ lon: 1, lat: 2 })).toBe(INVALID);
  });

  it('array: a JSON array of exactly two numbers, as text or typed', () => {
    const cast = point('array');
    expect(cast('[90.5, 45.5]')).toEqual([90.5, 45.5]);
    expect(cast([-120, 30])).toEqual([-120, 30]);
    for (const bad of ['90.5, 45.5', '[1]', '[1, 2, 3]', '["1", "2"]', '[200, 0]', '[0, -95]', '[1, 2', '{"lon": 1, "lat": 2}']) expect(cast(bad), bad).toBe(INVALID);
    expect(cast([1, '2'])).toBe(INVALID);
  });

  it('object: exactly the keys lon and lat, numbers in range, as text or typed', () => {
    const cast = point('object');
    expect(cast('{"lon": 90.5, "lat": 45.5}')).toEqual([90.5, 45.5]);
    expect(cast({ lat: 1, lon: 2 })).toEqual([2, 1]);
    for (const bad of ['{"lon": 1}', '{"lon": 1, "lat": 2, "alt": 3}', '{"lng": 1, "lat": 2}', '{"lon": "1", "lat": 2}', '{"lon": 181, "lat": 0}', '[1, 2]', '1, 2']) expect(cast(bad), bad).toBe(INVALID);
  });

  it('the same point written differently is one value for unique and enum', () => {
    const checker = new FieldChecker({ name: 'at', type: 'geopoint', constraints: { enum: ['10, 20'] } }, [''], 's.yaml');
    expect(checker.check('10,20')).toBeUndefined();
    expect(checker.check('10.0 , 20')).toBeUndefined();
    expect(checker.check('20, 10')).toEqual(['enum']);
    expect(checker.check('200, 10')).toEqual(['type']);
  });
});

describe('list', () => {
  const list = (extra: Partial<FieldDescriptor> = {}) => casterFor({ name: 'tags', type: 'list', ...extra });

  it('splits text on the delimiter (default ",") and casts each item with itemType (default string)', () => {
    expect(list()('a,b,,c')).toEqual(['a', 'b', '', 'c']);
    expect(list({ delimiter: '; ' })('x; y')).toEqual(['x', 'y']);
    expect(list({ itemType: 'integer' })('1,2,-3')).toEqual([1, 2, -3]);
    expect(list({ itemType: 'integer' })('1,2.5')).toBe(INVALID);
    expect(list({ itemType: 'integer' })('1, 2')).toBe(INVALID);
    expect(list({ itemType: 'number', delimiter: '|' })('1.5|NaN|2e3')).toEqual([1.5, NaN, 2000]);
    expect(list({ itemType: 'boolean' })('true,0')).toEqual([true, false]);
    expect(list({ itemType: 'boolean' })('true,yes')).toBe(INVALID);
    expect(list({ itemType: 'date' })('2024-01-31,2024-02-01')).toEqual([Date.UTC(2024, 0, 31), Date.UTC(2024, 1, 1)]);
    expect(list({ itemType: 'date' })('2024-02-30')).toBe(INVALID);
    expect(list({ itemType: 'time' })('12:30:00')).toEqual([45_000_000]);
    expect(list({ itemType: 'datetime' })('2024-01-31T10:00:00Z')).toEqual([Date.UTC(2024, 0, 31, 10)]);
  });

  it('an array cell (JSON Lines and Parquet give it as its JSON text) is checked item by item', () => {
    expect(list({ itemType: 'integer' })([1, 2, 3])).toEqual([1, 2, 3]);
    expect(list({ itemType: 'integer' })('[1,2,3]')).toEqual([1, 2, 3]);
    expect(list({ itemType: 'integer' })('[1,"x"]')).toBe(INVALID);
    // Items are cast as cells are: text is read as the item type (as a JSON Lines "2" in an integer field).
    expect(list({ itemType: 'integer' })('[1,"2"]')).toEqual([1, 2]);
    expect(list()('["a,b","c"]')).toEqual(['a,b', 'c']);
    // Not a JSON array: split as text.
    expect(list()('[a,b]')).toEqual(['[a', 'b]']);
    expect(list({ itemType: 'integer' })([1, 2.5])).toBe(INVALID);
    expect(list()(['a', 1])).toBe(INVALID);
    expect(list()({ a: 1 })).toBe(INVALID);
    expect(list()(7)).toBe(INVALID);
  });

  it('minLength and maxLength count items; enum and unique compare the cast items', () => {
    const checker = new FieldChecker({ name: 'n', type: 'list', itemType: 'integer', constraints: { minLength: 2, maxLength: 3, enum: ['1,2', '01,2,3'] } }, [''], 's.yaml');
    expect(checker.check('1,2')).toBeUndefined();
    expect(checker.check('+1,02')).toBeUndefined();
    expect(checker.check([1, 2, 3])).toBeUndefined();
    expect(checker.check('1')).toEqual(['minLength', 'enum']);
    expect(checker.check('1,2,3,4')).toEqual(['maxLength', 'enum']);
    expect(checker.check('1,x')).toEqual(['type']);
    // Integers beyond 2^53 stay exact (bigint items) and can be compared as a key.
    const big = new FieldChecker({ name: 'n', type: 'list', itemType: 'integer', constraints: { enum: ['9007199254740993'] } }, [''], 's.yaml');
    expect(big.check('9007199254740993')).toBeUndefined();
    expect(big.check('9007199254740992')).toEqual(['enum']);
  });

  it('items joined with the delimiter split back to the same items (property)', () => {
    const delimiters = fc.constantFrom(',', ';', '|', '\t', ' ', '::', ', ', '→');
    fc.assert(
      fc.property(delimiters, fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }), (delimiter, raw) => {
        // Items hold no character of the delimiter: with '::', items 'a:' and ':b' would join to
        // 'a::::b', which no reader can split back (the spec's lists have no escaping).
        const items = raw.map((s) => [...s].filter((c) => !delimiter.includes(c)).join(''));
        // The one exception, documented: text that is a JSON array is read as that array.
        fc.pre(!isJsonArray(items.join(delimiter)));
        expect(list({ delimiter })(items.join(delimiter))).toEqual(items);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(',', '; ', '|'), fc.array(fc.integer(), { minLength: 1, maxLength: 8 }), (delimiter, numbers) => {
        expect(list({ delimiter, itemType: 'integer' })(numbers.join(delimiter))).toEqual(numbers);
      }),
    );
  });
});

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
