import { z } from 'zod';
import { Email, Id, Language, Text } from '../model/common';
import { Theme } from '../model/settings';
import { method } from './method';
import { authIssueMessages as m } from './auth-messages';

export const Login = z.string().trim().toLowerCase().min(1, 'is empty').max(100, 'is longer than 100 characters');
/** A new password: long enough to resist guessing (NIST SP 800-63B), not absurdly long to hash. */
export const NewPassword = z.string().min(10, m.passwordShort).max(256, m.passwordLong);

/** The signed-in user as the app shows them. */
export const Me = z.object({
  userId: Id,
  name: z.string(),
  login: z.string(),
  admin: z.boolean(),
  /** Set when an administrator set the password: the app asks for a new one first. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;

/** What anyone may learn before signing in: whether the first administrator must be made, and how to show the app. */
export const AuthStatus = z.object({
  setupNeeded: z.boolean(),
  me: Me.optional(),
  language: Language,
  theme: Theme,
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const AccountInfo = z.object({
  userId: Id,
  login: z.string(),
  createdAt: z.string(),
  passwordChangedAt: z.string(),
  lastSignInAt: z.string().optional(),
  mustChangePassword: z.boolean(),
  /** Sign-in refused until then (too many failed attempts). */
  lockedUntil: z.string().optional(),
  sessions: z.number().int(),
});
export type AccountInfo = z.infer<typeof AccountInfo>;

/** Signing in and out, the first administrator, and administrators managing passwords and sessions. */
export const authContract = {
  'app.health': method(z.object({}).strict(), z.object({ name: z.string(), version: z.string() })),
  'auth.status': method(z.object({}).strict(), AuthStatus),
  /** Only while there is no account at all, and only on this computer (never over the office network). */
  'auth.setup': method(
    z.object({ name: Text, login: Login, email: Email.optional(), password: NewPassword }).strict(),
    AuthStatus,
  ),
  'auth.signIn': method(z.object({ login: Login, password: z.string().max(256) }).strict(), AuthStatus),
  'auth.signOut': method(z.object({}).strict(), z.object({ signedOut: z.literal(true) })),
  'auth.changePassword': method(
    z.object({ current: z.string().max(256), next: NewPassword }).strict(),
    z.object({ changed: z.literal(true) }),
  ),
  'accounts.list': method(z.object({}).strict(), z.array(AccountInfo)),
  /** Give a directory user a login and password, or reset them; they choose a new password at the next sign-in. */
  'accounts.setPassword': method(
    z.object({ userId: Id, login: Login.optional(), password: NewPassword }).strict(),
    AccountInfo,
  ),
  'accounts.endSessions': method(z.object({ userId: Id }).strict(), z.object({ ended: z.number().int() })),
  /** The user can no longer sign in (their directory entry stays). */
  'accounts.remove': method(z.object({ userId: Id }).strict(), z.object({ removed: z.literal(true) })),
  /** Names of the people and organisations items, tasks and records refer to, for everyone signed in (no addresses). */
  'directory.names': method(
    z.object({}).strict(),
    z.array(z.object({ kind: z.enum(['users', 'contacts', 'organisations']), id: Id, name: z.string() })),
  ),
} as const;
