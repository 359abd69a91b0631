import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../support/python.js';
import { readAll, tempDir, userError, writeData } from './helpers.js';

const dir = tempDir();

/** Reads `content` saved as `name` with tiny reads and returns the UserError it causes. */
async function errorFor(name: string, content: string | Buffer, chunkBytes = 7) {
  const path = writeData(dir, name, content);
  const error = await userError(() => readAll([path], { chunkBytes }));
  expect(error.file).toBe(path);
  expect(error.stack === undefined || error.message.length > 0).toBe(true);
  return error;
}

describe('malformed CSV/TSV', () => {
  it('reports a ragged row with both counts at its line', async () => {
    const error = await errorFor('ragged.csv', 'a,b,c\n1,2,3\n"x\ny",5,6\n7,8\n');
    expect(error.line).toBe(5);
    expect(error.message).toContain('expected 3 fields');
    expect(error.message).toContain('got 2');
    const tooMany = await errorFor('many.tsv', 'a\tb\n1\t2\t3\n');
    expect([tooMany.line, /got 3/.test(tooMany.message)]).toEqual([2, true]);
  });

  it('reports an unterminated quote at EOF on the line where the quote opens', async () => {
    const error = await errorFor('open.csv', 'a,b\n1,2\n3,"never\nclosed\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain('unterminated');
  });

  it('reports a stray quote inside an unquoted field, and text after a closing quote', async () => {
    const stray = await errorFor('stray.csv', 'a,b\n1,2\n3,ab"c\n');
    expect([stray.line, /stray quote/.test(stray.message)]).toEqual([3, true]);
    const after = await errorFor('after.csv', 'a,b\r\n1,"x"y\r\n');
    expect([after.line, /after the closing quote/.test(after.message)]).toEqual([2, true]);
  });

  it('reports invalid UTF-8 at its line, also when the bad byte is split from its lead by a read', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n"multi\nline",'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    for (const chunk of [1, 2, 3, 5, 64]) {
      const error = await errorFor(`utf8-${chunk}.csv`, bytes, chunk);
      expect(error.line).toBe(4);
      expect(error.message).toContain('invalid UTF-8');
    }
    const truncated = await errorFor('utf8-end.csv', Buffer.concat([Buffer.from('a\nok\n'), Buffer.from([0xe2, 0x82])]));
    expect(truncated.line).toBe(3);
  });

  it('reports an empty file, and an empty or duplicate column name', async () => {
    for (const content of ['', '\uFEFF', '\n\r\n']) expect((await errorFor('empty.csv', content)).message).toContain('empty: no header');
    const blank = await errorFor('blank-name.csv', 'a,,c\n1,2,3\n');
    expect([blank.line, blank.message.includes('column 2')]).toEqual([1, true]);
    const dup = await errorFor('dup.csv', 'id,x,id\n');
    expect(dup.message).toContain('duplicate column name "id" (columns 1 and 3)');
  });

  it('refuses a header that shows CR-only line endings or text that is not UTF-8, naming the cause', async () => {
    const cr = await errorFor('cr.csv', 'id,name,x\r1,a,1\r2,b,2\r');
    expect([cr.line, cr.message]).toEqual([1, expect.stringContaining('column 3 of the header holds a carriage return: the file\'s lines seem to end in CR alone')]);
    const utf16 = await errorFor('u16.csv', Buffer.from('id,name\n1,a\n', 'utf16le'));
    expect(utf16.message).toContain('column 1 of the header holds a NUL character: the file is not UTF-8 text');
    // A quoted header name holding CRLF is odd but well-formed: read.
    const path = writeData(dir, 'crlf-name.csv', '"two\r\nlines",b\n1,2\n');
    expect((await readAll([path])).columns).toEqual(['two\r\nlines', 'b']);
  });

  it('reads a header-only file as zero rows, not an error', async () => {
    const path = writeData(dir, 'header-only.csv', 'a,b\n');
    const got = await readAll([path]);
    expect([got.columns, got.rows.length, got.batches]).toEqual([['a', 'b'], 0, 1]);
  });
});

describe('malformed gzip', () => {
  const whole = gzipSync(Buffer.from(`a,b\n${Array.from({ length: 2000 }, (_, i) => `${i},${i * 7}`).join('\n')}\n`));

  it('reports a truncated gzip file, naming it and the line reached', async () => {
    const error = await errorFor('cut.csv.gz', whole.subarray(0, whole.length - 40), 256);
    expect(error.message).toContain('truncated');
    expect(error.line).toBeGreaterThan(1);
    expect(error.line).toBeLessThanOrEqual(2002);
  });

  it('reports a .gz file that is not gzip', async () => {
    const path = join(dir, 'plain.csv.gz');
    writeFileSync(path, 'a,b\n1,2\n');
    const error = await userError(() => readAll([path]));
    expect([error.file, /not valid gzip/.test(error.message)]).toEqual([path, true]);
  });
});

