/**
 * Content-Security-Policy of the renderer, for both hosts: scripts only from the app itself,
 * no plugins, no frames of others, no form posts, no <base> tricks. Inline styles are allowed
 * because React Flow positions nodes with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
