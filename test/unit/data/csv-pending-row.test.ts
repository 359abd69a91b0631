// A row that does not end in the text read so far (a quote left open, a long row) must cost
// time linear in its length and memory bounded by MAX_ROW_CHARS: an open quote followed by
// 100 MB of rows once took 40 s and 547 MB, the whole pending row being copied and parsed
// again for every 64 KiB read. Work is measured with the tokenizer's `carried` counter
// (characters of incomplete rows copied or scanned again), not with wall time.
import { describe, expect, it } from 'vitest';
import { readDelimitedPart } from '../../../src/data/csv-part.js';
import { readCsvLayout, readCsvParts } from '../../../src/data/csv-split.js';
import { CsvTokenizer, END, fillRows, MAX_ROW_CHARS, NEED_MORE } from '../../../src/data/csv-tokenizer.js';
import { UserError } from '../../../src/runner/errors.js';
import { readAll, tempDir, userError, writeData } from './helpers.js';

const dir = tempDir();
const PIECE = 4096;

interface Fed {
  rows: string[][];
  lines: number[];
  error?: UserError;
  carried: number;
  maxPending: number;
  chars: number;
}

/** Feeds `text` (header first) to a tokenizer `piece` characters at a time, as the readers do. */
function feed(text: string, piece = PIECE): Fed {
  const tok = new CsvTokenizer('t.csv', ',');
  const out: Fed = { rows: [], lines: [], carried: 0, maxPending: 0, chars: text.length };
  let at = 0;
  const more = (): boolean => {
    if (at >= text.length) return false;
    tok.push(text.slice(at, at + piece));
    at += piece;
    out.maxPending = Math.max(out.maxPending, tok.pendingChars);
    return true;
  };
  more();
  try {
    let width = -1;
    let values: string[][] = [];
    const lines = new Int32Array(16);
    for (;;) {
      const final = at >= text.length;
      if (width < 0) {
        const mark = tok.save();
        const status = tok.parseRow([], 0, 0, final, true);
        if (status === NEED_MORE) {
          more();
          continue;
        }
        width = tok.fields;
        tok.restore(mark);
        tok.parseRow(Array.from({ length: width }, () => []), 0, width, final, true);
        continue;
      }
      if (values.length !== width) values = Array.from({ length: width }, () => new Array<string>(16));
      const { rows, status } = fillRows(tok, values, lines, 0, final, true, 't.csv');
      for (let i = 0; i < rows; i++) {
        out.rows.push(values.map((column) => column[i]!));
        out.lines.push(lines[i]!);
      }
      if (status === END) break;
      if (status === NEED_MORE) more();
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    out.error = error;
  }
  out.carried = tok.carried;
  return out;
}

const rowsOf = (bytes: number): string => '3,b,3\n'.repeat(Math.ceil(bytes / 6));

describe('a row that does not end in the text read so far', () => {
  it('an open quote followed by more than MAX_ROW_CHARS of rows fails at its line, scanning each character about once', () => {
    const text = 'id,name,x\n1,a,1\n2,"open,2\n' + rowsOf(MAX_ROW_CHARS + 4 * PIECE);
    const got = feed(text);
    expect(got.error?.message).toBe(`t.csv:3: a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MiB starts here (is a quote left open?)`);
    expect(got.error?.line).toBe(3);
    expect(got.rows).toEqual([['1', 'a', '1']]);
    // Copying and parsing the pending row again on every piece would carry ~MAX_ROW_CHARS² / (2 * PIECE) characters.
    expect(got.carried).toBeLessThan(4 * PIECE);
    expect(got.maxPending).toBeLessThanOrEqual(MAX_ROW_CHARS + 2 * PIECE);
  });

  it('an open quote that never closes before the end fails as unterminated at its line, the pending text joined once', () => {
    const text = 'id,name,x\n1,a,1\n2,"open,2\n' + rowsOf(1 << 20);
    const got = feed(text);
    expect(got.error?.message).toBe('t.csv:3: unterminated quoted field (field 2 opens a quote that never closes)');
    expect(got.carried).toBeLessThan(text.length + 4 * PIECE);
  });

  it('a long quoted field, with doubled quotes and line feeds, is read whole in linear work', () => {
    const chunk = 'x""y\n'.repeat(1000);
    const field = chunk.repeat(200); // 1 MB, spread over ~250 pieces
    const text = `a,b\n1,"${field}"\n2,z\n`;
    const got = feed(text);
    expect(got.error).toBeUndefined();
    expect(got.rows).toEqual([['1', field.replaceAll('""', '"')], ['2', 'z']]);
    expect(got.lines).toEqual([2, 2 + 200_000 + 1]);
    // Pieces whose quotes all pair up cannot close the field: joined once, when the closing quote comes.
    expect(got.carried).toBeLessThan(text.length + 4 * PIECE);
  });

  it('a long unquoted row is joined once, when its line feed comes; ragged or not, it fails or reads at its line', () => {
    const wide = Array.from({ length: 50_000 }, (_, i) => `v${i}`);
    const header = wide.map((_, i) => `c${i}`).join(',');
    const text = `${header}\n${wide.join(',')}\n${wide.join(',')}`;
    const got = feed(text);
    expect(got.error).toBeUndefined();
    expect(got.rows).toEqual([wide, wide]);
    expect(got.lines).toEqual([2, 3]);
    expect(got.carried).toBeLessThan(text.length + 4 * PIECE);
    const ragged = feed(`${header}\n${wide.slice(1).join(',')}\n`);
    expect(ragged.error?.message).toBe(`t.csv:2: expected ${wide.length} fields (as in the header), got ${wide.length - 1}`);
  });

  it('the sequential reader (plain and gzipped) and the splitter give the same error at the same line', async () => {
    const text = 'id,name,x\n1,a,1\n2,"open,2\n' + rowsOf(MAX_ROW_CHARS + (1 << 20));
    const expected = `a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MiB starts here (is a quote left open?)`;
    for (const name of ['open.csv', 'open.csv.gz']) {
      const path = writeData(dir, name, text);
      const error = await userError(() => readAll([path]));
      expect([error.message, error.line]).toEqual([`${path}:3: ${expected}`, 3]);
      const layout = readCsvLayout(path, ',')!;
      const split = await userError(async () => {
        for await (const part of readCsvParts(path, layout, 2 << 20)) {
          for (const batch of readDelimitedPart(part.bytes, { file: path, delimiter: ',', columns: layout.header, offset: part.offset, firstLine: part.firstLine })) void batch;
        }
      });
      expect([split.message, split.line]).toEqual([`${path}:3: ${expected}`, 3]);
    }
  });
});
