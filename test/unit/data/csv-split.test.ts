import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDelimitedPart } from '../../../src/data/csv-part.js';
import { lastRowBoundary, readCsvLayout, readCsvParts } from '../../../src/data/csv-split.js';
import type { Cell } from '../../../src/data/index.js';
import { UserError } from '../../../src/runner/errors.js';
import { csvField, readAll, tempDir, writeData } from './helpers.js';

const dir = tempDir();
let fileNo = 0;

type Outcome = { rows: Cell[][]; where: [number, number | undefined][] } | { error: string; line?: number };

/** The sequential reader's rows (or its error): the reference. */
async function sequential(path: string): Promise<Outcome> {
  try {
    const got = await readAll([path]);
    return { rows: got.rows, where: got.where.map(([row, line]) => [row, line]) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { error: error.message, line: error.line };
  }
}

/** The same file cut into parts of about `partBytes` and parsed part by part, rows offset by the parts before. */
async function split(path: string, delimiter: ',' | '\t', partBytes: number, batchRows: number, gzipChunkBytes?: number, pieceBytes?: number): Promise<Outcome | undefined> {
  const layout = readCsvLayout(path, delimiter);
  if (!layout) return undefined;
  const rows: Cell[][] = [];
  const where: [number, number | undefined][] = [];
  try {
    for await (const part of readCsvParts(path, layout, partBytes, undefined, gzipChunkBytes)) {
      for (const batch of readDelimitedPart(part.bytes, { file: path, delimiter, columns: layout.header, offset: part.offset, firstLine: part.firstLine, firstRow: rows.length + 1, batchRows }, pieceBytes)) {
        for (let i = 0; i < batch.rowCount; i++) {
          rows.push(batch.values.map((column) => column[i]!));
          where.push([batch.firstRow + i, batch.lines?.[i]]);
        }
      }
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { error: error.message, line: error.line };
  }
  return { rows, where };
}

// Well-formed cells (quoted when needed: embedded delimiters, quotes, CR, LF, CRLF) ...
const text = fc.array(fc.constantFrom(',', '"', '\r', '\n', '\r\n', '\t', 'é', '😀', ' ', 'a', '1', 'x y'), { maxLength: 4 }).map((p) => p.join(''));
// ... and raw damage spliced in: stray quotes, extra delimiters, blank lines, invalid UTF-8.
const damage = fc.constantFrom('"', 'a"b', ',', '\n', '\n\n', '\r\n\r\n', '\t', Buffer.from([0xff]), Buffer.from([0xc3]), '""', '"\n');

const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    width: fc.constant(width),
    rows: fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 30 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    trailingEol: fc.boolean(),
    // Damage at a few byte positions (as fractions of the file), or none.
    damage: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), damage), { maxLength: 2 }),
    partBytes: fc.integer({ min: 1, max: 64 }),
    batchRows: fc.integer({ min: 1, max: 7 }),
    tsv: fc.boolean(),
    gzip: fc.boolean(),
    gzipChunkBytes: fc.integer({ min: 64, max: 512 }),
    // Bytes of a part decoded at a time: pieces end inside rows, quotes and characters.
    pieceBytes: fc.integer({ min: 1, max: 24 }),
  }),
);

function render(t: { width: number; rows: string[][]; eol: string; bom: boolean; trailingEol: boolean; damage: [number, string | Buffer][]; tsv: boolean }): Buffer {
  const delimiter = t.tsv ? '\t' : ',';
  const header = Array.from({ length: t.width }, (_, i) => `c${i}`).join(delimiter);
  const lines = t.rows.map((r) => r.map((v) => csvField(v, delimiter, r.length === 1 && v === '')).join(delimiter));
  let bytes = Buffer.from((t.bom ? '\uFEFF' : '') + [header, ...lines].join(t.eol) + (t.trailingEol ? t.eol : ''), 'utf8');
  const headerEnd = bytes.indexOf(0x0a) + 1 || bytes.length;
  for (const [at, piece] of t.damage) {
    // Damage the data rows only: a damaged header leaves the file to the sequential reader.
    const cut = headerEnd + Math.floor(at * (bytes.length - headerEnd));
    bytes = Buffer.concat([bytes.subarray(0, cut), Buffer.isBuffer(piece) ? piece : Buffer.from(piece), bytes.subarray(cut)]);
  }
  return bytes;
}

