/** What the first start prints about the API v1: its address and the token made for it (shown this once). */
export const firstTokenNotice = (token: string, baseUrl: string): string =>
  [
    `External API v1 at ${baseUrl} (documented at ${baseUrl}/openapi.json).`,
    `Its first token, shown only now (make and revoke tokens in Settings → API):`,
    `  API token: ${token}`,
  ].join('\n');
