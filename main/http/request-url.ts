import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/errors';

const decodes = (part: string): boolean => {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
};

/**
 * The address of a request, once its path and each part of its query are known to decode: a
 * malformed percent-encoding (`%E0%A4%A`) is refused here (naming `path` or `query`), before any route or
 * file is looked up.
 */
export function requestUrl(req: IncomingMessage): URL {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const query = url.search
    .slice(1)
    .split('&')
    .map((part) => part.replace(/\+/g, ' '));
  const bad = decodes(url.pathname) ? query.find((part) => !decodes(part)) : url.pathname;
  if (bad !== undefined) {
    const where = bad === url.pathname ? 'path' : 'query';
    const issues = [{ path: where, message: 'has a malformed percent-encoding' }];
    const message = `The ${where} of this address has a malformed percent-encoding: "${bad}".`;
    throw new ApiError('invalid_input', message, issues);
  }
  return url;
}
