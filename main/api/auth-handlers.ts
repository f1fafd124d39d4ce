import type { Accounts } from '../auth/accounts';
import type { SignIn } from '../auth/sign-in';
import type { DirectoryService } from '../services/directory';
import type { ApiHandlers } from './call';

type AuthMethods = Extract<
  keyof ApiHandlers,
  `auth.${string}` | `accounts.${string}` | 'app.health' | 'directory.names'
>;

/** Signing in and out, passwords and sessions, and what anyone may know before signing in. */
export const createAuthHandlers = ({
  health,
  signIn,
  accounts,
  directory,
}: {
  health: () => { name: string; version: string };
  signIn: SignIn;
  accounts: Accounts;
  directory: DirectoryService;
}): Pick<ApiHandlers, AuthMethods> => ({
  'app.health': async () => health(),
  'auth.status': async (_input, { caller }) => signIn.status(caller),
  'auth.setup': (input, call) => signIn.setup(input, call),
  'auth.signIn': (input, call) => signIn.signIn(input, call),
  'auth.signOut': async (_input, call) => signIn.signOut(call),
  'auth.changePassword': (input, call) => signIn.changePassword(input, call),
  'accounts.list': async () => accounts.list(),
  'accounts.setPassword': (input, { caller }) => accounts.setPassword(input, caller),
  'accounts.endSessions': ({ userId }) => accounts.endSessions(userId),
  'accounts.remove': ({ userId }) => accounts.remove(userId),
  'directory.names': async () => directory.names(),
});
