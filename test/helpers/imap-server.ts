import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { until } from './until';

/** Where Debian's dovecot is (installed by `npm test` / test/setup/test-tools.mjs as root). */
export const dovecotPath = process.env.DOVECOT_PATH ?? '/usr/sbin/dovecot';

export interface TestImap {
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  /** The folder that holds the mailbox and dovecot's own files. */
  dir: string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.once('data', (chunk) => {
        socket.destroy();
        resolve(chunk.toString().startsWith('* OK'));
      });
    });
    socket.once('error', () => resolve(false));
  });

/**
 * A real IMAP server for the tests: Debian's dovecot with a throwaway configuration in `dir`,
 * listening on 127.0.0.1 only, one user with a plain password, maildir in `dir`, no TLS, in the
 * foreground (killed by `close`). As root it runs its services as dovecot's own users; otherwise
 * as the current user.
 */
export async function startImap(
  dir: string,
  account = { user: 'kantoor', password: 'postbus-wachtwoord' },
): Promise<TestImap> {
  const port = await freePort();
  const me = userInfo();
  const root = me.uid === 0;
  for (const sub of ['run', 'state', 'mail', 'home']) mkdirSync(join(dir, sub), { recursive: true });
  // Dovecot will not keep mail as root: as root, the mailbox belongs to dovecot's own user.
  const owner = root ? { uid: idOf('-u'), gid: idOf('-g') } : { uid: me.uid, gid: me.gid };
  if (root) {
    chmodSync(dir, 0o711);
    for (const sub of ['mail', 'home']) chownSync(join(dir, sub), owner.uid, owner.gid);
  }
  writeFileSync(join(dir, 'users'), `${account.user}:{PLAIN}${account.password}\n`);
  const config = [
    `base_dir = ${join(dir, 'run')}`,
    `state_dir = ${join(dir, 'state')}`,
    `log_path = ${join(dir, 'dovecot.log')}`,
    'listen = 127.0.0.1',
    'protocols = imap',
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    `mail_location = maildir:${join(dir, 'mail')}/%u`,
    `default_internal_user = ${root ? 'dovecot' : me.username}`,
    `default_login_user = ${root ? 'dovenull' : me.username}`,
    'first_valid_uid = 0',
    `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${join(dir, 'users')}\n}`,
    `userdb {\n  driver = static\n  args = uid=${owner.uid} gid=${owner.gid} home=${join(dir, 'home')}/%u\n}`,
    `service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
    'service anvil {\n  chroot =\n}',
    // The password file is in the test's private temp folder: the auth processes read it as whoever runs the tests.
    `service auth {\n  user = ${me.username}\n}`,
    `service auth-worker {\n  user = ${me.username}\n}`,
    'service stats {\n  unix_listener stats-reader {\n    mode = 0666\n  }\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}',
  ].join('\n');
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(conf, `${config}\n`);
  const child: ChildProcess = spawn(dovecotPath, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    await until(async () => {
      if (exited) throw new Error(`dovecot stopped: ${stderr}${safeRead(join(dir, 'dovecot.log'))}`);
      return answers(port);
    }, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    ...account,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** dovecot's own user or group id (Debian's package makes the user). */
const idOf = (flag: '-u' | '-g'): number => Number(execFileSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).trim());

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
