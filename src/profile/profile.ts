/**
 * Dataset profiles: per column, the kinds of values seen and the mergeable sketches (counts,
 * nulls, quantiles, moments, distinct count, frequent values). validate-data writes them,
 * drift-check reads them as references; profiles of shards merge into the profile of the whole.
 * The JSON format is documented in src/profile/README.md and versioned.
 */
import type { Batch } from '../data/index.js';
import { UserError } from '../runner/errors.js';
import type { TableSchema } from '../schema/descriptor.js';
import { ColumnSketch, type ColumnJson, type ColumnValue } from './sketches/index.js';
import { classifyTextAgain, K_BOOLEAN, K_DATE, K_DATETIME, K_INTEGER, K_NULL, K_NUMBER, TEXT_VALUE } from './text-kind.js';
import { inferredType, kindOf, type ValueKind } from './value-kind.js';

export const PROFILE_FORMAT = 'mlops-actions/dataset-profile';
export const PROFILE_VERSION = 1;
const VALUE_KINDS: readonly ValueKind[] = ['null', 'integer', 'number', 'boolean', 'date', 'datetime', 'string'];
const KIND_INDEX = Object.fromEntries(VALUE_KINDS.map((k, i) => [k, i])) as Record<ValueKind, number>;
const INTEGER_INDEX = KIND_INDEX.integer;
const NUMBER_INDEX = KIND_INDEX.number;
const DATETIME_INDEX = KIND_INDEX.datetime;

export interface ColumnProfileJson {
  name: string;
  /** The summary type of the values seen (inferredType: dates with datetimes count as datetime); infer-schema picks a type whose cast accepts them all (schemaType). */
  type: string;
  /** Values seen per kind, as recognised from text (CSV) or native types (JSONL, Parquet). */
  kinds: Partial<Record<ValueKind, number>>;
  sketch: ColumnJson;
}

export interface DatasetProfileJson {
  format: typeof PROFILE_FORMAT;
  version: number;
  rows: number;
  created: string;
  columns: ColumnProfileJson[];
}

class ColumnProfile {
  sketch = new ColumnSketch();
  readonly kinds = new Float64Array(VALUE_KINDS.length);

  constructor(readonly name: string) {}

  /** Adds one raw cell: text that looks numeric, boolean or like a date is counted as such. */
  observe(cell: unknown): void {
    if (typeof cell === 'string') {
      this.observeText(cell);
      return;
    }
    // Typed numbers and times (JSONL, Parquet) without kindOf's name and the sketch's dispatch:
    // the same counts and sketch calls as below (kindOf counts NaN as a number, which the
    // sketch counts as missing).
    if (typeof cell === 'number') {
      const index = Number.isInteger(cell) ? INTEGER_INDEX : NUMBER_INDEX;
      this.kinds[index] = (this.kinds[index] as number) + 1;
      this.sketch.addNumber(cell);
      return;
    }
    if (cell instanceof Date) {
      this.kinds[DATETIME_INDEX] = (this.kinds[DATETIME_INDEX] as number) + 1;
      this.sketch.addTime(cell.getTime());
      return;
    }
    const kind = kindOf(cell);
    const index = KIND_INDEX[kind];
    this.kinds[index] = (this.kinds[index] as number) + 1;
    // Parquet INT64 values beyond 2^53 arrive as bigint: the sketches hold doubles, so they
    // take the nearest one (quantiles and moments to 16 digits, as for any double).
    this.sketch.add(typeof cell === 'bigint' ? Number(cell) : (cell as ColumnValue));
  }

  /**
   * A text cell: classifyText recognises its kind and reads its value in one scan (no regex,
   * no Date), with the same kinds and values as kindOf and textValue; a cell that validate-data
   * has just cast is not scanned again (classifyTextAgain).
   */
  private observeText(cell: string): void {
    const kind = classifyTextAgain(cell);
    this.kinds[kind] = (this.kinds[kind] as number) + 1;
    const sketch = this.sketch;
    switch (kind) {
      case K_NULL:
        sketch.add(null);
        return;
      case K_INTEGER:
      case K_NUMBER:
        sketch.addNumber(TEXT_VALUE[0]!);
        return;
      case K_BOOLEAN:
        sketch.add(TEXT_VALUE[0] === 1);
        return;
      case K_DATE:
      case K_DATETIME:
        sketch.addTime(TEXT_VALUE[0]!);
        return;
      default:
        sketch.add(cell);
    }
  }

