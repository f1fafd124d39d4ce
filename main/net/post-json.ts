/** What became of one POST: the receiver's status, or why there was none. */
export type PostOutcome = { ok: true; status: number } | { ok: false; status?: number; error: string; retry: boolean };

/**
 * POST a JSON body and say how it went. 2xx is delivered; 408, 429, 5xx, a timeout or no
 * connection are worth retrying; another 4xx is a refusal that repeating will not change.
 * Redirects are not followed (the receiver must name its real address).
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, timeoutMs = 10_000): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { ok: false, error: reason, retry: true };
  }
  const text = await response.text().catch(() => '');
  const status = response.status;
  if (status >= 200 && status < 300) return { ok: true, status };
  const said = text.trim().slice(0, 200);
  const error = `HTTP ${status}${said ? `: ${said}` : ''}`;
  if (status >= 300 && status < 400) return { ok: false, status, error: `${error} (redirects are not followed)`, retry: false };
  return { ok: false, status, error, retry: status === 408 || status === 429 || status >= 500 };
}
