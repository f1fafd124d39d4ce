import { z } from 'zod';
import { Id, Timestamp } from './common';

/**
 * A directory user's sign-in: a login and the password's hash (scrypt, with its parameters in the
 * string so they can be raised later). Never the password itself.
 */
export const Account = z.object({
  userId: Id,
  /** Unique, compared in lower case. */
  login: z.string().min(1).max(100),
  passwordHash: z.string().min(1),
  /** Set when an administrator set the password: the user chooses a new one first. */
  mustChangePassword: z.boolean().optional(),
  createdAt: Timestamp,
  passwordChangedAt: Timestamp,
  lastSignInAt: Timestamp.optional(),
});
export type Account = z.infer<typeof Account>;

export const SessionKind = z.enum(['browser', 'desktop']);
export type SessionKind = z.infer<typeof SessionKind>;

/** A signed-in session. Only the SHA-256 of its secret is kept; the secret lives in a cookie or the desktop app. */
export const Session = z.object({
  idHash: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hash'),
  userId: Id,
  kind: SessionKind,
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  /** The absolute end: no use after it, however active. */
  expiresAt: Timestamp,
  /** Where it was signed in from (an IP address, or "desktop"). */
  address: z.string().max(100),
});
export type Session = z.infer<typeof Session>;

/** auth.json: accounts and sessions, in a file of their own beside the database. */
export const AuthDocument = z.object({
  schemaVersion: z.literal(1),
  accounts: z.array(Account),
  sessions: z.array(Session),
});
export type AuthDocument = z.infer<typeof AuthDocument>;
export const AUTH_SCHEMA_VERSION = 1;
