import { z } from 'zod';
import { apiContract } from '../../../shared/api/contract';
import { ApiErrorCodes, IssueSchema, NotSaved } from '../../../shared/api/errors';
import { bodySchema, fieldSchema, inputObject } from './route-input';
import { methodAccess } from '../../../shared/api/access';
import { paramTarget, pathParams, type Route } from './routes';

type Json = Record<string, unknown>;

/** Where the schemas of recursive parts (e.g. nested conditions) go: `components.schemas` of the document. */
export type SharedSchemas = Record<string, Json>;

const rewriteRefs = (value: unknown, names: Map<string, string>): unknown => {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, key === '$ref' && typeof v === 'string' && names.has(v) ? `#/components/schemas/${names.get(v)}` : rewriteRefs(v, names)]),
  );
};

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a zod schema: what a caller sends, or what
 * comes back. Recursive parts become `#/components/schemas/…` (a `#/$defs` reference inside the
 * document would point at its root).
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output', shared: SharedSchemas): Json {
  const { $schema: _, $defs: defs, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline', cycles: 'ref' }) as Json;
  if (!defs) return json;
  const names = new Map(Object.keys(defs as Json).map((local) => [`#/$defs/${local}`, `Recursive${Object.keys(shared).length}_${local.replace(/\W/g, '')}`]));
  for (const [local, def] of Object.entries(defs as Json)) shared[names.get(`#/$defs/${local}`)!] = rewriteRefs(def, names) as Json;
  return rewriteRefs(json, names) as Json;
}

export const ErrorResponse = z.object({
  error: z.object({
    code: z.enum(ApiErrorCodes),
    message: z.string(),
    issues: z.array(IssueSchema).describe('The fields at fault: `path.<param>`, `query.<name>` or `body.<field>`'),
    notSaved: NotSaved.optional().describe('With `not_saved` (503): the data file that could not be written, and why'),
  }),
});

const errorRef = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });

/** `GET /items/{id}` → `getItemsId`. */
export const operationIdOf = (route: Route): string =>
  route.method.toLowerCase() +
  route.path
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/[{}]/g, ''))
    .map((part) => part.replace(/(^|[-_.])(\w)/g, (_m, _s, c: string) => c.toUpperCase()))
    .join('');

/** What a 403 of a route means: the scope its token lacks, or a resource the caller has no part in. */
const forbidden = (route: Route): string => {
  const { level, scope } = methodAccess[route.call];
  const who = level === 'admin' ? 'an administrator' : 'someone signed in';
  return `The token may not do this: it needs the scope \`${scope}\` (or to act for ${who}), or the item is not theirs`;
};

/** The OpenAPI operation of one route, from the route table and the contract's zod schemas. */
export function operationOf(route: Route, shared: SharedSchemas): Json {
  const object = inputObject(route);
  const isPublic = methodAccess[route.call].level === 'public';
  const parameters = [
    ...pathParams(route.path).map((name) => ({ name, in: 'path', required: true, schema: jsonSchemaOf(fieldSchema(object, paramTarget(route, name)), 'input', shared) })),
    ...(route.query ?? []).map((name) => {
      const schema = fieldSchema(object, name);
      return { name, in: 'query', required: !schema.isOptional(), schema: jsonSchemaOf(schema, 'input', shared) };
    }),
  ];
  const body = bodySchema(route);
  const output = route.respond?.schema ?? (apiContract[route.call].output as z.ZodType);
  const status = String(route.status ?? 200);
  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    tags: [route.tag],
    description: `Calls \`${route.call}\`.`,
    ...(isPublic ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(body, 'input', shared) } } } } : {}),
    responses: {
      [status]: { description: route.summary, content: { 'application/json': { schema: jsonSchemaOf(output, 'output', shared) } } },
      ...(isPublic ? {} : { '401': errorResponse('No token, or a token that is not valid') }),
      ...(isPublic ? {} : { '403': errorResponse(forbidden(route)) }),
      ...(parameters.length || body ? { '422': errorResponse('Input that is not valid; `issues` names each field at fault') } : {}),
      ...(body ? { '413': errorResponse('A body larger than 12 MB') } : {}),
      ...(body ? { '415': errorResponse('A body that is not JSON') } : {}),
      default: errorResponse(
        'Another error (400 for an unreadable address or body, 403, 404, 409, 429 `rate_limited`, 503 `not_saved`, 507 `disk_full`, …)' +
          ' with its code',
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the API v1, generated from the route table. */
export function openApiDocument(routes: readonly Route[], version: string): Json {
  const paths: Record<string, Json> = {
    '/openapi.json': {
      get: { operationId: 'getOpenapi', summary: 'This document (no token needed)', tags: ['Health'], security: [], responses: { '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } },
    },
  };
  const shared: SharedSchemas = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route, shared);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stroomlijn API',
      version,
      description:
        'The external HTTP API v1 of Stroomlijn, on 127.0.0.1 only. Send `Authorization: Bearer <token>` ' +
        '(tokens are made in Settings → API, or by `npm start -- --create-admin … --token-file <path>`) and JSON ' +
        'bodies. A token acts as its owner, or is an integration token with scopes; one with the scope `act-as` ' +
        '(or `admin`) acts for a user it names in the header `X-Act-As: <userId>` (needed for tasks, actions and ' +
        'the inbox). Errors are `{ "error": { "code", "message", "issues": [{ "path", "message" }] } }`.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from Settings → API' } },
      schemas: { Error: jsonSchemaOf(ErrorResponse, 'output', shared), ...shared },
    },
    paths,
  };
}
