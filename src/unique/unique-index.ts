/**
 * A bounded-memory duplicate detector for Table Schema `unique`, `primaryKey` and `uniqueKeys`.
 * See README.md in this folder for how memory is bounded and what the error rate is.
 */
import { scanBuffer } from './bucket-scan.js';
import { DenseIntegerSet, REFUSED, REPEAT } from './dense-integers.js';
import { DuplicateScanner } from './duplicate-scanner.js';
import { ExampleKeeper, type Duplicate } from './examples.js';
import { FirstRowLog } from './first-row-log.js';
import { EntryBuffer, KEY_LENGTH_MASK, NUMBER_KEY, TRUNCATED } from './entry-buffer.js';
import { KEY, encodeKey, numberKeyHash, numberOfKeyHash, utf8PrefixLength } from './key-hash.js';
import { RECORD_WORDS, type KeyRecords } from './key-records.js';
import { SortScratch, sortByHash } from './radix-sort.js';
import { HEADER_WORDS, maxRecordBytes } from './run-file.js';
import { RunSet } from './run-set.js';
import type { MergePlan } from './run-set.js';
import { createTempDir, removeTempDir } from './temp-dir.js';
import { spillError } from './spill-error.js';

export type { Duplicate } from './examples.js';

export interface UniqueIndexOptions {
  /** Memory the index may hold, in bytes (default 32 MiB, at least 4 KiB). */
  memoryBudgetBytes?: number;
  /** Where sorted runs are spilled (default: RUNNER_TEMP, else the OS temp dir). */
  tempDir?: string;
  /** Duplicates reported as examples, earliest rows first (default 5). */
  maxExamples?: number;
  /** UTF-8 bytes of each key kept for confirming duplicates and reporting values (default 1024; at most a 32nd of the budget). */
  maxKeyBytes?: number;
  /**
   * Hold integer number keys as bits while they fit a window (dense-integers.ts; default true).
   * Off, every key goes through the hashed index (tests of its spill paths use that).
   */
  denseIntegers?: boolean;
}

export interface UniqueResult {
  /** Rows whose key was already seen on an earlier row. */
  violations: number;
  /** Up to maxExamples of those rows, in row order. */
  examples: Duplicate[];
  /** True when every violation was confirmed by comparing the keys' full text. */
  exact: boolean;
  /** Upper bound on the probability that any reported violation is a hash collision (0 when exact). */
  falsePositiveBound: number;
  /** Rows added. */
  rows: number;
  /** Sorted runs written to disk (0: everything fitted in memory). */
  spilledRuns: number;
  /**
   * How the duplicates were found: 'memory' (nothing spilled), 'ranges' (the runs read range
   * by range, bucket-scan.ts) or 'merge' (a k-way merge of the runs, when one range of hashes
   * held more rows than the memory budget: many rows of one key).
   */
  scannedBy: 'memory' | 'ranges' | 'merge';
  /** Rows whose number key was held as a bit (dense-integers.ts) rather than hashed. */
  denseRows: number;
}

export const DEFAULT_BUDGET = 32 * 1024 * 1024;
const MIN_BUDGET = 4096;
const MAX_ROW = 0xffffffff;

export class UniqueIndex {
  private readonly budget: number;
  private readonly maxKeyBytes: number;
  private readonly maxExamples: number;
  private readonly tempParent: string | undefined;
  private readonly chunkBytes: number;
  /** The in-memory arena's share of the budget (the spill writer's chunk takes the rest). */
  private readonly bufferBudget: number;
  private buffer: EntryBuffer | undefined;
  private readonly scratch = new SortScratch();
  private runs: RunSet | undefined;
  private spilled = 0;
  private rows = 0;
  /** Rows whose key was stored as a prefix (see falsePositiveBound). */
  private truncatedKeys = 0;
  private lastRow = 0;
  private done = false;
  /** Integer number keys as bits, with their rows logged and their duplicates counted apart. */
  private dense: { set: DenseIntegerSet; log: FirstRowLog; examples: ExampleKeeper; violations: number; rows: number } | undefined;
  private readonly denseIntegers: boolean;
  /** Whether the arena's budget was cut by what the bits took, once they stopped growing. */
  private arenaSized = false;

