import type { OfficeNetwork } from '../office/office-network';

/**
 * Where the links in a task mail point: the office network's first address while the app serves
 * it there (colleagues at their own desks), else this PC's own address (the loopback host that
 * also serves the API), so a link opened on the same PC works. None before either listens.
 */
export function linkBase(
  office: Pick<OfficeNetwork, 'status' | 'listeningPort'>,
  localApiBase: string | undefined,
): string | undefined {
  if (office.listeningPort() !== null) {
    const url = office.status().urls[0];
    if (url) return url.replace(/\/+$/, '');
  }
  return localApiBase ? new URL(localApiBase).origin : undefined;
}
