import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from '@shared/api/errors';
import type { ApiTokenInfo } from '@shared/api/token-contract';
import type { ApiToken } from '@shared/model/settings';
import type { Scope } from '@shared/api/caller';
import type { Clock } from '../clock';
import type { Store } from '../store/store';

export interface ApiTokenService {
  list(): ApiTokenInfo[];
  /**
   * Make a token; the answer is the only place the token itself ever appears. Without an owner it
   * is an integration token with `scopes` (admin unless said).
   */
  create(
    name: string,
    options?: { scopes?: Scope[]; ownerUserId?: string },
  ): Promise<{ token: string; info: ApiTokenInfo }>;
  revoke(id: string): Promise<void>;
  /** Forget the notice that older tokens became integration tokens with every right. */
  dismissMigrated(): Promise<void>;
  /** The stored token this bearer token is, or null (writes nothing: a refused request leaves no trace). */
  verify(token: string): Promise<ApiTokenInfo | null>;
  /** Note that a token's request was answered (lastUsedAt, at most once a minute). */
  noteUse(id: string): Promise<void>;
  /** Where the API v1 listens, once a server has started (shown in Settings). */
  baseUrl: string | undefined;
}

const TOKEN_PREFIX = 'stl_';
/** How much of a token is kept in the clear, so people can tell tokens apart. */
const VISIBLE = TOKEN_PREFIX.length + 6;
/** lastUsedAt is written at most this often per token, so using the API does not rewrite the database on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
const info = ({ hash: _hash, ...rest }: ApiToken): ApiTokenInfo => rest;

export function createApiTokenService(store: Store, clock: Clock, newId: () => string): ApiTokenService {
  const tokens = () => store.data.settings.apiTokens;
  /** When each token's lastUsedAt was last written (or tried): a failed write is not tried on every call. */
  const lastTried = new Map<string, number>();
  return {
    baseUrl: undefined,
    list: () => tokens().map(info),

    async create(name, { scopes = ['admin' as Scope], ownerUserId } = {}) {
      if (ownerUserId && !store.data.directory.users.some((u) => u.id === ownerUserId)) {
        throw ApiError.invalidInput('The owner is not a user of the directory', [
          { path: 'ownerUserId', message: 'is no user of the directory' },
        ]);
      }
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const record: ApiToken = {
        id: newId(),
        name: name.trim(),
        hash: sha256(token).toString('hex'),
        prefix: token.slice(0, VISIBLE),
        createdAt: clock.now().toISOString(),
        ...(ownerUserId ? { ownerUserId } : {}),
        scopes,
      };
      await store.update((data) => void data.settings.apiTokens.push(record));
      return { token, info: info(record) };
    },

    async dismissMigrated() {
      if (store.data.settings.apiTokensMigrated === undefined) return;
      await store.update((data) => {
        delete data.settings.apiTokensMigrated;
      });
    },

    async revoke(id) {
      if (!tokens().some((t) => t.id === id))
        throw ApiError.because('not_found', 'notFound', { thing: 'apiToken', id });
      await store.update((data) => {
        data.settings.apiTokens = data.settings.apiTokens.filter((t) => t.id !== id);
      });
    },

    async verify(token) {
      const given = sha256(token);
      let match: ApiToken | null = null;
      // Compare with every stored hash, in constant time each, and without stopping at a match.
      for (const stored of tokens()) {
        const hash = Buffer.from(stored.hash, 'hex');
        if (hash.length === given.length && timingSafeEqual(hash, given)) match = stored;
      }
      return match ? info(match) : null;
    },

    async noteUse(id) {
      const now = clock.now();
      const match = tokens().find((t) => t.id === id);
      if (!match) return;
      const last = Math.max(match.lastUsedAt ? Date.parse(match.lastUsedAt) : 0, lastTried.get(id) ?? 0);
      if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
      // Noted in the background, tried at most once a minute: a write that fails (a full disk)
      // neither refuses nor slows the call; it is logged.
      lastTried.set(id, now.getTime());
      const noted = store.update((data) => {
        const current = data.settings.apiTokens.find((t) => t.id === id);
        if (current) current.lastUsedAt = now.toISOString();
      });
      noted.catch((error: unknown) => console.error(`API token ${id}: when it was last used was not saved`, error));
    },
  };
}
