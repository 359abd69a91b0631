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
import { RunReader, RunWriter } from './run-file.js';

export interface MergePlan {
  /** How many runs are read at once. */
  fanIn: number;
  /** Bytes of each reader's (and the intermediate writer's) buffer. */
  bufferBytes: number;
}

export class RunSet {
  readonly paths: string[] = [];
  private made = 0;

  constructor(readonly dir: string) {}

  private nextPath(): string {
    return join(this.dir, `run-${String(this.made++).padStart(6, '0')}.bin`);
  }

  /** Sorts the buffer by hash and writes it as the next run. */
  spill(buffer: EntryBuffer, scratch: SortScratch, chunkBytes: number): void {
    const perm = sortByHash(buffer.hi, buffer.lo, buffer.count, scratch);
    const writer = new RunWriter(this.nextPath(), chunkBytes);
    this.paths.push(writer.path);
    const { hi, lo, row, line, meta, keyStart, keys } = buffer;
    try {
      for (let k = 0; k < perm.length; k++) {
        const i = perm[k]!;
        const start = keyStart[i]!;
        writer.write(hi[i]!, lo[i]!, row[i]!, line[i]!, meta[i]!, keys, start, keyStart[i + 1]! - start);
      }
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
      const writer = new RunWriter(this.nextPath(), plan.bufferBytes);
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