describe('malformed JSONL', () => {
  it('reports a broken JSON line with what the parser said', async () => {
    const error = await errorFor('broken.jsonl', '{"a":1}\n\n{"a":2,}\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/not valid JSON \(.+\)/);
    // Node 22+ names the body's own "line 1 column n": dropped, the file line is the one given.
    expect(error.message).not.toMatch(/\(line \d+ column \d+\)/);
  });

  it('reports a value nested too deeply to write back as JSON at its line, not as an internal error', async () => {
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const error = await errorFor('deep.jsonl', `{"a":1}\n{"a":2,"tree":${deep}}\n`);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/the value of 'tree' is nested too deeply to read/);
  });

  it('reports a key written twice in one line (JSON.parse would keep only the last value), naming it', async () => {
    const error = await errorFor('twice.jsonl', '{"age":31,"id":1}\n{"id":2,"age":31,"age":null}\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain("twice.jsonl:2: key 'age' appears more than once in this object");
    // Escaped spellings of one name are the same key; a nested object's keys are not the row's.
    const escaped = await errorFor('escaped.jsonl', '{"a":1,"b":{"a":2,"a":3}}\n{"a":1,"\\u0061" : 2}\n');
    expect([escaped.line, escaped.message.includes("key 'a' appears")]).toEqual([2, true]);
    const nestedOnly = await readAll([writeData(dir, 'nested.jsonl', '{"a":{"a":1},"b":"x\\":y","c":[{"a":1}]}\n')]);
    expect(nestedOnly.rows).toEqual([['{"a":1}', 'x":y', '[{"a":1}]']]);
  });

  it('reports a line that is not an object', async () => {
    for (const [body, kind] of [['[1,2]', 'an array'], ['3', 'a number'], ['null', 'null'], ['"s"', 'a string']] as const) {
      const error = await errorFor('not-object.jsonl', `{"a":1}\n${body}\n`);
      expect([error.line, error.message.includes(kind)]).toEqual([2, true]);
    }
  });

  it('reports invalid UTF-8 and an empty file', async () => {
    const error = await errorFor('bad.jsonl', Buffer.concat([Buffer.from('{"a":"x"}\n{"a":"'), Buffer.from([0xff]), Buffer.from('"}\n')]));
    expect([error.line, error.message.includes('0xFF')]).toEqual([2, true]);
    expect((await errorFor('empty.jsonl', '\n\n')).message).toContain('empty');
  });
});

describe('malformed Parquet', () => {
  const good = join(dir, 'good.parquet');
  runPython(`import pyarrow as pa, pyarrow.parquet as pq
pq.write_table(pa.table({"a": list(range(5000)), "b": [str(i) for i in range(5000)]}), ${JSON.stringify(good)}, row_group_size=1000)`);
  const bytes = readFileSync(good);

  it('reads the intact file', async () => {
    expect((await readAll([good])).rows.length).toBe(5000);
  });

  it('reports a truncated file (footer gone) and garbage, naming the file and the problem', async () => {
    for (const [name, content] of [['cut.parquet', bytes.subarray(0, bytes.length - 100)], ['junk.parquet', Buffer.from('not parquet at all, just text\n')]] as const) {
      const error = await errorFor(name, content);
      expect(error.message).toMatch(/not a valid Parquet file, or truncated: cannot read .+ \(.+\)/);
    }
  });

  it('reports a file whose first bytes are not the Parquet magic, though its footer is whole', async () => {
    const damaged = Buffer.from(bytes);
    damaged.write('XXXX', 0, 'latin1');
    const error = await errorFor('bad-magic.parquet', damaged);
    expect(error.message).toMatch(/bad-magic\.parquet: not a valid Parquet file, or truncated: cannot read its first bytes \(the file does not start with the Parquet magic bytes PAR1\)/);
  });

  it('reports a corrupt row group', async () => {
    const broken = Buffer.from(bytes);
    broken.fill(0x55, 200, 2000); // inside the first row group's pages
    const error = await errorFor('corrupt.parquet', broken);
    expect(error.message).toContain('row group');
  });
});

describe('abort', () => {
  it('stops reading when the signal aborts', async () => {
    const path = writeData(dir, 'long.csv', `a\n${'1\n'.repeat(50_000)}`);
    const controller = new AbortController();
    let batches = 0;
    const read = async () => {
      const { readDataset } = await import('../../../src/data/index.js');
      for await (const _ of readDataset([path], { batchRows: 100, chunkBytes: 1000, signal: controller.signal })) {
        if (++batches === 3) controller.abort();
      }
    };
    await expect(read()).rejects.toThrow(/abort/i);
    expect(batches).toBeLessThan(20);
  });
});
