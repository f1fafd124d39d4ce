import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/errors';
import type { IdempotencyStore, KeptAnswer } from './idempotency-store';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** The Idempotency-Key of a request (1–255 visible ASCII characters), or null without one. */
export function idempotencyKeyOf(req: IncomingMessage): string | null {
  const key = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (key === undefined) return null;
  if (typeof key === 'string' && /^[\x21-\x7e]{1,255}$/.test(key)) return key;
  const message = 'is not 1 to 255 visible ASCII characters (a UUID will do)';
  throw ApiError.invalidInput('This Idempotency-Key cannot be used', [
    { path: `header.${IDEMPOTENCY_HEADER}`, message },
  ]);
}

/** JSON with the keys of each object in order: the same body however its keys were ordered. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, v]) => [key, canonical(v)]));
};

/** What identifies a request besides its key: the same key with another fingerprint is refused. */
export const fingerprintOf = (parts: { method: string; path: string; actAs?: string; body: unknown }): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical([parts.method, parts.path, parts.actAs ?? null, parts.body ?? null])))
    .digest('hex');

export interface IdempotentAnswer extends KeptAnswer {
  replayed: boolean;
}

/**
 * Runs a creating request at most once per token and key: a repeat gets the kept answer, the same
 * key with another request is refused (422), and a repeat while the first is still running is
 * refused (409) rather than waited for. Only a success is kept: a refused request can be sent again.
 */
export function createIdempotency(store: IdempotencyStore, log: (message: string) => void) {
  const running = new Set<string>();
  return async (
    owner: string,
    key: string,
    fingerprint: string,
    work: () => Promise<KeptAnswer>,
  ): Promise<IdempotentAnswer> => {
    const kept = store.find(owner, key);
    if (kept && kept.fingerprint !== fingerprint) {
      const message = `The Idempotency-Key "${key}" was used for another request in the last 24 hours; use a new key.`;
      throw new ApiError('idempotency_key_reused', message, [
        { path: `header.${IDEMPOTENCY_HEADER}`, message: 'was used for another request' },
      ]);
    }
    if (kept)
      return {
        status: kept.status,
        body: kept.body,
        ...(kept.location ? { location: kept.location } : {}),
        replayed: true,
      };
    const slot = `${owner}\n${key}`;
    if (running.has(slot)) {
      throw new ApiError(
        'conflict',
        `A request with the Idempotency-Key "${key}" is still being answered; send it again once it is.`,
      );
    }
    running.add(slot);
    try {
      const answer = await work();
      // What was made stays made: a key that cannot be kept (a full disk) is logged, not a failed request.
      await store
        .keep({ tokenId: owner, key, fingerprint, ...answer })
        .catch((error: unknown) => log(`The Idempotency-Key of a request was not kept: ${String(error)}`));
      return { ...answer, replayed: false };
    } finally {
      running.delete(slot);
    }
  };
}

export type Idempotency = ReturnType<typeof createIdempotency>;
