/**
 * Checks a request's parameters and JSON body against the operation's schemas with Ajv.
 * OpenAPI 3.0 is not quite JSON Schema: `nullable` is rewritten into a null type, and
 * `#/components/...` references are pointed at the description loaded as one schema.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { openApiDocument, resolveRef, type MatchedOperation, type OpenApiParameter } from './openapi.js';

const DOCUMENT_ID = 'https://fake-github.invalid/openapi.json';

/** One problem found in a request, in the shape GitHub gives validation errors. */
export interface ValidationProblem {
  field: string;
  message: string;
}

let ajvCache: Ajv | undefined;
const validators = new WeakMap<object, ValidateFunction>();

/** Rewrites an OpenAPI 3.0 schema (deeply) into JSON Schema that Ajv understands. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `${DOCUMENT_ID}${value}`;
    else if (key === 'example' || key === 'examples' || key === 'description' || key.startsWith('x-')) continue;
    else out[key] = toJsonSchema(value);
  }
  if (out.nullable !== true) {
    delete out.nullable;
    return out;
  }
  delete out.nullable;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  // `nullable` next to allOf/oneOf/$ref and no type: null or the schema.
  return { anyOf: [out, { type: 'null' }] };
}

function ajv(): Ajv {
  if (ajvCache) return ajvCache;
  // OpenAPI carries keywords Ajv does not know (discriminator, readOnly...): not strict.
  const instance = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  addFormats(instance);
  instance.addSchema({ $id: DOCUMENT_ID, components: toJsonSchema(openApiDocument().components) }, DOCUMENT_ID);
  ajvCache = instance;
  return instance;
}

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv().compile(toJsonSchema(schema) as object);
    validators.set(schema, validate);
  }
  return validate;
}

function describe(errors: ErrorObject[] | null | undefined, base: string): ValidationProblem[] {
  return (errors ?? []).map((e) => ({ field: `${base}${e.instancePath}`, message: `${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}` }));
}

/** Values a parameter string may stand for; the schema decides which one it accepts. */
function candidates(raw: string): unknown[] {
  const values: unknown[] = [raw];
  if (/^-?\d+(\.\d+)?$/.test(raw)) values.push(Number(raw));
  if (raw === 'true' || raw === 'false') values.push(raw === 'true');
  return values;
}

function checkParameter(param: OpenApiParameter, raw: string | undefined, where: string): ValidationProblem[] {
  if (raw === undefined) return param.required ? [{ field: param.name, message: `${where} parameter is required` }] : [];
  if (!param.schema) return [];
  const validate = validatorFor(param.schema);
  if (candidates(raw).some((value) => validate(value))) return [];
  validate(raw);
  return describe(validate.errors, `${where}.${param.name}`);
}

/**
 * Validates path and query parameters and the JSON body of a request against its operation.
 * Query parameters the operation does not declare are reported too: GitHub would ignore them,
 * which hides misspelt options in our code.
 */
export function validateRequest(match: MatchedOperation, query: URLSearchParams, body: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const param of match.parameters) {
    if (param.in === 'path') problems.push(...checkParameter(param, match.pathParams[param.name], 'path'));
    if (param.in === 'query') problems.push(...checkParameter(param, query.get(param.name) ?? undefined, 'query'));
  }
  const declared = new Set(match.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!declared.has(name)) problems.push({ field: `query.${name}`, message: 'is not a query parameter of this operation' });
  }
  const requestBody = match.operation.requestBody ? resolveRef(match.operation.requestBody) : undefined;
  const schema = requestBody?.content?.['application/json']?.schema;
  if (schema && (body !== undefined || requestBody?.required)) {
    const validate = validatorFor(schema);
    if (!validate(body ?? {})) problems.push(...describe(validate.errors, 'body'));
  } else if (!requestBody && body !== undefined && match.method !== 'GET') {
    problems.push({ field: 'body', message: 'this operation takes no request body' });
  }
  return problems;
}
