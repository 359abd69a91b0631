/**
 * The header checks of a JSON Lines file. Its "header" is the keys its lines use, which are only
 * known once the file is read: a key may first appear on any line (a CSV header is its first
 * line). So the checks run when the file ends, over every key seen, and an extra key's example
 * is the first row where it holds a value, not the file's first row (a key first used on row
 * 8,000 was never checked when the checks ran on the first batch alone).
 */
import type { Batch } from '../../src/data/index.js';
import type { TableSchema } from '../../src/schema/descriptor.js';
import { checkHeader, headerFailure } from './header-check.js';
import type { FailedCheck } from './violations.js';

interface Where {
  row: number;
  line?: number;
}

export class JsonlHeaderCheck {
  private file = '';
  private firstRow = 1;
  private columns: readonly string[] = [];
  /** Per column index: the first row of this file where it holds a value. */
  private present: (Where | undefined)[] = [];

  constructor(private readonly schema: TableSchema) {}

  /** Starts a new file at its first batch. */
  start(batch: Batch): void {
    this.file = batch.file;
    this.firstRow = batch.firstRow;
    this.present = [];
    this.observe(batch);
  }

  /** Notes the keys of a batch of the current file and where each first holds a value. */
  observe(batch: Batch): void {
    this.columns = batch.columns;
    batch.values.forEach((cells, c) => {
      if (this.present[c] !== undefined) return;
      for (let i = 0; i < batch.rowCount; i++) {
        if (cells[i] === null) continue;
        const line = batch.lines?.[i];
        this.present[c] = { row: batch.firstRow + i, ...(line !== undefined ? { line } : {}) };
        return;
      }
    });
  }

  /** The header problems of the file just read, as failed checks. */
  finish(): FailedCheck[] {
    const where = (field: string | undefined): Where => (field !== undefined && this.present[this.columns.indexOf(field)]) || { row: this.firstRow, line: 1 };
    return checkHeader(this.columns, this.schema.fields.map((f) => f.name), this.schema.fieldsMatch).map((problem) =>
      headerFailure(problem, this.file, where(problem.check === 'extra-field' ? problem.field : undefined)),
    );
  }
}
