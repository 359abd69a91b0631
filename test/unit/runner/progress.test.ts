import { describe, expect, it } from 'vitest';
import { Progress } from '../../../src/runner/progress.js';
import { formatDuration, parseDuration } from '../../../src/runner/duration.js';

describe('Progress', () => {
  it('logs at a steady pace however often it is updated, with rows, MB and rates', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new Progress('reading data.csv', { intervalMs: 5000, now: () => now, log: (l) => lines.push(l) });
    for (let i = 1; i <= 12_000; i++) {
      now = i; // 1 ms per row: 12 s in all
      progress.update(i, i * 100);
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('reading data.csv: 5,000 rows, 0.5 MB, 0.1 MB/s, 1,000 rows/s');
    progress.done();
    expect(lines[2]).toBe('reading data.csv: 12,000 rows, 1.2 MB, 0.1 MB/s, 1,000 rows/s (done)');
  });
});

describe('durations', () => {
  it('round-trips through the formatter', () => {
    for (const text of ['1h30m', '5m', '90s', '250ms', '2h', '1m5s']) expect(formatDuration(parseDuration(text)!)).toBe(text === '90s' ? '1m30s' : text);
  });
  it('rejects text that is not a duration', () => {
    for (const text of ['', 'm', '5 m', '5x', '-5s', 's5']) expect(parseDuration(text)).toBeUndefined();
  });
});
