/**
 * The keys of a JSON object's text as written, duplicates included. JSON.parse keeps the last
 * value of a repeated key without a word (RFC 8259 only says names SHOULD be unique), so a JSON
 * Lines row `{"age": 31, "age": null}` would be read as null and the 31 lost; the JSONL reader
 * compares the keys written with the keys parsed to report such a row instead.
 *
 * Both functions take text that JSON.parse accepted. Strings are skipped with indexOf, so long
 * values cost little. On bench/validate-data's rows (12 keys, 7 string values) counting costs
 * about a third of JSON.parse's time per row (Node 20).
 */

/**
 * How many keys the top-level object of `text` has as written (a repeated key counts each
 * time). `flat`: no value of the parsed object is an object or array. Then, unless a key
 * repeats, the text holds no nested object and every string followed by ':' is a top-level
 * key, so only the strings are visited; with a repeated key the count may include the keys of
 * a nested value that the parse dropped, which only makes it larger than the parsed keys'.
 * Otherwise every character outside strings is read to track the nesting.
 */
export function writtenKeyCount(text: string, flat: boolean): number {
  if (!flat) return walkTopLevelKeys(text);
  let keys = 0;
  for (let open = text.indexOf('"'); open !== -1; ) {
    const end = stringEnd(text, open);
    if (nextNonSpace(text, end) === 58) keys++;
    open = text.indexOf('"', end);
  }
  return keys;
}

/** The top-level object's keys as written, in order, decoded (to name the repeated one). */
export function writtenKeys(text: string): string[] {
  const keys: string[] = [];
  walkTopLevelKeys(text, (start, end) => keys.push(JSON.parse(text.slice(start, end)) as string));
  return keys;
}

/**
 * Counts the top-level object's keys, reading every character outside strings to track the
 * nesting; `onKey` gets each key's span (quotes included). Counting alone decodes nothing, as
 * the reader does it for every row with a nested value.
 */
function walkTopLevelKeys(text: string, onKey?: (start: number, end: number) => void): number {
  let depth = 0;
  let keys = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      // In the top-level object a string followed by ':' is a key (a value is followed by ',' or '}').
      if (depth === 1 && nextNonSpace(text, end) === 58) {
        keys++;
        onKey?.(i, end);
      }
      i = end;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    i++;
  }
  return keys;
}

/** The index after the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let q = start;
  for (;;) {
    q = text.indexOf('"', q + 1);
    if (q === -1) return text.length;
    if (text.charCodeAt(q - 1) !== 92) return q + 1;
    // A quote after an odd number of backslashes is escaped.
    let b = q - 1;
    while (text.charCodeAt(b) === 92) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
  }
}

/** The code of the first character at or after i that is not JSON whitespace (-1 at the end). */
function nextNonSpace(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return -1;
}
