import { type OutboundPolicy, type SafeOutcome, safeFetch } from './safe-fetch';

/** What became of one call: the receiver's status, or why there was none and whether trying again may help. */
export type PostOutcome = { ok: true; status: number } | { ok: false; status?: number; error: string; retry: boolean };

/**
 * How a call went: 2xx is done; 408, 429, 5xx, a timeout or no connection are worth retrying;
 * another 4xx (or a 3xx left unfollowed) is a refusal that repeating will not change, and so is
 * an address the outbound policy refuses.
 */
export function judge(outcome: SafeOutcome): PostOutcome {
  if (!outcome.ok) return { ok: false, error: outcome.error, retry: !outcome.refused };
  const { status } = outcome;
  if (status >= 200 && status < 300) return { ok: true, status };
  const said = outcome.body.trim().slice(0, 200);
  const error = `HTTP ${status}${said ? `: ${said}` : ''}`;
  if (status >= 300 && status < 400)
    return { ok: false, status, error: `${error} (redirects are not followed)`, retry: false };
  return { ok: false, status, error, retry: status === 408 || status === 429 || status >= 500 };
}

/**
 * POST a JSON body through the safe client and say how it went. Redirects are not followed (the
 * receiver must name its real address).
 */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  policy: OutboundPolicy,
  timeoutMs = 10_000,
): Promise<PostOutcome> {
  const outcome = await safeFetch(
    {
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      timeoutMs,
      maxRedirects: 0,
      maxBodyBytes: 64_000,
    },
    policy,
  );
  return judge(outcome);
}
