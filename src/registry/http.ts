/**
 * fetch with the errors users need: a server that cannot be reached or answers with an error
 * becomes a ServiceError naming the registry, the endpoint and the HTTP status.
 */
import { ServiceError } from '../runner/errors.js';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Default time allowed per request; uploads of large files set their own. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Sends one request; network failures throw a ServiceError without a status. */
export async function send(service: string, endpoint: string, url: string, init: RequestInit & { duplex?: 'half' }, timeoutMs = REQUEST_TIMEOUT_MS): Promise<HttpResult> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new ServiceError(service, endpoint, undefined, `${detail} (${new URL(url).origin})`, error);
  }
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** A short, single-line excerpt of an error body for messages. */
export function bodyExcerpt(body: Buffer, limit = 300): string {
  const text = body.toString('utf8').replace(/\s+/g, ' ').trim();
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Plain HTTP is allowed only for registries on this machine, as ORAS's --plain-http. */
export function isLoopbackHost(host: string): boolean {
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return hostname === 'localhost' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** A request body as fetch takes it (the DOM's BodyInit, absent from Node-only type libraries). */
export type RequestBody = NonNullable<RequestInit['body']>;
