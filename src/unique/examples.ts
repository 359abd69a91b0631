/**
 * Keeps the first `max` duplicates in row order while the merge finds them in hash order:
 * a sorted array that only admits rows earlier than its last one once full.
 */

/** One row whose key was already seen on an earlier row. */
export interface Duplicate {
  /** The 1-based data row that repeats a key. */
  row: number;
  /** The first row that had this key. */
  firstRow: number;
  /** The physical line of `row` in a text file, when known. */
  line?: number;
  /** The key's text (a stored prefix ending in "…" for keys longer than the stored limit). */
  value: string;
}

export class ExampleKeeper {
  private readonly items: Duplicate[] = [];

  constructor(private readonly max: number) {}

  /** Whether a duplicate on this row would be kept: check before building its value text. */
  wants(row: number): boolean {
    if (this.max <= 0) return false;
    return this.items.length < this.max || row < this.items[this.items.length - 1]!.row;
  }

  add(example: Duplicate): void {
    if (!this.wants(example.row)) return;
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.row < example.row) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, example);
    if (this.items.length > this.max) this.items.pop();
  }

  /** The kept examples, in row order. */
  list(): Duplicate[] {
    return [...this.items];
  }
}
