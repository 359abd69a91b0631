// AssemblyScript (compiled to WebAssembly by run.mjs): kernel.js's work, on the bytes that the
// runner copies into linear memory at `base`. An experiment, not product code (see README.md).
const NCOL: i32 = 12;
const TYPES: StaticArray<i32> = [0, 1, 0, 0, 0, 0, 1, 1, 3, 0, 2, 1];
export const count = new StaticArray<f64>(12);
export const sum = new StaticArray<f64>(12);
export const mins = new StaticArray<f64>(12);
export const maxs = new StaticArray<f64>(12);
const hll = new StaticArray<u8>(12 << 14);
let rows: i32 = 0;
let base: usize = 0;
const POW: StaticArray<f64> = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function init(): usize {
  for (let c = 0; c < NCOL; c++) { mins[c] = Infinity; maxs[c] = -Infinity; }
  base = heap.alloc(8 << 20); // two 4 MiB reads: a read plus the row it cut
  return base;
}
export function getRows(): i32 { return rows; }
export function getCount(c: i32): f64 { return count[c]; }
export function getSum(c: i32): f64 { return sum[c]; }
export function getMax(c: i32): f64 { return maxs[c]; }

@inline function fmix(h: u32): u32 { h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; return h ^ (h >> 16); }
@inline function hllAdd(col: i32, h: u32): void {
  const idx = (col << 14) | <i32>(h >> 18);
  const rank = <u8>(clz<u32>((h << 14) | 0x2000) + 1);
  if (unchecked(hll[idx]) < rank) unchecked(hll[idx] = rank);
}
@inline function b(i: usize): u32 { return load<u8>(base + i); }
function days(y: i32, m: i32, d: i32): i32 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}
@inline function d2(k: usize): i32 { return <i32>(b(k) - 48) * 10 + <i32>(b(k + 1) - 48); }
@inline function num(c: i32, v: f64): void {
  unchecked(count[c] += 1); unchecked(sum[c] += v);
  if (v < unchecked(mins[c])) unchecked(mins[c] = v);
  if (v > unchecked(maxs[c])) unchecked(maxs[c] = v);
  const bits = reinterpret<u64>(v);
  hllAdd(c, fmix(<u32>bits ^ fmix(<u32>(bits >> 32))));
}

/** Processes complete rows in [start, end); returns the offset after the last complete row. */
export function run(start: usize, end: usize): usize {
  let i = start;
  let rowStart = start;
  while (i < end) {
    rowStart = i;
    let c = 0;
    for (; c < NCOL; c++) {
      const t = unchecked(TYPES[c]);
      const s = i;
      let h: u32 = 0x9747b28c;
      if (b(i) == 34) {
        i++;
        let closed = false;
        while (i < end) {
          const ch = b(i);
          if (ch == 34) { if (i + 1 < end && b(i + 1) == 34) { i += 2; continue; } i++; closed = true; break; }
          h = (h ^ ch) * 0x01000193; i++;
        }
        if (!closed) return rowStart;
        unchecked(count[c] += 1); hllAdd(c, fmix(h));
      } else {
        while (i < end) { const ch = b(i); if (ch == 44 || ch == 10) break; i++; }
        if (i >= end) return rowStart;
        const e = i;
        if (e == s) {
        } else if (t == 0) {
          let k = s; let neg = false;
          if (b(k) == 45) { neg = true; k++; }
          let m: f64 = 0; let frac: i32 = -1;
          for (; k < e; k++) { const ch = b(k); if (ch == 46) { frac = 0; continue; } m = m * 10 + <f64>(ch - 48); if (frac >= 0) frac++; }
          let v = frac > 0 ? m / unchecked(POW[frac]) : m;
          if (neg) v = -v;
          num(c, v);
        } else if (t == 1) {
          for (let k = s; k < e; k++) h = (h ^ b(k)) * 0x01000193;
          unchecked(count[c] += 1); hllAdd(c, fmix(h));
        } else if (t == 2) {
          const y = d2(s) * 100 + d2(s + 2);
          const v = <f64>(((<i64>days(y, d2(s + 5), d2(s + 8)) * 24 + d2(s + 11)) * 60 + d2(s + 14)) * 60000 + <i64>d2(s + 17) * 1000);
          num(c, v);
        } else {
          const v: f64 = b(s) == 116 ? 1 : 0;
          unchecked(count[c] += 1); unchecked(sum[c] += v); hllAdd(c, fmix(<u32>v + 7));
        }
      }
      if (i >= end) return rowStart;
      i++; // the delimiter or the newline
    }
    rows++;
    rowStart = i;
  }
  return rowStart;
}
