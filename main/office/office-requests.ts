import { readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ApiError, httpStatusOf } from '../../shared/api/errors';
import { asApiError, type Dispatch } from '../api/dispatch';
import { createApiV1, isApiV1Path } from '../http/api-v1/server';
import { RPC_PREFIX } from '../http/browser-host';
import { sendJson } from '../http/json-io';
import { requestUrl } from '../http/request-url';
import { setSecurityHeaders } from '../http/security-headers';
import { createStaticFiles } from '../http/static-files';
import type { ApiTokenService } from '../services/api-tokens';
import { checkOfficeHost, checkOfficeOrigin, type OfficeAuthority } from './office-guard';

export interface OfficeRequestsOptions {
  dispatch: Dispatch;
  rendererDir: string;
  tokens: ApiTokenService;
  version: string;
  log: (message: string) => void;
}

/** Browsers that once reached the office network over HTTPS do not try plain HTTP for that name again. */
const HSTS = { 'strict-transport-security': 'max-age=15552000' };

/**
 * What the office network answers: the app's page and assets (the sign-in page; no per-start token
 * in it, that is for this computer only), the API contract for signed-in colleagues, and the API v1
 * with tokens. Every request must name a configured host on the office port and come from our origin.
 */
export function officeRequests(options: OfficeRequestsOptions): (authority: () => OfficeAuthority) => RequestListener {
  const { log } = options;
  let page: string | null = null;
  const serveStatic = createStaticFiles(options.rendererDir, () => (page ??= readFileSync(join(options.rendererDir, 'index.html'), 'utf8')));
  return (authority) => {
    const guard = (req: IncomingMessage) => {
      checkOfficeHost(req, authority());
      checkOfficeOrigin(req, authority());
    };
    const serveApiV1 = createApiV1({ ...options, port: () => authority().port, checkHost: guard });

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const { pathname } = new URL(req.url ?? '/', 'https://office.invalid');
      if (isApiV1Path(pathname)) return serveApiV1(req, res, pathname);
      guard(req);
      requestUrl(req);
      if (pathname.startsWith(RPC_PREFIX)) {
        throw new ApiError('unauthorized', 'Sign in first.');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: { code: 'invalid_input', message: 'Only GET is served here.' } });
        return;
      }
      await serveStatic(pathname, res);
    }

    return (req, res) => {
      setSecurityHeaders(res, HSTS);
      void handle(req, res).catch((error: unknown) => {
        const apiError = asApiError(error, log);
        if (!res.headersSent) sendJson(res, httpStatusOf[apiError.code], { error: apiError.toBody() });
        else res.destroy();
      });
    };
  };
}
