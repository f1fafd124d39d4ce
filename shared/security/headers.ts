import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Headers on every response that carries the app's page or its files, in the browser host and on
 * the desktop app's own scheme alike: the CSP, no MIME sniffing, no framing by others, no referrer.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
