/**
 * k-way merge of sorted runs: records come out ordered by (hi, lo), ties in run order, which
 * is row order because runs are spilled in row order and each is sorted stably.
 */
import type { RunReader } from './run-file.js';

/** Receives records in merged order. `key` holds the key bytes at [start, start + length). */
export interface RecordSink {
  push(hi: number, lo: number, row: number, line: number, meta: number, key: Uint8Array, start: number, length: number): void;
}

function before(a: RunReader, b: RunReader): boolean {
  if (a.hi !== b.hi) return a.hi < b.hi;
  if (a.lo !== b.lo) return a.lo < b.lo;
  return a.order < b.order;
}

/** Advances a reader, refilling its buffer when needed; false at the end of its run. */
async function advance(reader: RunReader): Promise<boolean> {
  const step = reader.next();
  if (step !== null) return step;
  await reader.refill();
  const again = reader.next();
  if (again === null) throw new Error(`Temporary run ${reader.path} holds a record larger than the read buffer`);
  return again;
}

/** Streams every record of the runs, in merged order, into the sink. */
export async function mergeRuns(readers: RunReader[], sink: RecordSink): Promise<void> {
  const heap: RunReader[] = [];
  for (const reader of readers) if (await advance(reader)) heap.push(reader);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  while (heap.length > 0) {
    const top = heap[0]!;
    sink.push(top.hi, top.lo, top.row, top.line, top.meta, top.buffer, top.keyStart, top.keyLength);
    // Only the top's record is consumed, so only its buffer may be refilled: the others' current
    // records stay valid.
    let more = top.next();
    if (more === null) more = await advance(top);
    if (!more) {
      const last = heap.pop()!;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    siftDown(heap, 0);
  }
}

function siftDown(heap: RunReader[], i: number): void {
  const n = heap.length;
  const item = heap[i]!;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
    if (!before(heap[child]!, item)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}
