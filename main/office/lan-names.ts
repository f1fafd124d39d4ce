import { hostname, networkInterfaces } from 'node:os';
import { OfficeHostName } from '@shared/model/office-network';
import { classifyAddress } from '../net/address-class';
import { normaliseHost } from '../net/host-check';

/**
 * What colleagues could type to reach this computer: its name and its network addresses (not
 * loopback, and no IPv6 link-local ones, which browsers cannot open without a zone).
 */
export function lanNameSuggestions(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter(
      (i) => !i.internal && classifyAddress(i.address) !== 'linkLocal' && classifyAddress(i.address) !== 'loopback',
    )
    .map((i) => normaliseHost(i.address));
  const names = [hostname(), ...addresses].filter((name) => OfficeHostName.safeParse(name).success);
  return [...new Set(names.map((name) => OfficeHostName.parse(name)))];
}
