import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/errors';
import { normaliseHost } from '../net/host-check';

/** What the office network answers to: the configured names (as the URL parser writes them) on its port. */
export interface OfficeAuthority {
  names: ReadonlySet<string>;
  port: number;
}

export const officeAuthority = (names: readonly string[], port: number): OfficeAuthority => ({
  names: new Set(names.map(normaliseHost)),
  port,
});

/** Host and port of an authority (`kantoor-pc:4443`, `[fd00::2]:4443`), as https:// reads it; null if it is none. */
function parseAuthority(authority: string): { host: string; port: number } | null {
  if (authority === '' || /[/?#@\\\s]/.test(authority)) return null;
  try {
    const url = new URL(`https://${authority}/`);
    return { host: normaliseHost(url.hostname), port: url.port === '' ? 443 : Number(url.port) };
  } catch {
    return null;
  }
}

const isOurs = (authority: string, ours: OfficeAuthority): boolean => {
  const parsed = parseAuthority(authority);
  return parsed !== null && parsed.port === ours.port && ours.names.has(parsed.host);
};

/**
 * Refuse (403) a request whose Host is not exactly one of the configured names on the office port:
 * a name that resolves here by DNS rebinding, or a name the certificate was not made for.
 */
export function checkOfficeHost(req: IncomingMessage, ours: OfficeAuthority): void {
  const host = req.headers.host ?? '';
  if (!isOurs(host, ours)) {
    throw new ApiError(
      'forbidden',
      `Requests for host "${host}" are refused here; use one of the office network's addresses.`,
    );
  }
}

const readOnly = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD';

/**
 * Refuse (403) what another site makes a colleague's browser send: any Origin but ours (an opaque
 * "null" one included) and, on everything but reading, a Sec-Fetch-Site other than same-origin. A
 * cross-site form post fails both. Clients that send neither header (scripts, the API v1) pass.
 */
export function checkOfficeOrigin(req: IncomingMessage, ours: OfficeAuthority): void {
  const origin = req.headers.origin;
  if (origin !== undefined && (!origin.toLowerCase().startsWith('https://') || !isOurs(origin.slice(8), ours))) {
    throw new ApiError('forbidden', `Requests from origin "${origin}" are refused.`);
  }
  const site = req.headers['sec-fetch-site'];
  if (!readOnly(req) && site !== undefined && site !== 'same-origin') {
    throw new ApiError('forbidden', `Requests from another site (${String(site)}) are refused.`);
  }
}
