import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '../../main/app';
import { type BrowserHost, startBrowserHost } from '../../main/http/browser-host';
import { openTestApp } from './app';
import { httpRequest, type Reply } from './http';

export interface ApiCallOptions {
  body?: unknown;
  /** The bearer token; null sends none. Defaults to the first token of the app. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface ApiTestHost {
  app: App;
  host: BrowserHost;
  /** The token made on the app's first start. */
  token: string;
  call(method: string, path: string, options?: ApiCallOptions): Promise<Reply>;
  close(): Promise<void>;
}

/** The real app behind the real browser host, serving /api/v1 (with an empty page for the rest). */
export async function startApiTestHost(dataDir: string, rendererDir: string, app?: App): Promise<ApiTestHost> {
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  const opened = app ?? (await openTestApp(dataDir));
  const host = await startBrowserHost({ dispatch: opened.dispatch, rendererDir, port: 0, log: () => undefined, apiV1: { tokens: opened.apiTokens, version: '0.0.0-test' } });
  const token = opened.firstApiToken!;
  return {
    app: opened,
    host,
    token,
    call: (method, path, { body, token: bearer = token, headers = {} } = {}) =>
      httpRequest(host.port, `/api/v1${path}`, {
        method,
        headers: {
          host: `127.0.0.1:${host.port}`,
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
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
