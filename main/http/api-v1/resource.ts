import { pathParams, paramTarget, type Route } from './routes';

/** The GET route of exactly this path, if there is one. */
export const readRouteAt = (routes: readonly Route[], path: string): Route | undefined =>
  routes.find((route) => route.method === 'GET' && route.path === path);

/**
 * The GET route that reads what a create (status 201) makes: the one its row names (`resource`),
 * else `<its path>/{param}` (POST /items → GET /items/{id}, POST /mailings → GET /mailings/{mailingId}).
 */
export function createdReadRoute(routes: readonly Route[], create: Route): Route | undefined {
  if (create.resource) return readRouteAt(routes, create.resource);
  const prefix = `${create.path}/`;
  return routes.find(
    (r) => r.method === 'GET' && r.path.startsWith(prefix) && /^\{\w+\}$/.test(r.path.slice(prefix.length)),
  );
}

/** The GET route a PUT, PATCH or DELETE answers to: the one on the same path. */
export const writtenReadRoute = (routes: readonly Route[], write: Route): Route | undefined =>
  write.method === 'PUT' || write.method === 'PATCH' || write.method === 'DELETE'
    ? readRouteAt(routes, write.path)
    : undefined;

/**
 * The path parameters of what a create made: the input keys of the read route taken from the create's
 * answer (`id`, `mailingId`), else those of the request (`kind`) — a copy made at /workflows/{id}/duplicates
 * is read at its own id, not the original's; null when one is missing.
 */
export function createdParams(
  read: Route,
  requestParams: Record<string, string>,
  output: unknown,
): Record<string, string> | null {
  const answer = (output ?? {}) as Record<string, unknown>;
  const params: Record<string, string> = {};
  for (const name of pathParams(read.path)) {
    const value = answer[paramTarget(read, name)] ?? requestParams[name];
    if (typeof value !== 'string' || !value) return null;
    params[name] = value;
  }
  return params;
}

/** A route's path with its parameters filled in (each encoded). */
export const concretePath = (route: Route, params: Record<string, string>): string =>
  route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name]!));
