import { type ApiBridge, type ApiClient, createApiClient, type Transport } from '@shared/api';
import { ApiError, ApiErrorBody, type Envelope } from '@shared/api/errors';
import { CSRF_HEADER } from '@shared/security/csrf-header';

const unwrap = (envelope: Envelope): unknown => {
  if (envelope.ok) return envelope.value;
  throw ApiError.fromBody(envelope.error);
};

/** Electron: the preload's bridge, one function per method. */
export const ipcTransport =
  (bridge: ApiBridge): Transport =>
  async (method, input) => {
    const fn = bridge[method];
    if (!fn) throw new ApiError('unknown_method', `The desktop app does not offer "${method}".`);
    return unwrap(await fn(input));
  };

/**
 * Browser host: POST /api/rpc/<method> with the per-start token of the page (on this computer), and
 * the CSRF token of the session the last answer carried (over the office network, whose page has no
 * per-start token).
 */
export const httpTransport = (token: string, fetchFn: typeof fetch = fetch, base = ''): Transport => {
  let csrf = '';
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetchFn(`${base}/api/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { 'x-stroomlijn-session': token } : {}),
          ...(csrf ? { [CSRF_HEADER]: csrf } : {}),
        },
        body: JSON.stringify(input),
      });
    } catch {
      throw new ApiError('internal', 'offline');
    }
    csrf = response.headers.get(CSRF_HEADER) ?? csrf;
    const body = (await response.json().catch(() => null)) as { value?: unknown; error?: unknown } | null;
    if (response.ok && body && 'value' in body) return body.value;
    const error = ApiErrorBody.safeParse(body?.error);
    throw error.success ? ApiError.fromBody(error.data) : new ApiError('internal', `HTTP ${response.status}`);
  };
};

declare global {
  interface Window {
    stroomlijn?: ApiBridge;
  }
}

/** Whichever transport this page has: the Electron bridge, else the browser host's HTTP API. */
export function connect(win: Window = window): ApiClient {
  if (win.stroomlijn) return createApiClient(ipcTransport(win.stroomlijn));
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="stroomlijn-session"]')?.content ?? '';
  return createApiClient(httpTransport(token));
}
