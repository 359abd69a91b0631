/**
 * UTF-8 boundaries and error positions. The fast path validates whole chunks with
 * buffer.isUtf8 (native); these JS loops run only at chunk edges or once an error is known.
 */

/** Length of the longest prefix of `bytes` that does not end inside a multi-byte sequence. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const len = bytes.length;
  // A sequence is at most 4 bytes: look back at most 3 bytes for its lead byte.
  for (let i = len - 1; i >= 0 && i >= len - 3; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + need > len ? i : len;
  }
  return len;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const len = bytes.length;
  let i = 0;
  while (i < len) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + need >= len) return i; // truncated sequence
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Counts '\n' in `text` from `start`; used to place errors, never in the hot loop. */
export function countNewlines(text: string, start = 0): number {
  let n = 0;
  for (let k = text.indexOf('\n', start); k !== -1; k = text.indexOf('\n', k + 1)) n++;
  return n;
}
