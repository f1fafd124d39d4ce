import { type Caller, hasScope } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { ApiTokenInfo } from '@shared/api/token-contract';
import type { Database } from '@shared/model/database';

type Via = Extract<Caller, { kind: 'user' }>['via'];

/**
 * A person as the caller, with `admin` as the directory says now (a demoted admin loses rights at
 * once); null when gone.
 */
export function userCaller(db: Database, userId: string, via: Via, tokenId?: string): Caller | null {
  const user = db.directory.users.find((u) => u.id === userId);
  if (!user) return null;
  return { kind: 'user', userId, admin: user.admin, via, ...(tokenId ? { tokenId } : {}) };
}

/**
 * The caller an API token makes: its owner; or an integration with its scopes, or — with the
 * scope act-as and `actAs` (the X-Act-As header) — the user it names.
 */
export function tokenCaller(db: Database, token: ApiTokenInfo, actAs: string | undefined): Caller {
  if (token.ownerUserId) {
    const owner = userCaller(db, token.ownerUserId, 'token', token.id);
    if (!owner) throw new ApiError('unauthorized', 'The owner of this API token is no longer in the directory.');
    if (actAs !== undefined && actAs !== token.ownerUserId) {
      throw new ApiError('forbidden', 'A token with an owner acts only as its owner.');
    }
    return owner;
  }
  if (actAs === undefined) return { kind: 'integration', tokenId: token.id, scopes: token.scopes };
  if (!hasScope(token.scopes, 'act-as')) {
    throw new ApiError('forbidden', 'This token may not act for a user: that needs the scope act-as.');
  }
  const user = userCaller(db, actAs, 'token', token.id);
  if (!user) throw new ApiError('forbidden', `X-Act-As names no user of the directory ("${actAs}").`);
  return user;
}

/** How transports learn who is asking: from a session's secret, or from an API token. */
export interface Callers {
  /** The caller of a session (the browser's cookie, the desktop window's session); anonymous without a live one. */
  ofSession(secret: string | undefined): Caller;
  /** The caller of a bearer token (and its X-Act-As), or null when the token is not valid. */
  ofToken(token: string, actAs: string | undefined): Promise<Caller | null>;
  /** A token's request was answered: note its last use (refused ones leave no trace). */
  tokenUsed(tokenId: string): Promise<void>;
}

export function createCallers(
  db: () => Database,
  sessionCaller: (secret: string | undefined) => Caller | null,
  verify: (token: string) => Promise<ApiTokenInfo | null>,
  noteUse: (tokenId: string) => Promise<void>,
): Callers {
  return {
    ofSession: (secret) => sessionCaller(secret) ?? { kind: 'anonymous' },
    async ofToken(token, actAs) {
      const info = await verify(token);
      return info ? tokenCaller(db(), info, actAs) : null;
    },
    tokenUsed: noteUse,
  };
}