  /** Creates an empty index; nothing is allocated on disk until the budget is reached. */
  constructor(options: UniqueIndexOptions = {}) {
    this.budget = Math.max(MIN_BUDGET, Math.floor(options.memoryBudgetBytes ?? DEFAULT_BUDGET));
    // Keys are stored up to this many bytes; capped so that a spill always holds many entries.
    this.maxKeyBytes = Math.max(4, Math.floor(Math.min(options.maxKeyBytes ?? 1024, this.budget / 32)));
    this.maxExamples = Math.max(0, Math.floor(options.maxExamples ?? 5));
    this.tempParent = options.tempDir;
    // The spill writer's chunk comes out of the budget; it must hold a couple of the largest records.
    this.chunkBytes = Math.max(2 * maxRecordBytes(this.maxKeyBytes), Math.min(1 << 20, Math.floor(this.budget / 16)));
    this.bufferBudget = Math.max(this.budget - this.chunkBytes, MIN_BUDGET / 2);
    this.buffer = new EntryBuffer(this.bufferBudget);
    this.denseIntegers = options.denseIntegers ?? true;
  }

  /** Bytes of memory the index holds now (its typed arrays and buffers), for checking the budget. */
  get bytesHeld(): number {
    const dense = this.dense ? this.dense.set.bytes + this.dense.log.chunkBytes : 0;
    return (this.buffer?.bytes ?? 0) + this.chunkBytes + dense;
  }

  /**
   * Adds the key of one row. `key` is the canonical text of the value, or of a composite key
   * (e.g. JSON.stringify of the parts); `row` is the 1-based data row, increasing from call to
   * call; `line` the physical line in a text file, if any.
   */
  add(key: string, row: number, line?: number): void {
    this.checkRow('add', row);
    encodeKey(key);
    const stored = utf8PrefixLength(KEY.bytes, 0, KEY.length, this.maxKeyBytes);
    const meta = stored < KEY.length ? (stored | TRUNCATED) >>> 0 : stored;
    if (meta & TRUNCATED) this.truncatedKeys++;
    this.append(row, line, meta, stored);
  }

  /**
   * Adds a number key: the same as add(String(value)) (so 0 and -0 are one key, and every NaN
   * another), without the text. A number key never equals a text key ("5" and 5 included):
   * an index may take both, for values that cannot be the same (validate-data gives an integer
   * field's safe integers as numbers and larger ones as their decimal text).
   */
  addNumber(value: number, row: number, line?: number): void {
    this.checkRow('addNumber', row);
    if (this.denseIntegers && this.addDense(value, row, line)) return;
    numberKeyHash(value);
    this.append(row, line, NUMBER_KEY, 0);
  }

  /**
   * Adds a number key to the bits when they hold it (an integer in their window): counts it as
   * a duplicate when its bit was set, and logs its row. False when the hashed index must take it.
   */
  private addDense(value: number, row: number, line: number | undefined): boolean {
    // The bits may take half of what the log's chunk leaves of the arena's budget, and never
    // the arena's least (see sizeArena).
    const room = this.bufferBudget - this.chunkBytes;
    const dense = (this.dense ??= {
      set: new DenseIntegerSet(Math.max(0, Math.min(Math.floor(room / 2), room - MIN_BUDGET / 2))),
      log: new FirstRowLog(this.chunkBytes, this.tempParent),
      examples: new ExampleKeeper(this.maxExamples),
      violations: 0,
      rows: 0,
    });
    const seen = dense.set.add(value);
    if (seen === REFUSED) {
      if (!this.arenaSized) this.sizeArena(dense.set.bytes);
      return false;
    }
    try {
      dense.log.append(value, row);
    } catch (error) {
      this.abort();
      throw error;
    }
    dense.rows++;
    if (seen === REPEAT) {
      dense.violations++;
      if (dense.examples.wants(row)) {
        // The first row is filled in by finish(), from the log.
        const example: Duplicate = { row, firstRow: 0, value: String(value) };
        if (line !== undefined && line > 0 && line <= MAX_ROW) example.line = line;
        dense.examples.add(example);
      }
    }
    return true;
  }

