import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApiError, httpStatusOf } from '../../shared/api/errors';
import { asApiError, type Dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { checkOrigin, checkSessionToken } from './guard';
import { createStaticFiles } from './static-files';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  log?: (message: string) => void;
}

export interface BrowserHost {
  url: string;
  port: number;
  /** The per-start session token the served page carries. */
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 12 * 1024 * 1024;
const RPC_PREFIX = '/api/rpc/';

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError('unsupported_media_type', 'Send the input as JSON (Content-Type: application/json).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError('invalid_input', 'The request body is larger than 12 MB.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'The request body is not valid JSON.');
  }
}

/**
 * Serves the built renderer and the API contract over HTTP on 127.0.0.1 only. Every request must
 * name this host (DNS-rebinding guard); every API call must carry the session token of this start.
 */
export async function startBrowserHost({ dispatch, rendererDir, port, log = console.error }: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(32).toString('base64url');
  const template = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const page = template.replace('</head>', `<meta name="stroomlijn-session" content="${token}" />\n</head>`);
  const serveStatic = createStaticFiles(rendererDir, () => page);
  let boundPort = port;

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    void handle(req, res).catch((error: unknown) => {
      const apiError = asApiError(error, log);
      if (!res.headersSent) sendJson(res, httpStatusOf[apiError.code], { error: apiError.toBody() });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkOrigin(req, boundPort);
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith(RPC_PREFIX)) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { error: { code: 'invalid_input', message: 'API methods are called with POST.' } });
        return;
      }
      checkSessionToken(req, token);
      const input = await readJsonBody(req);
      const value = await dispatch(decodeURIComponent(pathname.slice(RPC_PREFIX.length)), input);
      sendJson(res, 200, { value });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'invalid_input', message: 'Only GET is served here.' } });
      return;
    }
    await serveStatic(pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    port: boundPort,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
