/**
 * The OCI client's token requests: when a registry's Bearer challenge names no scope, reads
 * ask for `pull` only (a read-only token, e.g. `packages: read` on GHCR, must be enough to
 * read a baseline) and writes for `pull,push`; a scope the challenge names is used as given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OciClient } from '../../../src/registry/oci/client.js';
import { parseOciReference } from '../../../src/registry/oci/reference.js';

let server: Server;
let host = '';
/** Scopes asked of the token endpoint, in order. */
const asked: string[] = [];
/** The scope each issued token grants, by token. */
const granted = new Map<string, string>();
let challengeScope: string | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/token') {
      const scope = url.searchParams.get('scope') ?? '';
      asked.push(scope);
      const token = `t${asked.length}`;
      granted.set(token, scope);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
      return;
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const scope = token ? granted.get(token) : undefined;
    const needs = req.method === 'GET' || req.method === 'HEAD' ? 'pull' : 'push';
    if (!scope || !scope.split(':')[2]!.split(',').includes(needs)) {
      const named = challengeScope ? `,scope="${challengeScope}"` : '';
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="test"${named}` }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    req.resume();
    req.on('end', () => {
      if (req.method === 'PUT') res.writeHead(201, { 'docker-content-digest': 'sha256:0' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"tags":["1"]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(): OciClient {
  return new OciClient(parseOciReference(`${host}/models/churn`), { username: 'u', password: 'p' }, 'OCI registry');
}

describe('OCI token scopes', () => {
  it('asks for pull to read and pull,push to write when the challenge names no scope', async () => {
    asked.length = 0;
    challengeScope = undefined;
    const oci = client();
    expect(await oci.listTags()).toEqual(['1']);
    expect(await oci.putManifest('2', Buffer.from('{}'))).toBe('sha256:0');
    expect(asked).toEqual(['repository:models/churn:pull', 'repository:models/churn:pull,push']);
  });

  it('uses the scope the challenge names', async () => {
    asked.length = 0;
    challengeScope = 'repository:models/churn:pull,push';
    expect(await client().listTags()).toEqual(['1']);
    expect(asked).toEqual(['repository:models/churn:pull,push']);
  });
});
