import { readFile } from 'node:fs/promises';
import type * as Electron from 'electron';
import { SECURITY_HEADERS } from '@shared/security/headers';
import { contentTypeOf } from '../http/content-types';
import { rendererFile } from './renderer-file';

/** The desktop app's own scheme: the renderer loads from app://stroomlijn/, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stroomlijn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app's own origin (Node's URL gives a custom scheme no origin, so compare parts). */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  const bare = parsed.username === '' && parsed.password === '';
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && bare;
}

/**
 * Register the scheme before the app is ready (Electron allows this once, and only then).
 * standard: relative asset URLs resolve and the page has storage (the editor keeps unsaved changes
 * there); secure: a secure context like https; supportFetchAPI and corsEnabled: the page's module
 * scripts are fetched in CORS mode. Not bypassCSP: the CSP header below applies to everything.
 */
export function registerAppScheme(protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

const answer = (status: number, body: string, extra: Record<string, string> = {}): Response =>
  new Response(body, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...extra,
    },
  });

/**
 * Serves the built renderer from `rendererDir` only: GET and HEAD of app://stroomlijn/<file>, with
 * its content type and the security headers (the CSP among them) on every answer. A path that
 * leaves the folder or names nothing there is 404; the renderer routes by hash, so it needs no fallback.
 */
export function serveRenderer(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return answer(405, 'Method not allowed', { allow: 'GET, HEAD' });
    }
    const url = URL.canParse(request.url) ? new URL(request.url) : null;
    if (!url || !isAppUrl(url.href)) return answer(404, 'Not found');
    const file = await rendererFile(rendererDir, url.pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return answer(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file), 'cache-control': 'no-cache' },
    });
  };
}

/** Answer the app's scheme from the built renderer; call once the app is ready. */
export function handleAppScheme(protocol: Pick<Electron.Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, serveRenderer(rendererDir));
}
