/**
 * The samples the action scraped itself, kept in memory for the rollout as Prometheus' TSDB
 * would keep them: one series per label set (with `__name__`), samples in time order, and
 * staleness markers when a series disappears from its target or the target stops answering
 * (so an instant selector does not keep returning a value that is gone).
 */

export type Labels = Readonly<Record<string, string>>;

/** A stored sample; `value` null is a staleness marker. */
export interface StoredSample {
  t: number;
  value: number | null;
}

export interface Series {
  labels: Labels;
  samples: StoredSample[];
}

/** A stable key for a label set. */
export function labelsKey(labels: Labels): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}

export class SampleStore {
  private readonly series = new Map<string, Series>();
  /** Series keys each target exposed at its last successful scrape. */
  private readonly lastSeen = new Map<string, Set<string>>();

  /** @param retentionMs samples older than this (relative to the newest append) are dropped. */
  constructor(private readonly retentionMs = Infinity) {}

  /** Records one scrape of `target` at time t. */
  append(target: string, t: number, samples: ReadonlyArray<{ labels: Labels; value: number }>): void {
    const seen = new Set<string>();
    for (const sample of samples) {
      const key = labelsKey(sample.labels);
      if (seen.has(key)) continue; // Prometheus keeps the first of duplicate series in a scrape.
      seen.add(key);
      let series = this.series.get(key);
      if (!series) this.series.set(key, (series = { labels: sample.labels, samples: [] }));
      series.samples.push({ t, value: sample.value });
    }
    this.markStale(target, t, seen);
    this.lastSeen.set(target, seen);
    this.prune(t);
  }

  /** Records a failed scrape: every series of the target goes stale, as in Prometheus. */
  targetDown(target: string, t: number): void {
    this.markStale(target, t, new Set());
    this.lastSeen.set(target, new Set());
  }

  /** Every series; callers filter by labels and time. */
  all(): Iterable<Series> {
    return this.series.values();
  }

  private markStale(target: string, t: number, now: Set<string>): void {
    for (const key of this.lastSeen.get(target) ?? []) {
      if (!now.has(key)) this.series.get(key)?.samples.push({ t, value: null });
    }
  }

  private prune(now: number): void {
    if (!Number.isFinite(this.retentionMs)) return;
    const oldest = now - this.retentionMs;
    for (const [key, series] of this.series) {
      const keep = series.samples.findIndex((s) => s.t >= oldest);
      if (keep === -1) this.series.delete(key);
      else if (keep > 0) series.samples.splice(0, keep);
    }
  }
}
