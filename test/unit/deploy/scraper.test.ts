/** The scraper of scrape mode against a real local HTTP endpoint: labels it adds, staleness, health. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Evaluator } from '../../../src/deploy/promql/evaluate.js';
import { parsePromql } from '../../../src/deploy/promql/parse.js';
import { Scraper } from '../../../src/deploy/scrape/scraper.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = undefined;
});

/** An endpoint answering `body()` (or 500 while it returns undefined). */
async function endpoint(body: () => string | undefined): Promise<string> {
  server = createServer((_req, res) => {
    const text = body();
    res.statusCode = text === undefined ? 500 : 200;
    res.end(text ?? 'down');
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
}

describe('Scraper', () => {
  it("labels each sample with its side and instance, keeping the endpoint's own as exported_*", async () => {
    const url = await endpoint(() => 'reqs_total{variant="blue",code="200"} 7\nup_thing 1\n');
    const scraper = new Scraper([{ variant: 'canary', url }], 60_000, Infinity);
    await scraper.start();
    await scraper.stop();
    const labels = [...scraper.store.all()].map((s) => s.labels);
    const instance = new URL(url).host;
    expect(labels).toEqual([
      { __name__: 'reqs_total', exported_variant: 'blue', code: '200', variant: 'canary', instance },
      { __name__: 'up_thing', variant: 'canary', instance },
    ]);
    const value = new Evaluator(scraper.store).evaluate(parsePromql('sum(reqs_total{variant="canary"})'), Date.now());
    expect(value).toEqual({ type: 'vector', samples: [{ labels: {}, value: 7 }] });
  });

  it('an endpoint failing at the first scrape is an error naming it; later failures make its series stale and fail the health check', async () => {
    let up = false;
    const url = await endpoint(() => (up ? 'g 1\n' : undefined));
    await expect(new Scraper([{ variant: 'stable', url }], 50, Infinity).start()).rejects.toThrow(
      new RegExp(`^Metrics endpoint GET ${url.replace(/\./g, '\\.')} \\(stable\\) could not be reached: HTTP 500: down; the analysis scrapes it`),
    );
    up = true;
    const scraper = new Scraper([{ variant: 'stable', url }], 50, Infinity);
    await scraper.start();
    expect(() => scraper.checkHealthy(Date.now())).not.toThrow();
    up = false;
    // Three intervals and a second of slack without an answer.
    await new Promise((r) => setTimeout(r, 1400));
    await scraper.stop();
    const evaluator = new Evaluator(scraper.store);
    expect(evaluator.evaluate(parsePromql('g'), Date.now())).toEqual({ type: 'vector', samples: [] });
    expect(() => scraper.checkHealthy(Date.now())).toThrow(/\(stable\) could not be reached: no successful scrape since .*: HTTP 500: down/);
  });
});
