import { z } from 'zod';
import { apiContract } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { Issue } from '@shared/model/parse';
import type { PageRequest } from './paging';
import { paramTarget, pathParams, type Route } from './routes';

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** The object schema of a route's input (for a union on `kind`, the member the route fixes). */
export function inputObject(route: Route): AnyObject {
  const schema = apiContract[route.call].input as z.ZodType;
  if (schema instanceof z.ZodObject) return schema as AnyObject;
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const key = schema.def.discriminator;
    const member = (schema.options as AnyObject[]).find(
      (o) => (o.shape[key] as z.ZodLiteral).value === route.fixed?.[key],
    );
    if (member) return member;
  }
  throw new Error(
    `route ${route.method} ${route.path}: the input of ${route.call} is not an object the route can fill`,
  );
}

const unwrap = (schema: z.ZodType): z.ZodType => {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  return (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType
    ? unwrap(def.innerType)
    : schema;
};

/** The schema of one input key; `a.b` looks inside the object at `a`. */
export function fieldSchema(object: AnyObject, key: string): z.ZodType {
  const [head, ...rest] = key.split('.');
  const field = object.shape[head!] as z.ZodType | undefined;
  if (!field) throw new Error(`the input has no key "${head}"`);
  return rest.length ? fieldSchema(unwrap(field) as AnyObject, rest.join('.')) : field;
}

/** Keys of the body's object that the path fills (`entry.id` → `id`). */
function bodyKeysFromPath(route: Route): string[] {
  if (typeof route.body !== 'object') return [];
  const prefix = `${route.body.into}.`;
  return pathParams(route.path)
    .map((p) => paramTarget(route, p))
    .filter((t) => t.startsWith(prefix))
    .map((t) => t.slice(prefix.length));
}

/** Input keys filled by the path, the query or the route itself (top level). */
const keysNotInBody = (route: Route): string[] => [
  ...pathParams(route.path).map((p) => paramTarget(route, p).split('.')[0]!),
  ...(route.query ?? []),
  ...Object.keys(route.fixed ?? {}),
];

/** The schema of the JSON body a route takes, or null when it takes none. */
export function bodySchema(route: Route): z.ZodType | null {
  if (!route.body) return null;
  const object = inputObject(route);
  if (route.body === 'fields') {
    const notInBody = keysNotInBody(route);
    // A whole input with its own refinements (a calendar's working hours) cannot be omitted from, and need not be.
    return notInBody.length ? object.omit(Object.fromEntries(notInBody.map((k) => [k, true])) as never) : object;
  }
  const target = unwrap(fieldSchema(object, route.body.into));
  const fromPath = bodyKeysFromPath(route);
  if (fromPath.length && target instanceof z.ZodObject) {
    return (target as AnyObject).omit(Object.fromEntries(fromPath.map((k) => [k, true])) as never);
  }
  return takesNull(route) ? target.nullable() : target;
}

/** Whether the body may be `null` (it removes what the route sets, e.g. an item type's connector). */
const takesNull = (route: Route): boolean =>
  typeof route.body === 'object' && fieldSchema(inputObject(route), route.body.into).safeParse(null).success;

/** A query value as the key's schema wants it: `true`/`false` for booleans, numbers for numbers. */
function fromQuery(schema: z.ZodType, value: string): unknown {
  const type = unwrap(schema).def.type;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

const setPath = (target: Record<string, unknown>, key: string, value: unknown) => {
  const [head, ...rest] = key.split('.');
  if (!rest.length) target[head!] = value;
  else {
    const inner = target[head!];
    const object =
      inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
    target[head!] = object;
    setPath(object, rest.join('.'), value);
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The contract input of one request: the route's fixed values, the body, the query and the path.
 * A part given twice (in the body and the path) or a query parameter the route does not know is
 * refused, naming it.
 */
export function buildInput(
  route: Route,
  pathValues: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
  /** What was found wrong before (the page's `limit` and `cursor`): refused together with the rest. */
  issues: Issue[] = [],
): Record<string, unknown> {
  const object = inputObject(route);
  let input: Record<string, unknown> = {};
  if (body === null && takesNull(route)) input = { [(route.body as { into: string }).into]: null };
  else if (route.body) {
    if (!isObject(body))
      throw ApiError.invalidInput('The request body must be a JSON object', [
        { path: 'body', message: 'is not a JSON object' },
      ]);
    if (route.body === 'fields') {
      for (const key of keysNotInBody(route))
        if (key in body)
          issues.push({ path: `body.${key}`, message: 'is given in the path or query; leave it out of the body' });
      input = { ...body };
    } else {
      for (const key of bodyKeysFromPath(route))
        if (key in body)
          issues.push({ path: `body.${key}`, message: 'is given in the path; leave it out of the body' });
      input = { [route.body.into]: { ...body } };
    }
  }
  Object.assign(input, route.fixed);
  for (const name of new Set(query.keys())) {
    if (!route.query?.includes(name)) {
      const takes = route.query?.length ? ` (it takes ${route.query.join(', ')})` : '';
      issues.push({ path: `query.${name}`, message: `is not a parameter of this route${takes}` });
    } else input[name] = fromQuery(fieldSchema(object, name), query.get(name)!);
  }
  for (const [param, value] of Object.entries(pathValues)) setPath(input, paramTarget(route, param), value);
  if (issues.length) throw ApiError.invalidInput('This request cannot be used', issues);
  return input;
}

/** Say where a bad field of the contract input was in the request: `path.id`, `query.limit`, `body.subject`. */
export function requestIssues(route: Route, issues: readonly Issue[]): Issue[] {
  const fromPath = new Map(pathParams(route.path).map((p) => [paramTarget(route, p), p]));
  return issues.map(({ path, message }) => {
    const param = fromPath.get(path);
    if (param) return { path: `path.${param}`, message };
    const top = path.split(/[.[]/)[0]!;
    if (route.query?.includes(top)) return { path: `query.${path}`, message };
    if (route.fixed && top in route.fixed) return { path: 'path', message };
    if (typeof route.body === 'object') {
      const { into } = route.body;
      if (path === into) return { path: 'body', message };
      if (path.startsWith(`${into}.`) || path.startsWith(`${into}[`))
        return { path: `body${path.slice(into.length)}`, message };
    }
    return { path: path ? `body.${path}` : 'body', message };
  });
}

/**
 * A list's input asks the service for as much as it gives (its own `limit` at most), since the
 * API pages the list itself (`limit` and `cursor` of the request are the page's).
 */
export function fillWholeList(route: Route, input: Record<string, unknown>, page: PageRequest): void {
  // A method that cuts its own pages (PageInput) builds only the rows of this one (and one more: is there a next?).
  if (inputObject(route).shape.page) {
    input.page = { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) };
    return;
  }
  const limit = inputObject(route).shape.limit as z.ZodType | undefined;
  const max = limit && (unwrap(limit) as z.ZodNumber).maxValue;
  if (max && Number.isFinite(max) && !route.query?.includes('limit')) input.limit = max;
}
