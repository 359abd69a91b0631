/**
 * Scrape mode: the action itself scrapes each variant's Prometheus /metrics endpoint at the
 * analysis resolution for the whole rollout, as a Prometheus server would, and adds the side's
 * label: `variant="stable"` or `variant="canary"` (a `variant` label the target already has is
 * kept as `exported_variant`, as Prometheus does without honor_labels) and `instance`
 * (host:port). The samples stay in memory (scrape/store.ts) and the analysis' queries are
 * evaluated over them (local-prometheus.ts), so no Prometheus server is needed.
 */
import { ServiceError } from '../../runner/errors.js';
import type { Variant } from '../provider.js';
import { parseExposition } from './exposition.js';
import { SampleStore } from './store.js';

export interface ScrapeTarget {
  variant: Variant;
  url: string;
}

interface TargetHealth {
  lastSuccess?: number;
  lastError?: string;
}

const METRICS_ENDPOINT = 'Metrics endpoint';

export class Scraper {
  readonly store: SampleStore;
  private readonly health = new Map<string, TargetHealth>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    readonly targets: readonly ScrapeTarget[],
    readonly intervalMs: number,
    retentionMs: number,
  ) {
    this.store = new SampleStore(retentionMs);
  }

  /** Scrapes every target once; each must answer, or this throws (nothing has changed yet), then scrapes every interval. */
  async start(): Promise<void> {
    await this.scrapeAll();
    const failed = this.targets.filter((t) => this.health.get(t.url)?.lastError);
    if (failed.length) {
      const t = failed[0]!;
      throw new ServiceError(METRICS_ENDPOINT, `GET ${t.url} (${t.variant})`, undefined, `${this.health.get(t.url)!.lastError}; the analysis scrapes it (analysis \`scrape\`), so it must answer before the rollout starts`);
    }
    const tick = () => {
      if (this.stopped) return;
      this.running = this.scrapeAll().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Throws when a target has not answered a scrape for three intervals before `atMs`: its
   * metrics are missing or stale, and a verdict on them would be wrong.
   */
  checkHealthy(atMs: number): void {
    const since = atMs - 3 * this.intervalMs - 1000;
    for (const target of this.targets) {
      const health = this.health.get(target.url);
      if (health?.lastSuccess !== undefined && health.lastSuccess >= since) continue;
      throw new ServiceError(
        METRICS_ENDPOINT,
        `GET ${target.url} (${target.variant})`,
        undefined,
        `no successful scrape since ${new Date(health?.lastSuccess ?? since).toISOString()}${health?.lastError ? `: ${health.lastError}` : ''}`,
      );
    }
  }

  private async scrapeAll(): Promise<void> {
    await Promise.all(this.targets.map((target) => this.scrape(target)));
  }

  private async scrape(target: ScrapeTarget): Promise<void> {
    // Prometheus stamps samples with the scrape's start.
    const t = Date.now();
    const health = this.health.get(target.url) ?? {};
    this.health.set(target.url, health);
    try {
      const response = await fetch(target.url, {
        headers: { accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1' },
        signal: AbortSignal.timeout(Math.max(1000, Math.min(this.intervalMs, 10_000))),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
      const instance = new URL(target.url).host;
      const samples = parseExposition(text).map((s) => {
        const labels: Record<string, string> = { __name__: s.name };
        for (const [k, v] of Object.entries(s.labels)) labels[k === 'variant' || k === 'instance' ? `exported_${k}` : k] = v;
        labels.variant = target.variant;
        labels.instance = instance;
        return { labels, value: s.value };
      });
      this.store.append(target.url, t, samples);
      health.lastSuccess = t;
      health.lastError = undefined;
    } catch (error) {
      const cause = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
      health.lastError = cause;
      this.store.targetDown(target.url, t);
    }
  }
}
