/**
 * RFC 4180 tokenizer for CSV and TSV text arriving in chunks, writing fields straight into
 * column arrays (no per-row arrays or objects).
 *
 * Why not csv-parse: on bench/readers' 1.15 GB, 13M-row, 12-column CSV, csv-parse 7 read
 * 21 MB/s (56 s); this tokenizer read 59-147 MB/s (19.6 s on a loaded 2-core machine, 7.8 s
 * on a quieter one) at 165 MB peak RSS; pandas.read_csv took 3.1 s but 3.4 GB. It finds
 * delimiters, line ends and quotes with String#indexOf (native scans) over text decoded once
 * per 1 MB chunk, shares each scan across the fields up to the hit, and cuts each field with
 * one slice; runs of plain rows (no quote, not blank) go through plainRows, one loop with no
 * per-row setup. What remains is mostly allocating one string per cell (and collecting it).
 * A byte loop over the Buffer scans as fast but then needs a native decode call per field
 * (~150 ns against ~20 ns for a slice), so the text is decoded first.
 */
import { UserError } from '../runner/errors.js';
import { readTypedCell, type TypedReader } from './typed-cells.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** parseRow results. */
export const ROW = 0;
export const NEED_MORE = 1;
export const END = 2;

/**
 * "Not found" for the scan positions: past the end of any string (V8's longest string has
 * 2^29 - 24 characters) and still a small integer, unlike Infinity, which made V8 box the
 * positions as doubles and drop parseRow's optimized code.
 */
const NONE = 2 ** 30 - 1;

/**
 * Rows longer than this are refused, so an unterminated quote cannot eat all memory. 16 MiB:
 * the pending row is held as pieces and then joined (twice its size for a moment, and UTF-16
 * text takes two bytes a character), so at 64 MiB one such row alone could take 256 MB of the
 * 300 MB budget; real rows are far shorter (Python's csv module refuses fields over 128 KiB).
 */
export const MAX_ROW_CHARS = 16 * 1024 * 1024;

/**
 * What an incomplete row waits for (set by parseRow when it returns NEED_MORE): text without
 * it cannot end the row, so push keeps such text aside instead of joining and parsing again.
 */
const WAIT_ANY = 0;
/** An unquoted field with no line feed after it: the row needs a line feed. */
const WAIT_LF = 1;
/** A quoted field with no quote after it: the row needs a closing quote (not a doubled ""). */
const WAIT_CLOSE = 2;
/** A quoted field whose text so far ends in a quote: a closing one unless the next text starts with a quote. */
const WAIT_PAIR = 3;

export class CsvTokenizer {
  /** 1-based physical line where the unread text starts. */
  line = 1;
  /** Fields in the last row parsed (for the ragged-row check). */
  fields = 0;
  /** Line where the last row parsed starts. */
  rowLine = 1;
  private s = '';
  private pos = 0;
  // Positions of the next line feed, delimiter and quote at or after some point <= pos;
  // NONE when there is none in `s`. Recomputed only once passed, so each scan is shared
  // by all the fields up to it.
  private nextLf = -1;
  private nextDelim = -1;
  private nextQuote = -1;
  private readonly delimCode: number;
  /**
   * Text pushed after the incomplete row at `pos` that cannot end it (see WAIT_*), kept as
   * pieces: joining each one to the row and parsing the row again from its start made a quote
   * left open quadratic (40 s and 547 MB for 100 MB of rows after it). Joined when a piece may
   * end the row, or at the end of the text.
   */
  private tail: string[] = [];
  private tailChars = 0;
  private wait = WAIT_ANY;
  /** Characters of incomplete rows copied or scanned again when more text came (tests check it stays linear). */
  carried = 0;

  constructor(
    private readonly file: string,
    private readonly delimiter: string,
  ) {
    this.delimCode = delimiter.charCodeAt(0);
  }

  /** Appends decoded text after what is still unread (called when parseRow needs more). */
  push(text: string): void {
    // What is unread is one incomplete row: refuse to grow it without bound.
    const pending = this.s.length - this.pos;
    if (pending + this.tailChars > MAX_ROW_CHARS) this.tooLong();
    if (this.wait !== WAIT_ANY) {
      const wait = waitAfter(text, this.wait);
      if (wait !== WAIT_ANY) {
        // The row stays incomplete whatever it holds: parseRow would only scan it again.
        this.wait = wait;
        this.tail.push(text);
        this.tailChars += text.length;
        return;
      }
    }
    if (this.tail.length > 0) {
      this.tail.push(text);
      this.join(false);
      return;
    }
    this.carried += pending;
    this.s = pending > 0 ? this.s.slice(this.pos) + text : text;
    this.pos = 0;
    this.wait = WAIT_ANY;
    this.nextLf = this.nextDelim = this.nextQuote = -1;
  }

  /** Characters pushed and not parsed yet. */
  get pendingChars(): number {
    return this.s.length - this.pos + this.tailChars;
  }

