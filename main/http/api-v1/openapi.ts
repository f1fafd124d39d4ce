import { z } from 'zod';
import { apiContract } from '@shared/api/contract';
import { ApiErrorCodes, IssueSchema, NotSaved } from '@shared/api/errors';
import { bodySchema, fieldSchema, inputObject } from './route-input';
import { methodAccess } from '@shared/api/access';
import { paramTarget, pathParams, type Route, routes as allRoutes } from './routes';
import { conventions } from './conventions-text';
import { isListRoute, PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from './paging';
import { createdReadRoute, writtenReadRoute } from './resource';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './idempotency';

type Json = Record<string, unknown>;

/** Where the schemas of recursive parts (e.g. nested conditions) go: `components.schemas` of the document. */
export type SharedSchemas = Record<string, Json>;

const rewriteRefs = (value: unknown, names: Map<string, string>): unknown => {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === '$ref' && typeof v === 'string' && names.has(v)
        ? `#/components/schemas/${names.get(v)}`
        : rewriteRefs(v, names),
    ]),
  );
};

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a zod schema: what a caller sends, or what
 * comes back. Recursive parts become `#/components/schemas/…` (a `#/$defs` reference inside the
 * document would point at its root).
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output', shared: SharedSchemas): Json {
  const {
    $schema: _,
    $defs: defs,
    ...json
  } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline', cycles: 'ref' }) as Json;
  if (!defs) return json;
  const names = new Map(
    Object.keys(defs as Json).map((local) => [
      `#/$defs/${local}`,
      `Recursive${Object.keys(shared).length}_${local.replace(/\W/g, '')}`,
    ]),
  );
  for (const [local, def] of Object.entries(defs as Json))
    shared[names.get(`#/$defs/${local}`)!] = rewriteRefs(def, names) as Json;
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

/**
 * What a route answers on success: a list's page, a create's whole resource (as its GET answers it),
 * or the contract's answer.
 */
function answerSchema(route: Route, routes: readonly Route[], shared: SharedSchemas): Json {
  const readRoute = route.status === 201 ? createdReadRoute(routes, route) : undefined;
  const shown = readRoute ?? route;
  const output = shown.respond?.schema ?? (apiContract[shown.call].output as z.ZodType);
  const schema = jsonSchemaOf(output, 'output', shared);
  if (!isListRoute(route)) return schema;
  const next = { type: ['string', 'null'], description: 'The `cursor` of the next page; null on the last page' };
  return {
    type: 'object',
    properties: { data: schema, next },
    required: ['data', 'next'],
    additionalProperties: false,
  };
}

const pageParameters = [
  {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'Rows per page',
    schema: { type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT },
  },
  {
    name: 'cursor',
    in: 'query',
    required: false,
    description: 'The `next` of the previous page',
    schema: { type: 'string' },
  },
];
const idempotencyParameter = {
  name: IDEMPOTENCY_HEADER,
  in: 'header',
  required: false,
  description: 'Sent again within 24 hours with the same request: the first answer again, nothing done twice',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};
const ifMatchParameter = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The ETag of the version read: a newer one is refused with 412 and nothing is written ' +
    '(without it the write goes through)',
  schema: { type: 'string' },
};
const header = (description: string, schema: Json = { type: 'string' }) => ({ description, schema });

/** The headers of a successful answer: Location (and Idempotent-Replayed) of a create, ETag of a single resource. */
function answerHeaders(route: Route, routes: readonly Route[]): Json | undefined {
  if (route.status === 201 && createdReadRoute(routes, route)) {
    return {
      Location: header('Where the new resource is read (`/api/v1/…`)'),
      [REPLAYED_HEADER]: header(
        '`true` when this is the kept answer to an earlier request with the same Idempotency-Key',
        { type: 'string', enum: ['true'] },
      ),
    };
  }
  if (route.method === 'GET' && !isListRoute(route))
    return { ETag: header('The version of this resource (strong); send it as If-Match to change it') };
  if (route.method !== 'DELETE' && writtenReadRoute(routes, route))
    return { ETag: header('The version of the resource after this write') };
  return undefined;
}

/** The OpenAPI operation of one route, from the route table and the contract's zod schemas. */
export function operationOf(route: Route, shared: SharedSchemas, routes: readonly Route[] = allRoutes): Json {
  const object = inputObject(route);
  const isPublic = methodAccess[route.call].level === 'public';
  const list = isListRoute(route);
  const creates = route.status === 201;
  const guarded = writtenReadRoute(routes, route) !== undefined;
  const parameters = [
    ...pathParams(route.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: jsonSchemaOf(fieldSchema(object, paramTarget(route, name)), 'input', shared),
    })),
    ...(route.query ?? []).map((name) => {
      const schema = fieldSchema(object, name);
      return { name, in: 'query', required: !schema.isOptional(), schema: jsonSchemaOf(schema, 'input', shared) };
    }),
    ...(list ? pageParameters : []),
    ...(creates ? [idempotencyParameter] : []),
    ...(guarded ? [ifMatchParameter] : []),
  ];
  const body = bodySchema(route);
  const status = String(route.status ?? 200);
  const headers = answerHeaders(route, routes);
  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    tags: [route.tag],
    description: `Calls \`${route.call}\`.${list ? ' A list: paged with `limit` and `cursor`.' : ''}`,
    ...(isPublic ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(body, 'input', shared) } },
          },
        }
      : {}),
    responses: {
      [status]: {
        description: route.summary,
        ...(headers ? { headers } : {}),
        content: { 'application/json': { schema: answerSchema(route, routes, shared) } },
      },
      ...(isPublic ? {} : { '401': errorResponse('No token, or a token that is not valid') }),
      ...(isPublic ? {} : { '403': errorResponse(forbidden(route)) }),
      ...(creates
        ? { '409': errorResponse('A request with this Idempotency-Key is still being answered (or another conflict)') }
        : {}),
      ...(guarded
        ? { '412': errorResponse('`precondition_failed`: If-Match is not the current ETag; nothing was written') }
        : {}),
      ...(isPublic
        ? {}
        : {
            '422': errorResponse(
              '`invalid_input`: input that is not valid, `issues` names each place at fault ' +
                '(`body`, `body.<field>`, `query.<name>`, ' +
                '`path.<param>`, `header.<name>`)' +
                (creates ? '; `idempotency_key_reused`: the Idempotency-Key was used for another request' : ''),
            ),
          }),
      ...(body ? { '413': errorResponse('A body larger than 12 MB') } : {}),
      ...(body ? { '415': errorResponse('A body that is not JSON') } : {}),
      default: errorResponse(
        'Another error (404 `not_found` or `unknown_route`, 405, 409 `conflict`, 429 `rate_limited`, ' +
          '503 `not_saved`, 507 `disk_full`, …)' +
          ' with its code',
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the API v1, generated from the route table. */
export function openApiDocument(routes: readonly Route[], version: string): Json {
  const paths: Record<string, Json> = {
    '/openapi.json': {
      get: {
        operationId: 'getOpenapi',
        summary: 'This document (no token needed)',
        tags: ['Health'],
        security: [],
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
  };
  const shared: SharedSchemas = {};
  for (const route of routes)
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route, shared, routes);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stroomlijn API',
      version,
      description: conventions,
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
