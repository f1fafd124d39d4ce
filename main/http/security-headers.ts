import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '@shared/security/headers';

/** Set the headers every answer of the app's hosts carries (shared/security/headers.ts), and `extra` (HSTS). */
export function setSecurityHeaders(res: ServerResponse, extra: Readonly<Record<string, string>> = {}): void {
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...extra })) res.setHeader(name, value);
}
