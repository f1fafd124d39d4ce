import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { SessionSlot } from '../api/call';

export const SESSION_COOKIE = 'stroomlijn_session';

/** The session secret the request's cookie carries, if any. */
export function sessionCookieOf(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Path=/; Secure over HTTPS. */
const attributes = (req: IncomingMessage) =>
  `HttpOnly; SameSite=Strict; Path=/${(req.socket as Partial<TLSSocket>).encrypted ? '; Secure' : ''}`;

/**
 * The browser host's session slot for one request: the cookie it came with; a sign-in sets the
 * cookie (until the session's absolute end), a sign-out clears it. The secret never enters a body.
 */
export function cookieSlot(req: IncomingMessage, res: ServerResponse): SessionSlot {
  const current = sessionCookieOf(req);
  return {
    kind: 'browser',
    ...(current ? { current } : {}),
    keep(secret, expiresAt) {
      res.setHeader(
        'set-cookie',
        `${SESSION_COOKIE}=${secret}; Expires=${new Date(expiresAt).toUTCString()}; ${attributes(req)}`,
      );
    },
    clear() {
      res.setHeader('set-cookie', `${SESSION_COOKIE}=; Max-Age=0; ${attributes(req)}`);
    },
  };
}
