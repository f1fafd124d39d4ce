import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesOf as allFilesOf } from '../helpers/damage';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { httpRequest, rpc } from '../helpers/http';
import { startScript } from '../helpers/paths';
import { ADMIN_LOGIN, PASSWORD, signInOverRpc } from '../helpers/sign-in';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const hosts: HostProcess[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
});

/** `npm start -- <args>` that is expected to refuse: its exit code and everything it wrote. */
async function refusedStart(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [startScript, '--browser', '--port', '0', ...args], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

/** Every file in the data folder (archive/ too) with its bytes, but the lock a stopped process leaves. */
const filesOf = (dir: string) => new Map([...allFilesOf(dir)].filter(([f]) => !f.endsWith('.lock')));

describe('a scripted install: --create-admin LOGIN --password-file PATH --token-file PATH', () => {
  it('makes the first administrator and an admin token only in its file (0600); prints nothing secret', async () => {
    const host = await startHostProcess(tempDir());
    hosts.push(host);
    const output = host.output();
    expect(output).toContain(`The first administrator "${ADMIN_LOGIN}" was made`);
    expect(host.apiToken).toMatch(/^stl_[A-Za-z0-9_-]{40,}$/);
    expect(output).not.toContain(host.apiToken.slice(4, 14));
    expect(output).not.toContain(PASSWORD);
    expect(statSync(join(`${host.dataDir}.setup`, 'api-token')).mode & 0o777).toBe(0o600);
    // The token is an integration token with scope admin: the API v1 answers it, also for administrator routes.
    const directory = await httpRequest(host.port, '/api/v1/directory', {
      headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.apiToken}` },
    });
    expect(directory.status).toBe(200);
    const status = (await rpc(host.port, host.token, 'auth.status', {})).json().value;
    expect(status.me).toMatchObject({ login: ADMIN_LOGIN, admin: true, mustChangePassword: false });
    // Nobody else was given a way in: the one account is the administrator's.
    const accounts = (await rpc(host.port, host.token, 'accounts.list', {})).json().value as { login: string }[];
    expect(accounts.map((a) => a.login)).toEqual([ADMIN_LOGIN]);
  });

  it('is refused on a data folder that has accounts, with a clear message, and changes nothing', async () => {
    const host = await startHostProcess(tempDir());
    hosts.push(host);
    await host.stop();
    const before = filesOf(host.dataDir);
    const passwordFile = join(tempDir(), 'password');
    writeFileSync(passwordFile, 'een ander lang wachtwoord\n', { mode: 0o600 });
    const tokenFile = join(tempDir(), 'token');
    const args = ['--data-dir', host.dataDir, '--create-admin', 'tweede', '--password-file', passwordFile];
    const { code, output } = await refusedStart([...args, '--token-file', tokenFile]);
    expect(code).toBe(1);
    expect(output).toContain('--create-admin: Stroomlijn already has accounts');
    expect(output).not.toContain('een ander lang wachtwoord');
    expect(existsSync(tokenFile)).toBe(false);
    expect(filesOf(host.dataDir)).toEqual(before);
    // The first administrator still signs in; "tweede" does not exist.
    const next = await startHostProcess(host.dataDir);
    hosts.push(next);
    await expect(signInOverRpc(next.port, next.token, 'tweede', 'een ander lang wachtwoord')).rejects.toThrow(/401/);
  });

  it('refuses a short password or missing flags before writing anything, never echoing the password', async () => {
    const dataDir = join(tempDir(), 'nieuw');
    const passwordFile = join(tempDir(), 'password');
    writeFileSync(passwordFile, 'kort1\n');
    const install = ['--data-dir', dataDir, '--create-admin', 'beheer'];
    const short = await refusedStart([...install, '--password-file', passwordFile]);
    expect(short.code).toBe(1);
    expect(short.output).toContain('--password-file: the password');
    expect(short.output).not.toContain('kort1');
    expect(existsSync(dataDir)).toBe(false);
    const missing = await refusedStart(install);
    expect(missing.output).toContain('--create-admin needs --password-file PATH');
    const unreadable = await refusedStart([...install, '--password-file', `${passwordFile}.x`]);
    expect(unreadable.output).toContain('cannot be read (ENOENT)');
    expect(existsSync(dataDir)).toBe(false);
  });
});