  /**
   * The bits stopped growing when they first refused a key: give the arena what they and the
   * log's chunk leave of its budget. Nothing is in the arena yet (every key went to the bits).
   */
  private sizeArena(denseBytes: number): void {
    this.arenaSized = true;
    // Lowered in place (addRecords holds the buffer in a local), never below what its first,
    // empty arrays take.
    const buffer = this.buffer!;
    if (buffer.count === 0 && this.runs === undefined) buffer.budget = Math.max(MIN_BUDGET / 2, buffer.bytes, this.bufferBudget - this.chunkBytes - denseBytes);
  }

  private checkRow(method: string, row: number): void {
    if (this.done) throw new Error(`UniqueIndex.${method}() called after finish() or abort()`);
    if (!Number.isInteger(row) || row <= this.lastRow || row > MAX_ROW) {
      throw new RangeError(`UniqueIndex.${method}(): row ${row} must be an integer above the previous row ${this.lastRow} (and at most ${MAX_ROW})`);
    }
    this.lastRow = row;
    this.rows++;
  }

  /** Appends the record of the key in KEY (its first `stored` bytes), spilling first when full. */
  private append(row: number, line: number | undefined, meta: number, stored: number): void {
    const buffer = this.buffer!;
    if (!buffer.reserve(stored)) {
      this.spill(buffer);
      buffer.clear();
    }
    buffer.append(KEY.hi, KEY.lo, row, line !== undefined && line > 0 && line <= MAX_ROW ? line : 0, meta, KEY.bytes, stored);
  }

  /** UTF-8 bytes of each key kept (what a KeyRecorder feeding this index must keep). */
  get keyByteLimit(): number {
    return this.maxKeyBytes;
  }

  /**
   * Adds keys recorded elsewhere (key-records.ts), their rows offset by `rowOffset`: the same
   * as add() of each key in row order, with the encoding and hashing already done. Records
   * sorted by hash (records.sorted, as KeyRecorder.take gives them) must all have rows above
   * those of earlier calls. The spill's sort keeps equal hashes in the order they were added,
   * which for sorted records of one part is row order.
   */
  addRecords(records: KeyRecords, rowOffset: number): void {
    if (this.done) throw new Error('UniqueIndex.addRecords() called after finish() or abort()');
    const { words, bytes, count } = records;
    const sorted = records.sorted === true;
    const firstRow = this.lastRow;
    let maxRow = firstRow;
    let keyAt = 0;
    const buffer = this.buffer!;
    for (let r = 0, at = 0; r < count; r++, at += RECORD_WORDS) {
      const row = words[at + 2]! + rowOffset;
      const previous = sorted ? firstRow : this.lastRow;
      if (!Number.isInteger(row) || row <= previous || row > MAX_ROW) {
        throw new RangeError(`UniqueIndex.addRecords(): row ${row} must be an integer above the previous row ${previous} (and at most ${MAX_ROW})`);
      }
      if (sorted) {
        if (row > maxRow) maxRow = row;
      } else this.lastRow = row;
      this.rows++;
      const meta = words[at + 4]!;
      if (meta === NUMBER_KEY && this.denseIntegers && this.addDense(numberOfKeyHash(words[at]!, words[at + 1]!), row, words[at + 3]!)) continue;
      if (meta & TRUNCATED) this.truncatedKeys++;
      const stored = meta & KEY_LENGTH_MASK;
      if (stored > this.maxKeyBytes) throw new RangeError(`UniqueIndex.addRecords(): a key of ${stored} bytes is over the limit of ${this.maxKeyBytes}`);
      if (!buffer.reserve(stored)) {
        this.spill(buffer);
        buffer.clear();
      }
      buffer.append(words[at]!, words[at + 1]!, row, words[at + 3]!, meta, bytes, stored, keyAt);
      keyAt += stored;
    }
    if (sorted) this.lastRow = maxRow;
  }

