/**
 * The key text that `unique`, `primaryKey` and `uniqueKeys` compare: cast values, so equal
 * numbers written differently meet, and distinct values never share a text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyDefinitions, keyPartText, keyText } from '../../../actions/validate-data/key-checks.js';
import { validateData } from '../../../actions/validate-data/validate.js';
import { parseSchema } from '../../../src/schema/load.js';

describe('key text', () => {
  it('gives every distinct number its own text, and JSON\'s text to finite ones', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        if (Number.isFinite(a)) expect(keyPartText(a)).toBe(JSON.stringify(a));
        const same = Object.is(a === 0 ? 0 : a, b === 0 ? 0 : b);
        expect(keyPartText(a) === keyPartText(b)).toBe(same);
        expect(keyText([a, 'x']) === keyText([b, 'x'])).toBe(same);
      }),
    );
  });

  it('finds NaN and infinite numbers repeated, and never takes one for another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vd-keys-'));
    const data = join(dir, 'data.csv');
    writeFileSync(data, 'x,tag\n1,a\nNaN,a\nINF,a\n-INF,a\n1.0,a\nNaN,a\nINF,b\n');
    const schema = parseSchema(
      `
fields:
  - {name: x, type: number, constraints: {unique: true}}
  - {name: tag, type: string}
uniqueKeys: [[x, tag]]
`,
      'schema.yaml',
    );
    const outcome = await validateData({ data, schema, schemaFile: 'schema.yaml', maxExamples: 5 });
    const checks = outcome.violations.entries().map((c) => ({ check: c.check, violations: c.violations, rows: c.examples.map((e) => e.row), values: c.examples.map((e) => e.value) }));
    expect(checks).toEqual([
      // 1.0 repeats 1; NaN repeats NaN; the second INF repeats the first.
      { check: 'unique', violations: 3, rows: [5, 6, 7], values: ['1', 'NaN', 'Infinity'] },
      // (1.0, a) repeats (1, a) and (NaN, a) repeats (NaN, a); (INF, b) is new.
      { check: 'uniqueKeys', violations: 2, rows: [5, 6], values: ['[1,"a"]', '["NaN","a"]'] },
    ]);
  });

  it('keys a one-field number or integer key by number, every other key by text', () => {
    const schema = parseSchema(
      `
fields:
  - {name: id, type: integer, constraints: {unique: true}}
  - {name: x, type: number, constraints: {unique: true}}
  - {name: code, type: string, constraints: {unique: true}}
  - {name: born, type: year, constraints: {unique: true}}
primaryKey: [id, x]
uniqueKeys: [[x]]
`,
      'schema.yaml',
    );
    const keys = keyDefinitions(schema, 5);
    try {
      expect(keys.map((k) => [k.check, k.fields.join('+'), k.numeric])).toEqual([
        ['unique', 'id', true],
        ['unique', 'x', true],
        ['unique', 'code', false],
        ['unique', 'born', false],
        ['primaryKey', 'id+x', false],
        ['uniqueKeys', 'x', true],
      ]);
    } finally {
      for (const key of keys) key.index.abort();
    }
  });

  it('shows a duplicate date or datetime as ISO text, not epoch milliseconds, and names no first row without examples', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vd-keys-'));
    const data = join(dir, 'days.csv');
    writeFileSync(data, 'day,at\n2019-12-04,2019-12-04T06:46:48Z\n2019-12-05,2019-12-04T06:46:49Z\n2019-12-04,2019-12-04T06:46:48Z\n');
    const schema = parseSchema('fields:\n  - {name: day, type: date, constraints: {unique: true}}\n  - {name: at, type: datetime, constraints: {unique: true}}\n', 'schema.yaml');
    const outcome = await validateData({ data, schema, schemaFile: 'schema.yaml', maxExamples: 5 });
    expect(outcome.violations.entries().map((c) => [c.field, c.examples.map((e) => e.value), c.message])).toEqual([
      ['day', ['2019-12-04'], 'day must be unique; duplicates repeat an earlier row (first duplicate of row 1)'],
      ['at', ['2019-12-04T06:46:48.000Z'], 'at must be unique; duplicates repeat an earlier row (first duplicate of row 1)'],
    ]);
    const none = await validateData({ data, schema, schemaFile: 'schema.yaml', maxExamples: 0 });
    expect(none.violations.entries().map((c) => c.message)).toEqual(['day must be unique; duplicates repeat an earlier row', 'at must be unique; duplicates repeat an earlier row']);
  });
});
