import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import type { ApiTokenService } from '../services/api-tokens';
import type { Callers } from '../auth/callers';
import { ApiError } from '../../shared/api/errors';
import { API_V1_PREFIX, type ApiV1Deps, createApiV1, errorBody, isApiV1Path } from './api-v1/server';
import { sendJson } from './json-io';
import { isActionLinkPath, serveActionLink } from './action-link-route';
import { checkOrigin } from './guard';
import type { ActionLinks } from '../mail-actions/action-link-service';
import { asApiError } from '../api/dispatch';
import { httpStatusOf } from '../../shared/api/errors';

export interface ApiServerOptions {
  dispatch: Dispatch;
  callers: Callers;
  /** Told where the API listens (Settings → API shows it). */
  tokens: ApiTokenService;
  version: string;
  /** 0 picks a free port. */
  port: number;
  log?: (message: string) => void;
  refused?: ApiV1Deps['refused'];
  idempotency: ApiV1Deps['idempotency'];
  /** The pages of the links in task mails (/act/…), served beside the API on this PC. */
  actionLinks?: ActionLinks;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:4720/api/v1 */
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

/** The API v1 on its own loopback port, for the desktop app (which has no HTTP host of its own). */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { dispatch, callers, tokens, version, port, log = console.error, refused, idempotency, actionLinks } = options;
  let boundPort = port;
  const serve = createApiV1({ dispatch, callers, version, port: () => boundPort, log, refused, idempotency });
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (isApiV1Path(pathname)) void serve(req, res, pathname);
    else if (actionLinks && isActionLinkPath(pathname)) {
      void (async () => {
        checkOrigin(req, boundPort);
        await serveActionLink(req, res, pathname, actionLinks);
      })().catch((error: unknown) => {
        const apiError = asApiError(error, log);
        if (!res.headersSent) sendJson(res, httpStatusOf[apiError.code], { error: apiError.toBody() });
        else res.destroy();
      });
    } else sendJson(res, 404, errorBody(new ApiError('unknown_route', `Only ${API_V1_PREFIX} is served here.`)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  tokens.baseUrl = `http://127.0.0.1:${boundPort}${API_V1_PREFIX}`;
  return {
    baseUrl: tokens.baseUrl,
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        tokens.baseUrl = undefined;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
