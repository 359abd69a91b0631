/**
 * The sorted runs spilled to disk, and their merging. When there are more runs than can be read
 * at once within the budget, consecutive runs are merged into longer ones first (consecutive,
 * so that run order stays row order).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuplicateScanner } from './duplicate-scanner.js';
import type { EntryBuffer } from './entry-buffer.js';
import { scanRuns, type IndexedRun } from './bucket-scan.js';
import type { RecordSink } from './merge.js';
import { mergeRuns } from './merge.js';
import type { SortScratch } from './radix-sort.js';
import { sortByHash } from './radix-sort.js';
import { RunReader, RunWriter, writeChunk } from './run-file.js';

export interface MergePlan {
  /** How many runs are read at once. */
  fanIn: number;
  /** Bytes of each reader's (and the intermediate writer's) buffer. */
  bufferBytes: number;
}

export class RunSet {
  /** The runs in spill order (so row order), each with the index of its hash ranges. */
  readonly runs: IndexedRun[] = [];
  private made = 0;
  private readonly chunk: Uint8Array;

  /** `chunkBytes`: the size of the write buffer used by spills. */
  constructor(
    readonly dir: string,
    chunkBytes: number,
  ) {
    this.chunk = writeChunk(chunkBytes);
  }

  private nextPath(): string {
    return join(this.dir, `run-${String(this.made++).padStart(6, '0')}.bin`);
  }

  /** Sorts the buffer by hash and writes it as the next run. */
  spill(buffer: EntryBuffer, scratch: SortScratch): void {
    const sorted = sortByHash(buffer.hi, buffer.offsets, buffer.count, buffer.loOf, scratch);
    const writer = new RunWriter(this.nextPath(), this.chunk);
    const words = buffer.words;
    try {
      for (let k = 0; k < sorted.length; k++) writer.copy(words, sorted[k]!);
    } finally {
      writer.close();
    }
    this.runs.push({ path: writer.path, index: writer.index });
  }

  get count(): number {
    return this.runs.length;
  }

  /** Merges consecutive runs until at most plan.fanIn are left (what one merge reads at once). */
  async mergeDown(plan: MergePlan): Promise<void> {
    while (this.runs.length > plan.fanIn) await this.mergePass(plan);
  }

  /**
   * Finds the duplicates of every run range by range through `buffer` (bucket-scan.ts); false,
   * having scanned nothing, when a range does not fit (then merge them: mergeInto).
   */
  scanRanges(scanner: DuplicateScanner, buffer: EntryBuffer, scratch: SortScratch): boolean {
    return scanRuns(this.runs, buffer, scratch, scanner);
  }

  /** Merges every run, in order, into the sink, reading at most plan.fanIn runs at a time. */
  async mergeInto(sink: RecordSink, plan: MergePlan): Promise<void> {
    await this.mergeDown(plan);
    await this.mergeGroup(this.runs.splice(0).map((run) => run.path), sink, plan.bufferBytes);
  }

  /** One pass that replaces each group of fanIn consecutive runs by their merge. */
  private async mergePass(plan: MergePlan): Promise<void> {
    const inputs = this.runs.splice(0);
    for (let g = 0; g < inputs.length; g += plan.fanIn) {
      const group = inputs.slice(g, g + plan.fanIn);
      if (group.length === 1) {
        this.runs.push(group[0]!);
        continue;
      }
      const writer = new RunWriter(this.nextPath(), writeChunk(plan.bufferBytes));
      const sink: RecordSink = {
        push: (hi, lo, row, line, meta, key, start, length) => writer.write(hi, lo, row, line, meta, key, start, length),
      };
      try {
        await this.mergeGroup(group.map((run) => run.path), sink, plan.bufferBytes);
      } finally {
        writer.close();
      }
      this.runs.push({ path: writer.path, index: writer.index });
    }
  }

  /** Merges the given runs into the sink and deletes them. */
  private async mergeGroup(paths: string[], sink: RecordSink, bufferBytes: number): Promise<void> {
    const readers: RunReader[] = [];
    try {
      for (const [order, path] of paths.entries()) readers.push(await RunReader.open(path, order, bufferBytes));
      await mergeRuns(readers, sink);
    } finally {
      for (const reader of readers) await reader.close();
      for (const path of paths) rmSync(path, { force: true });
    }
  }
}
