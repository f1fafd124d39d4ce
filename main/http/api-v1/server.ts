import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiContract, type ApiMethod } from '@shared/api/contract';
import type { Call } from '../../api/call';
import { ApiError, httpStatusOf } from '@shared/api/errors';
import { describeIssues, type Issue, toIssues } from '@shared/model/parse';
import { asApiError, checkAccess, type Dispatch } from '../../api/dispatch';
import type { Callers } from '../../auth/callers';
import type { Caller } from '@shared/api/caller';
import { methodAccess } from '@shared/api/access';
import { checkOrigin } from '../guard';
import { sendJson } from '../json-io';
import { requestUrl } from '../request-url';
import { checkIfMatch, etagOf } from './etag';
import {
  createIdempotency,
  fingerprintOf,
  type IdempotentAnswer,
  idempotencyKeyOf,
  REPLAYED_HEADER,
} from './idempotency';
import type { IdempotencyStore, KeptAnswer } from './idempotency-store';
import { createMatcher } from './match';
import { openApiDocument } from './openapi';
import { apiDocsPage } from '../api-docs/docs-page';
import { isListRoute, pageOf, takePageRequest } from './paging';
import { API_V1_PREFIX, DOCS_PATH, loopbackApiV1Url, OPENAPI_PATH } from './prefix';
import { bodyOf } from './request-body';
import { concretePath, createdParams, createdReadRoute, writtenReadRoute } from './resource';
import { buildInput, fillWholeList, requestIssues } from './route-input';
import { type Route, routes } from './routes';
import { createWriteQueue } from './write-queue';

export { API_V1_PREFIX, DOCS_PATH, OPENAPI_PATH } from './prefix';

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
  /** The kept answers of creating requests with an Idempotency-Key (in the data folder). */
  idempotency: IdempotencyStore;
}

/** HTTP status of an error of the API v1: invalid input is always 422 (it names the fields), else by its code. */
export const statusOfError = (error: ApiError): number =>
  error.code === 'invalid_input' ? 422 : httpStatusOf[error.code];

