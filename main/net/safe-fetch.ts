import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { checkHost, type OutboundPolicy } from './host-check';

export type { OutboundPolicy } from './host-check';

export interface SafeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** For the whole call, redirects included. */
  timeoutMs: number;
  /** Redirects followed (each one checked again); 0 answers a 3xx as it is. */
  maxRedirects?: number;
  /** Bytes of the answer read at most; the rest is not read. */
  maxBodyBytes?: number;
}

/**
 * What became of a call: the receiver's answer (any status), a refusal before anything was
 * connected to (`refused`: a forbidden address, scheme or too many redirects), or a failure to
 * get an answer (no connection, timeout).
 */
export type SafeOutcome =
  | { ok: true; status: number; body: string; truncated: boolean; url: string; redirects: number }
  | { ok: false; refused: boolean; error: string };

export const MAX_REDIRECTS = 5;
export const MAX_BODY_BYTES = 1_000_000;

/** A lookup that answers only the addresses already checked, so DNS cannot change between check and connect. */
const fixedLookup =
  (addresses: { address: string; family: 4 | 6 }[]): LookupFunction =>
  (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: typeof addresses) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };

interface Answer {
  status: number;
  location?: string;
  body: string;
  truncated: boolean;
}

/** One request to already checked addresses; the body is read up to `maxBytes`. */
function send(
  url: URL,
  addresses: { address: string; family: 4 | 6 }[],
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Answer> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const options: RequestOptions & { servername?: string } = {
    method,
    host,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers: {
      ...headers,
      host: url.host,
      ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    },
    agent: false,
    lookup: fixedLookup(addresses),
    signal,
    ...(url.username ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
    ...(url.protocol === 'https:' && !isIP(host) ? { servername: host } : {}),
  };
  return new Promise<Answer>((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(options, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const done = () => {
        const location = res.headers.location;
        resolve({
          status: res.statusCode ?? 0,
          ...(location ? { location } : {}),
          body: Buffer.concat(chunks).toString('utf8'),
          truncated,
        });
      };
      res.on('data', (chunk: Buffer) => {
        if (truncated) return;
        const room = maxBytes - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (chunk.length > room) {
          truncated = true;
          res.destroy();
          done();
        }
      });
      res.on('end', done);
      res.on('error', (error) => (truncated ? undefined : reject(error)));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Whether a redirect makes the next request a GET without body (303 always; 301/302 after a POST, as browsers do). */
const becomesGet = (status: number, method: string) =>
  (status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST');

/**
 * An outbound HTTP call that cannot be turned against this computer or its network (SSRF): only
 * http and https; the host is resolved here and every address checked (see checkHost), then the
 * connection goes to exactly those addresses; redirects are followed by hand, each hop checked
 * again. Nothing is connected to when a check fails.
 */
export async function safeFetch(request: SafeRequest, policy: OutboundPolicy): Promise<SafeOutcome> {
  const maxRedirects = request.maxRedirects ?? MAX_REDIRECTS;
  const signal = AbortSignal.timeout(request.timeoutMs);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, refused: true, error: `refused: "${request.url}" is not an address` };
  }
  let { method } = request;
  let body = request.body;
  let headers = { ...request.headers };
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return {
        ok: false,
        refused: true,
        error: `refused: only http and https may be called, not ${url.protocol.replace(/:$/, '')}`,
      };
    const checked = await checkHost(url, policy);
    if (!checked.ok)
      return {
        ok: false,
        refused: checked.refused,
        error: redirects ? `${checked.error} (redirected to ${url.href})` : checked.error,
      };
    if (signal.aborted) return { ok: false, refused: false, error: `no answer within ${request.timeoutMs / 1000} s` };
    let answer: Answer;
    try {
      answer = await send(
        url,
        checked.addresses,
        method,
        headers,
        body,
        request.maxBodyBytes ?? MAX_BODY_BYTES,
        signal,
      );
    } catch (error) {
      if (signal.aborted) return { ok: false, refused: false, error: `no answer within ${request.timeoutMs / 1000} s` };
      return { ok: false, refused: false, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    }
    const redirect = answer.status >= 300 && answer.status < 400 && answer.status !== 304 && answer.location;
    if (!redirect || maxRedirects === 0)
      return {
        ok: true,
        status: answer.status,
        body: answer.body,
        truncated: answer.truncated,
        url: url.href,
        redirects,
      };
    if (redirects >= maxRedirects)
      return { ok: false, refused: true, error: `refused: more than ${maxRedirects} redirects` };
    let next: URL;
    try {
      next = new URL(answer.location!, url);
    } catch {
      return {
        ok: false,
        refused: true,
        error: `refused: redirected to "${answer.location}", which is not an address`,
      };
    }
    if (becomesGet(answer.status, method)) {
      method = 'GET';
      body = undefined;
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-/i.test(k)));
    }
    // Headers meant for one receiver (credentials, API keys of any name) do not go along to another: only the body's type and the idempotency key do.
    if (next.origin !== url.origin)
      headers = Object.fromEntries(
        Object.entries(headers).filter(([k]) => /^(content-type|idempotency-key|accept)$/i.test(k)),
      );
    url = next;
  }
}
