import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detachString, detectFormat, expandDataPaths, readDataset } from '../../../src/data/index.js';
import { UserError } from '../../../src/runner/errors.js';
import { readAll, tempDir, userError, writeData } from './helpers.js';

describe('multi-file datasets', () => {
  const dir = tempDir();
  const a = writeData(dir, 'part-0.csv', 'x,y\n1,a\n2,b\n3,c\n');
  const b = writeData(dir, 'part-1.csv.gz', 'x,y\n4,d\n');
  const c = writeData(dir, 'part-2.csv', 'x,y\n');
  const d = writeData(dir, 'part-3.csv', 'x,y\r\n5,e\r\n6,f\r\n');

  it('continues row numbers across files, restarts lines per file, and counts bytes as it goes', async () => {
    const got = await readAll([a, b, c, d], { batchRows: 2 });
    expect(got.rows).toEqual([['1', 'a'], ['2', 'b'], ['3', 'c'], ['4', 'd'], ['5', 'e'], ['6', 'f']]);
    expect(got.where).toEqual([[1, 2, a], [2, 3, a], [3, 4, a], [4, 2, b], [5, 2, d], [6, 3, d]]);
    const progress: Array<[string, number, number]> = [];
    for await (const batch of readDataset([a, b, c, d], { batchRows: 2 })) progress.push([batch.file, batch.rowCount, batch.bytesRead]);
    // The header-only file still yields its (empty) batch so its header is seen.
    expect(progress.map(([file, rows]) => [file, rows])).toEqual([[a, 2], [a, 1], [b, 1], [c, 0], [d, 2]]);
    const bytes = progress.map((p) => p[2]);
    expect(bytes).toEqual([...bytes].sort((p, q) => p - q));
    expect(bytes.at(-1)).toBeGreaterThan(bytes[0]!);
  });

  it('refuses files whose headers differ, naming both files', async () => {
    const other = writeData(dir, 'other.csv', 'x,z\n7,g\n');
    const error = await userError(() => readAll([a, other]));
    expect(error.message).toContain(other);
    expect(error.message).toContain(a);
    expect(error.message).toContain('missing "y"');
    const swapped = writeData(dir, 'swapped.csv', 'y,x\n');
    expect((await userError(() => readAll([a, swapped]))).message).toContain('different order');
    const json = writeData(dir, 'j.jsonl', '{"x":1}\n');
    expect((await userError(() => readAll([a, json]))).message).toContain('share a format');
  });

  it('unions JSONL keys across files, earlier rows null in later columns', async () => {
    const j1 = writeData(dir, 'j1.jsonl', '{"x":1}\n{"x":2}\n');
    const j2 = writeData(dir, 'j2.ndjson', '{"y":"b","x":3}\n');
    const got = await readAll([j1, j2]);
    expect(got.columns).toEqual(['x', 'y']);
    expect(got.rows).toEqual([[1, null], [2, null], [3, 'b']]);
    expect(got.where.map((w) => w[0])).toEqual([1, 2, 3]);
  });
});

describe('expandDataPaths', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'year=2024'));
  mkdirSync(join(dir, 'year=2025'));
  for (const name of ['year=2025/b.parquet', 'year=2024/a.parquet', 'year=2024/c.csv', 'README.md', '_SUCCESS', 'year=2024/.hidden.csv']) {
    writeFileSync(join(dir, name), '');
  }

  it('expands a directory to its data files, recursively and sorted', async () => {
    expect(await expandDataPaths(dir)).toEqual(['year=2024/a.parquet', 'year=2024/c.csv', 'year=2025/b.parquet'].map((p) => join(dir, p)));
  });

  it('expands a glob to the files it matches, sorted, and keeps a plain file as given', async () => {
    expect(await expandDataPaths(join(dir, '*/*.parquet'))).toEqual([join(dir, 'year=2024/a.parquet'), join(dir, 'year=2025/b.parquet')]);
    expect(await expandDataPaths(join(dir, 'README.md'))).toEqual([join(dir, 'README.md')]);
  });

  it('reads a file once however many symbolic links lead to it (a "latest" link to a partition folder)', async () => {
    const root = tempDir();
    mkdirSync(join(root, '2024'));
    writeFileSync(join(root, '2024', 'ok.csv'), 'a\n1\n');
    symlinkSync('2024', join(root, 'latest'));
    symlinkSync(join(root, '2024', 'ok.csv'), join(root, 'alias.csv'));
    expect(await expandDataPaths(root)).toEqual([join(root, '2024', 'ok.csv')]);
    expect(await expandDataPaths(join(root, '**/*.csv'))).toEqual([join(root, '2024', 'ok.csv')]);
  });

  it('refuses a pipe or device with a message saying so, not "does not exist"', async () => {
    await expect(expandDataPaths('/dev/null')).rejects.toThrow(/Data path \/dev\/null is not a regular file or a directory \(a pipe or a device\?\)/);
  });

  it('refuses a spec that matches nothing', async () => {
    for (const spec of [join(dir, '*.tsv'), join(dir, 'missing.csv'), '', join(dir, 'year=2025', 'nothing', '')]) {
      await expect(expandDataPaths(spec)).rejects.toBeInstanceOf(UserError);
    }
    const empty = tempDir();
    await expect(expandDataPaths(empty)).rejects.toThrow(/no data files/);
  });
});

describe('detectFormat', () => {
  it('guesses from the extension, gzip included, and honours an override', () => {
    const cases: Array<[string, string]> = [['a.csv', 'csv'], ['a.CSV.GZ', 'csv'], ['a.tsv.gz', 'tsv'], ['a.jsonl', 'jsonl'], ['a.ndjson.gz', 'jsonl'], ['a.parquet', 'parquet']];
    for (const [path, format] of cases) expect(detectFormat(path)).toBe(format);
    expect(detectFormat('export.txt', 'tsv')).toBe('tsv');
  });

  it('refuses unknown extensions, unknown overrides and gzipped Parquet', () => {
    expect(() => detectFormat('data.txt')).toThrow(/cannot tell the data format/);
    expect(() => detectFormat('a.csv', 'xlsx')).toThrow(/Unknown data format 'xlsx'/);
    expect(() => detectFormat('a.parquet.gz')).toThrow(/cannot be gzipped/);
  });
});

describe('detachString', () => {
  it('returns an equal string, lone surrogates and all', () => {
    const big = 'x'.repeat(10_000) + ',tail';
    for (const value of ['', 'short', big.slice(5000, 9000), 'a\uD800b long enough to be sliced', 'é😀 "quoted", and\r\nlines']) {
      expect(detachString(value)).toBe(value);
    }
  });
});
