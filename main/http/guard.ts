import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/errors';

/** Host names under which the browser host may be reached; anything else is DNS rebinding. */
export const allowedHosts = (port: number): Set<string> =>
  new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

/** Refuse requests whose Host (or Origin, when sent) is not this host on loopback. */
export function checkOrigin(req: IncomingMessage, port: number): void {
  const hosts = allowedHosts(port);
  const host = req.headers.host ?? '';
  if (!hosts.has(host.toLowerCase()))
    throw new ApiError('forbidden', `Requests for host "${host}" are refused; use http://127.0.0.1:${port}/.`);
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    const originHost = origin.replace(/^http:\/\//i, '').toLowerCase();
    if (!origin.toLowerCase().startsWith('http://') || !hosts.has(originHost))
      throw new ApiError('forbidden', `Requests from origin "${origin}" are refused.`);
  }
}

export const SESSION_HEADER = 'x-stroomlijn-session';

/** Require the per-start session token that the host put into the page it served. */
export function checkSessionToken(req: IncomingMessage, token: string): void {
  const given = req.headers[SESSION_HEADER];
  if (typeof given !== 'string' || given === '')
    throw new ApiError('unauthorized', 'This request carries no session token; reload the page.');
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ApiError('unauthorized', 'The session token is not valid (Stroomlijn was restarted?); reload the page.');
  }
}
