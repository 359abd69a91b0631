/**
 * The CSV/TSV reader against a character-by-character reference of its rules, on text made
 * mostly of plain rows (the tokenizer's quote-free fast path, and the ASCII decode) mixed with
 * quoted fields (delimiters, doubled quotes, line feeds inside), CRLF and LF line ends, blank
 * lines, a BOM, non-ASCII text, ragged rows, stray quotes and invalid UTF-8: the same rows and
 * lines, or the same error (message, file and line), whatever the read size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { readAll, tempDir, writeData } from './helpers.js';

const dir = tempDir();
let fileNo = 0;

type Outcome = { header: string[]; rows: string[][]; lines: number[] } | { error: string; line: number | undefined };

/**
 * The reader's rules, read one character at a time: blank lines (LF or CRLF) are skipped
 * before the header and, with several columns, before each row; a field is quoted ("" inside
 * for a quote) or plain (no quote in it); a row's last plain field loses one trailing CR; every
 * row has the header's field count. `truncated`: the text stops at invalid UTF-8 (then a row
 * that the text does not complete is not parsed, only the UTF-8 error is reported).
 */
function reference(path: string, text: string, delimiter: string, truncated: { byte: number; offset: number } | undefined): Outcome {
  const fail = (line: number, problem: string): Outcome => ({ error: `${path}:${line}: ${problem}`, line });
  const newlinesBefore = (end: number) => (text.slice(0, end).match(/\n/g) ?? []).length;
  const utf8 = (): Outcome => {
    const line = 1 + newlinesBefore(text.length);
    const byte = `0x${truncated!.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return fail(line, `invalid UTF-8 (byte ${byte} at byte offset ${truncated!.offset}); save the file as UTF-8`);
  };
  const len = text.length;
  let i = 0;
  let line = 1;
  let header: string[] | undefined;
  const rows: string[][] = [];
  const lines: number[] = [];
  for (;;) {
    if (header === undefined || header.length > 1) {
      for (;;) {
        if (text[i] === '\n') i++;
        else if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
        else if (text[i] === '\r' && i + 1 === len && truncated) return utf8();
        else break;
        line++;
      }
    }
    if (i >= len) {
      if (truncated) return utf8();
      if (header === undefined) return { error: `${path}: empty: no header`, line: 1 };
      return { header, rows, lines };
    }
    const rowLine = line;
    const fields: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const opened = line;
        let value = '';
        i++;
        for (;;) {
          if (i >= len) return truncated ? utf8() : fail(opened, `unterminated quoted field (field ${fields.length + 1} opens a quote that never closes)`);
          if (text[i] === '"') {
            if (i + 1 >= len && truncated) return utf8();
            if (text[i + 1] !== '"') break;
            value += '"';
            i += 2;
            continue;
          }
          if (text[i] === '\n') line++;
          value += text[i++];
        }
        i++;
        fields.push(value);
        if (text[i] === delimiter) {
          i++;
          continue;
        }
        if (i >= len && truncated) return utf8();
        if (i >= len || text[i] === '\n') {
          i++;
          break;
        }
        if (text[i] === '\r' && i + 1 >= len && truncated) return utf8();
        if (text[i] === '\r' && (i + 1 >= len || text[i + 1] === '\n')) {
          i += 2;
          break;
        }
        return fail(line, `unexpected text after the closing quote of field ${fields.length} (a quote inside a quoted field must be doubled: "")`);
      }
      let j = i;
      while (j < len && text[j] !== delimiter && text[j] !== '\n') j++;
      // A row not ended by a line feed may go on in text that is not there.
      if (truncated && !text.slice(i).includes('\n')) return utf8();
      if (text.slice(i, j).includes('"')) return fail(line, `stray quote in field ${fields.length + 1} (a field containing quotes must be quoted, with inner quotes doubled)`);
      const last = j >= len || text[j] === '\n';
      fields.push(last && text[j - 1] === '\r' && j > i ? text.slice(i, j - 1) : text.slice(i, j));
      i = j + 1;
      if (last) break;
    }
    line++;
    if (header === undefined) {
      header = fields;
      continue;
    }
    if (fields.length !== header.length) return fail(rowLine, `expected ${header.length} fields (as in the header), got ${fields.length}`);
    rows.push(fields);
    lines.push(rowLine);
  }
}

const plain = fc.stringMatching(/^[a-z0-9 .:-]{0,8}$/);
const quotedText = fc.array(fc.constantFrom('a', ',', '\t', '""', '\n', '\r\n', ' ', 'é'), { maxLength: 4 }).map((p) => `"${p.join('')}"`);
// Mostly plain fields; now and then a quoted one or non-ASCII text; in damaged files, also
// stray quotes, text after a closing quote and lone CRs.
const cleanField = fc.oneof({ weight: 12, arbitrary: plain }, { weight: 2, arbitrary: quotedText }, { weight: 1, arbitrary: fc.constantFrom('é', '😀 x', '€5') });
const damagedField = fc.oneof({ weight: 30, arbitrary: cleanField }, { weight: 1, arbitrary: fc.constantFrom('a"b', '"a"x', '"', '\r', 'x\r', '""') });

const file = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3 })).chain(([width, damage]) => {
  // One file in four is damaged (bad fields and ragged rows, sometimes invalid UTF-8).
  const damaged = damage === 0;
  const field = damaged ? damagedField : cleanField;
  const fields = fc.array(field, { minLength: width, maxLength: width });
  return fc.record({
    width: fc.constant(width),
    rows: fc.array(
      fc.record({
        // Ragged now and then: one field fewer or more.
        fields: damaged ? fc.oneof({ weight: 40, arbitrary: fields }, { weight: 1, arbitrary: fc.array(field, { minLength: Math.max(1, width - 1), maxLength: width + 1 }) }) : fields,
        eol: fc.constantFrom('\n', '\r\n'),
        blankAfter: fc.oneof({ weight: 10, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\r\n') }),
      }),
      { maxLength: 40 },
    ),
    blankBefore: fc.constantFrom('', '', '\n', '\r\n'),
    trailingEol: fc.boolean(),
    bom: fc.boolean(),
    // Invalid UTF-8 at a fraction of the text: a lone 0xFF, or a lead byte without its continuation.
    invalid: damaged ? fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0xff, 0xe2, 0x80)), { freq: 2 }) : fc.constant(null),
    chunkBytes: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.constant(1 << 20)),
    batchRows: fc.integer({ min: 1, max: 16 }),
  });
});

async function read(path: string, chunkBytes: number, batchRows: number): Promise<Outcome> {
  try {
    const got = await readAll([path], { chunkBytes, batchRows });
    return { header: got.columns, rows: got.rows as string[][], lines: got.where.map((w) => w[1]!) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { error: error.message, line: error.line };
  }
}

describe('CSV/TSV reader against a reference of its rules', () => {
  for (const [ext, delimiter] of [['csv', ','], ['tsv', '\t']] as const) {
    const outcomes = { rows: 0, error: 0 };
    it(`reads ${ext} text of mostly plain rows with quotes, CRLF, blank lines, BOM, ragged rows and invalid UTF-8 as the reference does`, async () => {
      await fc.assert(
        fc.asyncProperty(file, async (f) => {
          const header = Array.from({ length: f.width }, (_, c) => `c${c}`);
          let text = f.blankBefore + header.join(delimiter);
          for (const row of f.rows) text += row.eol + row.fields.join(delimiter) + row.blankAfter;
          if (f.trailingEol) text += '\n';
          const path = `${dir}/r${fileNo++}.${ext}`;
          let bytes = Buffer.from(text, 'utf8');
          let invalid: { byte: number; offset: number } | undefined;
          let valid = text;
          if (f.invalid !== null) {
            // Cut at a character boundary, then insert the bad byte there.
            const at = Math.floor(f.invalid[0] * text.length);
            const cut = /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at - 1 : at;
            valid = text.slice(0, cut);
            const before = Buffer.from(valid, 'utf8');
            bytes = Buffer.concat([before, Buffer.from([f.invalid[1]]), Buffer.from(text.slice(cut), 'utf8')]);
            invalid = { byte: f.invalid[1], offset: before.length + (f.bom ? 3 : 0) };
          }
          if (f.bom) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
          writeData(dir, path.slice(dir.length + 1), bytes);
          const want = reference(path, valid, delimiter, invalid);
          const got = await read(path, f.chunkBytes, f.batchRows);
          expect(got).toEqual(want);
          outcomes['error' in want ? 'error' : 'rows']++;
        }),
        { numRuns: 400 },
      );
      // Both outcomes are well represented (the generator is not all errors).
      expect(Math.min(outcomes.error, outcomes.rows)).toBeGreaterThan(40);
    });
  }
});
