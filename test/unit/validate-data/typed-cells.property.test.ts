/**
 * Typed cells (src/data/typed-cells.ts): a cell the CSV reader reads as a typed value must give
 * exactly what its text gives through the cast, the checks and the profile. Checked per cell
 * against castText and classifyText, and per dataset: the same generated CSV checked with and
 * without typed plans (the sequential reader and the part reader) gives the same violations,
 * counters, keys and profile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCheckers, checkBatch, typedPlanner, type PassKey } from '../../../actions/validate-data/pass.js';
import { ViolationCollector } from '../../../actions/validate-data/violations.js';
import { readDelimitedPart } from '../../../src/data/csv-part.js';
import { readDataset, type Batch } from '../../../src/data/index.js';
import { readTypedCell, TYPED_BOOLEAN, TYPED_DATETIME, TYPED_INTEGER, TYPED_NUMBER, type TypedPlan, type TypedReader } from '../../../src/data/typed-cells.js';
import { DatasetProfiler } from '../../../src/profile/profile.js';
import { classifyText, TEXT_VALUE } from '../../../src/profile/text-kind.js';
import { castText, INVALID, TEXT_CAST_BOOLEAN, TEXT_CAST_DATETIME, TEXT_CAST_INTEGER, TEXT_CAST_NUMBER } from '../../../src/schema/cast.js';
import type { FieldDescriptor, TableSchema } from '../../../src/schema/descriptor.js';
import { KeyRecorder } from '../../../src/unique/key-records.js';
import { tempDir, writeData } from '../data/helpers.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const numberText = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).chain((x) => fc.integer({ min: 0, max: 8 }).map((d) => x.toFixed(d))),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,17}$/), fc.constantFrom('', '.'), fc.stringMatching(/^[0-9]{0,9}$/)).map((p) => p.join('')),
  fc.constantFrom('0', '-0', '-0.0', '0.0', '00', '007', '1.', '.5', '1e3', '1.5E-2', 'NaN', 'INF', '-INF', ' 1', '1 ', '999999999999999', '9999999999999999', '0.000000000000001', '123456789012.345', '10', '20.5', '50', '-50', '2.5', '3', '-1'),
);
const datetimeText = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })).map(
    ([y, mo, d, h, mi, s]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`,
  ),
  fc.constantFrom('2023-09-25T05:38:48', '2023-09-25 05:38:48', '2023-09-25T05:38:48Z', '2023-09-25T05:38:48.5', '2023-09-25T05:38:48+02:00', '2024-02-29T00:00:00', '2023-02-29T00:00:00', '1000-01-01T00:00:00', '0999-12-31T23:59:59', '0050-01-01T00:00:00', '0000-02-29T00:00:00', '2023-09-25', '2023-9-25T05:38:48'),
);
const booleanText = fc.constantFrom('true', 'false', 'True', 'FALSE', '1', '0', 'yes', 'tru', 'falsey', '');
const anyText = fc.oneof(numberText, datetimeText, booleanText, fc.string({ maxLength: 6 }));

const KINDS = [
  { kind: TYPED_INTEGER, code: TEXT_CAST_INTEGER },
  { kind: TYPED_NUMBER, code: TEXT_CAST_NUMBER },
  { kind: TYPED_DATETIME, code: TEXT_CAST_DATETIME },
  { kind: TYPED_BOOLEAN, code: TEXT_CAST_BOOLEAN },
];
const unbounded = (kind: number): TypedPlan => ({ kind, min: -Infinity, max: Infinity, xmin: -Infinity, xmax: Infinity });
const readerOf = (plan: TypedPlan): TypedReader => ({ kinds: Uint8Array.of(plan.kind), plans: [plan], values: [new Float64Array(1)], textKinds: [new Uint8Array(1)] });

describe('a typed cell reads as its text casts and classifies', () => {
  it('gives castText’s value and classifyText’s kind and value, for every text it takes', () => {
    const taken = new Map<number, number>(KINDS.map((k) => [k.kind, 0]));
    fc.assert(
      fc.property(anyText, fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 3 }), (text, { kind, code }, offset) => {
        // The cell sits inside a longer text, as in a chunk.
        const around = `${'x'.repeat(offset)}${text},`;
        const reader = readerOf(unbounded(kind));
        if (!readTypedCell(reader, 0, 0, around, offset, offset + text.length)) return;
        taken.set(kind, taken.get(kind)! + 1);
        const value = reader.values[0]![0]!;
        const cast = castText(code, text);
        expect(cast).not.toBe(INVALID);
        expect(Object.is(kind === TYPED_BOOLEAN ? (value === 1) : value, cast), `${text}: ${value} vs cast ${String(cast)}`).toBe(true);
        expect(classifyText(text)).toBe(reader.textKinds[0]![0]);
        expect(Object.is(TEXT_VALUE[0], value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The plain shapes do occur: the fast path is not a path nothing takes.
    for (const count of taken.values()) expect(count).toBeGreaterThan(20);
  });

  it('takes the common shapes', () => {
    const takes = (kind: number, text: string) => readTypedCell(readerOf(unbounded(kind)), 0, 0, text, 0, text.length);
    for (const text of ['0', '17', '-42', '999999999999999']) expect(takes(TYPED_INTEGER, text), text).toBe(true);
    for (const text of ['0.5', '156783.69', '-3.25', '80', '0.000001']) expect(takes(TYPED_NUMBER, text), text).toBe(true);
    for (const text of ['2023-09-25T05:38:48', '2024-02-29T23:59:59', '1000-01-01T00:00:00', '0999-12-31T23:59:59', '0001-01-01T00:00:00']) expect(takes(TYPED_DATETIME, text), text).toBe(true);
    for (const text of ['true', 'false']) expect(takes(TYPED_BOOLEAN, text), text).toBe(true);
    // What the casts decide: signs, leading zeros, -0, long numbers, other shapes.
    for (const text of ['+1', '007', '-0', '1.5', '1e3', '9999999999999999', '']) expect(takes(TYPED_INTEGER, text), text).toBe(false);
    for (const text of ['-0.0', '.5', '1.', '1.0000000000000001', 'NaN', ' 1']) expect(takes(TYPED_NUMBER, text), text).toBe(false);
    for (const text of ['2023-02-29T00:00:00', '0000-01-01T00:00:00', '2023-09-25 05:38:48', '2023-09-25T05:38:48Z', '2023-09-25T24:00:00']) expect(takes(TYPED_DATETIME, text), text).toBe(false);
    for (const text of ['True', 'TRUE', '1', '0']) expect(takes(TYPED_BOOLEAN, text), text).toBe(false);
  });

  it('lets through only values within the plan’s bounds and set', () => {
    const plan: TypedPlan = { kind: TYPED_NUMBER, min: 0, max: 10, xmin: -Infinity, xmax: 10, allowed: new Set([0, 2.5, 10]) };
    const takes = (text: string) => readTypedCell(readerOf(plan), 0, 0, text, 0, text.length);
    expect(['0', '2.5'].map(takes)).toEqual([true, true]);
    expect(['10', '-1', '3', '11'].map(takes)).toEqual([false, false, false, false]);
  });
});

/** A generated field: a type, constraints and missing values whose plain texts a plan must leave alone. */
const field = (name: string) =>
  fc.oneof(
    fc.record({
      type: fc.constantFrom('integer', 'number'),
      min: fc.option(fc.integer({ min: -50, max: 0 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
      xmax: fc.option(fc.constantFrom(10, 20.5), { nil: undefined }),
      enum: fc.option(fc.constantFrom([0, 1], [1, 2, 3, '4'], [2.5, -1]), { nil: undefined }),
      between: fc.option(fc.constantFrom({ min: 0, max: 5 }), { nil: undefined }),
    }).map(({ type, min, max, xmax, enum: values, between }) => ({ name, type, constraints: { ...(min !== undefined ? { minimum: min } : {}), ...(max !== undefined ? { maximum: max } : {}), ...(xmax !== undefined ? { exclusiveMaximum: xmax } : {}), ...(values ? { enum: values } : {}) }, ...(between ? { expectations: { between } } : {}) }) as FieldDescriptor),
    fc.record({ min: fc.option(fc.constantFrom('2000-01-01T00:00:00', '2023-06-01T12:00:00'), { nil: undefined }) }).map(({ min }) => ({ name, type: 'datetime', ...(min ? { constraints: { minimum: min } } : {}) }) as FieldDescriptor),
    fc.constantFrom<FieldDescriptor>({ name, type: 'boolean' }, { name, type: 'boolean', constraints: { enum: [true] } }, { name, type: 'boolean', expectations: { valuesIn: { values: [true] } } } as FieldDescriptor),
    fc.constantFrom<FieldDescriptor>({ name, type: 'integer', categories: [1, 2, 3] } as FieldDescriptor, { name, type: 'integer', categories: [{ value: 0, label: 'no' }, { value: 1, label: 'yes' }], constraints: { enum: [1] } } as FieldDescriptor),
    fc.constantFrom<FieldDescriptor>({ name, type: 'integer', constraints: { required: true, unique: true } }, { name, type: 'integer', missingValues: ['-1', ''] }, { name, type: 'number', constraints: { pattern: '[0-9]+' } }),
  );

const dataset = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    fields: fc.tuple(...Array.from({ length: width }, (_, c) => field(`c${c}`))),
    missingValues: fc.constantFrom(undefined, ['', 'NA'], ['0', 'false']),
    rows: fc.array(fc.array(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -3, max: 12 }).map(String) }, { weight: 4, arbitrary: numberText }, { weight: 2, arbitrary: datetimeText }, { weight: 2, arbitrary: booleanText }, { weight: 1, arbitrary: fc.constantFrom('', 'NA', 'a,b', 'say "hi"') }), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 40 }),
    crlf: fc.boolean(),
    batchRows: fc.integer({ min: 1, max: 7 }),
  }),
);

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Checks and profiles every batch as a validate-data lane does; returns what a run reports. */
async function run(schema: TableSchema, batches: AsyncIterable<Batch> | Iterable<Batch>, checkers: ReturnType<typeof buildCheckers>) {
  const violations = new ViolationCollector(3);
  const profiler = new DatasetProfiler();
  const keyFields = schema.fields.filter((f) => f.constraints?.unique);
  const keys: PassKey[] = keyFields.map((f) => ({ fields: [f.name], numeric: true, index: new KeyRecorder(64) }));
  let typedCells = 0;
  for await (const batch of batches) {
    // Typed cells are holes in the text columns (filter would skip them).
    for (const column of batch.values) for (let i = 0; i < batch.rowCount; i++) if (column[i] === undefined) typedCells++;
    checkBatch(batch, checkers, keys, violations, profiler.columnsOf(batch));
    profiler.endBatch(batch);
  }
  const profile = profiler.partState();
  return {
    typedCells,
    report: { checks: violations.entries(), shares: [...checkers].map(([name, c]) => [name, { ...c.shares }]), keys: keys.map((k) => (k.index as KeyRecorder).take()), profile },
  };
}