  /**
   * A cell the CSV reader read as a typed value (src/data/typed-cells.ts): `textKind` is the
   * kind classifyText gives its text and `value` the value it reads, so this is observeText
   * without the text.
   */
  observeTyped(textKind: number, value: number): void {
    this.kinds[textKind] = (this.kinds[textKind] as number) + 1;
    if (textKind === K_DATETIME || textKind === K_DATE) this.sketch.addTime(value);
    else if (textKind === K_BOOLEAN) this.sketch.add(value === 1);
    else this.sketch.addNumber(value);
  }

  kindCounts(): Partial<Record<ValueKind, number>> {
    return Object.fromEntries(VALUE_KINDS.map((k, i) => [k, this.kinds[i] as number]).filter(([, n]) => (n as number) > 0));
  }
}

/** One column's profile, fed one cell at a time. */
export interface CellObserver {
  observe(cell: unknown): void;
  /** A typed cell (Batch.typed) with its text's kind code (text-kind.ts). */
  observeTyped(textKind: number, value: number): void;
}

/** A profiler's state as plain data (structured-cloneable). */
export interface ProfilePart {
  rows: number;
  columns: { name: string; kinds: number[]; sketch: ColumnJson }[];
}

export interface NumericStats {
  count: number;
  mean?: number;
  std?: number;
  min?: number;
  max?: number;
  quantile(q: number): number | undefined;
}

/** Builds a dataset profile in one streaming pass. */
export class DatasetProfiler {
  private readonly columns = new Map<string, ColumnProfile>();
  rows = 0;

  /** Adds a batch from the readers. */
  observeBatch(batch: Batch): void {
    const columns = this.columnsOf(batch);
    columns.forEach((column, c) => {
      const cells = batch.values[c] as unknown[];
      for (let i = 0; i < batch.rowCount; i++) column.observe(cells[i]);
    });
    this.endBatch(batch);
  }

  /**
   * The profiles of the batch's columns, in its order (created as needed), for a caller that
   * feeds each column's cells itself, in row order (validate-data profiles each cell right
   * after checking it, so the text is classified once); then call endBatch.
   */
  columnsOf(batch: Batch): CellObserver[] {
    return batch.columns.map((name) => {
      let column = this.columns.get(name);
      if (!column) {
        column = new ColumnProfile(name);
        // A column first seen now (a JSONL key) was missing in every earlier row.
        for (let i = 0; i < this.rows; i++) column.observe(null);
        this.columns.set(name, column);
      }
      return column;
    });
  }

  /** Counts the rows of a batch whose cells were fed through columnsOf. */
  endBatch(batch: Batch): void {
    this.rows += batch.rowCount;
  }

  /**
   * The profiler's state, to send to another thread and merge there with mergePart (a worker
   * profiles a part of a file; the owner merges the parts in file order).
   */
  partState(): ProfilePart {
    return { rows: this.rows, columns: [...this.columns.values()].map((c) => ({ name: c.name, kinds: Array.from(c.kinds), sketch: c.sketch.toJSON() })) };
  }

  /**
   * Adds the profile of the rows that follow (see partState). Counts add and sketches merge,
   * so the result is the profile of all the rows within the sketches' stated error; merging
   * the same parts in the same order always gives the same profile.
   */
  mergePart(part: ProfilePart): void {
    const seen = new Set<string>();
    for (const { name, kinds, sketch } of part.columns) {
      seen.add(name);
      let column = this.columns.get(name);
      if (!column) {
        column = new ColumnProfile(name);
        for (let i = 0; i < this.rows; i++) column.observe(null);
        this.columns.set(name, column);
      }
      const incoming = ColumnSketch.fromJSON(sketch);
      // An empty column takes the part's sketch as it is, so one part gives exactly the profile
      // a single pass gives (a merge would carry over this sketch's own random state).
      if (column.sketch.total === 0) column.sketch = incoming;
      else column.sketch.merge(incoming);
      kinds.forEach((n, i) => {
        column.kinds[i] = (column.kinds[i] as number) + n;
      });
    }
    for (const [name, column] of this.columns) {
      if (!seen.has(name)) for (let i = 0; i < part.rows; i++) column.observe(null);
    }
    this.rows += part.rows;
  }

  columnNames(): string[] {
    return [...this.columns.keys()];
  }

  /** Exact mean, std (population), min and max, and approximate quantiles of the numeric values. */
  numericStats(name: string): NumericStats {
    const column = this.columns.get(name);
    const moments = column?.sketch.moments;
    if (!column || !moments || moments.count === 0) return { count: 0, quantile: () => undefined };
    return {
      count: moments.count,
      mean: moments.mean,
      std: moments.std(),
      min: moments.min,
      max: moments.max,
      quantile: (q) => column.sketch.quantiles.quantile(q),
    };
  }

