/**
 * The demo's traffic: a router standing in for the load balancer in front of the two model
 * servers (it splits requests by the canary's weight, which canary-deploy's `command` provider
 * sets through scripts/demo-set-weight.mjs), and a load generator standing in for users.
 * Both run inside the demo's process (the CLI steps are child processes, so they keep going
 * while a step runs).
 */
import { createServer } from 'node:http';

/**
 * Starts the router on a free port. `PUT /weight` (a number 0-100) sets the canary's percent,
 * `GET /weight` reads it back, `POST /predict` is forwarded to stable or canary. The split is a
 * smooth weighted round robin rather than random, so a short bake still gets its share exactly.
 */
export async function startRouter(upstreams) {
  let weight = 0;
  let sent = 0;
  let toCanary = 0;
  const forwarded = { stable: 0, canary: 0 };
  const server = createServer(async (request, response) => {
    const path = request.url?.split('?')[0];
    let body = '';
    for await (const chunk of request) body += chunk;
    if (path === '/weight' && request.method === 'GET') return end(response, 200, `${weight}\n`);
    if (path === '/weight' && request.method === 'PUT') {
      const value = Number(body.trim());
      if (!(body.trim() !== '' && value >= 0 && value <= 100)) return end(response, 400, `weight must be 0-100, got '${body.trim()}'\n`);
      weight = value;
      sent = 0;
      toCanary = 0;
      return end(response, 200, `${weight}\n`);
    }
    if (path !== '/predict' || request.method !== 'POST') return end(response, 404, 'not found\n');
    sent++;
    const variant = (toCanary + 1) / sent <= weight / 100 ? 'canary' : 'stable';
    if (variant === 'canary') toCanary++;
    forwarded[variant]++;
    try {
      const answer = await fetch(`${upstreams[variant]}/predict`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      end(response, answer.status, await answer.text(), 'application/json');
    } catch (error) {
      end(response, 502, JSON.stringify({ error: `${variant} unreachable: ${error.message}` }), 'application/json');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    weight: () => weight,
    forwarded,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function end(response, status, text, type = 'text/plain') {
  response.writeHead(status, { 'content-type': type });
  response.end(text);
}

/** Sends `rows` (cycling) to `url`/predict at `perSecond` until stopped; counts the answers. */
export function startLoad(url, rows, { perSecond = 40 } = {}) {
  const stats = { sent: 0, ok: 0, failed: 0 };
  let next = 0;
  const timer = setInterval(() => {
    const row = rows[next++ % rows.length];
    stats.sent++;
    fetch(`${url}/predict`, { method: 'POST', body: JSON.stringify(row), headers: { 'content-type': 'application/json' } })
      .then(async (answer) => {
        await answer.arrayBuffer();
        stats[answer.ok ? 'ok' : 'failed']++;
      })
      .catch(() => stats.failed++);
  }, 1000 / perSecond);
  return { stats, stop: () => clearInterval(timer) };
}
