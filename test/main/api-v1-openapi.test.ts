import { methodAccess } from '@shared/api/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContract } from '@shared/api/contract';
import { routes, pathParams, paramTarget } from '../../main/http/api-v1/routes';
import { isListRoute } from '../../main/http/api-v1/paging';
import { createdReadRoute, writtenReadRoute } from '../../main/http/api-v1/resource';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let doc: any;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-doc'), tempDir('renderer'));
  doc = (await api.call('GET', '/openapi.json', { token: null })).json();
});
afterAll(() => api.close());

type Shape = Record<string, z.ZodType>;
/** The contract input's fields, read straight from the contract (for directory.save: the member of the route's kind). */
function contractShape(call: keyof typeof apiContract, fixed?: Record<string, string>): Shape {
  const input = apiContract[call].input as z.ZodType;
  if (input instanceof z.ZodDiscriminatedUnion) {
    const key = input.def.discriminator;
    const member = (input.options as z.ZodObject[]).find((o) => (o.shape[key] as z.ZodLiteral).value === fixed?.[key])!;
    return member.shape as Shape;
  }
  return (input as z.ZodObject).shape as Shape;
}
const required = (shape: Shape) =>
  Object.keys(shape)
    .filter((k) => !shape[k]!.isOptional())
    .sort();

describe('the OpenAPI document and the routes', () => {
  it('is OpenAPI 3.1 with a bearer scheme, and only health and itself need no token', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(doc.security).toEqual([{ bearer: [] }]);
    const open = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as object)
        .filter(([, op]) => (op as { security?: unknown[] }).security?.length === 0)
        .map(([m]) => `${m} ${path}`),
    );
    expect(open.sort()).toEqual(['get /health', 'get /openapi.json']);
    // A `#/$defs` reference inside a path would point at the document's root.
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
    for (const ref of JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [])
      expect(doc.components.schemas[ref.split('/').at(-1)!]).toBeDefined();
  });

  it('documents every route with its method, path, parameters, body and answer', () => {
    for (const route of routes) {
      const where = `${route.method} ${route.path}`;
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, where).toBeDefined();
      expect(op.description, where).toContain(route.call);
      const shape = contractShape(route.call, route.fixed);
      const params = (op.parameters ?? []) as { name: string; in: string; required: boolean; schema: object }[];
      expect(
        params.filter((p) => p.in === 'path').map((p) => p.name),
        where,
      ).toEqual(pathParams(route.path));
      const paging = isListRoute(route) ? ['limit', 'cursor'] : [];
      expect(
        params.filter((p) => p.in === 'query').map((p) => p.name),
        where,
      ).toEqual([...(route.query ?? []), ...paging]);
      for (const p of params.filter((x) => x.in === 'query' && !paging.includes(x.name)))
        expect(p.required, `${where} ?${p.name}`).toBe(!shape[p.name]!.isOptional());

      const body = op.requestBody?.content?.['application/json']?.schema;
      if (!route.body) expect(body, where).toBeUndefined();
      else {
        const fromPath = pathParams(route.path).map((p) => paramTarget(route, p));
        let expected: Shape;
        if (route.body === 'fields')
          expected = Object.fromEntries(
            Object.entries(shape).filter(
              ([k]) => !fromPath.includes(k) && !(route.query ?? []).includes(k) && !(k in (route.fixed ?? {})),
            ),
          );
        else {
          const into = route.body.into;
          const inner = ((shape[into] as z.ZodObject).shape ?? {}) as Shape;
          expected = Object.fromEntries(Object.entries(inner).filter(([k]) => !fromPath.includes(`${into}.${k}`)));
        }
        expect(Object.keys(body.properties ?? {}).sort(), where).toEqual(Object.keys(expected).sort());
        expect([...(body.required ?? [])].sort(), where).toEqual(required(expected));
      }
      const status = String(route.status ?? 200);
      expect(op.responses[status]?.content?.['application/json']?.schema, where).toBeDefined();
      if (methodAccess[route.call].level !== 'public') expect(op.responses['401'], where).toBeDefined();
    }
    const documented = Object.values(doc.paths).reduce<number>((n, ops) => n + Object.keys(ops as object).length, 0);
    expect(documented).toBe(routes.length + 1);
  });

  it('documents the conventions: pages, creates (Idempotency-Key, Location), ETag and If-Match, error codes', () => {
    for (const phrase of [
      'Idempotency-Key',
      'idempotency_key_reused',
      '`cursor`',
      '`next`',
      'If-Match',
      '412',
      'unknown_route',
      'ISO 8601',
      '201',
    ]) {
      expect(doc.info.description).toContain(phrase);
    }
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toEqual(
      expect.arrayContaining([
        'not_found',
        'unknown_route',
        'invalid_input',
        'precondition_failed',
        'idempotency_key_reused',
        'conflict',
      ]),
    );
    for (const route of routes) {
      const where = `${route.method} ${route.path}`;
      const op = doc.paths[route.path][route.method.toLowerCase()];
      const headers = ((op.parameters ?? []) as { name: string; in: string }[])
        .filter((p) => p.in === 'header')
        .map((p) => p.name);
      const answer = op.responses[String(route.status ?? 200)];
      if (isListRoute(route)) {
        expect(answer.content['application/json'].schema, where).toMatchObject({
          type: 'object',
          required: ['data', 'next'],
          properties: { data: { type: 'array' } },
        });
      }
      const created = route.status === 201 ? createdReadRoute(routes, route) : undefined;
      if (route.status === 201) {
        expect(headers, where).toContain('Idempotency-Key');
        expect(op.responses['422'].description, where).toContain('idempotency_key_reused');
      }
      if (created) {
        expect(answer.headers.Location, where).toBeDefined();
        const read = doc.paths[created.path].get.responses['200'].content['application/json'].schema;
        // The same schema (each use of a recursive part has its own name in components).
        const unnamed = (schema: unknown) => JSON.stringify(schema).replace(/Recursive\d+_/g, 'Recursive_');
        expect(unnamed(answer.content['application/json'].schema), where).toBe(unnamed(read));
      }
      if (writtenReadRoute(routes, route)) {
        expect(headers, where).toContain('If-Match');
        expect(op.responses['412'], where).toBeDefined();
      }
      if (route.method === 'GET' && !isListRoute(route)) expect(answer.headers.ETag, where).toBeDefined();
    }
  });

  it('serves every documented path and method (none answers “no such route” or 405)', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, { requestBody?: unknown }>)) {
        const concrete = path.replace(/\{(\w+)\}/g, (_m, name: string) =>
          name === 'kind' ? 'contacts' : `no-such-${name}`,
        );
        const reply = await api.call(method.toUpperCase(), concrete, op.requestBody ? { body: {} } : {});
        expect(reply.status, `${method} ${path}`).not.toBe(405);
        if (reply.status === 404) expect(reply.json().error.code, `${method} ${path}`).toBe('not_found');
      }
    }
  });
});
