import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpRequest, type Reply, rememberSession, sessionTokenOf } from './http';
import { startScript } from './paths';
import { ADMIN_LOGIN, PASSWORD, signInOverRpc, signInOverRpcAs } from './sign-in';

export interface HostProcess {
  child: ChildProcess;
  dataDir: string;
  port: number;
  url: string;
  /** The per-start token of the page the host serves. */
  token: string;
  /** The session cookie of the first administrator (`rpc` to this port uses it unless told otherwise). */
  cookie: string;
  /** The integration token (scope admin) the scripted install wrote to its token file. */
  apiToken: string;
  output(): string;
  /** A call of the API v1 with the integration token (e.g. another application submitting for a user). */
  api(method: string, path: string, body?: unknown, actAs?: string): Promise<Reply>;
  /** A sign-in for a user of the directory (password PASSWORD): their session cookie. */
  signInAs(userId: string, login: string): Promise<string>;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
}

/**
 * Start the built app (`node dist/main/start.js --browser`) on a free port, as `npm start` would;
 * `through`: a command that starts node in turn (e.g. `unshare … sh -c '…; exec "$@"' sh`). On a
 * data folder without accounts it is a scripted install: `--create-admin` with a password file and
 * a token file (beside the folder, in `<dataDir>.setup`); then the administrator signs in.
 */
export async function startHostProcess(
  dataDir: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  through: string[] = [],
  /** false: no scripted install and no sign-in (the first administrator is made in the page). */
  scripted = true,
): Promise<HostProcess> {
  const setup = `${dataDir}.setup`;
  const tokenFile = join(setup, 'api-token');
  mkdirSync(setup, { recursive: true });
  const install: string[] = [];
  if (scripted && !existsSync(join(dataDir, 'auth.json')) && !existsSync(tokenFile)) {
    writeFileSync(join(setup, 'password'), `${PASSWORD}\n`, { mode: 0o600 });
    install.push('--create-admin', ADMIN_LOGIN, '--password-file', join(setup, 'password'), '--token-file', tokenFile);
  }
  const app = [
    process.execPath,
    startScript,
    '--browser',
    '--port',
    '0',
    '--data-dir',
    dataDir,
    ...install,
    ...extraArgs,
  ];
  const [command, ...args] = [...through, ...app];
  const child = spawn(command!, args, {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before it was ready:\n${output}`)));
  });
  const port = Number(new URL(url).port);
  const token = await sessionTokenOf(port);
  const cookie = scripted ? await signInOverRpc(port, token, ADMIN_LOGIN) : '';
  if (cookie) rememberSession(port, cookie);
  const apiToken = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '';
  return {
    child,
    dataDir,
    port,
    url,
    token,
    cookie,
    apiToken,
    output: () => output,
    api(method, path, body, actAs) {
      const headers: Record<string, string> = { host: `127.0.0.1:${port}`, authorization: `Bearer ${apiToken}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (actAs) headers['x-act-as'] = actAs;
      const sent = body !== undefined ? { body: JSON.stringify(body) } : {};
      return httpRequest(port, `/api/v1${path}`, { method, headers, ...sent });
    },
    signInAs: (userId, login) => signInOverRpcAs(port, token, cookie, userId, login),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
