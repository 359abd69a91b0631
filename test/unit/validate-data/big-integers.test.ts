/**
 * Integers beyond 2^53 stay exact: the cast gives a safe integer as a number and any other as a
 * bigint (one form per value), bounds and enums compare them exactly, and `unique`/`primaryKey`
 * keys are their canonical decimal text, in the same index as the number keys of safe ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldChecker } from '../../../actions/validate-data/field-checker.js';
import { keyPartText, keyText } from '../../../actions/validate-data/key-checks.js';
import { checkBatch, type KeySink } from '../../../actions/validate-data/pass.js';
import { ViolationCollector } from '../../../actions/validate-data/violations.js';
import type { Batch, Cell } from '../../../src/data/index.js';
import { casterFor, exactInteger, INVALID } from '../../../src/schema/cast.js';
import type { FieldDescriptor } from '../../../src/schema/descriptor.js';
import { UniqueIndex } from '../../../src/unique/index.js';
import { KeyRecorder } from '../../../src/unique/key-records.js';

const P53 = 2n ** 53n;
const same = (a: unknown, b: unknown) => expect(Object.is(a, b), `${String(a)} (${typeof a}) vs ${String(b)} (${typeof b})`).toBe(true);

describe('integer cast at and around 2^53', () => {
  const integer = casterFor({ name: 'id', type: 'integer' });
  const grouped = casterFor({ name: 'id', type: 'integer', groupChar: ',' });
  const number = casterFor({ name: 'x', type: 'number' });

  it('gives safe integers as numbers and the others as exact bigints, from text', () => {
    const cases: [string, number | bigint][] = [
      ['9007199254740991', 9007199254740991],
      ['-9007199254740991', -9007199254740991],
      ['9007199254740992', P53],
      ['9007199254740993', P53 + 1n],
      ['-9007199254740992', -P53],
      ['-9007199254740993', -P53 - 1n],
      ['+0009007199254740993', P53 + 1n],
      ['0009007199254740991', 9007199254740991],
      ['12345678901234567890', 12345678901234567890n],
      ['-99999999999999999999', -99999999999999999999n],
      ['123456789012345678901234567890', 123456789012345678901234567890n],
      ['0', 0],
      ['-0', -0],
      ['42', 42],
    ];
    for (const [text, expected] of cases) {
      same(integer(text), expected);
      same(grouped(text), expected);
    }
    same(grouped('9,007,199,254,740,993'), P53 + 1n);
    same(integer('9007199254740993.0'), INVALID);
    same(integer('9.007199254740993e15'), INVALID);
  });

  it('gives typed cells (JSONL numbers, Parquet bigints) the same one form', () => {
    same(integer(9007199254740991), 9007199254740991);
    same(integer(2 ** 53), P53);
    same(integer(-(2 ** 53)), -P53);
    same(integer(2 ** 62), 2n ** 62n);
    same(integer(1.5), INVALID);
    same(integer(Infinity), INVALID);
    same(integer(2n ** 62n + 1n), 2n ** 62n + 1n);
    same(integer(-(2n ** 63n)), -(2n ** 63n));
    same(integer(5n), 5);
    same(integer(P53 - 1n), 9007199254740991);
    same(grouped(2n ** 62n + 2n), 2n ** 62n + 2n);
    // A number field's values are doubles, as before.
    same(number('9007199254740993'), 2 ** 53);
    same(number(2n ** 62n + 1n), 2 ** 62);
    // `any` keeps a Parquet bigint exact too.
    same(casterFor({ name: 'a', type: 'any' })(2n ** 62n + 1n), 2n ** 62n + 1n);
  });

  it('exactInteger keeps safe values as numbers whatever form they come in', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), (b) => {
        const expected = b >= -(P53 - 1n) && b <= P53 - 1n ? Number(b) : b;
        same(exactInteger(b), expected);
        same(exactInteger(b.toString()), expected);
        same(integer(b.toString()), expected);
        same(integer(b < 0n ? b.toString() : `+000${b}`), expected);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('bounds and enums of big integers', () => {
  const checker = (constraints: FieldDescriptor['constraints'], extra: Partial<FieldDescriptor> = {}) => new FieldChecker({ name: 'id', type: 'integer', constraints, ...extra }, [''], 'schema.yaml');

  it('compares values beyond 2^53 with the bounds exactly', () => {
    const max = checker({ maximum: 9007199254740992 });
    expect(max.check('9007199254740992')).toBeUndefined();
    expect(max.check('9007199254740993')).toEqual(['maximum']);
    expect(max.check(2n ** 53n + 1n)).toEqual(['maximum']);
    const text = checker({ minimum: '9007199254740993', exclusiveMaximum: '12345678901234567891' });
    expect(text.check('9007199254740992')).toEqual(['minimum']);
    expect(text.check('9007199254740993')).toBeUndefined();
    expect(text.check('12345678901234567890')).toBeUndefined();
    expect(text.check('12345678901234567891')).toEqual(['exclusiveMaximum']);
    const low = checker({ exclusiveMinimum: -9007199254740992 });
    expect(low.check('-9007199254740993')).toEqual(['exclusiveMinimum']);
    expect(low.check('-9007199254740991')).toBeUndefined();
  });

  it('matches enum and valuesIn values exactly (given as text when beyond 2^53)', () => {
    const enumChecker = checker({ enum: ['9007199254740993', 9007199254740992, 7] }, { expectations: { valuesIn: { values: ['+9007199254740993'], mostly: 0 } } } as Partial<FieldDescriptor>);
    expect(enumChecker.check('9007199254740993')).toBeUndefined();
    expect(enumChecker.check(2n ** 53n + 1n)).toBeUndefined();
    expect(enumChecker.check('9007199254740992')).toBeUndefined();
    expect(enumChecker.check(2 ** 53)).toBeUndefined();
    expect(enumChecker.check('7')).toBeUndefined();
    expect(enumChecker.check('9007199254740994')).toEqual(['enum']);
    expect(enumChecker.shares.inSet).toBe(2);
  });
});

describe('keys of big integers', () => {
  it('are the canonical decimal text, never the text of another value', () => {
    expect(keyPartText(P53 + 1n)).toBe('9007199254740993');
    expect(keyPartText(-(10n ** 20n))).toBe('-100000000000000000000');
    expect(keyText([P53 + 1n, 'a'])).toBe('["9007199254740993","a"]');
    expect(keyText([5, 'a'])).not.toBe(keyText([5n, 'a']));
  });

  it('go with safe integers\' number keys into one index (UniqueIndex and KeyRecorder), each found exactly', async () => {
    const cells = ['9007199254740991', '9007199254740992', '9007199254740993', '+0009007199254740993', '9007199254740992', '9007199254740991', '-9007199254740993', '-9007199254740992', '00012345678901234567890', '12345678901234567890', '1', '01'];
    const expected = { violations: 5, rows: [4, 5, 6, 10, 12], values: ['9007199254740993', '9007199254740992', '9007199254740991', '12345678901234567890', '1'] };
    // Sequential: the index itself.
    expect(summary(await duplicates(cells, new UniqueIndex()))).toEqual(expected);
    expect(summary(await duplicates(cells, new UniqueIndex({ denseIntegers: false })))).toEqual(expected);
    // Parallel: workers' recorders, in two parts, added to the index.
    const index = new UniqueIndex();
    for (const [from, to] of [[0, 5], [5, cells.length]] as const) {
      const recorder = new KeyRecorder(index.keyByteLimit);
      const part = await duplicates(cells.slice(from, to), recorder, 1);
      expect(part).toBeUndefined();
      index.addRecords(recorder.take(), from);
    }
    expect(summary(await index.finish())).toEqual(expected);
  });

  it('find exactly the duplicates a set of canonical texts finds, for decimal text of any size', async () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '9'), minLength: 1, maxLength: 25 });
    // Values at and around 0 and ±2^53, where number keys and text keys meet.
    const near = fc.tuple(fc.constantFrom(0n, P53, -P53, 2n ** 64n), fc.integer({ min: -3, max: 3 })).map(([base, offset]) => String(base + BigInt(offset)));
    const text = fc.tuple(fc.constantFrom('', '+', '-'), fc.constantFrom('', '0', '00'), fc.oneof(digits, near.map((t) => t.replace('-', '')))).map(([sign, zeros, d]) => `${sign}${zeros}${d}`);
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 60 }).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a))), async ([first, again]) => {
        const cells = [...first, ...again];
        const seen = new Set<string>();
        const rows: number[] = [];
        const values: string[] = [];
        cells.forEach((cell, i) => {
          const canonical = BigInt(cell).toString();
          if (seen.has(canonical)) {
            rows.push(i + 1);
            values.push(canonical);
          } else seen.add(canonical);
        });
        const got = summary(await duplicates(cells, new UniqueIndex({ maxExamples: 1000 })));
        expect(got).toEqual({ violations: rows.length, rows, values });
      }),
      { numRuns: 300 },
    );
  });
});

/** Runs the cells of an `id` integer unique field through checkBatch into the sink; finishes an index. */
async function duplicates(cells: string[], sink: KeySink & Partial<Pick<UniqueIndex, 'finish'>>, firstRow = 1) {
  const checkers = new Map([['id', new FieldChecker({ name: 'id', type: 'integer', constraints: { unique: true } }, [''], 'schema.yaml')]]);
  const batch: Batch = { file: 'data.csv', format: 'csv', columns: ['id'], values: [cells as Cell[]], rowCount: cells.length, firstRow, bytesRead: 0 };
  const violations = new ViolationCollector(5);
  checkBatch(batch, checkers, [{ fields: ['id'], numeric: true, index: sink }], violations);
  expect(violations.entries()).toEqual([]);
  return sink instanceof UniqueIndex ? sink.finish() : undefined;
}

function summary(result: Awaited<ReturnType<UniqueIndex['finish']>> | undefined) {
  return result && { violations: result.violations, rows: result.examples.map((e) => e.row), values: result.examples.map((e) => e.value) };
}
