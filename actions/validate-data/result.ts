/** The outcome of a validation, as written to the JSON report (format version 1). */
import type { FailedCheck } from './violations.js';

export const REPORT_VERSION = 1;

export interface ColumnOverview {
  name: string;
  /** The schema type, or the type inferred from the data when there is no schema. */
  type: string;
  count: number;
  nulls: number;
  min?: number | string;
  max?: number | string;
  mean?: number;
  distinct?: number;
  top?: { value: string; count: number }[];
}

export interface ValidationReport {
  version: number;
  valid: boolean;
  rows: number;
  errors: number;
  schema?: string;
  files: { path: string; format: string; rows: number }[];
  checks: FailedCheck[];
  columns: ColumnOverview[];
  profile?: string;
  inferredSchema?: string;
  /** Threads that read the data (1 unless a large CSV/TSV or Parquet dataset was read in parts). */
  threads: number;
  seconds: number;
}
