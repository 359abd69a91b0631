/** 1-based line and column of a character offset in a text, for error locations. */
export function linePosition(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, offset));
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}