  /**
   * Finds the duplicates: the number of rows whose key was already seen on an earlier row, and
   * the first maxExamples of them. Removes the temporary files, also when it fails.
   */
  async finish(): Promise<UniqueResult> {
    if (this.done) throw new Error('UniqueIndex.finish() called twice, or after abort()');
    this.done = true;
    let buffer = this.buffer;
    this.buffer = undefined;
    const scanner = new DuplicateScanner(this.maxExamples, this.maxKeyBytes);
    let scannedBy: UniqueResult['scannedBy'] = 'memory';
    let denseExamples: Duplicate[] = [];
    try {
      denseExamples = this.finishDense();
      if (this.runs === undefined) {
        scanBuffer(buffer!, this.scratch, scanner);
      } else {
        if (buffer!.count > 0) this.spill(buffer!);
        const plan = this.mergePlan();
        if (this.runs.count > plan.fanIn) {
          // The merge passes take their read buffers from the budget: the arena goes first.
          buffer = undefined;
          this.scratch.release();
          await this.runs.mergeDown(plan);
          buffer = new EntryBuffer(this.bufferBudget);
        }
        scannedBy = 'ranges';
        if (!this.runs.scanRanges(scanner, buffer!, this.scratch)) {
          // A range too large for the arena (many rows of one key): merge, within the budget.
          buffer = undefined;
          this.scratch.release();
          scannedBy = 'merge';
          await this.runs.mergeInto(scanner, plan);
        }
      }
    } finally {
      this.release();
    }
    const m = this.truncatedKeys;
    return {
      violations: scanner.violations + (this.dense?.violations ?? 0),
      examples: [...denseExamples, ...scanner.list()].sort((a, b) => a.row - b.row).slice(0, this.maxExamples),
      exact: scanner.unverified === 0,
      // Union bound over the pairs of keys compared by hash alone: m(m-1)/2 pairs, 2^-64 each.
      falsePositiveBound: scanner.unverified === 0 ? 0 : Math.min(1, (m * (m - 1)) / 2 ** 65),
      rows: this.rows,
      spilledRuns: this.spilled,
      scannedBy,
      denseRows: this.dense?.rows ?? 0,
    };
  }

  /** Drops everything and removes the temporary files, when the caller gives up before finish(). */
  abort(): void {
    this.done = true;
    this.release();
  }

  /** The duplicates the bits found, with their first rows read from the log; frees the bits. */
  private finishDense(): Duplicate[] {
    const dense = this.dense;
    if (dense === undefined) return [];
    const examples = dense.examples.list();
    dense.set = new DenseIntegerSet(0);
    if (examples.length === 0) return [];
    const firstRows = dense.log.firstRows([...new Set(examples.map((e) => Number(e.value)))]);
    for (const example of examples) example.firstRow = firstRows.get(Number(example.value)) ?? 0;
    return examples;
  }

  private spill(buffer: EntryBuffer): void {
    const runs = (this.runs ??= new RunSet(createTempDir(this.tempParent), this.chunkBytes));
    try {
      runs.spill(buffer, this.scratch);
      this.spilled++;
    } catch (error) {
      this.abort();
      throw spillError(error, runs.dir);
    }
  }

  private mergePlan(): MergePlan {
    const minBuffer = Math.max(1024, 2 * maxRecordBytes(this.maxKeyBytes));
    // fanIn readers plus one writer for intermediate merges share what the spill chunk leaves.
    const budget = this.budget - this.chunkBytes;
    const fanIn = Math.max(2, Math.min(64, Math.floor(budget / minBuffer) - 1));
    const bufferBytes = Math.max(minBuffer, Math.floor(budget / (fanIn + 1)));
    return { fanIn, bufferBytes };
  }

  private release(): void {
    this.buffer = undefined;
    if (this.runs !== undefined) removeTempDir(this.runs.dir);
    this.dense?.log.release();
  }
}