/** Invalid input always names at least one place: a service's refusal without issues is about the body. */
const withIssues = (error: ApiError): ApiError =>
  error.code === 'invalid_input' && !error.issues.length
    ? new ApiError(error.code, error.message, [{ path: 'body', message: error.message }], error.extra)
    : error;

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
export function createApiV1(
  deps: ApiV1Deps,
): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const log = deps.log ?? console.error;
  const match = createMatcher(routes);
  const idempotency = createIdempotency(deps.idempotency, log);
  const writes = createWriteQueue();
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

  /** What a GET route answers now, with the caller's rights. */
  async function read(call: Call, route: Route, params: Record<string, string>): Promise<unknown> {
    const output = await deps.dispatch(call, route.call, buildInput(route, params, new URLSearchParams(), undefined));
    return route.respond ? route.respond.from(output as never) : output;
  }

  /**
   * A create's answer: 201 with what GET answers for it and its Location (the create's own answer
   * if it cannot be read).
   */
  async function created(
    call: Call,
    route: Route,
    params: Record<string, string>,
    output: unknown,
  ): Promise<KeptAnswer> {
    const readRoute = createdReadRoute(routes, route);
    const readParams = readRoute && createdParams(readRoute, params, output);
    if (!readRoute || !readParams) return { status: 201, body: output };
    const location = `${API_V1_PREFIX}${concretePath(readRoute, readParams)}`;
    const body = await read(call, readRoute, readParams).catch((error: unknown) => {
      if (!(error instanceof ApiError)) log(`Reading what ${route.method} ${route.path} made: ${String(error)}`);
      return output;
    });
    return { status: 201, location, body };
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
      docsPage ??= apiDocsPage(document, loopbackApiV1Url(deps.port()));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(docsPage);
      return;
    }
    const found = match(method, path);
    if (!found)
      throw new ApiError(
        'unknown_route',
        `There is no route ${method} ${API_V1_PREFIX}${path}; see ${API_V1_PREFIX}${OPENAPI_PATH}.`,
      );
    if ('allowed' in found) {
      res.setHeader('allow', found.allowed.join(', '));
      throw new ApiError(
        'method_not_allowed',
        `${API_V1_PREFIX}${path} does not take ${method}; it takes ${found.allowed.join(', ')}.`,
      );
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
    const list = isListRoute(route);
    const queryIssues: Issue[] = [];
    const page = list ? takePageRequest(route, searchParams, queryIssues) : null;
    const body = await bodyOf(req, route);
    const input = buildInput(route, params, searchParams, body, queryIssues);
    if (page) fillWholeList(route, input, page);
    const checked = apiContract[route.call].input.safeParse(input);
    if (!checked.success) {
      const issues = requestIssues(route, toIssues(checked.error));
      throw new ApiError('invalid_input', `Invalid input: ${describeIssues(issues)}`, issues);
    }
    const key = route.status === 201 ? idempotencyKeyOf(req) : null;
    const readRoute = writtenReadRoute(routes, route);
    const ifMatch = req.headers['if-match'];
    if (ifMatch !== undefined && !readRoute) {
      const message = 'is only taken by a PUT, PATCH or DELETE of a resource that GET reads on the same path';
      throw ApiError.invalidInput('This If-Match cannot be checked', [{ path: 'header.If-Match', message }]);
    }

    /** A PUT or PATCH tells the new version (the ETag of what its GET answers now), for the next If-Match. */
    let written: string | undefined;
    const work = async (): Promise<KeptAnswer> => {
      if (readRoute && typeof ifMatch === 'string') checkIfMatch(ifMatch, etagOf(await read(call, readRoute, params)));
      const output = await deps.dispatch(call, route.call, input).catch((error: unknown) => {
        // A service names bad fields as its input has them (`fields.stage`); say where they were in the request.
        throw error instanceof ApiError && error.issues.length
          ? new ApiError(error.code, error.message, requestIssues(route, error.issues), error.extra)
          : error;
      });
      if (route.status === 201) return created(call, route, params, output);
      const answer = route.respond ? route.respond.from(output as never) : output;
      if (readRoute && method !== 'DELETE') written = await read(call, readRoute, params).then(etagOf, () => undefined);
      return { status: route.status ?? 200, body: page ? pageOf(route, answer as unknown[], page) : answer };
    };
    // Keys are the token's own (a user's session, where one reaches the API v1, keys per user).
    const owner =
      caller.kind === 'anonymous'
        ? undefined
        : caller.kind === 'integration'
          ? caller.tokenId
          : (caller.tokenId ?? caller.userId);
    const actAs = req.headers['x-act-as'];
    const fingerprint = () =>
      fingerprintOf({ method, path, actAs: typeof actAs === 'string' ? actAs : undefined, body });
    const answer: IdempotentAnswer =
      key && owner
        ? await idempotency(owner, key, fingerprint(), work)
        : { ...(await (readRoute ? writes.run(path, work) : work())), replayed: false };
    // Only an answered request notes the token's use; a refused one leaves no trace.
    const tokenId = caller.kind === 'anonymous' ? undefined : caller.tokenId;
    if (tokenId)
      await deps.callers
        .tokenUsed(tokenId)
        .catch((error: unknown) => log(`Noting the use of an API token: ${String(error)}`));
    if (answer.location) res.setHeader('location', answer.location);
    if (answer.replayed) res.setHeader(REPLAYED_HEADER.toLowerCase(), 'true');
    if (method === 'GET' && !list) res.setHeader('etag', etagOf(answer.body));
    if (written) res.setHeader('etag', written);
    sendJson(res, answer.status, answer.body);
  }

  return async (req, res, pathname) => {
    try {
      await serve(req, res, pathname);
    } catch (error) {
      const apiError = withIssues(asApiError(error, log));
      if (apiError.code === 'unauthorized') res.setHeader('www-authenticate', 'Bearer');
      if (!res.headersSent) sendJson(res, statusOfError(apiError), errorBody(apiError));
      else res.destroy();
    }
  };
}

export const isApiV1Path = (pathname: string): boolean =>
  pathname === API_V1_PREFIX || pathname.startsWith(`${API_V1_PREFIX}/`);