  /** Distinct non-missing values: exact while small, HyperLogLog beyond (see README). */
  distinct(name: string): number {
    return Math.round(this.columns.get(name)?.sketch.distinct.estimate() ?? 0);
  }

  column(name: string): ColumnProfile | undefined {
    return this.columns.get(name);
  }

  /** One line per column for summaries and reports. */
  overview(schema?: TableSchema): { name: string; type: string; count: number; nulls: number; min?: number | string; max?: number | string; mean?: number; distinct?: number; top?: { value: string; count: number }[] }[] {
    return [...this.columns.values()].map((column) => {
      const declared = schema?.fields.find((f) => f.name === column.name)?.type;
      const type = declared ?? inferredType(column.kindCounts());
      const stats = this.numericStats(column.name);
      const numeric = stats.count > 0 && (type === 'integer' || type === 'number' || type === 'year');
      const temporal = stats.count > 0 && (type === 'date' || type === 'datetime');
      const distinct = this.distinct(column.name);
      const present = column.sketch.total - column.sketch.nulls;
      // Top values say nothing when every value is different (ids, emails).
      const top = distinct < present ? column.sketch.frequent.top(5).filter((e) => e.count > 1).map((e) => ({ value: String(e.value), count: e.count })) : [];
      const day = (ms: number) => new Date(ms).toISOString().slice(0, type === 'date' ? 10 : 19);
      return {
        name: column.name,
        type,
        count: column.sketch.total,
        nulls: column.sketch.nulls,
        ...(numeric ? { min: stats.min, max: stats.max, mean: stats.mean } : temporal ? { min: day(stats.min!), max: day(stats.max!) } : { top }),
        distinct: this.distinct(column.name),
      };
    });
  }

  toJSON(): DatasetProfileJson {
    return {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      rows: this.rows,
      created: new Date().toISOString(),
      columns: [...this.columns.values()].map((c) => ({ name: c.name, type: inferredType(c.kindCounts()), kinds: c.kindCounts(), sketch: c.sketch.toJSON() })),
    };
  }
}

/** Reads a profile back (validating its format and version) as plain column sketches. */
export function parseProfile(json: unknown, file: string): { rows: number; columns: Map<string, { type: string; kinds: Partial<Record<ValueKind, number>>; sketch: ColumnSketch }> } {
  const profile = json as Partial<DatasetProfileJson> | null;
  if (!profile || typeof profile !== 'object' || profile.format !== PROFILE_FORMAT) {
    throw new UserError(`${file}: not a dataset profile (expected "format": "${PROFILE_FORMAT}")`, { file });
  }
  if (profile.version !== PROFILE_VERSION) {
    throw new UserError(`${file}: profile format version ${String(profile.version)} is not supported (this version reads ${PROFILE_VERSION}); write the profile again with this version of validate-data`, { file });
  }
  if (!Array.isArray(profile.columns) || typeof profile.rows !== 'number') throw new UserError(`${file}: profile has no "rows" or "columns"`, { file });
  const columns = new Map<string, { type: string; kinds: Partial<Record<ValueKind, number>>; sketch: ColumnSketch }>();
  for (const column of profile.columns) {
    try {
      columns.set(column.name, { type: column.type, kinds: column.kinds, sketch: ColumnSketch.fromJSON(column.sketch) });
    } catch (error) {
      throw new UserError(`${file}: column '${column?.name}': ${(error as Error).message}`, { file });
    }
  }
  return { rows: profile.rows, columns };
}

/** Merges profiles of shards of one dataset into the profile of the whole. */
export function mergeProfiles(profiles: readonly DatasetProfileJson[]): DatasetProfileJson {
  const merged = new Map<string, { kinds: Partial<Record<ValueKind, number>>; sketch: ColumnSketch }>();
  let rows = 0;
  for (const [index, profile] of profiles.entries()) {
    const parsed = parseProfile(profile, `profile #${index + 1}`);
    for (const [name, column] of parsed.columns) {
      const into = merged.get(name);
      if (!into) merged.set(name, { kinds: { ...column.kinds }, sketch: column.sketch });
      else {
        into.sketch.merge(column.sketch);
        for (const [kind, n] of Object.entries(column.kinds)) into.kinds[kind as ValueKind] = (into.kinds[kind as ValueKind] ?? 0) + (n ?? 0);
      }
    }
    rows += parsed.rows;
  }
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    rows,
    created: new Date().toISOString(),
    columns: [...merged].map(([name, c]) => ({ name, type: inferredType(c.kinds), kinds: c.kinds, sketch: c.sketch.toJSON() })),
  };
}
