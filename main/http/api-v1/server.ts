import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiContract, type ApiMethod } from '../../../shared/api/contract';
import type { Call } from '../../api/call';
import { ApiError, httpStatusOf } from '../../../shared/api/errors';
import { describeIssues, toIssues } from '../../../shared/model/parse';
import { asApiError, checkAccess, type Dispatch } from '../../api/dispatch';
import type { Callers } from '../../auth/callers';
import type { Caller } from '../../../shared/api/caller';
import { methodAccess } from '../../../shared/api/access';
import { checkOrigin } from '../guard';
import { hasBody, readJsonBody, sendJson } from '../json-io';
import { requestUrl } from '../request-url';
import { createMatcher } from './match';
import { openApiDocument } from './openapi';
import { apiDocsPage } from '../api-docs/docs-page';
import { buildInput, requestIssues } from './route-input';
import { routes } from './routes';

export const API_V1_PREFIX = '/api/v1';
export const OPENAPI_PATH = '/openapi.json';
/** The readable docs page, rendered from the same document (public: it holds no data). */
export const DOCS_PATH = '/docs';

export interface ApiV1Deps {
  dispatch: Dispatch;
  /** Who a bearer token (and its X-Act-As header) is. */
  callers: Callers;
  version: string;
  /** The port it is served on, for the Host check (DNS rebinding). */
  port: () => number;
  /** Refuse a foreign Host or Origin; by default anything but loopback on `port`. */
  checkHost?: (req: IncomingMessage) => void;
  log?: (message: string) => void;
  /** Told of a call refused for lack of rights before dispatch (the audit trail). */
  refused?: (call: Call, method: ApiMethod) => Promise<void>;
}

/** HTTP status of an error: 422 for input that was read but is not valid (it names the fields), else by its code. */
export const statusOfError = (error: ApiError): number => (error.code === 'invalid_input' && error.issues.length ? 422 : httpStatusOf[error.code]);

/** The JSON every error of the API v1 answers with. */
export const errorBody = (error: ApiError) => ({
  error: {
    code: error.code,
    message: error.message,
    issues: error.issues,
    ...(error.notSaved ? { notSaved: error.notSaved } : {}),
  },
});

const bearerOf = (req: IncomingMessage): string | null => {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
};

/**
 * Serves /api/v1 (DESIGN.md §8): each request becomes one call of the API contract through the
 * same dispatch the app uses. Foreign hosts and origins are refused first (DNS rebinding).
 */
export function createApiV1(deps: ApiV1Deps): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const log = deps.log ?? console.error;
  const match = createMatcher(routes);
  let document: Record<string, unknown> | null = null;
  let docsPage: string | null = null;

  /** The token's caller; a public route (health) answers anyone, with or without a token. */
  async function callerOf(req: IncomingMessage, isPublic: boolean): Promise<Caller> {
    const token = bearerOf(req);
    if (!token && isPublic) return { kind: 'anonymous' };
    if (!token) {
      const how = 'send "Authorization: Bearer <token>" (tokens are made in Settings → API)';
      throw new ApiError('unauthorized', `This request carries no API token: ${how}.`);
    }
    const actAs = req.headers['x-act-as'];
    const caller = await deps.callers.ofToken(token, typeof actAs === 'string' ? actAs : undefined);
    if (!caller) throw new ApiError('unauthorized', 'This API token is not valid: it was revoked, or never made here.');
    return caller;
  }

  async function serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (deps.checkHost) deps.checkHost(req);
    else checkOrigin(req, deps.port());
    const { searchParams } = requestUrl(req);
    const path = pathname.slice(API_V1_PREFIX.length) || '/';
    const method = req.method ?? 'GET';
    if (path === OPENAPI_PATH && method === 'GET') {
      document ??= openApiDocument(routes, deps.version);
      sendJson(res, 200, document);
      return;
    }
    if (path === DOCS_PATH && method === 'GET') {
      document ??= openApiDocument(routes, deps.version);
      docsPage ??= apiDocsPage(document, `http://127.0.0.1:${deps.port()}${API_V1_PREFIX}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(docsPage);
      return;
    }
    const found = match(method, path);
    if (!found) throw new ApiError('unknown_method', `There is no route ${method} ${API_V1_PREFIX}${path}; see ${API_V1_PREFIX}${OPENAPI_PATH}.`);
    if ('allowed' in found) {
      res.setHeader('allow', found.allowed.join(', '));
      throw new ApiError('method_not_allowed', `${API_V1_PREFIX}${path} does not take ${method}; it takes ${found.allowed.join(', ')}.`);
    }
    const { route, params } = found;
    const caller = await callerOf(req, methodAccess[route.call].level === 'public');
    const call = { caller, address: req.socket.remoteAddress ?? '', local: false };
    // Refused before its body is read or its input checked.
    try {
      checkAccess(route.call, caller);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'forbidden') await deps.refused?.(call, route.call);
      throw error;
    }
    let body: unknown;
    if (hasBody(req)) {
      body = await readJsonBody(req);
      if (!route.body && !(typeof body === 'object' && body !== null && Object.keys(body).length === 0)) {
        throw new ApiError('invalid_input', `${method} ${API_V1_PREFIX}${route.path} takes no request body.`);
      }
    } else if (route.body) body = {};
    const input = buildInput(route, params, searchParams, body);
    const checked = apiContract[route.call].input.safeParse(input);
    if (!checked.success) {
      const issues = requestIssues(route, toIssues(checked.error));
      throw new ApiError('invalid_input', `Invalid input: ${describeIssues(issues)}`, issues);
    }
    const output = await deps.dispatch(call, route.call, input).catch((error: unknown) => {
      // A service names bad fields as its input has them (`fields.stage`); say where they were in the request.
      throw error instanceof ApiError && error.issues.length ? new ApiError(error.code, error.message, requestIssues(route, error.issues), error.extra) : error;
    });
    // Only an answered request notes the token's use; a refused one leaves no trace.
    const tokenId = caller.kind === 'anonymous' ? undefined : caller.tokenId;
    if (tokenId) await deps.callers.tokenUsed(tokenId).catch((error: unknown) => log(`Noting the use of an API token: ${String(error)}`));
    sendJson(res, route.status ?? 200, route.respond ? route.respond.from(output as never) : output);
  }

  return async (req, res, pathname) => {
    try {
      await serve(req, res, pathname);
    } catch (error) {
      const apiError = asApiError(error, log);
      if (apiError.code === 'unauthorized') res.setHeader('www-authenticate', 'Bearer');
      if (!res.headersSent) sendJson(res, statusOfError(apiError), errorBody(apiError));
      else res.destroy();
    }
  };
}

export const isApiV1Path = (pathname: string): boolean => pathname === API_V1_PREFIX || pathname.startsWith(`${API_V1_PREFIX}/`);
