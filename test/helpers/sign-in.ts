import type { TestApp } from './app';
import { cookieOf, rpc } from './http';

/** The password the tests' people choose (long enough for the policy). */
export const PASSWORD = 'een lang wachtwoord';
/** The first administrator a test host process makes (`--create-admin`); password PASSWORD. */
export const ADMIN_LOGIN = 'beheer';

/**
 * Give a directory user a sign-in as an office would: the administrator sets a first password,
 * the user replaces it with their own (so no change is asked at sign-in).
 */
export async function giveSignIn(app: TestApp, userId: string, login: string, password = PASSWORD): Promise<void> {
  const first = `${password} (eerste)`;
  await app.dispatch('accounts.setPassword', { userId, login, password: first });
  await app.as(userId).dispatch('auth.changePassword', { current: first, next: password });
}

/** Sign in over a browser host's RPC, as the page does: the session cookie for the next requests. */
export async function signInOverRpc(port: number, token: string, login: string, password = PASSWORD): Promise<string> {
  // Without a cookie: a sign-in ends the session its request came with (the remembered administrator's).
  return cookieOf(await rpc(port, token, 'auth.signIn', { login, password }, ''));
}

/**
 * Give a user of a running host a sign-in through the API, as an office would (the administrator
 * `adminCookie` sets a first password, the user signs in and chooses their own): their cookie.
 */
export async function signInOverRpcAs(
  port: number,
  token: string,
  adminCookie: string,
  userId: string,
  login: string,
): Promise<string> {
  const first = `${PASSWORD} (eerste)`;
  const set = await rpc(port, token, 'accounts.setPassword', { userId, login, password: first }, adminCookie);
  if (set.status !== 200) throw new Error(`accounts.setPassword: ${set.status} ${set.text}`);
  const cookie = await signInOverRpc(port, token, login, first);
  const changed = await rpc(port, token, 'auth.changePassword', { current: first, next: PASSWORD }, cookie);
  if (changed.status !== 200) throw new Error(`auth.changePassword: ${changed.status} ${changed.text}`);
  return cookie;
}
