import { z } from 'zod';

/** The port of the office network unless the administrator picks another. */
export const OFFICE_DEFAULT_PORT = 4443;

/** How many names one certificate and Host check accept. */
export const MAX_OFFICE_HOST_NAMES = 20;

/** Why a change of the office network is refused, as the API says it at the field; the app translates it. */
export const officeNetworkMessages = {
  noNames: 'must name at least one host name or address that colleagues type',
  notHost: 'is not a host name or IP address (no https://, port or path)',
  twice: 'names a host twice',
  notPort: 'is not a port number (1 to 65535)',
} as const;

/** Dotted numbers are an IPv4 address or nothing: a browser will not look up "999.1.1.1" as a name. */
const onlyDigitsAndDots = /^[\d.]+$/;

/**
 * A name or address colleagues type to reach this computer: a host name (`kantoor-pc`,
 * `kantoor-pc.lan`), an IPv4 address or an IPv6 address (with or without brackets). No scheme,
 * port or path. Kept lower case, without brackets and without a trailing dot.
 */
export const OfficeHostName = z
  .string()
  .trim()
  .toLowerCase()
  .transform((name) => name.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'must not be empty', abort: true })
      .max(253, { error: 'is too long', abort: true })
      .refine(
        (name) =>
          z.ipv6().safeParse(name).success ||
          (onlyDigitsAndDots.test(name) ? z.ipv4().safeParse(name).success : z.hostname().safeParse(name).success),
        officeNetworkMessages.notHost,
      ),
  );

/** Settings → Office network: off unless an administrator turns it on. */
export const OfficeNetworkSettings = z.object({
  enabled: z.boolean().default(false),
  port: z
    .number()
    .int(officeNetworkMessages.notPort)
    .min(1, officeNetworkMessages.notPort)
    .max(65535, officeNetworkMessages.notPort)
    .default(OFFICE_DEFAULT_PORT),
  hostNames: z
    .array(OfficeHostName)
    .max(MAX_OFFICE_HOST_NAMES, `has more than ${MAX_OFFICE_HOST_NAMES} names`)
    .refine((names) => new Set(names).size === names.length, officeNetworkMessages.twice)
    .default([]),
});
export type OfficeNetworkSettings = z.infer<typeof OfficeNetworkSettings>;

/** Why the office network could not listen; the API names the port field with the text, the app translates it. */
export const officeListenProblems = {
  portInUse: 'is in use by another program',
  noPermission: 'may not be opened by Stroomlijn (ports below 1024 need administrator rights)',
  addressUnavailable: 'cannot be opened on this computer’s network addresses',
  failed: 'could not be opened',
} as const;
export type OfficeListenProblem = keyof typeof officeListenProblems;
export const OfficeListenProblems = Object.keys(officeListenProblems) as [
  OfficeListenProblem,
  ...OfficeListenProblem[],
];

/** An address colleagues type: `https://name:port/` (IPv6 in brackets, port 443 left out). */
export function officeUrl(name: string, port: number): string {
  const host = name.includes(':') ? `[${name}]` : name;
  return port === 443 ? `https://${host}/` : `https://${host}:${port}/`;
}
