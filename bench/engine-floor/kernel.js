/**
 * An experiment, not product code (see README.md): how fast can plain JavaScript go through the
 * benchmark CSV when it never makes a string per cell? Tokenizes the bytes (quoted fields with
 * doubled quotes; no embedded line breaks, which the benchmark data does not have), parses each
 * cell by its column's type (0 number, 1 text, 2 ISO datetime, 3 boolean) and, per value,
 * updates count, sum, min, max and one HyperLogLog-style register from a 32-bit hash: about the
 * cheapest half of what validate-data does per cell (no KLL, frequent values, moments, checks or
 * uniqueness). kernel.ts is the same in AssemblyScript, for WebAssembly.
 */
export function makeState(types) {
  const n = types.length;
  return { types: Int32Array.from(types), count: new Float64Array(n), sum: new Float64Array(n), min: new Float64Array(n).fill(Infinity), max: new Float64Array(n).fill(-Infinity), hll: new Uint8Array(n << 14), rows: 0 };
}
function fmix(h) { h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); return h ^ (h >>> 16); }
const F = new Float64Array(1), U = new Uint32Array(F.buffer);
function hllAdd(hll, col, h) { const idx = (col << 14) | (h >>> 18); const rank = Math.clz32((h << 14) | 0x2000) + 1; if (hll[idx] < rank) hll[idx] = rank; }
const POW = Array.from({ length: 23 }, (_, i) => 10 ** i);
const d2 = (b, k) => (b[k] - 48) * 10 + b[k + 1] - 48;
function days(y, m, d) { y -= m <= 2 ? 1 : 0; const era = Math.floor(y / 400); const yoe = y - era * 400; const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1; return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468; }
/** Processes the complete rows in b[0..end); returns the index after the last one. */
export function run(b, end, st) {
  const types = st.types, ncol = types.length;
  let i = 0, rowStart = 0;
  outer: while (i < end) {
    rowStart = i;
    for (let c = 0; c < ncol; c++) {
      const t = types[c];
      let s = i, e;
      let h = 0x9747b28c;
      if (b[i] === 34) { // quoted: hash bytes, skip
        i++;
        for (;;) { if (i >= end) break outer; const ch = b[i]; if (ch === 34) { if (b[i + 1] === 34) { i += 2; continue; } i++; break; } h = Math.imul(h ^ ch, 0x01000193); i++; }
        e = i;
        st.count[c]++; hllAdd(st.hll, c, fmix(h));
      } else {
        while (i < end && b[i] !== 44 && b[i] !== 10) i++;
        if (i >= end) break outer;
        e = i;
        if (e === s) { /* missing */ }
        else if (t === 0) {
          let neg = false, k = s; if (b[k] === 45) { neg = true; k++; }
          let m = 0, frac = -1;
          for (; k < e; k++) { const ch = b[k]; if (ch === 46) { frac = 0; continue; } m = m * 10 + (ch - 48); if (frac >= 0) frac++; }
          let v = frac > 0 ? m / POW[frac] : m; if (neg) v = -v;
          st.count[c]++; st.sum[c] += v; if (v < st.min[c]) st.min[c] = v; if (v > st.max[c]) st.max[c] = v;
          F[0] = v; hllAdd(st.hll, c, fmix(U[0] ^ fmix(U[1])));
        } else if (t === 1) {
          for (let k = s; k < e; k++) h = Math.imul(h ^ b[k], 0x01000193);
          st.count[c]++; hllAdd(st.hll, c, fmix(h));
        } else if (t === 2) {
                    const y = d2(b, s) * 100 + d2(b, s + 2), mo = d2(b, s + 5), d = d2(b, s + 8), hh = d2(b, s + 11), mi = d2(b, s + 14), se = d2(b, s + 17);
          const v = ((days(y, mo, d) * 24 + hh) * 60 + mi) * 60000 + se * 1000;
          st.count[c]++; st.sum[c] += v; if (v < st.min[c]) st.min[c] = v; if (v > st.max[c]) st.max[c] = v;
          F[0] = v; hllAdd(st.hll, c, fmix(U[0] ^ fmix(U[1])));
        } else {
          const v = b[s] === 116 ? 1 : 0; st.count[c]++; st.sum[c] += v; hllAdd(st.hll, c, fmix(v + 7));
        }
      }
      // at delimiter or newline
      if (c < ncol - 1) { if (b[i] !== 44) throw new Error('ragged'); i++; } else { if (b[i] !== 10) throw new Error('ragged end'); i++; }
    }
    st.rows++;
    rowStart = i;
  }
  return rowStart;
}
