/** The exact answer a JS Map gives, to check the index against. */
import type { Duplicate } from '../../../src/unique/index.js';

export interface Expected {
  violations: number;
  examples: Duplicate[];
  /** Violations whose key is longer than the stored limit (compared by prefix and hash only). */
  longViolations: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What the index reports as a key's value: its text, or a prefix cut on a character boundary and "…". */
export function shownValue(key: string, maxKeyBytes: number): string {
  const bytes = encoder.encode(key);
  if (bytes.length <= maxKeyBytes) return decoder.decode(bytes);
  let cut = maxKeyBytes;
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return `${decoder.decode(bytes.subarray(0, cut))}…`;
}

/**
 * Counts rows whose key was seen on an earlier row and lists the first `max` of them. Keys are
 * compared as UTF-8 text, as the index does (unpaired surrogates read as U+FFFD).
 */
export function expectedDuplicates(
  keys: string[],
  max: number,
  options: { lineOf?: (row: number) => number | undefined; maxKeyBytes?: number } = {},
): Expected {
  const maxKeyBytes = options.maxKeyBytes ?? Infinity;
  const first = new Map<string, number>();
  let violations = 0;
  let longViolations = 0;
  const examples: Duplicate[] = [];
  keys.forEach((key, i) => {
    const row = i + 1;
    const bytes = encoder.encode(key);
    const canonical = decoder.decode(bytes);
    const seen = first.get(canonical);
    if (seen === undefined) {
      first.set(canonical, row);
      return;
    }
    violations++;
    if (bytes.length > maxKeyBytes) longViolations++;
    if (examples.length < max) {
      const example: Duplicate = { row, firstRow: seen, value: shownValue(key, maxKeyBytes) };
      const line = options.lineOf?.(row);
      if (line !== undefined) example.line = line;
      examples.push(example);
    }
  });
  return { violations, examples, longViolations };
}
