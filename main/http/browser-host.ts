import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { httpStatusOf } from '@shared/api/errors';
import { asApiError, type Dispatch } from '../api/dispatch';
import { checkOrigin, checkSessionToken } from './guard';
import { setSecurityHeaders } from './security-headers';
import { createStaticFiles } from './static-files';
import { readJsonBody, sendJson } from './json-io';
import { requestUrl } from './request-url';
import { type ApiV1Deps, createApiV1, isApiV1Path } from './api-v1/server';
import type { ApiTokenService } from '../services/api-tokens';
import type { Callers } from '../auth/callers';
import { cookieSlot } from './session-cookie';
import { closeServer, listenOnLoopback } from './listen';
import { loopbackApiV1Url } from './api-v1/prefix';
import { isActionLinkPath, serveActionLink } from './action-link-route';
import type { ActionLinks } from '../mail-actions/action-link-service';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  /** Who is asking: from the session cookie (the app's page), or the bearer token (API v1). */
  callers: Callers;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  log?: (message: string) => void;
  /** The pages of the links in task mails (/act/…). */
  actionLinks?: ActionLinks;
  /** Serve the external API v1 at /api/v1 on the same port, with these tokens. */
  apiV1?: {
    tokens: ApiTokenService;
    version: string;
    refused?: ApiV1Deps['refused'];
    idempotency: ApiV1Deps['idempotency'];
  };
}

export interface BrowserHost {
  url: string;
  port: number;
  /** The per-start token the served page carries (beside the session cookie of whoever signed in). */
  token: string;
  close(): Promise<void>;
}

export const RPC_PREFIX = '/api/rpc/';

/**
 * Serves the built renderer and the API contract over HTTP on 127.0.0.1 only. Every request must
 * name this host (DNS-rebinding guard); every API call must carry the per-start token of the page
 * it served, and is made as whoever its session cookie names (anonymous without one).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { dispatch, callers, rendererDir, port, log = console.error, apiV1, actionLinks } = options;
  const token = randomBytes(32).toString('base64url');
  const template = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const page = template.replace('</head>', `<meta name="stroomlijn-session" content="${token}" />\n</head>`);
  const serveStatic = createStaticFiles(rendererDir, () => page);
  let boundPort = port;
  const serveApiV1 = apiV1
    ? createApiV1({
        ...{ dispatch, callers, version: apiV1.version, port: () => boundPort, log },
        ...{ refused: apiV1.refused, idempotency: apiV1.idempotency },
      })
    : null;

  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    void handle(req, res).catch((error: unknown) => {
      const apiError = asApiError(error, log);
      if (!res.headersSent) sendJson(res, httpStatusOf[apiError.code], { error: apiError.toBody() });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The API v1 checks the host itself, to answer in its own error format.
    if (serveApiV1 && isApiV1Path(pathname)) {
      await serveApiV1(req, res, pathname);
      return;
    }
    checkOrigin(req, boundPort);
    requestUrl(req);
    if (actionLinks && isActionLinkPath(pathname)) return serveActionLink(req, res, pathname, actionLinks);
    if (pathname.startsWith(RPC_PREFIX)) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { error: { code: 'invalid_input', message: 'API methods are called with POST.' } });
        return;
      }
      checkSessionToken(req, token);
      const input = await readJsonBody(req);
      const session = cookieSlot(req, res);
      // The page this host served, on this computer: `local` (the first administrator may be made).
      const call = {
        caller: callers.ofSession(session.current),
        address: req.socket.remoteAddress ?? '',
        local: true,
        session,
      };
      const value = await dispatch(call, decodeURIComponent(pathname.slice(RPC_PREFIX.length)), input);
      sendJson(res, 200, { value });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'invalid_input', message: 'Only GET is served here.' } });
      return;
    }
    await serveStatic(pathname, res, req.headers['accept-encoding']);
  }

  boundPort = await listenOnLoopback(server, port);
  if (apiV1) apiV1.tokens.baseUrl = loopbackApiV1Url(boundPort);
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    port: boundPort,
    token,
    close: () => closeServer(server),
  };
}
