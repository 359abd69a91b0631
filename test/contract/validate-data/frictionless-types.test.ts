/**
 * geopoint, list, array and object cells through the built bundle, as a runner runs it: each
 * format passes valid cells and reports invalid ones as `type` (and lengths, in items and keys,
 * as minLength/maxLength), for CSV text and JSON Lines typed values; a schema mistake (unknown
 * format, enum value no cell can equal) fails the run with one error naming the file and line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { runPython } from '../../support/python.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-frictionless-'));

interface Check { field?: string; check: string; violations: number; examples: { row: number; value: string }[] }

async function validate(name: string, data: string, schema: string) {
  const dataFile = join(dir, name);
  writeFileSync(dataFile, data);
  const schemaFile = join(dir, `${name}.schema.yaml`);
  writeFileSync(schemaFile, schema);
  const report = join(dir, `${name}.report.json`);
  const run = await runBundle('validate-data', { cwd: dir, inputs: { data: dataFile, schema: schemaFile, report, 'fail-on-invalid': 'false' } });
  expect(run.exitCode, run.stderr).toBe(0);
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { valid: boolean; checks: Check[] };
  return parsed.checks
    .map((c) => ({ field: c.field, check: c.check, violations: c.violations, rows: c.examples.map((e) => e.row) }))
    .sort((a, b) => `${a.field}/${a.check}`.localeCompare(`${b.field}/${b.check}`));
}

const SCHEMA = `fields:
  - {name: at, type: geopoint}
  - {name: pair, type: geopoint, format: array}
  - {name: place, type: geopoint, format: object}
  - {name: tags, type: list, delimiter: ";", constraints: {maxLength: 3}}
  - {name: scores, type: list, itemType: integer, constraints: {minLength: 2}}
`;

describe('validate-data geopoint and list fields (built bundle)', () => {
  it('CSV: valid cells of every format pass', async () => {
    const csv = ['at,pair,place,tags,scores', '"90.5, 45.5","[90.5, 45.5]","{""lon"": 90.5, ""lat"": 45.5}",a;b;c,"1,2"', '"-180,-90","[180,90]","{""lat"": 0, ""lon"": 0}",x,"3,4,5"', ''].join('\n');
    expect(await validate('ok.csv', csv, SCHEMA)).toEqual([]);
  });

  it('CSV: out-of-range points, a wrong shape for the format, bad items and list lengths are reported', async () => {
    const csv = [
      'at,pair,place,tags,scores',
      '"200, 45","[90.5, 45.5]","{""lon"": 1, ""lat"": 2}",a,"1,2"',
      '"1, 2","90.5, 45.5","{""lon"": 1, ""lat"": 95}",a;b;c;d,"1,x"',
      '"1, 2","[1, 2]","[1, 2]",a,7',
      '',
    ].join('\n');
    expect(await validate('bad.csv', csv, SCHEMA)).toEqual([
      { field: 'at', check: 'type', violations: 1, rows: [1] },
      { field: 'pair', check: 'type', violations: 1, rows: [2] },
      { field: 'place', check: 'type', violations: 2, rows: [2, 3] },
      { field: 'scores', check: 'minLength', violations: 1, rows: [3] },
      { field: 'scores', check: 'type', violations: 1, rows: [2] },
      { field: 'tags', check: 'maxLength', violations: 1, rows: [2] },
    ]);
  });

  it('JSON Lines: typed arrays and objects are checked item by item and key by key; a default-format geopoint is text', async () => {
    const lines = [
      { at: '1, 2', pair: [1, 2], place: { lon: 1, lat: 2 }, tags: ['a', 'b'], scores: [1, 2] },
      { at: [1, 2], pair: [1, 2, 3], place: { lon: 1, lat: 2, alt: 3 }, tags: ['a', 1], scores: [1, 2.5] },
      { at: '1, 2', pair: '[1, 2]', place: '{"lon": 1, "lat": 2}', tags: 'a;b;c;d', scores: [1] },
    ];
    expect(await validate('typed.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n', SCHEMA)).toEqual([
      { field: 'at', check: 'type', violations: 1, rows: [2] },
      { field: 'pair', check: 'type', violations: 1, rows: [2] },
      { field: 'place', check: 'type', violations: 1, rows: [2] },
      { field: 'scores', check: 'minLength', violations: 1, rows: [3] },
      { field: 'scores', check: 'type', violations: 1, rows: [2] },
      { field: 'tags', check: 'maxLength', violations: 1, rows: [3] },
      { field: 'tags', check: 'type', violations: 1, rows: [2] },
    ]);
  });

  it('Parquet: list columns are checked item by item, struct points key by key', async () => {
    const data = join(dir, 'nested.parquet');
    runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({
  'scores': pa.array([[1, 2], [3], None, [4, 5, 6]], pa.list_(pa.int64())),
  'place': pa.array([{'lon': 1.5, 'lat': 2.5}, {'lon': 190.0, 'lat': 0.0}, {'lon': 0.0, 'lat': 0.0}, None], pa.struct([('lon', pa.float64()), ('lat', pa.float64())])),
}), ${JSON.stringify(data)})`);
    const report = join(dir, 'nested.report.json');
    const schemaFile = join(dir, 'nested.yaml');
    writeFileSync(schemaFile, 'fields:\n  - {name: scores, type: list, itemType: integer, constraints: {minLength: 2, maxLength: 2}}\n  - {name: place, type: geopoint, format: object}\n');
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data, schema: schemaFile, report, 'fail-on-invalid': 'false' } });
    expect(run.exitCode, run.stderr).toBe(0);
    const checks = (JSON.parse(readFileSync(report, 'utf8')) as { checks: Check[] }).checks.map((c) => [c.field, c.check, c.examples.map((e) => e.row)]);
    expect(checks.sort()).toEqual([
      ['place', 'type', [2]],
      ['scores', 'maxLength', [4]],
      ['scores', 'minLength', [2]],
    ]);
  });

  it('object and array lengths count keys and items (len() of the value, as frictionless-py), in CSV and JSON Lines', async () => {
    const schema = 'fields:\n  - {name: meta, type: object, constraints: {minLength: 1, maxLength: 2}}\n  - {name: xs, type: array, constraints: {maxLength: 2}}\n';
    const rows = [
      [{ a: 'a value far longer than two characters' }, [1, 2]],
      [{ a: 1, b: 2, c: 3 }, [[1, 2, 3]]],
      [{}, [1, 2, 3]],
    ];
    const csv = `meta,xs\n${rows.map((r) => r.map((v) => `"${JSON.stringify(v).replace(/"/g, '""')}"`).join(',')).join('\n')}\n`;
    const want = [
      { field: 'meta', check: 'maxLength', violations: 1, rows: [2] },
      { field: 'meta', check: 'minLength', violations: 1, rows: [3] },
      { field: 'xs', check: 'maxLength', violations: 1, rows: [3] },
    ];
    expect(await validate('lengths.csv', csv, schema)).toEqual(want);
    expect(await validate('lengths.jsonl', rows.map(([meta, xs]) => JSON.stringify({ meta, xs })).join('\n') + '\n', schema)).toEqual(want);
  });

  it.each([
    ['format', 'fields:\n  - {name: mail, format: emial}\n', /:2:26: schema key 'fields\.0\.format': field 'mail' \(type string\) has no format 'emial' \(did you mean 'email'\?\)/, '2'],
    ['enum', 'fields:\n  - name: mail\n    constraints: {enum: [01, 02]}\n', /:3:26: schema key 'fields\.0\.constraints\.enum\.0': field 'mail' is of type string, whose cells are text, but 01 is read as a number, so no cell can equal it: quote it \("01"\)/, '3'],
  ])('a schema mistake (%s) fails the run with one error naming file and line', async (name, schema, message, line) => {
    const schemaFile = join(dir, `mistake-${name}.yaml`);
    writeFileSync(schemaFile, schema);
    writeFileSync(join(dir, 'mail.csv'), 'mail\nx@y.org\n');
    const run = await runBundle('validate-data', { cwd: dir, inputs: { data: join(dir, 'mail.csv'), schema: schemaFile, report: join(dir, 'm.json') } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.properties.file).toBe(schemaFile);
    expect(errors[0]!.properties.line).toBe(line);
  });
});
