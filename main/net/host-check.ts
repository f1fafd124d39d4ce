import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { ALLOWLISTABLE, type AddressClass, classifyAddress } from './address-class';

/** What outbound calls may reach besides the public internet. */
export interface OutboundPolicy {
  /** Hosts (names or addresses) the admin allows to resolve to loopback, private, link-local or CGNAT addresses. */
  allowedHosts: readonly string[];
  /** Ports this app itself listens on (its API): refused on every local address, allowlisted or not. */
  ownPorts: readonly number[];
}

/** The checked addresses to connect to, or why the host may not be called. */
export type HostCheck =
  { ok: true; addresses: { address: string; family: 4 | 6 }[] } | { ok: false; refused: boolean; error: string };

const LABELS: Record<AddressClass, string> = {
  loopback: 'a loopback address (this computer)',
  unspecified: 'an unspecified address (0.0.0.0 or ::, this computer)',
  private: 'a private network address',
  linkLocal: 'a link-local address (e.g. the cloud metadata service)',
  cgnat: 'a shared (CGNAT) address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

/** A host as the URL parser writes it (127.1 → 127.0.0.1, [::ffff:127.0.0.1] → ::ffff:7f00:1), lower case, no brackets or final dot. */
export function normaliseHost(host: string): string {
  const trimmed = host.trim();
  let name = trimmed;
  try {
    name = new URL(`http://${trimmed.includes(':') && !trimmed.startsWith('[') ? `[${trimmed}]` : trimmed}/`).hostname;
  } catch {
    // Not a host a URL can hold: compared as written.
  }
  return name
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

/** An IPv4-mapped IPv6 address as the IPv4 it stands for; other addresses as they are. */
const plain = (address: string) => address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** Whether an address is this computer's: loopback, unspecified, or one of its interfaces. */
function isLocal(address: string): boolean {
  const kind = classifyAddress(address);
  if (kind === 'loopback' || kind === 'unspecified') return true;
  const mine = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => plain(i.address)));
  return mine.includes(plain(address));
}

/**
 * Resolve a URL's host and check every address it resolves to. Refused when any address is not
 * public (unless the host is allowlisted and the address is of a kind an admin may open up), and
 * when a local address would reach our own API port. Only the returned addresses may be connected to.
 */
export async function checkHost(url: URL, policy: OutboundPolicy): Promise<HostCheck> {
  const host = normaliseHost(url.hostname);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch (error) {
      return {
        ok: false,
        refused: false,
        error: `${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      };
    }
    if (!addresses.length) return { ok: false, refused: false, error: `${host} could not be resolved` };
  }
  const allowed = policy.allowedHosts.some((h) => normaliseHost(h) === host);
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    const said = address === host ? host : `${host} resolves to ${address}, which`;
    if (kind && !(allowed && ALLOWLISTABLE.has(kind))) {
      const hint = ALLOWLISTABLE.has(kind) ? ' (an administrator can allow this host in Settings → Webhooks)' : '';
      return { ok: false, refused: true, error: `refused: ${said} is ${LABELS[kind]}${hint}` };
    }
    if (policy.ownPorts.includes(port) && isLocal(address))
      return {
        ok: false,
        refused: true,
        error: `refused: ${said} is this computer, and port ${port} is Stroomlijn's own API`,
      };
  }
  return { ok: true, addresses: addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })) };
}
