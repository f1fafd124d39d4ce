import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, open, rename, rm } from 'node:fs/promises';
import { Login, NewPassword } from '@shared/api/auth-contract';
import { describeIssues, toIssues } from '@shared/model/parse';
import type { App } from '../app';
import { checkNewPassword } from '../auth/password-policy';
import type { CreateAdminOptions } from './options';

/** The name of the API token a scripted install makes. */
export const SETUP_TOKEN_NAME = 'Set-up token';

export interface AdminCredentials {
  login: string;
  password: string;
  tokenFile?: string;
}

/**
 * Read and check --create-admin's login and password file before anything is opened or written:
 * a bad one refuses the start with what is wrong (never with the password).
 */
export function readAdminCredentials({ login, passwordFile, tokenFile }: CreateAdminOptions): AdminCredentials {
  let text: string;
  try {
    text = readFileSync(passwordFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`--password-file ${passwordFile} cannot be read (${code})`, { cause: error });
  }
  // The file's one line, without its line end.
  const password = text.replace(/\r?\n$/, '');
  const checkedLogin = Login.safeParse(login);
  if (!checkedLogin.success) {
    throw new Error(`--create-admin: the login ${describeIssues(toIssues(checkedLogin.error))}`);
  }
  const checked = NewPassword.safeParse(password);
  if (!checked.success) throw new Error(`--password-file: the password ${describeIssues(toIssues(checked.error))}`);
  try {
    checkNewPassword(password, checkedLogin.data);
  } catch {
    throw new Error('--password-file: the password must not be the login');
  }
  return { login: checkedLogin.data, password, ...(tokenFile ? { tokenFile } : {}) };
}

/** Write a secret to `path` only, readable by this user alone (0600), replacing the file whole. */
async function writeSecretFile(path: string, secret: string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${secret}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await chmod(temp, 0o600);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * A scripted install's way in: the first administrator (named by the login) and, with a token
 * file, an integration token with scope admin written only there. Refused on a data folder that
 * has accounts; a failure leaves neither the administrator nor the token. Says what it did,
 * never the password or the token.
 */
export async function createAdmin(
  app: App,
  credentials: AdminCredentials,
  print: (line: string) => void,
): Promise<void> {
  const { login, password, tokenFile } = credentials;
  await app.signIn
    .createFirstAdmin({ name: login, login, password }, async () => {
      if (!tokenFile) return;
      const { token, info } = await app.apiTokens.create(SETUP_TOKEN_NAME, { scopes: ['admin'] });
      try {
        await writeSecretFile(tokenFile, token);
      } catch (error) {
        await app.apiTokens.revoke(info.id).catch(() => undefined);
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new Error(`--token-file ${tokenFile} cannot be written (${code})`, { cause: error });
      }
    })
    .catch((error: unknown) => {
      throw new Error(`--create-admin: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
  const token = tokenFile ? `; an API token with scope admin was written to ${tokenFile}` : '';
  print(`The first administrator "${login}" was made${token}.`);
}
