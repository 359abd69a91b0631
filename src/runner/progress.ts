/**
 * Steady progress lines for long work (rows read, bytes, throughput). A line is logged at most
 * once per interval, however often update() is called, so a hot loop can call it cheaply.
 */
import * as core from '@actions/core';

export interface ProgressOptions {
  intervalMs?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export class Progress {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private readonly startedAt: number;
  private lastLoggedAt: number;
  private rows = 0;
  private bytes = 0;

  constructor(
    private readonly label: string,
    options: ProgressOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 10_000;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? core.info;
    this.startedAt = this.now();
    this.lastLoggedAt = this.startedAt;
  }

  /** Records the running totals; logs a line when the interval has passed. */
  update(rows: number, bytes: number): void {
    this.rows = rows;
    this.bytes = bytes;
    const now = this.now();
    if (now - this.lastLoggedAt >= this.intervalMs) {
      this.lastLoggedAt = now;
      this.log(this.line(now));
    }
  }

  /** Logs the final totals. */
  done(): void {
    this.log(`${this.line(this.now())} (done)`);
  }

  private line(now: number): string {
    const seconds = Math.max((now - this.startedAt) / 1000, 1e-9);
    const mb = this.bytes / 1e6;
    return (
      `${this.label}: ${this.rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB, ` +
      `${(mb / seconds).toFixed(1)} MB/s, ${Math.round(this.rows / seconds).toLocaleString('en-US')} rows/s`
    );
  }
}
