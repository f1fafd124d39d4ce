import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/errors';

import { CSRF_HEADER } from '@shared/security/csrf-header';

/**
 * The CSRF token of a session: an HMAC keyed with the session's secret, so it is per session, needs
 * nothing stored, survives a restart with the session, and tells nothing about the secret. Only a
 * page of ours can read it (from an answer to its own call); another site can neither read it nor
 * set the header without our consent (no CORS), so its requests lack it.
 */
export const csrfTokenOf = (sessionSecret: string): string =>
  createHmac('sha256', sessionSecret).update('stroomlijn csrf v1').digest('base64url');

/** Refuse (403) a request of this session that does not carry its CSRF token (compared in constant time). */
export function checkCsrf(req: IncomingMessage, sessionSecret: string): void {
  const given = req.headers[CSRF_HEADER];
  if (typeof given !== 'string' || given === '') {
    throw new ApiError('forbidden', 'This request carries no CSRF token; reload the page.');
  }
  const expected = Buffer.from(csrfTokenOf(sessionSecret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new ApiError('forbidden', 'The CSRF token does not belong to this session; reload the page.');
  }
}
