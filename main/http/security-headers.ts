import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** What every answer of the app's hosts carries: its CSP, no sniffing, no framing, no referrer. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse, extra: Readonly<Record<string, string>> = {}): void {
  for (const [name, value] of Object.entries({ ...securityHeaders, ...extra })) res.setHeader(name, value);
}
