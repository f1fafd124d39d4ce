/**
 * The header that carries a session's CSRF token: the office network sends it with each answer to
 * a signed-in page, and the page sends it back with each call (main/office/csrf.ts).
 */
export const CSRF_HEADER = 'x-stroomlijn-csrf';
