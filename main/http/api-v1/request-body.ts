import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/errors';
import { hasBody, readJsonBody } from '../json-io';
import { API_V1_PREFIX } from './prefix';
import type { Route } from './routes';

const isEmptyObject = (body: unknown) => typeof body === 'object' && body !== null && Object.keys(body).length === 0;

/**
 * The JSON body of a request (`{}` for a route that takes one and got none). A body that is not
 * JSON, or one on a route that takes none, is invalid input naming `body` (422).
 */
export async function bodyOf(req: IncomingMessage, route: Route): Promise<unknown> {
  if (!hasBody(req)) return route.body ? {} : undefined;
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid_input' && !error.issues.length) {
      throw ApiError.invalidInput('The request body cannot be read', [{ path: 'body', message: 'is not valid JSON' }]);
    }
    throw error;
  }
  if (!route.body && !isEmptyObject(body)) {
    const message = `${route.method} ${API_V1_PREFIX}${route.path} takes no request body`;
    throw ApiError.invalidInput(message, [{ path: 'body', message: 'is not taken by this route; leave it out' }]);
  }
  return body;
}
