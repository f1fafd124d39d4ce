import { readFileSync } from 'node:fs';
import { isActionLinkPath, serveActionLink } from '../http/action-link-route';
import type { ActionLinks } from '../mail-actions/action-link-service';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { methodAccess } from '@shared/api/access';
import { isApiMethod } from '@shared/api/contract';
import { httpStatusOf } from '@shared/api/errors';
import { CSRF_HEADER } from '@shared/security/csrf-header';
import type { Call, SessionSlot } from '../api/call';
import { asApiError, type Dispatch } from '../api/dispatch';
import type { Callers } from '../auth/callers';
import { type ApiV1Deps, createApiV1, isApiV1Path } from '../http/api-v1/server';
import { RPC_PREFIX } from '../http/browser-host';
import { readJsonBody, sendJson } from '../http/json-io';
import { cookieSlot } from '../http/session-cookie';
import { requestUrl } from '../http/request-url';
import { setSecurityHeaders } from '../http/security-headers';
import { createStaticFiles } from '../http/static-files';
import type { ApiTokenService } from '../services/api-tokens';
import { checkCsrf, csrfTokenOf } from './csrf';
import { checkOfficeHost, checkOfficeOrigin, type OfficeAuthority } from './office-guard';

export interface OfficeRequestsOptions {
  dispatch: Dispatch;
  callers: Callers;
  refused?: ApiV1Deps['refused'];
  idempotency: ApiV1Deps['idempotency'];
  rendererDir: string;
  tokens: ApiTokenService;
  version: string;
  log: (message: string) => void;
  /** The pages of the links in task mails (/act/…): colleagues open them from their mail. */
  actionLinks?: () => ActionLinks;
}

/** The session slot of a request, telling the page the CSRF token of its session with every answer. */
function withCsrf(slot: SessionSlot, res: ServerResponse): SessionSlot {
  if (slot.current) res.setHeader(CSRF_HEADER, csrfTokenOf(slot.current));
  return {
    ...slot,
    keep(secret, expiresAt) {
      slot.keep(secret, expiresAt);
      res.setHeader(CSRF_HEADER, csrfTokenOf(secret));
    },
    clear() {
      slot.clear();
      res.removeHeader(CSRF_HEADER);
    },
  };
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
  const indexPage = () => (page ??= readFileSync(join(options.rendererDir, 'index.html'), 'utf8'));
  const serveStatic = createStaticFiles(options.rendererDir, indexPage);
  return (authority) => {
    const guard = (req: IncomingMessage) => {
      checkOfficeHost(req, authority());
      checkOfficeOrigin(req, authority());
    };
    const serveApiV1 = createApiV1({ ...options, port: () => authority().port, checkHost: guard });

    /**
     * The API contract for colleagues' browsers: as whoever the session cookie names (HttpOnly, Secure,
     * SameSite=Strict). A call of a session carries its CSRF token, which each answer gives the page;
     * only what anyone may ask before signing in (the status, signing in) goes without, and never as
     * "this computer": the first administrator is made on the office PC itself.
     */
    async function serveRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { error: { code: 'invalid_input', message: 'API methods are called with POST.' } });
        return;
      }
      const session = withCsrf(cookieSlot(req, res), res);
      const isPublic = isApiMethod(method) && methodAccess[method].level === 'public';
      if (session.current && !isPublic) checkCsrf(req, session.current);
      const input = await readJsonBody(req);
      const caller = options.callers.ofSession(session.current);
      const call: Call = { caller, address: req.socket.remoteAddress ?? '', local: false, session };
      const value = await options.dispatch(call, method, input);
      sendJson(res, 200, { value });
    }

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const { pathname } = new URL(req.url ?? '/', 'https://office.invalid');
      if (isApiV1Path(pathname)) return serveApiV1(req, res, pathname);
      guard(req);
      requestUrl(req);
      if (options.actionLinks && isActionLinkPath(pathname))
        return serveActionLink(req, res, pathname, options.actionLinks());
      if (pathname.startsWith(RPC_PREFIX)) {
        await serveRpc(req, res, decodeURIComponent(pathname.slice(RPC_PREFIX.length)));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: { code: 'invalid_input', message: 'Only GET is served here.' } });
        return;
      }
      await serveStatic(pathname, res, req.headers['accept-encoding']);
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
