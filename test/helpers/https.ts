import { type AddressInfo, createServer, Socket } from 'node:net';
import { request } from 'node:https';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import type { Reply } from './http';

export interface HttpsReply extends Reply {
  /** The certificate the server presented. */
  certificate: PeerCertificate;
}

/**
 * A raw HTTPS request to `address` (unlike fetch, it may set any Host header). The certificate is
 * not checked here (`certificate` says which one came); tests of trust use node:tls with a CA.
 */
export function httpsRequest(
  address: string,
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpsReply> {
  const { method = 'GET', headers, body } = options;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: address, port, path, method, headers, rejectUnauthorized: false, agent: false },
      (res) => {
        const certificate = (res.socket as TLSSocket).getPeerCertificate();
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = raw.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            raw,
            json: () => JSON.parse(text),
            certificate,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A port nothing listens on right now (on any address), for a server the test starts next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '0.0.0.0', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** How a TCP connection attempt ends: 'connected', or its error code (ECONNREFUSED: nothing listens). */
export function connects(address: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.connect(port, address);
  });
}
