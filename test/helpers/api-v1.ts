import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserHost, startBrowserHost } from '../../main/http/browser-host';
import { openTestApp, type TestApp } from './app';
import { httpRequest, type Reply } from './http';

export interface ApiCallOptions {
  body?: unknown;
  /** The bearer token; null sends none. Defaults to the host's integration token (scope admin). */
  token?: string | null;
  /** X-Act-As: the user an integration token acts for. */
  actAs?: string;
  headers?: Record<string, string>;
}

export interface ApiTestHost {
  app: TestApp;
  host: BrowserHost;
  /** An integration token with scope admin, as a scripted install makes (migrated tokens are too). */
  token: string;
  call(method: string, path: string, options?: ApiCallOptions): Promise<Reply>;
  close(): Promise<void>;
}

/** The real app behind the real browser host, serving /api/v1 (with an empty page for the rest). */
export async function startApiTestHost(dataDir: string, rendererDir: string, app?: TestApp): Promise<ApiTestHost> {
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>x</title></head><body></body></html>',
  );
  const opened = app ?? (await openTestApp(dataDir));
  const { dispatch, callers, apiTokens: tokens } = opened.core;
  const apiV1 = { tokens, version: '0.0.0-test', refused: opened.core.refused, idempotency: opened.core.idempotency };
  const host = await startBrowserHost({ dispatch, callers, rendererDir, port: 0, log: () => undefined, apiV1 });
  const { token } = await opened.apiTokens.create('Test integration');
  return {
    app: opened,
    host,
    token,
    call: (method, path, { body, token: bearer = token, actAs, headers = {} } = {}) =>
      httpRequest(host.port, `/api/v1${path}`, {
        method,
        headers: {
          host: `127.0.0.1:${host.port}`,
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(actAs ? { 'x-act-as': actAs } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    async close() {
      await host.close();
      await opened.close();
    },
  };
}