describe('CSV split into parts (for worker threads)', () => {
  it('parts parsed one by one give the rows, row numbers, lines and first error of a sequential read', async () => {
    let compared = 0;
    let gzipped = 0;
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const ext = (t.tsv ? 'tsv' : 'csv') + (t.gzip ? '.gz' : '');
        const path = writeData(dir, `s${fileNo++}.${ext}`, t.gzip ? gzipSync(render(t)) : render(t));
        const expected = await sequential(path);
        const got = await split(path, t.tsv ? '\t' : ',', t.partBytes, t.batchRows, t.gzipChunkBytes, t.pieceBytes);
        if (got === undefined) return; // left to the sequential reader itself
        compared++;
        if (t.gzip) gzipped++;
        if ('error' in expected) errors++;
        expect(got).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // The property must actually exercise both outcomes.
    expect(compared).toBeGreaterThan(300);
    expect(gzipped).toBeGreaterThan(120);
    expect(errors).toBeGreaterThan(30);
  });

  it('finds the last line feed outside quotes, counting the lines before it', () => {
    const text = Buffer.from('a,"x\ny"\nb,"\n');
    expect(lastRowBoundary(text, text.length)).toEqual({ end: 8, lines: 2 });
    expect(lastRowBoundary(Buffer.from('"\n\n'), 3)).toEqual({ end: -1, lines: 0 });
    expect(lastRowBoundary(Buffer.from('a\r\nb\r\n'), 6)).toEqual({ end: 6, lines: 2 });
  });

  it('reads the header of a file with a BOM and a quoted header cell over two lines', () => {
    const path = writeData(dir, 'h.csv', Buffer.from('\uFEFF\n"a\nb",c\r\n1,2\n'));
    expect(readCsvLayout(path, ',')).toEqual({ header: ['a\nb', 'c'], headerLine: 2, dataStart: 3 + 1 + 9, dataLine: 4, size: 17, gzip: false });
  });

  it('leaves unusual starts to the sequential reader', () => {
    expect(readCsvLayout(writeData(dir, 'e.csv', ''), ',')).toBeUndefined();
    expect(readCsvLayout(writeData(dir, 'o.csv', 'a,b'), ',')).toBeUndefined();
    expect(readCsvLayout(writeData(dir, 'u.csv', Buffer.from([0x61, 0xff, 0x0a])), ',')).toBeUndefined();
    expect(readCsvLayout(writeData(dir, 'q.csv', 'a,"b\n'), ',')).toBeUndefined();
  });

  it('reads the header of a gzipped file from its decompressed start, and leaves damaged or truncated ones to the sequential reader', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},${(i * 7919) % 1000}`).join('\n');
    const big = gzipSync(Buffer.from(`\uFEFFid,v\n${rows}\n`));
    expect(big.length).toBeGreaterThan(64 << 10); // more than the start read for the header
    expect(readCsvLayout(writeData(dir, 'big.csv.gz', big), ',')).toEqual({ header: ['id', 'v'], headerLine: 1, dataStart: 3 + 5, dataLine: 2, size: big.length, gzip: true });
    const small = gzipSync('a,b\n1,2');
    expect(readCsvLayout(writeData(dir, 'small.csv.gz', small), ',')).toMatchObject({ header: ['a', 'b'], dataStart: 4, gzip: true });
    expect(readCsvLayout(writeData(dir, 'cut.csv.gz', small.subarray(0, small.length - 6)), ',')).toBeUndefined();
    expect(readCsvLayout(writeData(dir, 'plain.csv.gz', Buffer.from('a,b\n1,2\n')), ',')).toBeUndefined();
  });

  it('fails a truncated gzip stream after the parts before the cut, with the sequential reader\'s message', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i},${(i * 7919) % 100_003}`).join('\n');
    const whole = gzipSync(Buffer.from(`id,v\n${rows}\n`));
    const path = writeData(dir, 'truncated.csv.gz', whole.subarray(0, Math.floor(whole.length * 0.6)));
    const expected = await sequential(path);
    const layout = readCsvLayout(path, ',')!;
    let parts = 0;
    let rowsBefore = 0;
    const error = await (async () => {
      try {
        for await (const part of readCsvParts(path, layout, 4096)) {
          parts++;
          rowsBefore += part.bytes.filter((b) => b === 0x0a).length;
        }
      } catch (e) {
        return e as UserError;
      }
      return undefined;
    })();
    expect(parts).toBeGreaterThan(10);
    expect('error' in expected && expected.error).toMatch(/truncated\.csv\.gz: the file is truncated \(it ends before the gzip stream does\); the last complete line read was \d+/);
    expect(error).toBeInstanceOf(UserError);
    expect(error!.message).toMatch(/truncated\.csv\.gz: the file is truncated \(it ends before the gzip stream does\); the last complete line read was \d+/);
    // The rows of every part came before the error, and the error names a line at or after them.
    const named = Number(/was (\d+)/.exec(error!.message)![1]);
    expect(named).toBeGreaterThanOrEqual(1 + rowsBefore);
  });
});
