import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cellSource, inferredSchema, inferSchema } from '../../../actions/validate-data/infer.js';
import { validateData } from '../../../actions/validate-data/validate.js';
import type { Batch } from '../../../src/data/index.js';
import { DatasetProfiler } from '../../../src/profile/profile.js';
import { inferredType, schemaType } from '../../../src/profile/value-kind.js';
import { parseSchema } from '../../../src/schema/load.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-infer-'));

function profilerOf(format: 'csv' | 'jsonl' | 'parquet', column: unknown[]): DatasetProfiler {
  const profiler = new DatasetProfiler();
  profiler.observeBatch({ file: 'x', format, columns: ['c'], values: [column], rowCount: column.length, firstRow: 1 } as unknown as Batch);
  profiler.rows = column.length;
  return profiler;
}

const fieldOf = (format: 'csv' | 'jsonl' | 'parquet', column: unknown[]) => inferredSchema(profilerOf(format, column), cellSource([format])).fields[0]!;

describe('schemaType', () => {
  it('keeps a single kind, widens integers with numbers to number', () => {
    expect(schemaType({ integer: 3, null: 1 }, 'text')).toBe('integer');
    expect(schemaType({ date: 2 }, 'native')).toBe('date');
    expect(schemaType({ integer: 1, number: 2 }, 'native')).toBe('number');
    expect(schemaType({ null: 4 }, 'text')).toBe('any');
  });
  it('infers string for dates mixed with datetimes in text (the datetime cast refuses a date), any for native cells', () => {
    expect(schemaType({ date: 1, datetime: 1 }, 'text')).toBe('string');
    expect(schemaType({ date: 1, datetime: 1 }, 'native')).toBe('any');
    // The profile's summary type still says datetime, so its overview shows a time range.
    expect(inferredType({ date: 1, datetime: 1 })).toBe('datetime');
  });
  it('infers any for mixed native kinds: a string field refuses a JSON number or boolean', () => {
    expect(schemaType({ integer: 1, string: 1 }, 'native')).toBe('any');
    expect(schemaType({ boolean: 1, string: 1 }, 'native')).toBe('any');
    expect(schemaType({ integer: 1, string: 1 }, 'text')).toBe('string');
  });
  it('tells text formats from native ones', () => {
    expect(cellSource(['csv', 'tsv'])).toBe('text');
    expect(cellSource(['csv', 'jsonl'])).toBe('native');
    expect(cellSource(['parquet'])).toBe('native');
  });
});

describe('inferredSchema', () => {
  it('writes no enum for a column whose values the profile read as numbers or times', () => {
    expect(fieldOf('csv', ['x', '007', 'x', '007'])).toEqual({ name: 'c', type: 'string', constraints: { required: true } });
    expect(fieldOf('csv', ['1.0', '2', '1.0', '2']).constraints).toEqual({ required: true, minimum: 1, maximum: 2 });
    expect(fieldOf('csv', ['2020-01-01', '2020-01-02', '2020-01-01', '2020-01-02']).constraints).toEqual({ required: true });
  });
  it('writes the exact texts of an all-text low-cardinality column as its enum', () => {
    expect(fieldOf('csv', ['b', 'a', 'b', 'a', '', 'b']).constraints).toEqual({ enum: ['a', 'b'] });
    expect(fieldOf('jsonl', ['b', null, 'b', 'b']).constraints).toEqual({ enum: ['b'] });
  });
  it('infers any for a JSONL column of numbers and strings, and no enum', () => {
    expect(fieldOf('jsonl', [12345, 'A1B', 12345, 'A1B'])).toEqual({ name: 'c', type: 'any', constraints: { required: true } });
    expect(fieldOf('jsonl', [true, 'maybe']).type).toBe('any');
  });
  it('leaves out bounds the written schema cannot hold exactly', () => {
    // NaN and infinities are missing to the sketches, which cannot tell them apart: no bounds.
    expect(fieldOf('parquet', [1, Infinity]).constraints).toBeUndefined();
    expect(fieldOf('parquet', [1, 2, NaN]).constraints).toBeUndefined();
    expect(fieldOf('csv', ['1', '2', '-INF'])).toEqual({ name: 'c', type: 'number' });
    expect(fieldOf('parquet', [2n ** 60n + 1n, 5n]).constraints).toEqual({ required: true, minimum: 5 });
  });
  it('calls a column string when a date-shaped text in it is not a day (2020-13-01 is text)', () => {
    expect(fieldOf('csv', ['2020-01-01', '2020-13-01']).type).toBe('string');
  });
});

describe('the written file', () => {
  const profiler = profilerOf('csv', ['x', 'y', 'x', 'y']);
  it('is JSON (2-space indent, trailing newline) for a .json path', () => {
    const text = inferSchema(profiler, 'out/schema.JSON', ['csv']);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text)).toEqual({ fields: [{ name: 'c', type: 'string', constraints: { required: true, enum: ['x', 'y'] } }] });
  });
  it('is YAML with a comment header otherwise', () => {
    const text = inferSchema(profiler, 'schema.yaml', ['csv']);
    expect(text.startsWith('# Inferred by mlops-actions validate-data from 4 rows')).toBe(true);
    expect(parse(text)).toEqual(JSON.parse(inferSchema(profiler, 's.json', ['csv'])));
  });
});

// Cells of the shapes the profile tells apart, plus text that YAML or the enum could mangle.
const cell = fc.oneof(
  fc.constantFrom('', 'x', 'y', 'null', '~', 'yes', 'NaN', 'INF', '007', '1.0', '-0', '+5', '.5', '1e3', 'true', 'False', '1', '0'),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19)),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.stringMatching(/^[a-z ]{1,4}$/),
);

describe('property: the inferred schema validates the CSV it came from', () => {
  it('holds for random small CSVs of mixed cells, written as YAML and as JSON', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }), async (rows) => {
        const data = join(dir, `p${run++}.csv`);
        writeFileSync(data, `a,b,c\n${rows.map((r) => r.join(',')).join('\n')}\n`);
        const first = await validateData({ data, maxExamples: 1 });
        for (const ext of ['yaml', 'json']) {
          const text = inferSchema(first.profiler, `s.${ext}`, first.files.map((f) => f.format));
          const schema = parseSchema(text, `s.${ext}`);
          const second = await validateData({ data, schema, maxExamples: 1 });
          expect(second.violations.all(), text).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
