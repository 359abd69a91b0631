/**
 * GitHub's OpenAPI description (@octokit/openapi), loaded once per test process (13 MB) and
 * indexed from method + path to operation, so the fake can reject what GitHub would not know.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  'x-multi-segment'?: boolean;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: (OpenApiParameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Record<string, unknown> }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

/** An operation found for a request, with its path parameters as the request spelled them. */
export interface MatchedOperation {
  method: string;
  template: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
  pathParams: Record<string, string>;
}

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literalLength: number;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

let documentCache: OpenApiDocument | undefined;
let routesCache: Map<string, Route[]> | undefined;

/** The parsed description; read from disk on first use only. */
export function openApiDocument(): OpenApiDocument {
  if (!documentCache) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    documentCache = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return documentCache;
}

/** Resolves a local `$ref` such as `#/components/parameters/owner`. */
export function resolveRef<T>(value: T | { $ref: string }): T {
  let current: unknown = value;
  while (current && typeof current === 'object' && '$ref' in current && typeof current.$ref === 'string') {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')], openApiDocument());
  }
  return current as T;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildRoute(template: string, operation: OpenApiOperation, shared: unknown[]): Route {
  const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => resolveRef<OpenApiParameter>(p as OpenApiParameter));
  const names: string[] = [];
  let literalLength = 0;
  const source = template.split(/(\{[^}]+\})/).map((piece) => {
    const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
    if (!name) {
      literalLength += piece.length;
      return escapeRegex(piece);
    }
    names.push(name);
    // Some parameters (a ref, a file path) may span several segments.
    const multi = parameters.some((p) => p.name === name && p.in === 'path' && p['x-multi-segment']);
    return multi ? '(.+)' : '([^/]+)';
  });
  return { template, regex: new RegExp(`^${source.join('')}$`), names, literalLength, operation, parameters };
}

function routes(): Map<string, Route[]> {
  if (routesCache) return routesCache;
  const byMethod = new Map<string, Route[]>();
  for (const [template, item] of Object.entries(openApiDocument().paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const list = byMethod.get(method.toUpperCase()) ?? [];
      list.push(buildRoute(template, operation as OpenApiOperation, shared));
      byMethod.set(method.toUpperCase(), list);
    }
  }
  // The most specific template wins: `/issues/comments/{id}` over `/issues/{issue_number}/…`.
  for (const list of byMethod.values()) list.sort((a, b) => b.literalLength - a.literalLength);
  routesCache = byMethod;
  return byMethod;
}

/** Finds the operation for `method` and `path` (no query string); undefined when there is none. */
export function findOperation(method: string, path: string): MatchedOperation | undefined {
  for (const route of routes().get(method.toUpperCase()) ?? []) {
    const match = route.regex.exec(path);
    if (!match) continue;
    const pathParams: Record<string, string> = {};
    route.names.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { method: method.toUpperCase(), template: route.template, operation: route.operation, parameters: route.parameters, pathParams };
  }
  return undefined;
}
