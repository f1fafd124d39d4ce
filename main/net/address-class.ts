import { isIPv4, isIPv6 } from 'node:net';

/**
 * Why an address may not be called by a webhook, or null for a public unicast address.
 * `loopback`, `private`, `linkLocal` and `cgnat` are the kinds an admin may open up by
 * allowlisting a host; the others (`unspecified`, `multicast`, `reserved`) never.
 */
export type AddressClass = 'loopback' | 'unspecified' | 'private' | 'linkLocal' | 'cgnat' | 'multicast' | 'reserved';

/** The kinds an allowlisted host may resolve to (intranet applications, a receiver on this computer). */
export const ALLOWLISTABLE: ReadonlySet<AddressClass> = new Set(['loopback', 'private', 'linkLocal', 'cgnat']);

/** IPv4 ranges as [first octets, prefix length, class]; the first that holds wins. */
const V4_RANGES: [number[], number, AddressClass][] = [
  [[0], 8, 'unspecified'], // "this network"; 0.0.0.0 reaches this computer
  [[10], 8, 'private'],
  [[100, 64], 10, 'cgnat'],
  [[127], 8, 'loopback'],
  [[169, 254], 16, 'linkLocal'], // incl. 169.254.169.254, the cloud metadata service
  [[172, 16], 12, 'private'],
  [[192, 0, 0], 24, 'reserved'], // IETF protocol assignments
  [[192, 0, 2], 24, 'reserved'], // documentation
  [[192, 88, 99], 24, 'reserved'], // 6to4 relay anycast
  [[192, 168], 16, 'private'],
  [[198, 18], 15, 'reserved'], // benchmarking
  [[198, 51, 100], 24, 'reserved'], // documentation
  [[203, 0, 113], 24, 'reserved'], // documentation
  [[224], 4, 'multicast'],
  [[240], 4, 'reserved'], // incl. 255.255.255.255
];

const v4Number = (octets: number[]) => octets.reduce((n, o) => n * 256 + o, 0);
const V4 = V4_RANGES.map(([start, prefix, kind]) => {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (v4Number([...start, 0, 0, 0].slice(0, 4)) & mask) >>> 0, mask, kind };
});

/** The class of a dotted IPv4 address (as Node prints it). */
export function classifyIPv4(address: string): AddressClass | null {
  const n = v4Number(address.split('.').map(Number)) >>> 0;
  return V4.find((r) => (n & r.mask) >>> 0 === r.base)?.kind ?? null;
}

/** The 8 groups of an IPv6 address (`::` expanded, a trailing dotted IPv4 turned into two groups). */
export function ipv6Groups(address: string): number[] {
  let text = address
    .replace(/^\[|\]$/g, '')
    .split('%')[0]!
    .toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const front = part(head);
  const back = part(tail);
  return tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

const embeddedV4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The class of an IPv6 address; IPv4 carried inside one (mapped, compatible, NAT64, 6to4) is judged as that IPv4. */
export function classifyIPv6(address: string): AddressClass | null {
  const g = ipv6Groups(address);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  if (zeros(0, 5) && g[5] === 0xffff) return classifyIPv4(embeddedV4(g[6]!, g[7]!)) ?? null; // ::ffff:a.b.c.d
  if (zeros(0, 6)) return classifyIPv4(embeddedV4(g[6]!, g[7]!)) ?? 'reserved'; // ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return classifyIPv4(embeddedV4(g[6]!, g[7]!)); // NAT64
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'private'; // local-use NAT64
  if (g[0] === 0x2002) return classifyIPv4(embeddedV4(g[1]!, g[2]!)); // 6to4
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return 'linkLocal'; // fe80::/10
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private'; // fec0::/10 site-local (deprecated)
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved'; // documentation
  if (g[0] === 0x2001 && g[1]! < 0x200) return 'reserved'; // 2001::/23 protocol assignments (Teredo…)
  if ((g[0]! & 0xe000) !== 0x2000) return 'reserved'; // outside 2000::/3, the global unicast space
  return null;
}

/** The class of an IPv4 or IPv6 address; anything that is not an address at all counts as reserved. */
export function classifyAddress(address: string): AddressClass | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return classifyIPv4(bare);
  if (isIPv6(bare)) return classifyIPv6(bare);
  return 'reserved';
}