  /**
   * Joins the pieces kept aside to the text, as one flat string (Array#join builds it in one
   * copy; `a + b` makes a rope that V8 flattens, a second copy). `keepRead`: the text already
   * parsed is kept, so positions from save() stay valid (parseRow joins at the end of the text,
   * possibly between the reader's save and restore of the header); otherwise it is dropped.
   */
  private join(keepRead: boolean): void {
    this.carried += this.s.length - this.pos + this.tailChars;
    if (keepRead) {
      this.tail.unshift(this.s);
    } else {
      if (this.pos < this.s.length) this.tail.unshift(this.s.slice(this.pos));
      this.pos = 0;
    }
    this.s = this.tail.join('');
    this.tail = [];
    this.tailChars = 0;
    this.wait = WAIT_ANY;
    this.nextLf = this.nextDelim = this.nextQuote = -1;
  }

  /** Remembers the read position, to parse the same row again (the header, once sized). */
  save(): [number, number] {
    return [this.pos, this.line];
  }

  restore([pos, line]: [number, number]): void {
    this.pos = pos;
    this.line = line;
    this.nextLf = this.nextDelim = this.nextQuote = -1;
  }

  /** Text not parsed yet (used to place errors that follow it). */
  rest(): string {
    return this.s.slice(this.pos) + this.tail.join('');
  }

  /**
   * Skips blank lines (when `skipBlank`), then parses one row into cols[c][r] for c < width
   * (extra fields are counted in `fields`, not stored). Returns ROW, NEED_MORE (the row is
   * not complete in the text so far; nothing is consumed) or END (final and no text left).
   */
  parseRow(cols: string[][], r: number, width: number, final: boolean, skipBlank: boolean): number {
    if (this.tail.length > 0) {
      // Text kept aside by push cannot end the row: only the end of the text can.
      if (!final) return NEED_MORE;
      this.join(true);
    }
    const s = this.s;
    const len = s.length;
    let p = this.pos;
    let line = this.line;
    if (skipBlank) {
      for (;;) {
        const ch = s.charCodeAt(p);
        if (ch === LF) p++;
        else if (ch === CR && p + 1 < len && s.charCodeAt(p + 1) === LF) p += 2;
        else if (ch === CR && p + 1 >= len && !final) return this.rewind();
        else break;
        line++;
      }
      this.pos = p;
      this.line = line;
    }
    if (p >= len) {
      this.wait = WAIT_ANY;
      return final ? END : NEED_MORE;
    }
    const rowLine = line;
    const delim = this.delimCode;
    let lf = this.nextLf;
    if (lf < p) lf = this.nextLf = find(s, '\n', p);
    let c = 0;
    for (;;) {
      let value: string;
      let last: boolean;
      if (s.charCodeAt(p) === QUOTE) {
        const opened = line;
        let from = p + 1;
        value = '';
        let close: number;
        for (;;) {
          close = s.indexOf('"', from);
          if (close === -1 || (close + 1 >= len && !final)) {
            if (final) this.fail(`unterminated quoted field (field ${c + 1} opens a quote that never closes)`, opened);
            return this.rewind(close === -1 ? WAIT_CLOSE : WAIT_PAIR);
          }
          if (s.charCodeAt(close + 1) !== QUOTE) break;
          value += s.slice(from, close + 1);
          from = close + 2;
        }
        value += s.slice(from, close);
        if (lf < close) {
          for (let k = lf; k !== -1 && k < close; k = s.indexOf('\n', k + 1)) line++;
        }
        p = close + 1;
        const ch = s.charCodeAt(p);
        if (ch === delim) last = false;
        else if (ch === LF || p >= len) last = true;
        else if (ch === CR && s.charCodeAt(p + 1) === LF) {
          last = true;
          p++;
        } else if (ch === CR && p + 1 >= len) {
          if (!final) return this.rewind();
          last = true;
        } else {
          this.fail(`unexpected text after the closing quote of field ${c + 1} (a quote inside a quoted field must be doubled: "")`, line);
        }
        if (lf < p) lf = this.nextLf = find(s, '\n', p);
        if (c < width) cols[c]![r] = value;
        p++;
      } else {
        let end = this.nextDelim;
        if (end < p) end = this.nextDelim = find(s, this.delimiter, p);
        if (lf === NONE && !final) return this.rewind(WAIT_LF);
        const rowEnd = lf === NONE ? len : lf;
        last = end >= rowEnd;
        if (last) end = rowEnd;
        let q = this.nextQuote;
        if (q < p) q = this.nextQuote = find(s, '"', p);
        if (q < end) this.fail(`stray quote in field ${c + 1} (a field containing quotes must be quoted, with inner quotes doubled)`, line);
        if (c < width) cols[c]![r] = s.slice(p, last && end > p && s.charCodeAt(end - 1) === CR ? end - 1 : end);
        p = end + 1;
      }
      c++;
      if (last) break;
    }
    this.pos = p;
    this.line = line + 1;
    this.fields = c;
    this.rowLine = rowLine;
    return ROW;
  }

