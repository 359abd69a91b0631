/**
 * The sorted runs spilled to disk, and their merging. When there are more runs than can be read
 * at once within the budget, consecutive runs are merged into longer ones first (consecutive,
 * so that run order stays row order).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryBuffer } from './entry-buffer.js';
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
  readonly paths: string[] = [];
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
    this.paths.push(writer.path);
    const words = buffer.words;
    try {
      for (let k = 0; k < sorted.length; k++) writer.copy(words, sorted[k]!);
    } finally {
      writer.close();
    }
  }

  /** Merges every run, in order, into the sink, reading at most plan.fanIn runs at a time. */
  async mergeInto(sink: RecordSink, plan: MergePlan): Promise<void> {
    while (this.paths.length > plan.fanIn) await this.mergePass(plan);
    await this.mergeGroup(this.paths.splice(0), sink, plan.bufferBytes);
  }

  /** One pass that replaces each group of fanIn consecutive runs by their merge. */
  private async mergePass(plan: MergePlan): Promise<void> {
    const inputs = this.paths.splice(0);
    for (let g = 0; g < inputs.length; g += plan.fanIn) {
      const group = inputs.slice(g, g + plan.fanIn);
      if (group.length === 1) {
        this.paths.push(group[0]!);
        continue;
      }
      const writer = new RunWriter(this.nextPath(), writeChunk(plan.bufferBytes));
      this.paths.push(writer.path);
      const sink: RecordSink = {
        push: (hi, lo, row, line, meta, key, start, length) => writer.write(hi, lo, row, line, meta, key, start, length),
      };
      try {
        await this.mergeGroup(group, sink, plan.bufferBytes);
      } finally {
        writer.close();
      }
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
