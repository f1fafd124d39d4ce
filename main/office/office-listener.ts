import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { OfficeListenProblem } from '@shared/model/office-network';
import type { KeyAndCertificate } from './certificate';
import { closeServer } from '../http/listen';

/** Every IPv4 and every IPv6 address of this computer: the LAN, wherever colleagues come from. */
export const ALL_ADDRESSES = ['0.0.0.0', '::'] as const;

/** The office network could not listen: why (for the port field), and the system's words. */
export class ListenError extends Error {
  constructor(
    readonly reason: OfficeListenProblem,
    readonly detail: string,
  ) {
    super(`The office network could not listen: ${detail}`);
  }
}

const reasonOf = (code: unknown): OfficeListenProblem => {
  if (code === 'EADDRINUSE') return 'portInUse';
  if (code === 'EACCES' || code === 'EPERM') return 'noPermission';
  if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return 'addressUnavailable';
  return 'failed';
};

/** An address family this computer does not have (no IPv6): skipped when listening on all addresses. */
const missingFamily = (code: unknown) => code === 'EAFNOSUPPORT' || code === 'EADDRNOTAVAIL';

export interface OfficeListener {
  readonly port: number;
  /** The addresses it listens on. */
  readonly addresses: readonly string[];
  /** Present this key and certificate from the next handshake on (a renewed certificate, new names). */
  setIdentity(identity: KeyAndCertificate): void;
  close(): Promise<void>;
}

export interface OfficeListenOptions {
  port: number;
  /** Where to listen; ALL_ADDRESSES unless the command line names addresses. */
  addresses: readonly string[];
  identity: KeyAndCertificate;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

function listenOn(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, ipv6Only: host.includes(':') }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * HTTPS on the office network: one server per address, all on one port and with one identity.
 * Nothing listens unless every named address could be opened (on ALL_ADDRESSES a family the
 * computer lacks is left out); a failure closes what did open and throws a ListenError.
 */
export async function listenOffice(options: OfficeListenOptions): Promise<OfficeListener> {
  const tls = (identity: KeyAndCertificate) => ({ key: identity.keyPem, cert: identity.certPem });
  const servers: { server: Server; address: string }[] = [];
  const everywhere = options.addresses === ALL_ADDRESSES;
  let port = options.port;
  for (const address of options.addresses) {
    const server = createServer({ ...tls(options.identity), minVersion: 'TLSv1.2' }, options.handle);
    // A colleague's browser that does not trust the certificate (yet) ends the handshake: nothing to report.
    server.on('tlsClientError', () => undefined);
    try {
      await listenOn(server, port, address);
      port = (server.address() as AddressInfo).port;
      servers.push({ server, address });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (everywhere && missingFamily(code) && address !== options.addresses[0]) continue;
      await Promise.all(servers.map((s) => closeServer(s.server)));
      throw new ListenError(reasonOf(code), `${address} port ${port}: ${(error as Error).message}`);
    }
  }
  return {
    port,
    addresses: servers.map((s) => s.address),
    setIdentity(identity) {
      for (const { server } of servers) server.setSecureContext(tls(identity));
    },
    close: () => Promise.all(servers.map((s) => closeServer(s.server))).then(() => undefined),
  };
}
