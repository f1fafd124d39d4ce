import type { AuthStatus, Me } from '@shared/api/auth-contract';
import { authIssueMessages } from '@shared/api/auth-messages';
import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { Account } from '@shared/model/auth';
import { User } from '@shared/model/directory';
import type { Call } from '../api/call';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import type { AuthFile } from './auth-file';
import { userCaller } from './callers';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import { checkNewPassword, createSerial } from './password-policy';
import { createSessions, hashSecret, newSession } from './sessions';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, SignInLimit } from './sign-in-limit';

export interface FirstAdmin {
  name: string;
  login: string;
  email?: string;
  password: string;
}

/**
 * Signing in and out, the first administrator, one's own password, and the caller of a session
 * (issue 11). Sign-ins are limited per account and per address; a wrong login and a wrong password
 * get the same answer after the same work.
 */
export function createSignIn(file: AuthFile, store: Store, clock: Clock, newId: () => string) {
  const sessions = createSessions(file, clock);
  const accountLimit = new SignInLimit(ACCOUNT_LIMIT);
  const addressLimit = new SignInLimit(ADDRESS_LIMIT);
  const serial = createSerial();
  let dummy: Promise<string> | null = null;
  const accountOf = (userId: string) => file.data.accounts.find((a) => a.userId === userId);
  const byLogin = (login: string) => file.data.accounts.find((a) => a.login === login);
  const userOf = (userId: string) => store.data.directory.users.find((u) => u.id === userId);

  const tooMany = (until: number) =>
    ApiError.rateLimited(
      `Too many failed sign-ins: try again after ${new Date(until).toISOString()}.`,
      new Date(until).toISOString(),
    );
  const lockedUntil = (login: string, address: string | null, now: number) =>
    Math.max(
      accountLimit.lockedUntil(login, now) ?? 0,
      address === null ? 0 : (addressLimit.lockedUntil(address, now) ?? 0),
    );

  /** Check a password against an account (or, without one, against a hash nobody knows), counting failures. */
  const attempt = (login: string, password: string, address: string | null) =>
    serial(async (): Promise<Account> => {
      const now = clock.now().getTime();
      const locked = lockedUntil(login, address, now);
      if (locked) throw tooMany(locked);
      const account = byLogin(login);
      const known = account && userOf(account.userId) ? account : undefined;
      dummy ??= dummyHash();
      if ((await verifyPassword(password, known?.passwordHash ?? (await dummy))) && known) {
        accountLimit.reset(login);
        return known;
      }
      const until = Math.max(
        accountLimit.fail(login, now) ?? 0,
        address === null ? 0 : (addressLimit.fail(address, now) ?? 0),
      );
      if (until) throw tooMany(until);
      throw ApiError.because('unauthorized', 'wrongLogin');
    });

  function slotOf(call: Call) {
    if (!call.session) throw new ApiError('forbidden', 'Sign in through the app.');
    return call.session;
  }

  /** A new session for `userId`, kept by the transport; the session the transport held before ends. */
  async function startSession(call: Call, userId: string, change: (d: typeof file.data) => void = () => undefined) {
    const slot = slotOf(call);
    const { secret, session } = newSession(userId, slot.kind, call.address, clock);
    const previous = slot.current ? hashSecret(slot.current) : null;
    await file.write((d) => {
      change(d);
      d.sessions = [...d.sessions.filter((s) => s.idHash !== previous), session];
    });
    slot.keep(secret, session.expiresAt);
  }

  function me(caller: Caller): Me | undefined {
    const user = caller.kind === 'user' ? userOf(caller.userId) : undefined;
    if (!user) return undefined;
    const account = accountOf(user.id);
    return {
      userId: user.id,
      name: user.name,
      login: account?.login ?? '',
      admin: user.admin,
      mustChangePassword: account?.mustChangePassword ?? false,
    };
  }
  const status = (caller: Caller | null): AuthStatus => {
    const mine = caller ? me(caller) : undefined;
    const { language, theme } = store.data.settings;
    return { setupNeeded: file.data.accounts.length === 0, ...(mine ? { me: mine } : {}), language, theme };
  };

  /** The first administrator: a directory user with admin set and a sign-in (only while there is no account at all). */
  const createFirstAdmin = (input: FirstAdmin, afterwards: (userId: string) => Promise<void> = async () => undefined) =>
    serial(async (): Promise<string> => {
      if (file.data.accounts.length) {
        throw ApiError.because('conflict', 'accountsExist');
      }
      checkNewPassword(input.password, input.login);
      const email = input.email ? { email: input.email } : {};
      const user = User.parse({ id: newId(), name: input.name, ...email, admin: true });
      const passwordHash = await hashPassword(input.password);
      const at = clock.now().toISOString();
      await store.update((d) => void d.directory.users.push(user));
      try {
        const account = { userId: user.id, login: input.login, passwordHash, createdAt: at, passwordChangedAt: at };
        await file.write((d) => void d.accounts.push(account));
        await afterwards(user.id);
      } catch (error) {
        // Nothing of a refused set-up stays: no account, no directory user.
        const others = <T extends { userId?: string; id?: string }>(list: T[]) =>
          list.filter((x) => (x.userId ?? x.id) !== user.id);
        await file.write((d) => void (d.accounts = others(d.accounts))).catch(() => undefined);
        await store.update((d) => void (d.directory.users = others(d.directory.users))).catch(() => undefined);
        throw error;
      }
      return user.id;
    });

  return {
    sessions,
    accountOf,
    byLogin,
    /** Until when a login is locked (for the accounts list). */
    lockedUntil: (login: string) => accountLimit.lockedUntil(login, clock.now().getTime()),
    /** An administrator set a new password: the lock goes. */
    unlock: (login: string) => accountLimit.reset(login),
    /** The caller of a session's secret (the cookie, the desktop window's session), or null. */
    callerOf(secret: string | undefined): Caller | null {
      const session = secret ? sessions.resolve(secret) : null;
      const account = session ? accountOf(session.userId) : undefined;
      if (!session || !account) return null;
      const caller = userCaller(store.data, session.userId, session.kind === 'desktop' ? 'desktop' : 'session');
      return caller?.kind === 'user' && account.mustChangePassword ? { ...caller, mustChangePassword: true } : caller;
    },
    status,
    createFirstAdmin,

    /** Only over a transport on this computer (never over the office network), and only once. */
    async setup(input: FirstAdmin, call: Call): Promise<AuthStatus> {
      if (!call.local) {
        throw new ApiError('forbidden', 'The first administrator is made on the computer Stroomlijn runs on.');
      }
      slotOf(call);
      const userId = await createFirstAdmin(input, (id) => startSession(call, id));
      return status(userCaller(store.data, userId, call.session!.kind === 'desktop' ? 'desktop' : 'session'));
    },

    async signIn({ login, password }: { login: string; password: string }, call: Call): Promise<AuthStatus> {
      slotOf(call);
      const account = await attempt(login, password, limitedAddress(call));
      await startSession(call, account.userId, (d) => {
        const stored = d.accounts.find((a) => a.userId === account.userId);
        if (stored) stored.lastSignInAt = clock.now().toISOString();
      });
      return status(userCaller(store.data, account.userId, call.session!.kind === 'desktop' ? 'desktop' : 'session'));
    },

    async signOut(call: Call): Promise<{ signedOut: true }> {
      const current = call.session?.current;
      if (current) {
        const idHash = hashSecret(current);
        await sessions.end((s) => s.idHash === idHash);
      }
      call.session?.clear();
      return { signedOut: true };
    },

    /** One's own password; the other sessions of the user end (this one stays). */
    async changePassword({ current, next }: { current: string; next: string }, call: Call): Promise<{ changed: true }> {
      const userId = call.caller.kind === 'user' ? call.caller.userId : undefined;
      const account = userId ? accountOf(userId) : undefined;
      if (!account) throw new ApiError('forbidden', 'Only a person who signs in with a password can change it.');
      checkNewPassword(next, account.login, 'next');
      await attempt(account.login, current, limitedAddress(call)).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'unauthorized') {
          const issue = { path: 'current', message: authIssueMessages.notCurrent };
          throw ApiError.invalidInput('The password was not changed', [issue]);
        }
        throw error;
      });
      const passwordHash = await hashPassword(next);
      const keep = call.session?.current ? hashSecret(call.session.current) : null;
      await file.write((d) => {
        const stored = d.accounts.find((a) => a.userId === account.userId)!;
        const changed = { passwordHash, passwordChangedAt: clock.now().toISOString(), mustChangePassword: false };
        Object.assign(stored, changed);
        d.sessions = d.sessions.filter((s) => s.userId !== account.userId || s.idHash === keep);
      });
      return { changed: true };
    },
  };
}
export type SignIn = ReturnType<typeof createSignIn>;

/**
 * The address whose failed sign-ins are counted, or null for a call on this computer (the desktop
 * window, the loopback page): everyone at the office PC shares 127.0.0.1, and one person's typos
 * must not lock out the rest; each account's own limit still holds there.
 */
const limitedAddress = (call: Call): string | null => (call.local ? null : call.address);
