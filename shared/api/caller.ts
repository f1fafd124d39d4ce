import { z } from 'zod';

/** What an integration token may do (Settings → API); `admin` implies every other scope. */
export const Scopes = [
  'items:submit',
  'items:read',
  'items:act',
  'records:read',
  'records:write',
  'directory:read',
  'act-as',
  'admin',
] as const;
export const Scope = z.enum(Scopes);
export type Scope = z.infer<typeof Scope>;

/**
 * Who is asking. The transport makes it from what authenticated the request (a session, the
 * desktop window's session, an API token) — never from anything in the request's input.
 */
export type Caller =
  | { kind: 'anonymous' }
  /** A person: signed in, or through a token that acts as its owner (or, with act-as, for this user). */
  | {
      kind: 'user';
      userId: string;
      admin: boolean;
      via: 'session' | 'desktop' | 'token' | 'mail';
      tokenId?: string;
      /** Signed in with a password an administrator set: nothing but choosing their own (or signing out) until then. */
      mustChangePassword?: true;
    }
  /** Another application, with what its token allows. */
  | { kind: 'integration'; tokenId: string; scopes: readonly Scope[] };

export const anonymous: Caller = { kind: 'anonymous' };

/** Whether an integration token's scopes allow `scope` (admin allows everything). */
export const hasScope = (scopes: readonly Scope[], scope: Scope): boolean =>
  scopes.includes('admin') || scopes.includes(scope);
