/** What an operation handler of the fake receives and answers. */
import type { FakeState, FakeUser, Json, RepoState } from '../state.js';

export interface HandlerContext {
  state: FakeState;
  repo: RepoState;
  /** Path parameters by name, as in the OpenAPI template. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The full request URL, on the fake's public base (for Link headers). */
  url: URL;
  /** The JSON body; `{}` when there was none. */
  body: Json;
  user: FakeUser;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Handler {
  /** Query parameters the handler honours besides per_page and page; others answer 501. */
  query?: readonly string[];
  handle(ctx: HandlerContext): HandlerResult;
}

export type HandlerTable = Record<string, Handler>;

/** An answer other than success, thrown by a handler (404 for a missing object, 422...). */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Json = {},
  ) {
    super(message);
  }
}

/** Throws the 404 GitHub gives for a missing object. */
export function notFound(): never {
  throw new FakeHttpError(404, 'Not Found');
}

/** The numeric path parameter `name`. */
export function numberParam(ctx: HandlerContext, name: string): number {
  return Number(ctx.params[name]);
}
