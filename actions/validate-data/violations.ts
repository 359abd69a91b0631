/** Counts violations per (field, check) and keeps the first few examples of each. */

export interface Example {
  /** 1-based data row across the whole dataset (absent for a malformed file: the row cannot be told). */
  row?: number;
  /** 1-based line in the text file the row starts on (absent for Parquet). */
  line?: number;
  file?: string;
  value?: string;
}

export interface FailedCheck {
  field?: string;
  check: string;
  violations: number;
  examples: Example[];
  /** For expectations: what was measured and what was expected. */
  observed?: number | string;
  expected?: string;
  message?: string;
}

const MAX_VALUE_TEXT = 200;

/** Shows a cell in a report: text as is (capped), everything else as JSON. */
export function displayValue(value: unknown): string {
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT)}…` : text;
}

export class ViolationCollector {
  private readonly checks = new Map<string, FailedCheck>();

  constructor(private readonly maxExamples: number) {}

  /** Records one violation; `example` is only built while examples are still wanted. */
  add(field: string | undefined, check: string, example: () => Example): void {
    const key = `${field ?? ''}\u0000${check}`;
    let entry = this.checks.get(key);
    if (!entry) {
      entry = { ...(field !== undefined ? { field } : {}), check, violations: 0, examples: [] };
      this.checks.set(key, entry);
    }
    entry.violations++;
    if (entry.examples.length < this.maxExamples) entry.examples.push(example());
  }

  /** Adds a whole failed check at once (dataset-level checks, expectations, duplicates). */
  addCheck(check: FailedCheck): void {
    const key = `${check.field ?? ''}\u0000${check.check}`;
    const existing = this.checks.get(key);
    if (existing) {
      existing.violations += check.violations;
      existing.examples.push(...check.examples.slice(0, Math.max(0, this.maxExamples - existing.examples.length)));
    } else this.checks.set(key, { ...check, examples: check.examples.slice(0, this.maxExamples) });
  }

  /** The checks in the order first met (a worker's part result, for mergePart). */
  entries(): FailedCheck[] {
    return [...this.checks.values()];
  }

  /**
   * Adds the checks of the part that follows the rows seen so far (see entries()), its rows
   * offset by `rowOffset`. Parts merged in file order keep the same examples (the earliest
   * rows) as one sequential pass.
   */
  mergePart(checks: readonly FailedCheck[], rowOffset: number): void {
    for (const check of checks) {
      this.addCheck({ ...check, examples: check.examples.map((e) => (e.row === undefined ? e : { ...e, row: e.row + rowOffset })) });
    }
  }

  /** Failed checks in a stable order: dataset-level first, then by field and check. */
  all(): FailedCheck[] {
    return [...this.checks.values()].sort(
      (a, b) => (a.field === undefined ? -1 : 0) - (b.field === undefined ? -1 : 0) || (a.field ?? '').localeCompare(b.field ?? '') || a.check.localeCompare(b.check),
    );
  }

  total(): number {
    let sum = 0;
    for (const check of this.checks.values()) sum += check.violations;
    return sum;
  }
}
