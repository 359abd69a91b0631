import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, readAll, tempDir, writeData } from './helpers.js';

const dir = tempDir();
let fileNo = 0;

// Pieces chosen to hit every tokenizer branch: delimiters, quotes, both line ends, a lone
// CR, multi-byte characters (split across reads by the tiny chunks), plus arbitrary text.
const piece = fc.oneof(
  fc.constantFrom(',', '"', '""', '\r', '\n', '\r\n', '\t', 'é', '😀', '€', ' ', 'a', '1'),
  fc.string({ unit: 'binary', maxLength: 5 }),
);
const cell = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 25 }),
    eol: fc.constantFrom('\n', '\r\n'),
    trailingEol: fc.boolean(),
    quoteAll: fc.boolean(),
    bom: fc.boolean(),
    chunkBytes: fc.integer({ min: 1, max: 40 }),
    batchRows: fc.integer({ min: 1, max: 9 }),
  }),
);

/** Writes the table as CSV/TSV, returning the text and the 1-based line each row starts on. */
function write(t: { header: string[]; rows: string[][]; eol: string; trailingEol: boolean; quoteAll: boolean }, delimiter: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  let line = 1;
  const records = [t.header, ...t.rows].map((record, r) => {
    if (r > 0) lines.push(line);
    // A lone empty field would be a blank line, which the reader skips for wide tables and
    // reads as '' for one column; quote it so every writer choice stays unambiguous.
    const text = record.map((v) => csvField(v, delimiter, t.quoteAll || (record.length === 1 && v === ''))).join(delimiter);
    line += (text.match(/\n/g) ?? []).length + 1;
    return text;
  });
  return { text: records.join(t.eol) + (t.trailingEol ? t.eol : ''), lines };
}

describe('CSV/TSV tokenizer, property-based', () => {
  for (const [ext, delimiter] of [['csv', ','], ['tsv', '\t']] as const) {
    it(`reads back any table written as RFC 4180 ${ext}, with row and line numbers, whatever the chunking`, async () => {
      await fc.assert(
        fc.asyncProperty(table, async (t) => {
          const { text, lines } = write(t, delimiter);
          const path = writeData(dir, `t${fileNo++}.${ext}`, (t.bom ? '\uFEFF' : '') + text);
          const got = await readAll([path], { batchRows: t.batchRows, chunkBytes: t.chunkBytes });
          expect(got.columns).toEqual(t.header);
          expect(got.rows).toEqual(t.rows);
          expect(got.where.map((w) => w[0])).toEqual(t.rows.map((_, i) => i + 1));
          expect(got.where.map((w) => w[1])).toEqual(lines);
          expect(got.batches).toBe(Math.max(1, Math.ceil(t.rows.length / t.batchRows)));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('reads the same table gzipped, split into tiny reads', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const { text, lines } = write(t, ',');
        const path = writeData(dir, `t${fileNo++}.csv.gz`, text);
        const got = await readAll([path], { batchRows: t.batchRows, chunkBytes: t.chunkBytes });
        expect(got.rows).toEqual(t.rows);
        expect(got.where.map((w) => w[1])).toEqual(lines);
      }),
      { numRuns: 60 },
    );
  });
});
