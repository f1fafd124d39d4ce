import type { Clock } from '../clock';

export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience?: string;
}

/** A bearer token from client credentials (OAuth 2.0), kept until shortly before it expires. */
export interface TokenSource {
  token(): Promise<string>;
  /** The cluster refused the token: fetch a new one next time. */
  forget(): void;
}

/** Renew this long before the token expires, so a call never starts with one about to lapse. */
const EARLY_MS = 30_000;

/** Exchanges the client id and secret at the identity provider's token endpoint (grant type client_credentials). */
export function createTokenSource(credentials: ClientCredentials, clock: Clock, timeoutMs = 15_000): TokenSource {
  let kept: { token: string; until: number } | null = null;
  let asking: Promise<string> | null = null;

  async function ask(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret });
    if (credentials.audience) body.set('audience', credentials.audience);
    const response = await fetch(credentials.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`the token endpoint answered ${response.status}: ${text.slice(0, 200)}`);
    const answer = JSON.parse(text) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string' || !answer.access_token) throw new Error('the token endpoint answered without an access_token');
    const seconds = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 300;
    kept = { token: answer.access_token, until: clock.now().getTime() + seconds * 1000 - EARLY_MS };
    return answer.access_token;
  }

  return {
    async token() {
      if (kept && clock.now().getTime() < kept.until) return kept.token;
      // Callers at the same moment share one request.
      asking ??= ask().finally(() => (asking = null));
      return asking;
    },
    forget() {
      kept = null;
    },
  };
}
