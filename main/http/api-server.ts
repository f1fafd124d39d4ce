import { createServer } from 'node:http';
import type { Dispatch } from '../api/dispatch';
import type { ApiTokenService } from '../services/api-tokens';
import type { Callers } from '../auth/callers';
import { ApiError } from '@shared/api/errors';
import { API_V1_PREFIX, type ApiV1Deps, createApiV1, errorBody, isApiV1Path } from './api-v1/server';
import { sendJson } from './json-io';
import { isActionLinkPath, serveActionLink } from './action-link-route';
import { checkOrigin } from './guard';
import type { ActionLinks } from '../mail-actions/action-link-service';
import { asApiError } from '../api/dispatch';
import { httpStatusOf } from '@shared/api/errors';
import { closeServer, listenOnLoopback } from './listen';
import { loopbackApiV1Url } from './api-v1/prefix';

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
  boundPort = await listenOnLoopback(server, port);
  tokens.baseUrl = loopbackApiV1Url(boundPort);
  return {
    baseUrl: tokens.baseUrl,
    port: boundPort,
    close: () => {
      tokens.baseUrl = undefined;
      return closeServer(server);
    },
  };
}
