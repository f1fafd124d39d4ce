import type { AccountInfo } from '@shared/api/auth-contract';
import { authIssueMessages } from '@shared/api/auth-messages';
import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { Account } from '@shared/model/auth';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import type { AuthFile } from './auth-file';
import { hashPassword } from './passwords';
import { checkNewPassword } from './password-policy';
import type { SignIn } from './sign-in';

/** Administrators managing sign-ins (Directory → a user): set or reset a password, end sessions, remove. */
export function createAccounts(file: AuthFile, store: Store, clock: Clock, signIn: SignIn) {
  const { sessions } = signIn;
  const userOf = (userId: string) => store.data.directory.users.find((u) => u.id === userId);
  const info = (account: Account): AccountInfo => {
    const locked = signIn.lockedUntil(account.login);
    return {
      userId: account.userId,
      login: account.login,
      createdAt: account.createdAt,
      passwordChangedAt: account.passwordChangedAt,
      ...(account.lastSignInAt ? { lastSignInAt: account.lastSignInAt } : {}),
      mustChangePassword: account.mustChangePassword ?? false,
      ...(locked ? { lockedUntil: new Date(locked).toISOString() } : {}),
      sessions: sessions.count(account.userId),
    };
  };
  const existing = (userId: string) => {
    const account = signIn.accountOf(userId);
    if (!account) throw new ApiError('not_found', `User "${userId}" has no sign-in.`);
    return account;
  };

  return {
    list: (): AccountInfo[] => file.data.accounts.map(info),

    /**
     * Give a user a login and password, or a new one: they choose their own at the next sign-in
     * (unless it is the administrator's own), and their sessions end.
     */
    async setPassword(input: { userId: string; login?: string; password: string }, caller: Caller) {
      const { userId, login, password } = input;
      if (!userOf(userId)) throw ApiError.because('not_found', 'notFound', { thing: 'user', id: userId });
      const account = signIn.accountOf(userId);
      const newLogin = login ?? account?.login;
      if (!newLogin) {
        const issue = { path: 'login', message: authIssueMessages.loginNeeded };
        throw ApiError.invalidInput('This user has no sign-in yet', [issue]);
      }
      const holder = signIn.byLogin(newLogin);
      if (holder && holder.userId !== userId) {
        const issue = { path: 'login', message: authIssueMessages.loginTaken };
        throw ApiError.invalidInput('This login cannot be used', [issue]);
      }
      checkNewPassword(password, newLogin);
      const passwordHash = await hashPassword(password);
      const at = clock.now().toISOString();
      const own = caller.kind === 'user' && caller.userId === userId;
      const fresh: Account = {
        ...(account ?? { userId, createdAt: at }),
        login: newLogin,
        passwordHash,
        passwordChangedAt: at,
        mustChangePassword: !own,
      };
      await file.write((d) => {
        d.accounts = [...d.accounts.filter((a) => a.userId !== userId), fresh];
        d.sessions = d.sessions.filter((s) => s.userId !== userId);
      });
      if (account) signIn.unlock(account.login);
      signIn.unlock(newLogin);
      return info(fresh);
    },

    async endSessions(userId: string): Promise<{ ended: number }> {
      if (!userOf(userId) && !signIn.accountOf(userId)) {
        throw ApiError.because('not_found', 'notFound', { thing: 'user', id: userId });
      }
      return { ended: await sessions.end((s) => s.userId === userId) };
    },

    /** The user can no longer sign in; the last administrator who can is kept. */
    async remove(userId: string): Promise<{ removed: true }> {
      existing(userId);
      const otherAdmins = file.data.accounts.filter((a) => a.userId !== userId && userOf(a.userId)?.admin);
      if (userOf(userId)?.admin && !otherAdmins.length) {
        throw ApiError.because('conflict', 'lastAdminSignIn');
      }
      await file.write((d) => {
        d.accounts = d.accounts.filter((a) => a.userId !== userId);
        d.sessions = d.sessions.filter((s) => s.userId !== userId);
      });
      return { removed: true };
    },
  };
}
export type Accounts = ReturnType<typeof createAccounts>;