describe('a dataset checked with typed cells', () => {
  it('gives the same violations, counters, keys and profile as with text cells only (whole-file and part readers)', async () => {
    const dir = tempDir();
    let typedSeen = 0;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(dataset, async ({ fields, missingValues, rows, crlf, batchRows }) => {
        const schema: TableSchema = { fields: [...fields], ...(missingValues ? { missingValues: [...missingValues] } : {}) };
        const eol = crlf ? '\r\n' : '\n';
        const text = [fields.map((f) => f.name).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join(eol) + eol;
        const path = writeData(dir, `t${n++}.csv`, text);
        const plain = await run(schema, readDataset([path], { batchRows }), buildCheckers(schema, 'schema.yaml'));
        expect(plain.typedCells).toBe(0);
        const typedCheckers = buildCheckers(schema, 'schema.yaml');
        const typed = await run(schema, readDataset([path], { batchRows, typed: typedPlanner(typedCheckers) }), typedCheckers);
        expect(typed.report).toEqual(plain.report);
        const partCheckers = buildCheckers(schema, 'schema.yaml');
        const body = Buffer.from(text.slice(text.indexOf(eol) + eol.length));
        const columns = fields.map((f) => f.name);
        const part = await run(schema, readDelimitedPart(body, { file: path, delimiter: ',', columns, offset: 0, firstLine: 2, batchRows, typed: typedPlanner(partCheckers)(columns) }), partCheckers);
        expect(part.report).toEqual(plain.report);
        typedSeen += typed.typedCells;
      }),
      { numRuns: 300 },
    );
    expect(typedSeen).toBeGreaterThan(150);
  });
});
