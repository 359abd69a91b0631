/**
 * Keeps each column's raw values while they are few, so small datasets get the exact
 * statistics scipy would compute. Past RAW_VALUE_CAP values a column drops them and its
 * comparison uses the profile's sketches (bounded error, see the README): memory stays flat
 * however many rows.
 */
import type { Batch } from '../../src/data/index.js';
import { classifyText, K_BOOLEAN, K_DATE, K_DATETIME, K_INTEGER, K_NUMBER, TEXT_VALUE } from '../../src/profile/text-kind.js';

/** Per column and side; 100K numbers are 800 KB. */
export const RAW_VALUE_CAP = 100_000;

export class RawColumn {
  numbers: Float64Array | undefined = new Float64Array(1024);
  numberCount = 0;
  texts: string[] | undefined = [];
  overflowed = false;

  add(cell: unknown): void {
    if (this.overflowed || cell === null || cell === undefined || cell === '') return;
    // NaN and ±Infinity (numbers, or the number cast's NaN/INF/-INF text) are missing, as in the profile's sketches.
    if (typeof cell === 'number' ? cell - cell !== 0 : cell === 'NaN' || cell === 'INF' || cell === '-INF') return;
    if (this.numberCount + (this.texts?.length ?? 0) >= RAW_VALUE_CAP) {
      this.overflowed = true;
      this.numbers = undefined;
      this.texts = undefined;
      return;
    }
    const number = asNumber(cell);
    if (number !== undefined) {
      if (this.numberCount === this.numbers!.length) {
        const grown = new Float64Array(this.numbers!.length * 2);
        grown.set(this.numbers!);
        this.numbers = grown;
      }
      // Numbers are kept once, as numbers; their text (for categorical use) is derived later.
      this.numbers![this.numberCount++] = number;
    } else this.texts!.push(canonicalText(cell));
  }

  /** The numeric values seen (text values are not numbers), or undefined once over the cap. */
  numericValues(): Float64Array | undefined {
    return this.overflowed ? undefined : this.numbers!.subarray(0, this.numberCount);
  }

  /** Counts per category (canonical text), or undefined once over the cap. */
  categoryCounts(): Map<string, number> | undefined {
    if (this.overflowed) return undefined;
    const counts = new Map<string, number>();
    const numbers = this.numbers!;
    for (let i = 0; i < this.numberCount; i++) {
      const text = String(numbers[i]);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    for (const text of this.texts!) counts.set(text, (counts.get(text) ?? 0) + 1);
    return counts;
  }
}

/**
 * The value as a number when it is one, else undefined: text is read as the profile reads it
 * (classifyText, the casts' strict rules), so `" 12"`, `"0x10"` or `"1_000"` is text, not the
 * number Number() makes of it; dates and datetimes are epoch milliseconds (UTC unless the text
 * names an offset), and a day that does not exist (2021-02-29) is text.
 */
export function asNumber(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isNaN(cell) ? undefined : cell;
  if (typeof cell === 'bigint') return Number(cell);
  if (cell instanceof Date) return cell.getTime();
  if (typeof cell === 'string') {
    const kind = classifyText(cell);
    if (kind === K_INTEGER || kind === K_NUMBER || kind === K_DATE || kind === K_DATETIME) {
      const n = TEXT_VALUE[0]!;
      // NaN, INF and -INF are numbers to the profile, but missing in its sketches.
      return Number.isFinite(n) ? n : undefined;
    }
  }
  return undefined;
}

/**
 * One spelling per value, whatever the format it came from: `1` and `1.0` meet, as do `true`
 * and `TRUE`, as the profile's frequent values meet (the same strict reading: `" 1"` and `tRue`
 * are text of their own).
 */
export function canonicalText(cell: unknown): string {
  if (typeof cell === 'string') {
    const kind = classifyText(cell);
    if (kind === K_INTEGER || kind === K_NUMBER) return String(TEXT_VALUE[0]);
    if (kind === K_BOOLEAN) return TEXT_VALUE[0] === 1 ? 'true' : 'false';
    return cell;
  }
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}

/** Raw values of every column of a dataset, fed batch by batch. */
export class RawColumns {
  private readonly columns = new Map<string, RawColumn>();
  private rows = 0;

  observeBatch(batch: Batch): void {
    batch.columns.forEach((name, c) => {
      let column = this.columns.get(name);
      if (!column) {
        column = new RawColumn();
        this.columns.set(name, column);
      }
      const cells = batch.values[c] as unknown[];
      for (let i = 0; i < batch.rowCount; i++) column.add(cells[i]);
    });
    this.rows += batch.rowCount;
  }

  get(name: string): RawColumn | undefined {
    return this.columns.get(name);
  }
}
