/**
 * Hash order for a buffer filled with sorted segments (the records of one part each, sorted by
 * their KeyRecorder, parts in row order): a k-way merge of the segments, ties between equal
 * hashes in segment order, which is row order, as sortByHash orders them. Each segment is read
 * front to back, so the records are reached almost in memory order: at 1M keys and a 16 MiB
 * budget the sort-and-gather of a spill (sortByHash, then one random read per record over the
 * whole arena) took ~80 ms a spill, most of it cache misses.
 */
import type { EntryBuffer } from './entry-buffer.js';

/** Calls `visit` with the word offset of each record of the buffer, in (hi, lo, row) order. */
export function forEachInHashOrder(buffer: EntryBuffer, visit: (offset: number) => void): void {
  const { hi, offsets, words, count, segments } = buffer;
  const m = segments.length;
  if (m === 1) {
    for (let i = segments[0]!; i < count; i++) visit(offsets[i]!);
    return;
  }
  const cursor = new Uint32Array(m);
  const end = new Uint32Array(m);
  const his = new Uint32Array(m);
  const los = new Uint32Array(m);
  const heap = new Int32Array(m);
  let size = 0;
  for (let s = 0; s < m; s++) {
    cursor[s] = segments[s]!;
    end[s] = s + 1 < m ? segments[s + 1]! : count;
    if (cursor[s]! < end[s]!) {
      his[s] = hi[cursor[s]!]!;
      los[s] = words[offsets[cursor[s]!]! + 1]!;
      heap[size++] = s;
    }
  }
  const before = (a: number, b: number): boolean => (his[a] !== his[b] ? his[a]! < his[b]! : los[a] !== los[b] ? los[a]! < los[b]! : a < b);
  const siftDown = (i: number): void => {
    const item = heap[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const child = r < size && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  while (size > 0) {
    const s = heap[0]!;
    const at = cursor[s]!;
    visit(offsets[at]!);
    const next = at + 1;
    cursor[s] = next;
    if (next < end[s]!) {
      his[s] = hi[next]!;
      los[s] = words[offsets[next]! + 1]!;
    } else {
      heap[0] = heap[--size]!;
      if (size === 0) break;
    }
    siftDown(0);
  }
}