  /**
   * Parses the plain rows from here on into cols[c][r..] (r < lines.length): rows that are
   * complete, have no quote, are not blank and have exactly `width` fields, as parseRow would;
   * stops before any other row (parseRow then parses it, or fails on it). Returns the next r.
   * One loop over many rows, with the positions in local variables: the common rows of a file
   * skip parseRow's per-row setup. With `typed`, the plain cells of its typed columns are read
   * into its arrays and left undefined in `cols` (typed-cells.ts).
   */
  plainRows(cols: string[][], lines: Int32Array, r: number, width: number, typed?: TypedReader): number {
    // Text kept aside: the row at `pos` is incomplete (parseRow's).
    if (this.tail.length > 0) return r;
    const s = this.s;
    const d = this.delimiter;
    const end = lines.length;
    let p = this.pos;
    let line = this.line;
    let lf = this.nextLf;
    let quote = this.nextQuote;
    let k = this.nextDelim;
    while (r < end) {
      if (lf < p) lf = find(s, '\n', p);
      // No line feed: the row may go on in the next chunk (parseRow decides).
      if (lf === NONE) break;
      if (quote < p) quote = find(s, '"', p);
      // A blank line (LF or CRLF) or a row with a quote: parseRow's.
      if (quote < lf || lf === p || (lf === p + 1 && s.charCodeAt(p) === CR)) break;
      if (k < p) k = s.indexOf(d, p);
      let start = p;
      let c = 0;
      while (k !== -1 && k < lf) {
        if (c < width && (typed === undefined || typed.kinds[c] === 0 || !readTypedCell(typed, c, r, s, start, k))) cols[c]![r] = s.slice(start, k);
        c++;
        start = k + 1;
        k = s.indexOf(d, start);
      }
      // A ragged row is left unconsumed to parseRow (which overwrites the cells set here).
      if (c + 1 !== width) {
        k = -1;
        break;
      }
      const last = lf > start && s.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      if (typed === undefined || typed.kinds[c] === 0 || !readTypedCell(typed, c, r, s, start, last)) cols[c]![r] = s.slice(start, last);
      lines[r++] = line;
      line++;
      p = lf + 1;
    }
    this.pos = p;
    this.line = line;
    this.nextLf = lf;
    this.nextQuote = quote;
    // -1 (none found, or not looked for) is below any position: looked for again when needed.
    this.nextDelim = k;
    return r;
  }

  /** The row will be parsed again from its start: forget scan positions past that start. */
  private rewind(wait = WAIT_ANY): number {
    this.carried += this.s.length - this.pos;
    this.wait = wait;
    this.nextLf = this.nextDelim = this.nextQuote = -1;
    return NEED_MORE;
  }

  private tooLong(): never {
    throw overlongRow(this.file, this.line);
  }

  private fail(problem: string, line: number): never {
    throw new UserError(`${this.file}:${line}: ${problem}`, { file: this.file, line });
  }
}

/** The error for a row with no end within MAX_ROW_CHARS, starting at `line` (the splitter in csv-split.ts gives it too). */
export function overlongRow(file: string, line: number): UserError {
  return new UserError(`${file}:${line}: a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MiB starts here (is a quote left open?)`, { file, line });
}

/**
 * What the incomplete row waits for after `text` (which comes after text that left it waiting
 * for `wait`), or WAIT_ANY when `text` may end it. Inside a quoted field only a quote that is
 * not half of a doubled "" closes it.
 */
function waitAfter(text: string, wait: number): number {
  if (wait === WAIT_LF) return text.indexOf('\n') === -1 ? WAIT_LF : WAIT_ANY;
  let from = 0;
  if (wait === WAIT_PAIR) {
    if (text.length === 0) return WAIT_PAIR;
    if (text.charCodeAt(0) !== QUOTE) return WAIT_ANY;
    from = 1;
  }
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 2)) {
    if (q + 1 === text.length) return WAIT_PAIR;
    if (text.charCodeAt(q + 1) !== QUOTE) return WAIT_ANY;
  }
  return WAIT_CLOSE;
}

function find(s: string, what: string, from: number): number {
  const at = s.indexOf(what, from);
  return at === -1 ? NONE : at;
}

/**
 * Fills a batch from row `n` until it is full or the tokenizer needs more text or ends; returns
 * the rows filled and why it stopped (ROW when the batch is full). A row whose field count is not
 * the header's is an error naming its line. Shared by the streaming reader and the part reader.
 */
export function fillRows(tok: CsvTokenizer, values: string[][], lines: Int32Array, n: number, final: boolean, skipBlank: boolean, file: string, typed?: TypedReader): { rows: number; status: number } {
  const width = values.length;
  while (n < lines.length) {
    n = tok.plainRows(values, lines, n, width, typed);
    if (n === lines.length) break;
    const status = tok.parseRow(values, n, width, final, skipBlank);
    if (status !== ROW) return { rows: n, status };
    if (tok.fields !== width) {
      throw new UserError(`${file}:${tok.rowLine}: expected ${width} fields (as in the header), got ${tok.fields}`, { file, line: tok.rowLine });
    }
    lines[n++] = tok.rowLine;
  }
  return { rows: n, status: ROW };
}
