import { stat } from 'node:fs/promises';

/** A content coding the build writes beside an asset (renderer/vite-precompress.ts), best first. */
const CODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/** The codings an Accept-Encoding header takes (a `q=0` refuses one). */
export function acceptedCodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name && !(q && Number(q[1]) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * The compressed copy of `file` to send for this Accept-Encoding, if the build made one the browser
 * takes: its path and coding; null means send the file as it is.
 */
export async function encodedVariant(
  file: string,
  acceptEncoding: string | string[] | undefined,
): Promise<{ path: string; coding: string } | null> {
  const accepted = acceptedCodings(acceptEncoding);
  for (const { coding, suffix } of CODINGS) {
    if (!accepted.has(coding) && !accepted.has('*')) continue;
    const info = await stat(file + suffix).catch(() => null);
    if (info?.isFile()) return { path: file + suffix, coding };
  }
  return null;
}
