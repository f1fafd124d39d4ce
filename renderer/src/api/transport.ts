import { type ApiBridge, type ApiClient, createApiClient, type Transport } from '../../../shared/api';
import { ApiError, ApiErrorBody, type Envelope } from '../../../shared/api/errors';

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

/** Browser host: POST /api/rpc/<method> with the session token of the page. */
export const httpTransport =
  (token: string, fetchFn: typeof fetch = fetch, base = ''): Transport =>
  async (method, input) => {
    let response: Response;
    try {
      response = await fetchFn(`${base}/api/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-stroomlijn-session': token },
        body: JSON.stringify(input),
      });
    } catch {
      throw new ApiError('internal', 'offline');
    }
    const body = (await response.json().catch(() => null)) as { value?: unknown; error?: unknown } | null;
    if (response.ok && body && 'value' in body) return body.value;
    const error = ApiErrorBody.safeParse(body?.error);
    throw error.success ? ApiError.fromBody(error.data) : new ApiError('internal', `HTTP ${response.status}`);
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
