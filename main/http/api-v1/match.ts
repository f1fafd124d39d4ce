import { type HttpMethod, pathParams, type Route } from './routes';

export type Match = { route: Route; params: Record<string, string> } | { allowed: HttpMethod[] } | null;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the route of a request: its parameters, or the methods the path does allow (405), or nothing (404). */
export function createMatcher(routes: readonly Route[]): (method: string, path: string) => Match {
  const compiled = routes.map((route) => ({
    route,
    names: pathParams(route.path),
    pattern: new RegExp(
      `^${route.path
        .split(/\{\w+\}/)
        .map(escape)
        .join('([^/]+)')}$`,
    ),
  }));
  return (method, path) => {
    const allowed: HttpMethod[] = [];
    for (const { route, names, pattern } of compiled) {
      const found = pattern.exec(path);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
      } catch {
        continue;
      }
      return { route, params };
    }
    return allowed.length ? { allowed: [...new Set(allowed)] } : null;
  };
}
