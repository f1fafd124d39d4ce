import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '@shared/api/errors';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';

/** The largest request body either HTTP API reads. */
export const MAX_BODY = 12 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Whether the request carries a body at all (a length above zero, or a chunked one). */
export const hasBody = (req: IncomingMessage): boolean =>
  Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

const tooLarge = () => new ApiError('payload_too_large', 'The request body is larger than 12 MB.');

/**
 * The body as text, refused once it passes MAX_BODY. What comes after that is read and dropped
 * rather than cut off, so the client gets the 413 instead of a reset connection.
 */
function readText(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY) return;
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else {
        chunks.length = 0;
        reject(tooLarge());
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Read a JSON body: 415 unless it says it is JSON, 413 above 12 MB, 400 when it does not parse,
 * and invalid input naming the body when it nests deeper than MAX_JSON_DEPTH (checked before
 * parsing); empty is `{}`.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    throw new ApiError('unsupported_media_type', 'Send the input as JSON (Content-Type: application/json).');
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) throw tooLarge();
  const text = await readText(req);
  if (text.trim() === '') return {};
  if (nestsDeeperThan(text)) {
    const message = `nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels`;
    throw new ApiError('invalid_input', `The request body ${message}.`, [{ path: 'body', message }]);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'The request body is not valid JSON.');
  }
}
