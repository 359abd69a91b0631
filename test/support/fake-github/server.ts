/**
 * A fake GitHub REST API on 127.0.0.1 for tests. Every request is checked against GitHub's
 * OpenAPI description: unknown operations answer 404, invalid parameters or bodies 422, and
 * valid operations the fake does not implement 501, so a test cannot pass on a request GitHub
 * would refuse. It keeps state, and faults can be injected.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findOperation } from './openapi.js';
import { validateRequest } from './validate.js';
import { defaultFaultBody, faultMatches, type ActiveFault, type FaultSpec } from './faults.js';
import { FakeState, type FakeUser, type Json } from './state.js';
import { FakeHttpError, type HandlerResult, type HandlerTable } from './handlers/types.js';
import { commentHandlers } from './handlers/comments.js';
import { issueHandlers } from './handlers/issues.js';
import { statusHandlers } from './handlers/statuses.js';
import { deploymentHandlers } from './handlers/deployments.js';
import { actionsHandlers, ARTIFACT_BLOB_PREFIX } from './handlers/actions.js';
import { repoHandlers } from './handlers/repos.js';
import { addArtifact, addWorkflowRun, seedComments, seedIssues, type WorkflowRunSeed } from './seed.js';

const HANDLERS: HandlerTable = { ...commentHandlers, ...issueHandlers, ...statusHandlers, ...deploymentHandlers, ...actionsHandlers, ...repoHandlers };
const PAGING = new Set(['per_page', 'page']);
const DOCS = 'https://docs.github.com/rest';

export type TokenAccess = 'read' | 'write';

/** One request the fake received, for assertions. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  template?: string;
  token?: string;
  body?: unknown;
  status?: number;
}

export interface FakeGitHub {
  /** Base URL for GITHUB_API_URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** A token with write access, registered at start. */
  token: string;
  state: FakeState;
  requests: RecordedRequest[];
  addToken(token: string, access: TokenAccess, login?: string): void;
  seedComments(owner: string, repo: string, issueNumber: number, count: number): Json[];
  /** Adds `count` open issues by someone else carrying `labels`; `body(i)` gives each body. */
  seedIssues(owner: string, repo: string, count: number, labels?: string[], body?: (i: number) => string): Json[];
  addWorkflowRun(owner: string, repo: string, seed: WorkflowRunSeed): Json;
  addArtifact(owner: string, repo: string, runId: number, name: string, zip: Buffer, expired?: boolean): Json;
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** Requests for one operation (by operationId), in order. */
  requestsFor(operationId: string): RecordedRequest[];
  close(): Promise<void>;
}

function send(res: ServerResponse, record: RecordedRequest, result: HandlerResult): void {
  record.status = result.status;
  const headers: Record<string, string> = { 'x-github-request-id': `FAKE:${Math.random().toString(16).slice(2, 10)}`, ...result.headers };
  if (result.body === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  const text = JSON.stringify(result.body);
  res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}

function error(status: number, message: string, extra: Json = {}): HandlerResult {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the fake on a free port of 127.0.0.1. Close it with `await gh.close()`. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  const tokens = new Map<string, { access: TokenAccess; user: FakeUser }>();
  const faults: ActiveFault[] = [];
  // Index the 13 MB description now, so the first request is not the slow one.
  findOperation('GET', '/');
  const requests: RecordedRequest[] = [];
  let state: FakeState | undefined;

  async function handle(req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    // GitHub Enterprise Server serves the same API under /api/v3.
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const raw = await readBody(req);
    const record: RecordedRequest = { method, url: `${url.pathname}${url.search}`, path, query: Object.fromEntries(url.searchParams) };
    requests.push(record);
    if (method === 'GET' && path.startsWith(ARTIFACT_BLOB_PREFIX)) {
      const zip = state?.artifactZips.get(Number(path.slice(ARTIFACT_BLOB_PREFIX.length).replace(/\.zip$/, '')));
      record.status = zip ? 200 : 404;
      if (zip) res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) }).end(zip);
      else res.writeHead(404).end();
      return;
    }
    send(res, record, answer(method, path, url, raw, record, req.headers.authorization));
  }

  function answer(method: string, path: string, url: URL, raw: Buffer, record: RecordedRequest, authorization: string | undefined): HandlerResult {
    const match = findOperation(method, path);
    if (!match) return error(404, `Not Found: no such operation in GitHub's OpenAPI description: ${method} ${path}`);
    record.operationId = match.operation.operationId;
    record.template = match.template;
    const fault = faults.find((f) => faultMatches(f, method, path, match.template));
    if (fault) {
      fault.remaining -= 1;
      return { status: fault.status, headers: fault.headers, body: fault.body ?? defaultFaultBody(fault.status) };
    }
    const token = authorization?.replace(/^(token|bearer)\s+/i, '');
    record.token = token;
    if (!token) return error(401, 'Requires authentication');
    const grant = tokens.get(token);
    if (!grant) return error(401, 'Bad credentials');
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return error(400, 'Problems parsing JSON');
      }
    }
    record.body = body;
    const problems = validateRequest(match, url.searchParams, body);
    if (problems.length > 0) {
      const errors = problems.map((p) => ({ resource: match.operation.operationId, field: p.field, code: 'invalid', message: `${p.field} ${p.message}` }));
      return error(422, `Validation Failed (checked against GitHub's OpenAPI description of ${method} ${match.template})`, { errors });
    }
    if (method !== 'GET' && method !== 'HEAD' && grant.access === 'read') return error(403, 'Resource not accessible by integration');
    const handler = HANDLERS[match.operation.operationId];
    if (!handler) return error(501, `The fake GitHub does not implement ${match.operation.operationId} (${method} ${match.template})`);
    const unsupported = [...url.searchParams.keys()].find((k) => !PAGING.has(k) && !(handler.query ?? []).includes(k));
    if (unsupported) return error(501, `The fake GitHub's ${match.operation.operationId} does not implement the query parameter '${unsupported}'`);
    const { owner = '', repo = '' } = match.pathParams;
    try {
      const s = state as FakeState;
      return handler.handle({ state: s, repo: s.repo(owner, repo), params: match.pathParams, query: url.searchParams, url, body: (body ?? {}) as Json, user: grant.user });
    } catch (thrown) {
      if (thrown instanceof FakeHttpError) return error(thrown.status, thrown.message, thrown.extra);
      throw thrown;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res, base).catch((thrown: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake GitHub crashed: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state = new FakeState(base);
  const fakeState = state;
  const writeToken = 'fake-write-token';
  tokens.set(writeToken, { access: 'write', user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' } });

  return {
    url: base,
    token: writeToken,
    state: fakeState,
    requests,
    addToken(token, access, login = 'github-actions[bot]') {
      tokens.set(token, { access, user: { login, id: fakeState.nextId(), type: login.endsWith('[bot]') ? 'Bot' : 'User' } });
    },
    seedComments: (owner, repo, issueNumber, count) => seedComments(fakeState, owner, repo, issueNumber, count),
    seedIssues: (owner, repo, count, labels, body) => seedIssues(fakeState, owner, repo, count, labels, body),
    addWorkflowRun: (owner, repo, seed) => addWorkflowRun(fakeState, owner, repo, seed),
    addArtifact: (owner, repo, runId, name, zip, expired) => addArtifact(fakeState, owner, repo, runId, name, zip, expired),
    injectFault(fault) {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    clearFaults() {
      faults.length = 0;
    },
    requestsFor: (operationId) => requests.filter((r) => r.operationId === operationId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
